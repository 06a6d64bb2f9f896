package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * False entities of the interview genre (questions and answers without speaker labels): titles of works named
 * without quotation marks, capitals for emphasis, chat interjections, fields of study, weekdays in the plural,
 * one-word answers glued to the next sentence, and the body a person talks to. Each class has near-misses that
 * must stay as they were.
 */
class InterviewFalseEntitiesTest {

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.STANDARD, text);
    }

    private static EntityType type(String text, String name) {
        return NameFinding.type(NameFinding.STANDARD, text, name);
    }

    private static void assertNone(String text, String... unwanted) {
        List<String> ns = names(text);
        for (String u : unwanted) {
            assertFalse(ns.stream().anyMatch(m -> m.contains(u)), u + " in " + ns);
        }
    }

    @Test
    void unquotedTitleAfterAWorkNounNamesNothing() {
        assertNone("Her album Blue Harbour came out on Southgate Records. Why the title Blue Harbour? My grandfather.",
                "Blue Harbour");
        assertNone("His documentary Beirut Nights premiered in Toronto.", "Beirut Nights");
        assertNone("She published her third book, The Glass Orchard, with Harbor Lane Press in Portland.",
                "Glass Orchard");
        assertNone("The new film Steel Rain opens in Chicago on Friday, said Maria Lopez.", "Steel Rain");
        List<String> ns = names("She published her third book, The Glass Orchard, with Harbor Lane Press in Portland.");
        assertTrue(ns.contains("Harbor Lane Press") && ns.contains("Portland"), ns.toString());
    }

    @Test
    void workNounNearMissesKeepTheirNames() {
        assertTrue(names("The film Sony released last year lost money, Maria Lopez said.").contains("Sony"));
        assertTrue(names("Polls show Obama leading in Ohio.").contains("Obama"));
        assertTrue(names("He read the book, Smith said, and then called Microsoft.").contains("Smith"));
        assertEquals(EntityType.PLACE, type("The film Paris was shot in Lyon by Anne Morel.", "Paris"));
    }

    @Test
    void capitalsForEmphasisAreNoAcronyms() {
        assertNone("It's AMAZING. Honestly, it was so GOOD to be back with Tom Blake.", "AMAZING", "GOOD");
        assertNone("That was CRAZY, and the players were really TIRED after the game in Leeds.", "CRAZY", "TIRED");
        assertNone("Also, DON'T read the comments on IMDb. Don't wait for Peter Hall. I CAN'T believe it.",
                "DON'T", "Don't", "CAN'T");
        assertTrue(names("Don't wait for Peter Hall.").contains("Peter Hall"));
        List<String> ns = names("The agency is NASA, and the funding came from NATO.");
        assertTrue(ns.contains("NASA") && ns.contains("NATO"), ns.toString());
    }

    @Test
    void chatInterjectionsAreNoNames() {
        String text = "LOL. OMG, the tickets sold out in Dublin. BTW, Sarah Kent was there.";
        assertNone(text, "LOL", "OMG", "BTW");
        assertTrue(names(text).containsAll(List.of("Dublin", "Sarah Kent")), names(text).toString());
    }

    @Test
    void fieldsOfStudyAreNoNames() {
        assertNone("I have a degree in Physics from a college in Ohio.", "Physics");
        assertNone("I taught History and Spanish, then did a PhD in Chemistry at the University of Leeds.",
                "History", "Chemistry");
        String text = "She studied Mathematics and Computer Science before joining the Department of Physics at "
                + "Rice University.";
        assertNone(text, "Mathematics", "Computer Science");
        assertTrue(names(text).contains("Department of Physics"), names(text).toString());
    }

    @Test
    void weekdaysInThePluralAreNoNames() {
        String text = "We need buses that run on Sundays and Mondays in Brookfield.";
        assertNone(text, "Sundays", "Mondays");
        assertTrue(names(text).contains("Brookfield"));
    }

    @Test
    void oneWordAnswerIsNoPartOfTheNextName() {
        List<String> ns = names("Do you worry about Google? No. Google sends us traffic. Yes. Microsoft called "
                + "once. OK. Amazon pays us.");
        assertNone("Do you worry about Google? No. Google sends us traffic. Yes. Microsoft called once.", "No.",
                "Yes.");
        assertTrue(ns.containsAll(List.of("Google", "Microsoft", "Amazon")), ns.toString());
        assertTrue(names("No. 10 Downing Street said nothing.").contains("Downing Street"));
    }

    @Test
    void whomOneTalksToIsNoPlace() {
        String text = "Helen Marsh talks to Wikinews about the election. She spoke to Wikinews by phone.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Wikinews"));
        assertEquals(EntityType.ORGANIZATION, type("Kevin Dunn talked to Gamespot about the sequel.", "Gamespot"));
        assertEquals(EntityType.ORGANIZATION, type("Omar Haddad speaks to Wikinews from Montreal.", "Wikinews"));
        assertEquals(EntityType.PERSON, type("Anna Berg spoke to Maria Lopez in Stockholm.", "Maria Lopez"));
        assertEquals(EntityType.PLACE, type("The minister talked to Russia about gas.", "Russia"));
    }

    @Test
    void aPlaceOnlyByThePrepositionBeforeItIsDropped() {
        assertNone("We are porting it to Android next year.", "Android");
        assertNone("We used data from the Kepler telescope.", "Kepler");
        assertNone("I give talks at TEDx and I met a boy at Comic-Con.", "TEDx", "Comic-Con");
        assertNone("I went to the Conservatory in Madrid for four years.", "Conservatory");
        assertEquals(EntityType.PLACE, type("Barra holds a degree from Kettering University in Flint, Michigan.",
                "Flint"));
        assertEquals(EntityType.PLACE, type("The fighters fled to Gharyan after the clashes in Tarhuna.",
                "Tarhuna"));
        assertEquals(EntityType.PLACE, type("She worked in Brookfield for ten years.", "Brookfield"));
        assertEquals(EntityType.PLACE, type("A man from Ealing was arrested after the robbery.", "Ealing"));
    }

    @Test
    void aNameAfterTheIsNoPersonByItsNeighbours() {
        assertFalse(names("Oh, the Beatles, Joni Mitchell and Bob Dylan.").contains("Beatles"));
        assertFalse(names("My influences are the Smiths, Kate Bush and Tom Waits.").contains("Smiths"));
        assertEquals(EntityType.PERSON, type("Oh, the Beatles, Joni Mitchell and Bob Dylan.", "Bob Dylan"));
        assertEquals(EntityType.PERSON, type("We met Pierre Dubois and Mr Ricard last week, and then Anne Morel "
                + "and Dufour.", "Dufour"));
    }
}
