package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertNames;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Name spans around bodies and persons: a party label before a person ("Nonpartisan Paul Tse"), a "pro-"/"anti-"
 * compound before a name ("pro-Beijing Tam Yiu-chung"), a field pair after a modifier ("the National Air and
 * Space Museum") and a country after a body that already holds a place ("Colorado State University of the US").
 * Sentences written for the test.
 */
class ModifiersAndCountriesAroundBodyNamesTest {

    @Test
    void aPartyLabelIsNoPartOfThePersonAfterIt() {
        assertNames("Nonpartisan Maria Lopez won a seat on the council.",
                List.of("Maria Lopez"), List.of("Nonpartisan Maria Lopez"));
        assertNames("Libertarian Daniel Hart finished third.",
                List.of("Daniel Hart"), List.of("Libertarian Daniel Hart"));
        assertNames("The Nonpartisan League and the Libertarian Party met.",
                List.of("Nonpartisan League", "Libertarian Party"), List.of("League"));
    }

    @Test
    void aPrefixCompoundBeforeANameIsItsModifier() {
        assertNames("Protesters cheered as pro-Beijing Tam Yiu-chung arrived.",
                List.of("Tam Yiu-chung", "Beijing"), List.of("Beijing Tam Yiu-chung"));
        assertNames("The anti-Kremlin Vladimir Kara-Murza was arrested.",
                List.of("Vladimir Kara-Murza"), List.of("Kremlin Vladimir Kara-Murza"));
        assertNames("Voters backed the pro-Moscow Homeland Party.",
                List.of("Homeland Party"), List.of("Moscow Homeland Party"));
        assertNames("Pro-Moscow DPR leaders rejected the offer.",
                List.of("DPR"), List.of("Moscow DPR", "Pro-Moscow DPR"));
    }

    @Test
    void aPrefixCompoundBeforeAHeadWordIsPartOfTheBodysName() {
        assertNames("Aid went to the Anti-Corruption Commission on Monday.",
                List.of("Anti-Corruption Commission"), List.of("Commission"));
    }

    @Test
    void aFieldPairAfterAModifierMakesOneBody() {
        assertNames("The capsule will be shown at the National Air and Space Museum in Washington.",
                List.of("National Air and Space Museum"), List.of("National Air", "Space Museum"));
        assertNames("She joined the Royal Arts and Sciences Society last year.",
                List.of("Royal Arts and Sciences Society"), List.of("Royal Arts"));
    }

    @Test
    void twoBodiesJoinedByAndStayApart() {
        assertNames("The National Guard and Army Reserve were sent.",
                List.of("National Guard"), List.of("National Guard and Army Reserve"));
    }

    @Test
    void aCountryAfterABodyThatHoldsAPlaceSaysWhereItIs() {
        assertNames("Researchers at Colorado State University of the US led the study.",
                List.of("Colorado State University", "US"), List.of("Colorado State University of the US"));
        assertNames("A spokesman for the Ontario Teachers Union of Canada said no.",
                List.of("Ontario Teachers Union", "Canada"), List.of("Ontario Teachers Union of Canada"));
    }

    @Test
    void aCountryAfterOfIsPartOfABodyThatHoldsNoPlace() {
        assertNames("The Bank of America and the Central Bank of Russia cut rates.",
                List.of("Bank of America", "Central Bank of Russia"), List.of("Central Bank"));
        assertNames("The Commonwealth Bank of Australia reported profit.",
                List.of("Commonwealth Bank of Australia"), List.of("Commonwealth Bank"));
    }
}
