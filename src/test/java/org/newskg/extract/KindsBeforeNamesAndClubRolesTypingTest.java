package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.find;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 31 of the name typing: a kind said right before a name outweighs a head word of another type ("the rock
 * band Silver Harbour"), more kinds ("the weather service X", "the startup X"), and who runs a club ("Hearts
 * manager Tom Vale"). Sentences written for the test, with invented names.
 */
class KindsBeforeNamesAndClubRolesTypingTest {

    private static EntityType typeOf(String text, String name) {
        List<Mention> ms = find(STANDARD, text);
        return ms.stream().filter(m -> m.isName() && m.text().equals(name)).map(Mention::type)
                .reduce((a, b) -> b).orElse(null);
    }

    @Test
    void aKindBeforeTheNameOutweighsAHeadWordOfAnotherType() {
        assertEquals(EntityType.ORGANIZATION, typeOf("The rock band Silver Harbour announced a tour of Europe.",
                "Silver Harbour"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The charity Green Valley gave food to 300 families.",
                "Green Valley"));
        assertEquals(EntityType.ORGANIZATION, typeOf("Investors gave the startup North Bridge $5 million.",
                "North Bridge"));
        assertEquals(EntityType.ORGANIZATION, typeOf("Passengers of the airline Blue River were stranded.",
                "Blue River"));
        // near-misses: a kind of the head word's own type, and no kind before the name
        assertEquals(EntityType.PLACE, typeOf("Residents of the town Port Harbour were evacuated.",
                "Port Harbour"));
        assertEquals(EntityType.PLACE, typeOf("The band played at Silver Harbour on Friday.", "Silver Harbour"));
    }

    @Test
    void aServiceOrAStartupBeforeTheNameIsABody() {
        assertEquals(EntityType.ORGANIZATION, typeOf("The weather service Meteorama said more rain was expected.",
                "Meteorama"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The streaming service Quillon has 5 million users.",
                "Quillon"));
    }

    @Test
    void aManagerCoachOrCaptainNamedAfterANameRunsAClub() {
        assertEquals(EntityType.ORGANIZATION, typeOf("The fans cheered when Hearts manager Tom Vale arrived.",
                "Hearts"));
        assertEquals(EntityType.ORGANIZATION, typeOf("After the match, Dunmore coach Rui Salgado praised his "
                + "players.", "Dunmore"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The injury ruled out Kelvin captain Joe Barra for a month.",
                "Kelvin"));
        assertEquals(EntityType.ORGANIZATION, typeOf("The court heard that Ashby manager Lena Ortiz approved the "
                + "loans.", "Ashby"));
        // near-misses: a person's coach, and a national side, which is a place by the guidelines
        assertEquals(EntityType.PERSON, typeOf("Fans booed Serena Vance's coach Paul Lind on Sunday.",
                "Serena Vance"));
        assertEquals(EntityType.PLACE, typeOf("On Friday Brazil coach Ana Lima named her squad.", "Brazil"));
    }

    @Test
    void aNameJoinedToAMatchScoreIsASide() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Brennford beat Castlegate 2-1 on Saturday to reach the "
                + "final.", "Brennford"));
        assertEquals(EntityType.ORGANIZATION, typeOf("On Saturday, Dunmore sacked its manager after a 4-0 defeat "
                + "to Kelvin.", "Kelvin"));
        assertEquals(EntityType.ORGANIZATION, typeOf("In the second leg, Ardmore lost 3-1 to Redvale.",
                "Redvale"));
        assertEquals(EntityType.ORGANIZATION, typeOf("Last week Hollins drew 1-1 with Redvale at home.",
                "Hollins"));
        // near-misses: tennis sets (persons), a known country (a national side is a place), an election
        assertEquals(EntityType.PERSON, typeOf("On Sunday, Nadal beat Federer 6-4, 6-3 in the final.", "Nadal"));
        assertEquals(EntityType.PLACE, typeOf("On Sunday Brazil beat Peru 2-0.", "Brazil"));
        assertEquals(EntityType.PERSON, typeOf("Fans watched Tomas Greer beat his rival 6-4 in the final.",
                "Tomas Greer"));
    }
}
