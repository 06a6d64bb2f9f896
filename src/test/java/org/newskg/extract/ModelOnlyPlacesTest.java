package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A place that only the statistical model calls one (no gazetteer entry, no rule, no spatial context) is dropped:
 * on business news such names are products, model lines and companies met once. Places with any evidence of
 * being places stay: a preposition of place, a known place nearby, a place's kind and "of", and the continents, now in the regions gazetteer. Sentences written for the test.
 */
class ModelOnlyPlacesTest {

    private static void assertNoPlace(String text, String name) {
        List<String> found = names(STANDARD, text);
        assertFalse(found.contains(name) && type(STANDARD, text, name) == EntityType.PLACE,
                name + " kept as a place in " + found);
    }

    private static void assertPlace(String text, String name) {
        assertEquals(EntityType.PLACE, type(STANDARD, text, name), text);
    }

    @Test
    void productsAndCompaniesTheModelAloneCallsPlacesAreDropped() {
        assertNoPlace("Analysts said Palm's webOS trails Android.", "Palm");
        assertNoPlace("He demoed the Wikipedia Dashboard widget on stage.", "Wikipedia Dashboard");
        // not the subject of a verb: a subject is an actor and stays, whatever the model's type
        assertNoPlace("The company will keep flying the current Falcon until at least 2010.", "Falcon");
    }

    @Test
    void aPlacePrepositionOrAKnownPlaceNearbyKeepsTheModelsPlace() {
        assertPlace("The airliner can connect almost any two cities on Earth.", "Earth");
        assertPlace("Rebels retook the villages of Rabiyah and Zumar near Mosul.", "Rabiyah");
        assertPlace("He was born in Vermillion, South Dakota.", "Vermillion");
        assertPlace("Lawmakers in North Rhine-Westphalia approved the plan.", "North Rhine-Westphalia");
        // the preposition governs the whole list
        assertPlace("The convoy drove past Zaranj and Delaram before dawn.", "Delaram");
    }

    @Test
    void continentsArePlacesWithoutContext() {
        assertPlace("Airbus, Europe's biggest aircraft manufacturer, has announced job cuts.", "Europe");
        assertPlace("Latin America and Africa are growing markets for the carmaker.", "Africa");
        assertPlace("The tour of Asia and Australia has been delayed.", "Asia");
    }

    @Test
    void aRecordIsADocumentAndRecordsALabel() {
        assertNoPlace("Senator Smith entered the emails into the Congressional Record during a speech.",
                "Congressional Record");
        List<String> found = names(STANDARD, "The letter was printed in the Federal Record, the ministry said.");
        assertFalse(found.contains("Federal Record"), found.toString());
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, "Kestrel Records signed the band.", "Kestrel Records"));
    }
}
