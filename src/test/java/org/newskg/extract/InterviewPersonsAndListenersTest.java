package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 40 of names, probed on interview-style text written for the test: kinship words are titles before a
 * given name ("Uncle Joe") and name nobody alone ("Mom", "Grandpa"); a lone given name is a person after a
 * relative and a possessive, beside the speaker ("Anna and I"), addressed in a question ("Jack, how did you
 * ...?") or talked to ("talked to Anna"); one talks "to" a listener, never to a place ("talked to Wikinews");
 * a known place after "Mr", "Mrs" or "Ms" is a surname; landform heads ("Icefall", "Gorge") make places.
 * Each has a near-miss.
 */
class InterviewPersonsAndListenersTest {

    private static void assertNone(String text, String unwanted) {
        List<String> found = NameFinding.names(NameFinding.STANDARD, text);
        assertFalse(found.contains(unwanted), unwanted + " in " + found);
    }

    private static EntityType type(String text, String name) {
        return NameFinding.type(NameFinding.STANDARD, text, name);
    }

    @Test
    void kinshipWordsAloneNameNobodyAndBeforeAGivenNameAreTitles() {
        assertNone("My dad worked at the plant and Mom taught school.", "Mom");
        assertNone("Dad was less sure about it at first.", "Dad");
        assertNone("The kids think Grandpa is crazy, and Grandma agrees.", "Grandpa");
        assertNone("Nonna still cooks for everyone when we visit.", "Nonna");
        assertEquals(EntityType.PERSON, type("Uncle Joe bought me my first typewriter.", "Joe"));
        assertEquals(EntityType.PERSON, type("My grandmother, Abuela Carmen, marched with them.", "Carmen"));
        assertEquals(EntityType.PERSON, type("Every Sunday we ate at Grandma Rose's house.", "Rose"));
        // near-miss: a full name after a kinship word stays whole, and a title word alone still names nothing
        assertEquals(EntityType.PERSON, type("My uncle, Peter Marsh, ran the farm.", "Peter Marsh"));
    }

    @Test
    void aLoneGivenNameAfterARelativeBesideTheSpeakerOrAddressedIsAPerson() {
        assertEquals(EntityType.PERSON, type("My brother Nils came with us to the base camp.", "Nils"));
        assertEquals(EntityType.PERSON, type("My husband, Luis, runs the office.", "Luis"));
        assertEquals(EntityType.PERSON, type("Anna and I met in 2004, at a party in Cleveland.", "Anna"));
        assertEquals(EntityType.PERSON, type("Victoria and I moved to Perth in 1999.", "Victoria"));
        assertEquals(EntityType.PERSON, type("Jack, how did you feel when the buzzer sounded?", "Jack"));
        assertEquals(EntityType.PERSON, type("He talked to Anna about the plan.", "Anna"));
        assertEquals(EntityType.PERSON, type("She wrote to Daniel every week from the camp.", "Daniel"));
        // near-miss: a known place addressed or travelled to stays a place
        assertEquals(EntityType.PLACE, type("Georgia, how do you see it?", "Georgia"));
        assertEquals(EntityType.PLACE, type("We drove to Virginia in May.", "Virginia"));
    }

    @Test
    void oneTalksToAListenerNotToAPlace() {
        String text = "Wikinews interviews Rosa Delgado\n\nRosa Delgado talked to Wikinews about her campaign.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Wikinews"));
        assertEquals(EntityType.ORGANIZATION, type("Rosa Delgado spoke to Reuters about her campaign.", "Reuters"));
        // near-miss: travelling to a place keeps the place cue of "to"
        assertEquals(EntityType.PLACE, type("We flew to Denver in March.", "Denver"));
        assertEquals(EntityType.PLACE, type("The team returned to Boston after the game.", "Boston"));
    }

    @Test
    void aKnownPlaceAfterMrOrMrsIsASurname() {
        assertEquals(EntityType.PERSON, type("Mr. London never fixed anything in the flat.", "London"));
        assertEquals(EntityType.PERSON, type("We asked Mrs Chester about the school.", "Chester"));
        assertEquals(EntityType.PERSON, type("Mr. Jordan said the plan was fair.", "Jordan"));
        assertEquals(EntityType.PERSON, type("Ms. Lincoln chaired the meeting on Monday.", "Lincoln"));
        // near-miss: the same places without an honorific stay places
        assertEquals(EntityType.PLACE, type("The band lived in London for two years.", "London"));
        assertNotEquals(EntityType.PERSON, type("The company moved its office to Chester in 2010.", "Chester"));
    }

    @Test
    void landformHeadsMakePlaces() {
        assertEquals(EntityType.PLACE, type("We spent three weeks on the Khumbu Icefall.", "Khumbu Icefall"));
        assertEquals(EntityType.PLACE, type("The Tarvan Plateau is dry in winter.", "Tarvan Plateau"));
        assertEquals(EntityType.PLACE, type("They camped in the Kessel Gorge.", "Kessel Gorge"));
        assertEquals(EntityType.PLACE, type("Divers mapped the Ormond Reef last year.", "Ormond Reef"));
        // near-miss: a landform word inside a firm's name before its own head word leaves the firm a firm
        assertEquals(EntityType.ORGANIZATION, type("Coral Reef Capital said its profit rose.", "Coral Reef Capital"));
    }
}
