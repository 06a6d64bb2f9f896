package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.find;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 59 of the name typing: what a study is published "in" is a journal, no place; "County X" is a place; a
 * list of given names after a counted or owned relative names persons; prisons, cemeteries, ranches, bridges,
 * reservations, ranges, fields, points, faults and trenches are places; an apposition opened by a named possessor
 * ("X, Harlow's spokeswoman") has its head after the possessive. Sentences written for the test, with
 * invented names.
 */
class JournalsCountiesAndRelativeListsTypingTest {

    private static EntityType typeOf(String text, String name) {
        List<Mention> ms = find(STANDARD, text);
        return ms.stream().filter(m -> m.isName() && m.text().equals(name)).map(Mention::type)
                .reduce((a, b) -> b).orElse(null);
    }

    @Test
    void whatAStudyIsPublishedInIsAJournal() {
        assertEquals(EntityType.ORGANIZATION, typeOf("The findings were published on Tuesday in Marine Ecology "
                + "Letters by a team of biologists.", "Marine Ecology Letters"));
        assertEquals(EntityType.ORGANIZATION, typeOf("A second paper, published last week in Ocean Frontiers, "
                + "reached the same result.", "Ocean Frontiers"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The trial results, published Friday in Clinical Vaccine "
                + "Reports, showed a strong response.", "Clinical Vaccine Reports"));
        assertEquals(EntityType.ORGANIZATION, typeOf("Researchers who published in the Quarterly Soil Review "
                + "disagreed.", "Quarterly Soil Review"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The geologists published their findings in Coastal "
                + "Geology Today.", "Coastal Geology Today"));
        // near-misses: a known place stays a place; "in" without publishing stays a place cue
        assertEquals(EntityType.PLACE, typeOf("She published a memoir in 1990 while living in Dunmore Falls.",
                "Dunmore Falls"));
        assertEquals(EntityType.PLACE, typeOf("Her first novel was published in London in 1998.", "London"));
        assertEquals(EntityType.PLACE, typeOf("The scientists met on Tuesday in Brentwick to plan the survey.",
                "Brentwick"));
    }

    @Test
    void aCountyNamedHeadFirstIsAPlace() {
        assertEquals(EntityType.PLACE, typeOf("Severe flooding hit County Wexford on Sunday.", "County Wexford"));
        assertEquals(EntityType.PLACE, typeOf("Police in County Tyrone arrested two men.", "County Tyrone"));
        assertEquals(EntityType.PLACE, typeOf("The storm reached County Sligo and County Leitrim by night.",
                "County Leitrim"));
        // near-miss: a county body keeps its organisation head word
        assertNotEquals(EntityType.PLACE, typeOf("County Durham Council approved the plan on Monday.",
                "County Durham Council"));
    }

    @Test
    void givenNamesListedAfterACountedOrOwnedRelativeArePersons() {
        String text = "He is survived by his wife Maria, three daughters, Florence, Brooke and Charlotte, and "
                + "two sons, Austin and Camden.";
        assertEquals(EntityType.PERSON, typeOf(text, "Florence"));
        assertEquals(EntityType.PERSON, typeOf(text, "Charlotte"));
        assertEquals(EntityType.PERSON, typeOf(text, "Austin"));
        assertEquals(EntityType.PERSON, typeOf("She leaves her sons Lincoln, Tyler and Orlando.", "Orlando"));
        // near-miss: a list after a counted noun that is no relative stays a list of places
        assertEquals(EntityType.PLACE, typeOf("The minister visited three cities, Florence, Charlotte and "
                + "Orlando, last month.", "Charlotte"));
    }

    @Test
    void sitesAndLandFeaturesNamedByTheirHeadArePlaces() {
        assertEquals(EntityType.PLACE, typeOf("The inmates of Halden State Prison were moved on Monday.",
                "Halden State Prison"));
        assertEquals(EntityType.PLACE, typeOf("He was buried at Oakwood Cemetery beside his wife.",
                "Oakwood Cemetery"));
        assertEquals(EntityType.PLACE, typeOf("Rescuers reached Hollis Point by boat.", "Hollis Point"));
        assertEquals(EntityType.PLACE, typeOf("Traffic on the Kessler Bridge stopped for an hour.",
                "Kessler Bridge"));
        assertEquals(EntityType.PLACE, typeOf("A quake on the Alpine Fault was felt across the island.",
                "Alpine Fault"));
        assertEquals(EntityType.PLACE, typeOf("The plane landed at Ashby Field after the engine failed.",
                "Ashby Field"));
        // near-misses: a given name before a head that is also a surname keeps the person
        assertEquals(EntityType.PERSON, typeOf("The actress Sally Field attended the benefit.", "Sally Field"));
        assertEquals(EntityType.PERSON, typeOf("The singer Tom Bridge attended the benefit.", "Tom Bridge"));
    }

    @Test
    void anAppositionOpenedByANamedPossessorHasItsHeadAfterThePossessive() {
        assertEquals(EntityType.PLACE, typeOf("The storm hit Brenwick, Kent's largest town, on Sunday.",
                "Brenwick"));
        assertEquals(EntityType.ORGANIZATION, typeOf("Ostrava Metals, Vellmark's parts supplier, cut 300 jobs.",
                "Ostrava Metals"));
        assertEquals(EntityType.PERSON, typeOf("According to Marisol Quenby, Harlow's former spokeswoman, the "
                + "talks failed.", "Marisol Quenby"));
        // near-miss: a list of places after a comma has no possessive and says nothing new
        assertEquals(EntityType.PLACE, typeOf("The delegates travelled from Brenwick, Kent, to Dover on Monday.",
                "Dover"));
    }
}
