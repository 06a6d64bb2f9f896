package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.RULES;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertNoNameContaining;
import static org.newskg.extract.NameFinding.find;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * False entities of the interview genre (questions and answers without speaker labels): titles of works named
 * without quotation marks, capitals for emphasis, chat interjections, fields of study, weekdays in the plural,
 * one-word answers glued to the next sentence, and the body a person talks to. Each class has near-misses that
 * must stay as they were.
 */
class InterviewFalseEntitiesTest {

    @Test
    void unquotedTitleAfterAWorkNounNamesNothing() {
        assertNoNameContaining(STANDARD,
                "Her album Blue Harbour came out on Southgate Records. Why the title Blue Harbour? My grandfather.",
                "Blue Harbour");
        assertNoNameContaining(STANDARD, "His documentary Beirut Nights premiered in Toronto.", "Beirut Nights");
        assertNoNameContaining(STANDARD,
                "She published her third book, The Glass Orchard, with Harbor Lane Press in Portland.",
                "Glass Orchard");
        assertNoNameContaining(STANDARD, "The new film Steel Rain opens in Chicago on Friday, said Maria Lopez.",
                "Steel Rain");
        List<String> ns = names(STANDARD,
                "She published her third book, The Glass Orchard, with Harbor Lane Press in Portland.");
        assertTrue(ns.contains("Harbor Lane Press") && ns.contains("Portland"), ns.toString());
    }

    @Test
    void workNounNearMissesKeepTheirNames() {
        assertTrue(names(STANDARD, "The film Sony released last year lost money, Maria Lopez said.").contains("Sony"));
        assertTrue(names(STANDARD, "Polls show Obama leading in Ohio.").contains("Obama"));
        assertTrue(names(STANDARD, "He read the book, Smith said, and then called Microsoft.").contains("Smith"));
        assertEquals(EntityType.PLACE, type(STANDARD, "The film Paris was shot in Lyon by Anne Morel.", "Paris"));
    }

    @Test
    void capitalsForEmphasisAreNoAcronyms() {
        assertNoNameContaining(STANDARD, "It's AMAZING. Honestly, it was so GOOD to be back with Tom Blake.",
                "AMAZING", "GOOD");
        assertNoNameContaining(STANDARD, "That was CRAZY, and the players were really TIRED after the game in Leeds.",
                "CRAZY", "TIRED");
        assertNoNameContaining(STANDARD,
                "Also, DON'T read the comments on IMDb. Don't wait for Peter Hall. I CAN'T believe it.",
                "DON'T", "Don't", "CAN'T");
        assertTrue(names(STANDARD, "Don't wait for Peter Hall.").contains("Peter Hall"));
        List<String> ns = names(STANDARD, "The agency is NASA, and the funding came from NATO.");
        assertTrue(ns.contains("NASA") && ns.contains("NATO"), ns.toString());
    }

    @Test
    void chatInterjectionsAreNoNames() {
        String text = "LOL. OMG, the tickets sold out in Dublin. BTW, Sarah Kent was there.";
        assertNoNameContaining(STANDARD, text, "LOL", "OMG", "BTW");
        assertTrue(names(STANDARD, text).containsAll(List.of("Dublin", "Sarah Kent")), names(STANDARD,
                text).toString());
    }

    @Test
    void fieldsOfStudyAreNoNames() {
        assertNoNameContaining(STANDARD, "I have a degree in Physics from a college in Ohio.", "Physics");
        assertNoNameContaining(STANDARD,
                "I taught History and Spanish, then did a PhD in Chemistry at the University of Leeds.",
                "History", "Chemistry");
        String text = "She studied Mathematics and Computer Science before joining the Department of Physics at "
                + "Rice University.";
        assertNoNameContaining(STANDARD, text, "Mathematics", "Computer Science");
        assertTrue(names(STANDARD, text).contains("Department of Physics"), names(STANDARD, text).toString());
    }

    @Test
    void weekdaysInThePluralAreNoNames() {
        String text = "We need buses that run on Sundays and Mondays in Brookfield.";
        assertNoNameContaining(STANDARD, text, "Sundays", "Mondays");
        assertTrue(names(STANDARD, text).contains("Brookfield"));
    }

