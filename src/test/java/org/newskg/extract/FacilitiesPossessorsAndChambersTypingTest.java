package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.find;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 57 of the name typing: named buildings of worship, care and trade are places, an apposition's head comes
 * after a possessor ("X, the city's home minister"), a preposition before a possessor is no place evidence ("in
 * X's film"), a descriptor ending in a kind of body ("the environmental group X"), a venue after "in" even when
 * a given name starts it, a plural relative before a given name, and legislative chambers. Sentences written for
 * the test, with invented names.
 */
class FacilitiesPossessorsAndChambersTypingTest {

    private static EntityType typeOf(String text, String name) {
        List<Mention> ms = find(STANDARD, text);
        return ms.stream().filter(m -> m.isName() && m.text().equals(name)).map(Mention::type)
                .reduce((a, b) -> b).orElse(null);
    }

    @Test
    void placesOfWorshipHospitalsMallsMonumentsAndLodgesArePlaces() {
        assertEquals(EntityType.PLACE, typeOf("Protesters gathered outside Saint Olave Cathedral on Friday.",
                "Saint Olave Cathedral"));
        assertEquals(EntityType.PLACE, typeOf("Worshippers left the Ridgeway Mosque after the prayers.",
                "Ridgeway Mosque"));
        assertEquals(EntityType.PLACE, typeOf("The injured were taken to Grantley General Hospital.",
                "Grantley General Hospital"));
        assertEquals(EntityType.PLACE, typeOf("The gunman opened fire at the Brookfield Mall on Saturday.",
                "Brookfield Mall"));
        assertEquals(EntityType.PLACE, typeOf("Tourists queued near the Lincoln Monument all day.",
                "Lincoln Monument"));
        assertEquals(EntityType.PLACE, typeOf("Guests at the Kivu Lake Lodge said the fire started at night.",
                "Kivu Lake Lodge"));
        // near-misses: a church's body and a museum stay organisations
        assertEquals(EntityType.ORGANIZATION, typeOf("The Orthodox Church said the ban was unjust.",
                "Orthodox Church"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The Harwick Art Museum bought the painting in 1990.",
                "Harwick Art Museum"));
    }

    @Test
    void theHeadOfAnAppositionComesAfterAPossessor() {
        assertEquals(EntityType.PERSON, typeOf("Marta Quill, the region's finance minister, said the budget "
                + "was balanced.", "Marta Quill"));
        assertEquals(EntityType.PERSON, typeOf("Osei Brandt, the city's police chief, said two men were held.",
                "Osei Brandt"));
        // near-miss: what comes after the possessor is a place noun
        assertEquals(EntityType.PLACE, typeOf("The blast hit Brenton, the region's largest town, on Sunday.",
                "Brenton"));
    }

    @Test
    void aPrepositionBeforeAPossessorIsNoPlaceEvidence() {
        assertEquals(EntityType.PERSON, typeOf("Critics were moved by what they saw in Tomas Wrobel's film.",
                "Tomas Wrobel"));
        // near-miss: a place named after "in" with no possessor keeps its place vote
        assertEquals(EntityType.PLACE, typeOf("The delegates met in Brentwick on Monday.", "Brentwick"));
    }

    @Test
    void aDescriptorEndingInAKindOfBodyNamesAnOrganisation() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Critics, including the wildlife charity group Earthwatch, "
                + "blamed the mining firm.", "Earthwatch"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The militant group Harakat Sahil claimed the attack.",
                "Harakat Sahil"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The news outlet Velmora reported the arrests.", "Velmora"));
        // near-misses: a capitalised kind word ends another name, and a group "of" people names none
        assertEquals(EntityType.PERSON, typeOf("Senior engineer at the Harwick Network Lena Ortiz said the "
                + "outage was over.", "Lena Ortiz"));
        assertEquals(null, typeOf("A group of residents met on Monday.", "Monday"));
    }

    @Test
    void aVenueAfterInIsAPlaceEvenWhenAGivenNameStartsIt() {
        assertEquals(EntityType.PLACE, typeOf("The rally was held in Victoria Park on Sunday.", "Victoria Park"));
        // near-miss: a possessor after "in" is a person
        assertEquals(EntityType.PERSON, typeOf("She was a passenger in Graham Hill's car.", "Graham Hill"));
    }

    @Test
    void aPluralRelativeBeforeAGivenNameNamesAPerson() {
        assertEquals(EntityType.PERSON, typeOf("He is survived by his daughters Rosalind and Maud.", "Rosalind"));
        assertEquals(EntityType.PERSON, typeOf("We send our condolences to his children Virginia and Paul.",
                "Virginia"));
    }

    @Test
    void legislativeChambersAreOrganisations() {
        assertEquals(EntityType.ORGANIZATION, typeOf("The bill passed the Senate and now goes to the House of "
                + "Representatives.", "House of Representatives"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The Senate voted 51 to 49 on the measure.", "Senate"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The measure was approved by the National Assembly.",
                "National Assembly"));
    }
}
