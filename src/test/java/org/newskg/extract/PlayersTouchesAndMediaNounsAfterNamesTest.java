package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.type;

import org.junit.jupiter.api.Test;

/**
 * Lower-case words after a name that say what it is: a player's touch of the ball ("Tomas Brenner's header")
 * makes a person; a medium or a group ("Orbis television", "the Night Riders biker gang") an organisation.
 */
class PlayersTouchesAndMediaNounsAfterNamesTest {

    @Test
    void aPlayersAssistOrHeaderMakesAPerson() {
        String text = "The equaliser came from Eden Marlow's assist. The winner came in the 80th minute from "
                + "Ivo Brenner's header, and Dario Fosse's volley hit the bar.";
        for (String n : new String[]{"Eden Marlow", "Ivo Brenner", "Dario Fosse"}) {
            assertEquals(EntityType.PERSON, type(STANDARD, text, n), n);
        }
    }

    @Test
    void aMediumOrAGroupNamedBeforeItsKindIsAnOrganization() {
        String text = "The minister, in remarks to Orbis television, said the toll would rise. The Kestrel "
                + "newspaper printed the letter, which was posted on the Tollway website. He rode with the Night "
                + "Riders biker gang and later joined the Grey Wolves gang.";
        for (String n : new String[]{"Orbis", "Kestrel", "Tollway", "Night Riders", "Grey Wolves"}) {
            assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, n), n);
        }
    }

    @Test
    void aKnownTownBeforeTelevisionStaysAPlace() {
        String text = "Gunmen attacked the Kabul television station on Monday, a reporter for Syrian television said.";
        assertEquals(EntityType.PLACE, type(STANDARD, text, "Kabul"));
    }
}
