package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 10 of the name finder, found by probing conflict and business news: a body's purpose after "for the"
 * going on with "of", surnames with two particles, all-capital emphasis the model reads as names, criminal groups,
 * sites and areas after a place's name, air shows. Each mechanism has a case that must stay as it was.
 */
class NamePurposesParticlesAndSitesTest {

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.STANDARD, text);
    }

    private static EntityType type(String text, String name) {
        Mention m = NameFinding.mention(NameFinding.STANDARD, text, name);
        return m == null ? null : m.type();
    }

    @Test
    void aPurposeAfterForTheGoesOnWithOf() {
        List<String> names = names("The Committee for the Protection of Journalists and the Institute for the "
                + "Prevention of Torture condemned the arrests.");
        assertTrue(names.contains("Committee for the Protection of Journalists"), names.toString());
        assertTrue(names.contains("Institute for the Prevention of Torture"), names.toString());
    }

    @Test
    void forTheAfterANameWithoutHeadWordJoinsNothing() {
        List<String> names = names("Officials said talks with Velmar for the Return of Norvia would resume.");
        assertFalse(names.stream().anyMatch(n -> n.contains(" for ") || n.contains(" of ")), names.toString());
    }

    @Test
    void twoParticlesJoinASurname() {
        List<String> names = names("Lucia Fernanda de la Vega, a nurse, and Pieter van der Berg said the ward was full.");
        assertTrue(names.contains("Lucia Fernanda de la Vega"), names.toString());
        assertTrue(names.contains("Pieter van der Berg"), names.toString());
    }

    @Test
    void aCriminalGroupIsAnOrganization() {
        assertEquals(EntityType.ORGANIZATION,
                type("Gunmen of the Sonora Cartel attacked a convoy near the border.", "Sonora Cartel"));
    }

    @Test
    void aSiteOrAreaAfterANameIsAPlace() {
        assertEquals(EntityType.PLACE, type("Drones struck the Kelbany airbase overnight.", "Kelbany"));
        assertEquals(EntityType.PLACE, type("Aid reached families in the Marvash governorate.", "Marvash"));
    }

    @Test
    void anAirshowIsNoEntityButItsCityIs() {
        List<String> names = names("The airline ordered 40 jets at the Singapore Airshow on Tuesday.");
        assertTrue(names.contains("Singapore"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Airshow")), names.toString());
    }
}
