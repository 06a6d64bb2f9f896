package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertDropped;
import static org.newskg.extract.NameFinding.type;

import org.junit.jupiter.api.Test;

/**
 * Persons and listeners in interview-style text written for the test: kinship words are titles before a
 * given name ("Uncle Joe") and name nobody alone ("Mom", "Grandpa"); a lone given name is a person after a
 * relative and a possessive, beside the speaker ("Anna and I"), addressed in a question ("Jack, how did you
 * ...?") or talked to ("talked to Anna"); one talks "to" a listener, never to a place ("talked to Wikinews");
 * a known place after "Mr", "Mrs" or "Ms" is a surname; landform heads ("Icefall", "Gorge") make places.
 * Each has a near-miss.
 */
class InterviewPersonsAndListenersTest {

    @Test
    void kinshipWordsAloneNameNobodyAndBeforeAGivenNameAreTitles() {
        assertDropped("My dad worked at the plant and Mom taught school.", "Mom");
        assertDropped("Dad was less sure about it at first.", "Dad");
        assertDropped("The kids think Grandpa is crazy, and Grandma agrees.", "Grandpa");
        assertDropped("Nonna still cooks for everyone when we visit.", "Nonna");
        assertEquals(EntityType.PERSON, type(STANDARD, "Uncle Joe bought me my first typewriter.", "Joe"));
        assertEquals(EntityType.PERSON, type(STANDARD, "My grandmother, Abuela Carmen, marched with them.", "Carmen"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Every Sunday we ate at Grandma Rose's house.", "Rose"));
        // near-miss: a full name after a kinship word stays whole, and a title word alone still names nothing
        assertEquals(EntityType.PERSON, type(STANDARD, "My uncle, Peter Marsh, ran the farm.", "Peter Marsh"));
    }

    @Test
    void aLoneGivenNameAfterARelativeBesideTheSpeakerOrAddressedIsAPerson() {
        assertEquals(EntityType.PERSON, type(STANDARD, "My brother Nils came with us to the base camp.", "Nils"));
        assertEquals(EntityType.PERSON, type(STANDARD, "My husband, Luis, runs the office.", "Luis"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Anna and I met in 2004, at a party in Cleveland.", "Anna"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Victoria and I moved to Perth in 1999.", "Victoria"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Jack, how did you feel when the buzzer sounded?", "Jack"));
        assertEquals(EntityType.PERSON, type(STANDARD, "He talked to Anna about the plan.", "Anna"));
        assertEquals(EntityType.PERSON, type(STANDARD, "She wrote to Daniel every week from the camp.", "Daniel"));
        // near-miss: a known place addressed or travelled to stays a place
        assertEquals(EntityType.PLACE, type(STANDARD, "Georgia, how do you see it?", "Georgia"));
        assertEquals(EntityType.PLACE, type(STANDARD, "We drove to Virginia in May.", "Virginia"));
    }

    @Test
    void oneTalksToAListenerNotToAPlace() {
        String text = "Wikinews interviews Rosa Delgado\n\nRosa Delgado talked to Wikinews about her campaign.";
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Wikinews"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, "Rosa Delgado spoke to Reuters about her campaign.",
                "Reuters"));
        // near-miss: travelling to a place keeps the place cue of "to"
        assertEquals(EntityType.PLACE, type(STANDARD, "We flew to Denver in March.", "Denver"));
        assertEquals(EntityType.PLACE, type(STANDARD, "The team returned to Boston after the game.", "Boston"));
    }

    @Test
    void aKnownPlaceAfterMrOrMrsIsASurname() {
        assertEquals(EntityType.PERSON, type(STANDARD, "Mr. London never fixed anything in the flat.", "London"));
        assertEquals(EntityType.PERSON, type(STANDARD, "We asked Mrs Chester about the school.", "Chester"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Mr. Jordan said the plan was fair.", "Jordan"));
        assertEquals(EntityType.PERSON, type(STANDARD, "Ms. Lincoln chaired the meeting on Monday.", "Lincoln"));
        // near-miss: the same places without an honorific stay places
        assertEquals(EntityType.PLACE, type(STANDARD, "The band lived in London for two years.", "London"));
        assertNotEquals(EntityType.PERSON, type(STANDARD, "The company moved its office to Chester in 2010.",
                "Chester"));
    }

    @Test
    void landformHeadsMakePlaces() {
        assertEquals(EntityType.PLACE, type(STANDARD, "We spent three weeks on the Khumbu Icefall.", "Khumbu Icefall"));
        assertEquals(EntityType.PLACE, type(STANDARD, "The Tarvan Plateau is dry in winter.", "Tarvan Plateau"));
        assertEquals(EntityType.PLACE, type(STANDARD, "They camped in the Kessel Gorge.", "Kessel Gorge"));
        assertEquals(EntityType.PLACE, type(STANDARD, "Divers mapped the Ormond Reef last year.", "Ormond Reef"));
        // near-miss: a landform word inside a firm's name before its own head word leaves the firm a firm
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, "Coral Reef Capital said its profit rose.",
                "Coral Reef Capital"));
    }
}
