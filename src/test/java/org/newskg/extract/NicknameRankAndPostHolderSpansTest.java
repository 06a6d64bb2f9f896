package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.RULES;
import static org.newskg.extract.NameFinding.assertNames;
import static org.newskg.extract.NameFinding.names;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Name spans: a nickname in quotes inside a person's name, a rating with its grade as a title, the holder of a
 * post named right after the body or its portfolio ("President of the United States Barack Obama", "Commissioner
 * for Competition Anna Vos"), a facility named after its
 * town ("Louisville Assembly of Louisville"), an acronym opening a portfolio ("Advisor for MEK Resettlement") and a
 * numbered union local or terminal ("Local 1520", "Terminal 3"); on sentences written for the test.
 */
class NicknameRankAndPostHolderSpansTest {

    @Test
    void aNicknameInQuotesStaysInsideThePersonsName() {
        assertNames("The briefing was given by Col. Peter \u201CP.J.\u201D Harlow, a spokesman for the coalition.",
                List.of("Peter \u201CP.J.\u201D Harlow"), List.of("P.J.", "Harlow"));
        assertNames("The company was led by Robert \"R.T.\" Miller until 2009.",
                List.of("Robert \"R.T.\" Miller"), List.of("Miller"));
        assertNames("Rebels loyal to Ahmed \u201CThe Hawk\u201D Salem took the airport.",
                List.of("Ahmed \u201CThe Hawk\u201D Salem"), List.of());
    }

    @Test
    void aQuotedSloganAfterANameThatIsNoGivenNameIsNoNickname() {
        List<String> ns = names(RULES, "The Senate \"Gang of Eight\" Democrats met on Monday.");
        assertTrue(ns.stream().noneMatch(n -> n.contains("\"")), ns.toString());
        assertNames("He called the plan \"a disaster\". Officials in Paris disagreed.", List.of("Paris"), List.of());
    }

    @Test
    void aRatingWithItsGradeIsATitleAndTheServiceStaysAName() {
        assertNames("On Monday Navy Aviation Electronics Technician 2nd Class Laura M. Diaz died at sea.",
                List.of("Navy", "Laura M. Diaz"), List.of("Navy Aviation Electronics Technician"));
        assertNames("Petty Officer 2nd Class Maria Gomez and Airman First Class Tom Baker were honoured.",
                List.of("Maria Gomez", "Tom Baker"), List.of("Class Maria Gomez"));
        assertNames("Army Sgt. 1st Class Robert Miles died in Kandahar.",
                List.of("Army", "Robert Miles"), List.of("Class Robert Miles"));
    }

    @Test
    void theHolderOfAPostFollowsTheNameOfTheBody() {
        assertNames("President of the United States Barack Obama spoke on Monday.",
                List.of("United States", "Barack Obama"), List.of("United States Barack Obama"));
        assertNames("The plan was announced by the chairman of Harwell Motors LLC Jim Press on Tuesday.",
                List.of("Harwell Motors LLC", "Jim Press"), List.of());
        assertNames("The deal was signed by the chief executive of Orbital Systems Inc. Tamsin Okoro in London.",
                List.of("Orbital Systems Inc.", "Tamsin Okoro"), List.of());
    }

    @Test
    void theHolderOfAPostFollowsItsPortfolio() {
        assertNames("European Commissioner for Competition Anna Vos said the fine was fair.",
                List.of("Anna Vos"), List.of("Competition Anna Vos"));
        assertNames("The Minister for Communications Stephen Conroy said the plan was ready.",
                List.of("Stephen Conroy"), List.of("Communications"));
        assertNames("The Secretary for Homeland Security Tom Ridge visited Boston.",
                List.of("Tom Ridge", "Boston"), List.of("Homeland Security Tom Ridge"));
    }

    @Test
    void aSurnameThatIsATitleWordEndsTheNameAfterAPortfolio() {
        assertNames("The Minister for Foreign Affairs Julie Bishop arrived in Jakarta.",
                List.of("Julie Bishop", "Jakarta"), List.of());
    }

    @Test
    void aPortfolioWithoutAHolderNamesNoPerson() {
        List<String> ns = names(RULES, "The Minister for Foreign Affairs met the Commissioner for Human Rights.");
        assertTrue(ns.isEmpty(), ns.toString());
        ns = names(RULES, "The Commissioner for Energy Market Reform said prices would fall.");
        assertFalse(ns.contains("Market Reform"), ns.toString());
    }

    @Test
    void anAcronymOpeningAPortfolioIsANameAndTheRestIsNot() {
        assertNames("The Department, through its Senior Advisor for PMOI Resettlement, will remain engaged.",
                List.of("PMOI"), List.of("PMOI Resettlement"));
        assertNames("The Minister for EU Affairs said the talks would resume in Brussels.",
                List.of("EU", "Brussels"), List.of("EU Affairs"));
    }

    @Test
    void anAcronymWithAHeadWordAfterAPostStaysOneName() {
        assertNames("The Special Envoy for UN Refugee Agency matters met the press.",
                List.of("UN Refugee Agency"), List.of());
        assertNames("The Minister for NHS Services Anna Vos said beds were short.",
                List.of("Anna Vos"), List.of("NHS Services Anna Vos"));
    }

    @Test
    void aBodyEndingInAHeadWordAfterAPostStaysWhole() {
        assertNames("The director of the United States Postal Service resigned.",
                List.of("United States Postal Service"), List.of());
        assertNames("The chairman of Bank of America said profits rose.", List.of("Bank of America"), List.of());
        assertNames("Tom Reid, president and CEO of Boeing Commercial Airplanes said the jet was ready.",
                List.of("Tom Reid"), List.of("Commercial Airplanes"));
        assertNames("The head of Airbus Military Services said the commercial deal was near.",
                List.of(), List.of("Military Services"));
    }

    @Test
    void aFacilityNamedAfterItsTownIsSplitFromTheTown() {
        assertNames("Ford will close Dayton Assembly of Dayton, Ohio, next year.",
                List.of("Dayton Assembly", "Dayton", "Ohio"), List.of("Dayton Assembly of Dayton"));
        assertNames("Workers at the St. Marys Plant of St. Marys went on strike.",
                List.of("St. Marys Plant", "St. Marys"), List.of());
    }

    @Test
    void aNameOfSomethingNotItsTownStaysWholeOverOf() {
        assertNames("The speaker of the National Assembly of Kenya resigned.",
                List.of("National Assembly of Kenya"), List.of());
        assertNames("Students of the University of Michigan protested.", List.of("University of Michigan"), List.of());
    }

    @Test
    void aUnionsNumberedLocalIsANameOfItsOwn() {
        assertNames("Members of UAW Local 1520 voted on the contract.", List.of("UAW", "Local 1520"),
                List.of("UAW Local", "UAW Local 1520"));
        assertNames("Dale Moore, chairperson of Local 705, said there was a lot of anger.",
                List.of("Dale Moore", "Local 705"), List.of());
    }

    @Test
    void aNumberAfterAFacilityHeadBelongsToItsName() {
        assertNames("Guests were greeted at the new Terminal 2 of Oslo Airport on Friday.",
                List.of("Terminal 2", "Oslo Airport"), List.of("Terminal"));
        assertNames("The plane left from Gate 14 at noon.", List.of("Gate 14"), List.of());
    }

    @Test
    void aNumberCountingANounOrAYearAfterAHeadIsNoPartOfTheName() {
        List<String> ns = names(RULES, "She joined the Union 10 years ago, and the Senate 2020 race began. "
                + "Local residents complained.");
        assertTrue(ns.stream().noneMatch(x -> x.matches(".*\\d.*") || x.equals("Local")), ns.toString());
    }
}