    @Test
    void oneWordAnswerIsNoPartOfTheNextName() {
        List<String> ns = names(STANDARD,
                "Do you worry about Google? No. Google sends us traffic. Yes. Microsoft called "
                + "once. OK. Amazon pays us.");
        assertNoNameContaining(STANDARD,
                "Do you worry about Google? No. Google sends us traffic. Yes. Microsoft called once.", "No.",
                "Yes.");
        assertTrue(ns.containsAll(List.of("Google", "Microsoft", "Amazon")), ns.toString());
        assertTrue(names(STANDARD, "No. 10 Downing Street said nothing.").contains("Downing Street"));
    }

    @Test
    void whomOneTalksToIsNoPlace() {
        String text = "Helen Marsh talks to Wikinews about the election. She spoke to Wikinews by phone.";
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Wikinews"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, "Kevin Dunn talked to Gamespot about the sequel.",
                "Gamespot"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, "Omar Haddad speaks to Wikinews from Montreal.",
                "Wikinews"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Anna Berg spoke to Maria Lopez in Stockholm.", "Maria Lopez"));
        assertEquals(EntityType.PLACE, type(STANDARD, "The minister talked to Russia about gas.", "Russia"));
    }

    @Test
    void aPlaceOnlyByThePrepositionBeforeItIsDropped() {
        assertNoNameContaining(STANDARD, "We are porting it to Android next year.", "Android");
        assertNoNameContaining(STANDARD, "We used data from the Kepler telescope.", "Kepler");
        // where the model calls the name a place, the rule keeps it by design, as a town the model knows; the rules
        // alone call both places only by "at". The model (retrained) is silent on "TEDx", which is dropped, and reads
        // "Comic-Con" as an organization, its own call: no place either way
        String talks = "I give talks at TEDx and I met a boy at Comic-Con.";
        assertNoNameContaining(STANDARD, talks, "TEDx");
        assertFalse(find(STANDARD, talks).stream()
                .anyMatch(m -> m.text().equals("Comic-Con") && m.type() == EntityType.PLACE));
        assertNoNameContaining(STANDARD, "We showed the demo at Dreamforce last year.", "Dreamforce");
        // the model's vote for another type is no place evidence: "Android" read as a person is dropped all the
        // same; near-miss: a town the model reads as a place stays, in speech too
        assertEquals(EntityType.PLACE, type(STANDARD, "We met in Kessington last summer.", "Kessington"));
        assertNoNameContaining(STANDARD, "I went to the Conservatory in Madrid for four years.", "Conservatory");
        assertEquals(EntityType.PLACE, type(STANDARD,
                "Barra holds a degree from Kettering University in Flint, Michigan.",
                "Flint"));
        assertEquals(EntityType.PLACE, type(STANDARD, "The fighters fled to Gharyan after the clashes in Tarhuna.",
                "Tarhuna"));
        assertEquals(EntityType.PLACE, type(STANDARD, "She worked in Brookfield for ten years.", "Brookfield"));
        // "A man from Ealing ..." stays a place: CountryWordsSitesAndSureRolesTypingTest
    }

    @Test
    void aNameAfterTheIsNoPersonByItsNeighbours() {
        // the rules give "the Beatles" no vote from its person neighbours; the model may still find the band (it
        // reads it as an organization), but no person
        assertFalse(names(RULES, "Oh, the Beatles, Joni Mitchell and Bob Dylan.").contains("Beatles"));
        assertFalse(find(STANDARD, "Oh, the Beatles, Joni Mitchell and Bob Dylan.").stream()
                .anyMatch(m -> m.text().equals("Beatles") && m.type() == EntityType.PERSON));
        assertFalse(names(STANDARD, "My influences are the Smiths, Kate Bush and Tom Waits.").contains("Smiths"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Oh, the Beatles, Joni Mitchell and Bob Dylan.", "Bob Dylan"));
        assertEquals(EntityType.PERSON, type(STANDARD,
                "We met Pierre Dubois and Mr Ricard last week, and then Anne Morel "
                + "and Dufour.", "Dufour"));
    }
}
