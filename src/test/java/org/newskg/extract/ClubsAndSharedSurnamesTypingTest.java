package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.find;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 28 of the name typing, from the type errors of the WIKIGOLD evidence: a surname shared by several persons
 * of the article, and a club named after a town by a player's move or position. Sentences written for the test,
 * with invented names.
 */
class ClubsAndSharedSurnamesTypingTest {

    private static EntityType typeOf(String text, String name) {
        List<Mention> ms = find(STANDARD, text);
        return ms.stream().filter(m -> m.isName() && m.text().equals(name)).map(Mention::type)
                .reduce((a, b) -> b).orElse(null);
    }

    @Test
    void aSurnameOfSeveralPersonsAloneIsAPerson() {
        assertEquals(EntityType.PERSON, typeOf("Marco Tavrone was raised in Leeds by his father John Tavrone. "
                + "In 2004, Tavrone was sentenced to two years in prison. Tavrone denied the charges.", "Tavrone"));
        assertEquals(EntityType.PERSON, typeOf("Detectives said Ewan Halloway and his brother Peter Halloway were "
                + "arrested on Tuesday. Halloway denied the charges.", "Halloway"));
        assertEquals(EntityType.PERSON, typeOf("Senator Ruth Okafor and her husband Daniel Okafor voted early. "
                + "Okafor told reporters the turnout was high.", "Okafor"));
        assertEquals(EntityType.PERSON, typeOf("The painter Ilse Brandvik and her daughter Maja Brandvik opened a "
                + "show in Oslo. Brandvik said the works took ten years.", "Brandvik"));
        // near-miss: a one-word name no person of the article ends with keeps its own votes
        assertEquals(EntityType.ORGANIZATION, typeOf("Ewan Halloway and Peter Halloway work for Dravex Corp. "
                + "Dravex Corp said profits rose. Dravex cut 200 jobs.", "Dravex"));
    }

    @Test
    void aGivenNameAloneAfterThePersonsFullNameIsThatPerson() {
        assertEquals(EntityType.PERSON, typeOf("The promoter Angelo Ferrante was born in Naples. Friends say "
                + "Angelo now runs a charity in Miami.", "Angelo"));
        assertEquals(EntityType.PERSON, typeOf("The singer Marisol Quintero grew up in Seville. Marisol said the "
                + "tour would start in Madrid.", "Marisol"));
        assertEquals(EntityType.PERSON, typeOf("Astronaut Hiroshi Tanabe will fly next year. Hiroshi trained for "
                + "two years at the space centre.", "Hiroshi"));
        // near-misses: a country that is also a given name stays a place; a word no person starts with keeps its
        // own votes
        assertEquals(EntityType.PLACE, typeOf("Jordan Keller, a trade envoy, flew to Amman. Jordan and Egypt "
                + "signed the deal on Monday.", "Jordan"));
        assertEquals(EntityType.ORGANIZATION, typeOf("Angelo Ferrante joined Dravex Corp in May. Dravex cut 200 "
                + "jobs.", "Dravex"));
    }

    @Test
    void aPlayersMoveOrPositionNamesAClub() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Striker Tom Keane signed with Harwick on Monday.", "Harwick"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The midfielder, on loan from Dunmere, scored twice.",
                "Dunmere"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The forward joined on loan from Castleby until May.",
                "Castleby"));
        assertEquals(EntityType.ORGANIZATION, typeOf("Coach Ana Ruiz said the Kelbourne striker would miss the final.",
                "Kelbourne"));
        assertEquals(EntityType.ORGANIZATION, typeOf("He played with Ardmore for four seasons before retiring.",
                "Ardmore"));
        // near-misses: a known town and a person keep their type
        assertEquals(EntityType.PLACE, typeOf("Thousands marched in Leeds on Saturday.", "Leeds"));
        assertEquals(EntityType.PERSON, typeOf("As a teenager he played with Miles Davis in New York.",
                "Miles Davis"));
    }
}
