package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * {@link LexiconRelationExtractor}: writers of an outlet ("film critic for Y"), a field or unit of an organisation
 * ("the UN's chief of emergency relief", "head of the UN relief operation in Y"), posts in brackets after a name,
 * an organisation's acronym between its name and a post, an organisation possessing a person's name, a list of
 * names before "of Y", and an apposition whose closing comma was left out before an auxiliary.
 */
class RelationOutletsUnitsAndBracketedPostsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 4);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void aCriticOrColumnistForAnOutletIsItsEmployee() {
        Set<String> a = triples("Karin Holt, film critic for the Daily Courier, said the plot was thin.",
                person("Karin Holt"), organization("Daily Courier"));
        assertTrue(a.contains("Karin Holt employedBy Daily Courier"), a::toString);
        Set<String> b = triples("\u201cIt drags,\u201d Omar Nadeem, music critic for the Evening Star said.",
                person("Omar Nadeem"), organization("Evening Star"));
        assertTrue(b.contains("Omar Nadeem employedBy Evening Star"), b::toString);
        Set<String> c = triples("Westport Herald columnist Dana Ruiz wrote that the council had failed.",
                person("Dana Ruiz"), organization("Westport Herald"));
        assertTrue(c.contains("Dana Ruiz employedBy Westport Herald"), c::toString);
        Set<String> d = triples("Lena Berg, a music critic at the Morning Ledger, praised the album.",
                person("Lena Berg"), organization("Morning Ledger"));
        assertTrue(d.contains("Lena Berg employedBy Morning Ledger"), d::toString);
    }

    @Test
    void aCriticOfAnOrganisationIsNoEmployee() {
        Set<String> a = triples("Jan Berg, a critic of the Norland Government, said the vote was unfair.",
                person("Jan Berg"), organization("Norland Government"));
        assertFalse(a.contains("Jan Berg employedBy Norland Government"), a::toString);
        Set<String> b = triples("Kremlin critic Ivan Petrov was arrested on Monday.", person("Ivan Petrov"),
                organization("Kremlin"));
        assertFalse(b.contains("Ivan Petrov employedBy Kremlin"), b::toString);
    }

    @Test
    void aChiefOfAFieldIsEmployedNotInCommand() {
        Set<String> a = triples("Mara Venn, the UN's chief of emergency relief, said donors were slow.",
                person("Mara Venn"), organization("UN"));
        assertTrue(a.contains("Mara Venn employedBy UN"), a::toString);
        assertFalse(a.contains("Mara Venn commands UN"), a::toString);
        Set<String> b = triples("Paul Aziz, chief of staff at Norcorp, resigned on Friday.", person("Paul Aziz"),
                organization("Norcorp"));
        assertFalse(b.contains("Paul Aziz commands Norcorp"), b::toString);
        // a chief of an armed group still commands it
        Set<String> c = triples("Ali Karim, the chief of the Desert Brigade, said his men held the town.",
                person("Ali Karim"), organization("Desert Brigade"));
        assertTrue(c.contains("Ali Karim commands Desert Brigade"), c::toString);
    }

    @Test
    void theHeadOfAUnitOfAnOrganisationIsItsEmployee() {
        Set<String> a = triples("\u201cWe need boats,\u201d said Pia Lund, head of the UN flood relief operation in "
                + "Chad.", person("Pia Lund"), organization("UN"), place("Chad"));
        assertTrue(a.contains("Pia Lund employedBy UN"), a::toString);
        assertFalse(a.contains("Pia Lund leads UN"), a::toString);
        Set<String> b = triples("Rui Sousa, director of the WHO vaccine programme, said supplies were short.",
                person("Rui Sousa"), organization("WHO"));
        assertTrue(b.contains("Rui Sousa employedBy WHO"), b::toString);
        // the organisation restated by a company noun: its head, not a unit's
        Set<String> c = triples("Omar Said, head of the Acme group, said profits rose.", person("Omar Said"),
                organization("Acme"));
        assertFalse(c.contains("Omar Said employedBy Acme"), c::toString);
        // after a longer name the nouns may belong to a name cut short: nothing
        Set<String> d = triples("Ann Ho, director of the National Water Survey study, said wells were dry.",
                person("Ann Ho"), organization("National Water Survey"));
        assertFalse(d.contains("Ann Ho employedBy National Water Survey"), d::toString);
    }

    @Test
    void aPostInBracketsAfterANameIsHeld() {
        Set<String> a = triples("Also present were Jorge Lima (Norcorp company president) and Rui Costa.",
                person("Jorge Lima"), organization("Norcorp"), person("Rui Costa"));
        assertTrue(a.contains("Jorge Lima holdsPosition \"president\""), a::toString);
        assertTrue(a.contains("Jorge Lima leads Norcorp"), a::toString);
        Set<String> b = triples("Sara Kim (chief economist at Delta Bank) said rates would rise.",
                person("Sara Kim"), organization("Delta Bank"));
        assertTrue(b.contains("Sara Kim employedBy Delta Bank"), b::toString);
        Set<String> c = triples("The deal was signed by Tom Hale (spokesman for the Harbour Authority) on Monday.",
                person("Tom Hale"), organization("Harbour Authority"));
        assertTrue(c.contains("Tom Hale holdsPosition \"spokesman\""), c::toString);
        assertTrue(c.contains("Tom Hale employedBy Harbour Authority"), c::toString);
        // a bracket that is no post gives nothing
        Set<String> d = triples("Tom Hale (pictured) met the Harbour Authority board.", person("Tom Hale"),
                organization("Harbour Authority"));
        assertFalse(d.contains("Tom Hale employedBy Harbour Authority"), d::toString);
    }

    @Test
    void anAcronymInBracketsStandsBetweenTheOrganisationAndThePost() {
        Set<String> a = triples("The World Health Organization (WHO) vaccine coordinator Lena Ortiz said supplies "
                + "were short.", person("Lena Ortiz"), organization("World Health Organization", "WHO"));
        assertTrue(a.contains("Lena Ortiz employedBy World Health Organization"), a::toString);
        assertTrue(a.contains("Lena Ortiz holdsPosition \"vaccine coordinator\""), a::toString);
        Set<String> b = triples("The Acme Holdings (AH) chief executive Tom Hale said sales fell.",
                person("Tom Hale"), organization("Acme Holdings", "AH"));
        assertTrue(b.contains("Tom Hale leads Acme Holdings"), b::toString);
    }

    @Test
    void anOrganisationPossessingAPersonsNameEmploysThePerson() {
        Set<String> a = triples("The Daily Courier's Helen Park, stationed in Kabul, reports that the roads are "
                + "closed.", organization("Daily Courier"), person("Helen Park"), place("Kabul"));
        assertTrue(a.contains("Helen Park employedBy Daily Courier"), a::toString);
        Set<String> b = triples("Norcorp's Dan Weiss said the plant would reopen.", organization("Norcorp"),
                person("Dan Weiss"));
        assertTrue(b.contains("Dan Weiss employedBy Norcorp"), b::toString);
        // the object of a verb or a preposition, or a name going on into a longer phrase: nothing
        Set<String> c = triples("The board met Norcorp's Dan Weiss on Tuesday.", organization("Norcorp"),
                person("Dan Weiss"));
        assertFalse(c.contains("Dan Weiss employedBy Norcorp"), c::toString);
        Set<String> d = triples("She won Norcorp's Dan Weiss Award last year.", organization("Norcorp"),
                person("Dan Weiss"));
        assertFalse(d.contains("Dan Weiss employedBy Norcorp"), d::toString);
        // one who leads the organisation is not also its employee
        Set<String> e = triples("Norcorp's Dan Weiss, the company's chief executive, said profits rose. Norcorp "
                + "chief executive Dan Weiss spoke first.", organization("Norcorp"), person("Dan Weiss"));
        assertFalse(e.contains("Dan Weiss employedBy Norcorp"), e::toString);
    }

    @Test
    void aListOfNamesBeforeOfAnOrganisationNamesEachOfItsPeople() {
        Set<String> a = triples("Tom Reyes, Luis Ortega and Sam Kline of the Boston Hawks were suspended on Friday.",
                person("Tom Reyes"), person("Luis Ortega"), person("Sam Kline"), organization("Boston Hawks"));
        assertTrue(a.containsAll(Set.of("Tom Reyes employedBy Boston Hawks", "Luis Ortega employedBy Boston Hawks",
                "Sam Kline employedBy Boston Hawks")), a::toString);
        Set<String> b = triples("Anna Dahl and Piet Roos of Norcorp and Eva Lind of Delta Bank signed the letter.",
                person("Anna Dahl"), person("Piet Roos"), organization("Norcorp"), person("Eva Lind"),
                organization("Delta Bank"));
        assertTrue(b.containsAll(Set.of("Anna Dahl employedBy Norcorp", "Piet Roos employedBy Norcorp",
                "Eva Lind employedBy Delta Bank")), b::toString);
        Set<String> c = triples("Lee Park of Norcorp and Maya Cole were fined.", person("Lee Park"),
                organization("Norcorp"), person("Maya Cole"));
        assertTrue(c.contains("Lee Park employedBy Norcorp"), c::toString);
        assertFalse(c.contains("Maya Cole employedBy Norcorp"), c::toString);
        // a list after a verb that is no verb of saying: the first names may be of no organisation
        Set<String> d = triples("The mayor thanked Anna Dahl and Piet Roos of Norcorp.", person("Anna Dahl"),
                person("Piet Roos"), organization("Norcorp"));
        assertFalse(d.contains("Anna Dahl employedBy Norcorp"), d::toString);
    }

    @Test
    void anAppositionClosedByAnAuxiliaryWithoutItsComma() {
        Set<String> a = triples("Edward Lane, the chairman of Kestrel, will chair the new company, while Alan Frost, "
                + "current chairman and chief executive of Norcorp will be its chief executive.",
                person("Edward Lane"), organization("Kestrel"), person("Alan Frost"), organization("Norcorp"));
        assertTrue(a.contains("Alan Frost leads Norcorp"), a::toString);
        assertTrue(a.contains("Alan Frost holdsPosition \"chairman\""), a::toString);
        Set<String> b = triples("Maria Sousa, head of the Tarkistan Fisheries Agency has resigned.",
                person("Maria Sousa"), organization("Tarkistan Fisheries Agency"));
        assertTrue(b.contains("Maria Sousa leads Tarkistan Fisheries Agency"), b::toString);
    }
}
