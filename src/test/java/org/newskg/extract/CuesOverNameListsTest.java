package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 11 of the name finder, found by probing business and conflict news: a cue before or after a list of
 * names reaches every member, and a role held "at" a name makes it an employer. Each mechanism has a case that
 * must stay as it was; a hyphenated participle in an apposition ("the Denver-based drone maker"), a model's
 * suffix after its number ("737 MAX"), an index named with its number of members.
 */
class CuesOverNameListsTest {

    private static EntityType type(String text, String name) {
        Mention m = NameFinding.mention(NameFinding.STANDARD, text, name);
        return m == null ? null : m.type();
    }

    @Test
    void aRoleHeldAtANameMakesItAnEmployer() {
        String text = "Strategists at Corwin Abbott expect the central bank to hold rates.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Corwin Abbott"));
    }

    @Test
    void aRoleBeforeAListReachesEveryMember() {
        String text = "Economists at Hartwick Perry, Wexford Lane and Dunmore Capital expect a rate cut.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Hartwick Perry"));
        assertEquals(EntityType.ORGANIZATION, type(text, "Wexford Lane"));
    }

    @Test
    void aTwoWordCueBeforeAListReachesEveryMember() {
        String text = "Shares of Renwick and Tollard rose sharply on Monday.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Tollard"));
    }

    @Test
    void aPlaceWordAfterAListReachesEveryMember() {
        String text = "Drones struck the Kharkiv and Zaporizhzhia regions overnight.";
        assertEquals(EntityType.PLACE, type(text, "Kharkiv"));
        assertEquals(EntityType.PLACE, type(text, "Zaporizhzhia"));
    }

    @Test
    void aPlaceCueBeforeAListStaysAPlaceCue() {
        String text = "Analysts in London and Frankfurt were surprised by the figures.";
        assertEquals(EntityType.PLACE, type(text, "Frankfurt"));
    }

    @Test
    void aSpeechVerbAfterAListGivesNoOrganization() {
        String text = "Maria Lopez and Daniel Ortiz said the talks had failed.";
        assertNotEquals(EntityType.ORGANIZATION, type(text, "Maria Lopez"));
        assertEquals(EntityType.PERSON, type(text, "Daniel Ortiz"));
    }

    @Test
    void aHyphenatedParticipleKeepsTheAppositionHead() {
        String text = "Palvex Systems, the Austin-based chip maker, won the contract.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Palvex Systems"));
        assertEquals(EntityType.ORGANIZATION, type("Nordra, a state-run broadcaster, denied the report.", "Nordra"));
    }

    @Test
    void aSuffixAfterAModelNumberIsNoName() {
        List<String> names = NameFinding.names(NameFinding.STANDARD,
                "Velora said the Velora 900 MAX and the Zephon 12 Pro would ship in May.");
        assertFalse(names.contains("MAX"), names.toString());
        assertFalse(names.contains("Pro"), names.toString());
        assertTrue(names.contains("Velora"), names.toString());
    }

    @Test
    void aGivenNameAfterADateStaysAPerson() {
        assertEquals(EntityType.PERSON, type("On March 3 Max told reporters he would run again, Max Orden said.",
                "Max Orden"));
    }

    @Test
    void anIndexNamedWithItsNumberIsNoName() {
        List<String> names = NameFinding.names(NameFinding.STANDARD,
                "The Valtor Europe 350 index rose 0.4 percent, while Kestrin Bank fell.");
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Valtor")), names.toString());
        assertTrue(names.contains("Kestrin Bank"), names.toString());
    }

    @Test
    void theObjectOfRetakingOrShellingIsAPlace() {
        String text = "Government troops retook Wad Kelmani on Saturday after rebels shelled Dorvany.";
        assertEquals(EntityType.PLACE, type(text, "Wad Kelmani"));
        assertEquals(EntityType.PLACE, type(text, "Dorvany"));
    }

    @Test
    void aPersonCapturedStaysAPerson() {
        assertEquals(EntityType.PERSON, type("Police captured Daniel Ortiz near the border.", "Daniel Ortiz"));
    }

    @Test
    void aCompanyBoughtOrMergedIsAnOrganization() {
        assertEquals(EntityType.ORGANIZATION, type("Regulators approved the acquisition of Sellwick last week.",
                "Sellwick"));
        assertEquals(EntityType.ORGANIZATION, type("Halden completed its merger with Mirova on Friday.", "Mirova"));
    }
}
