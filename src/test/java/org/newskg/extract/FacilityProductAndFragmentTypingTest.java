package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 12 of entity typing: facilities are places and their "of" says where they are, a dotted word starts a
 * gazetteer name ("St. Louis"), a town before a comma and a state is a place, and a name met mostly before a kind
 * of product, never acting, names a product (guideline E3). Each mechanism has a case that must stay as it was.
 */
class FacilityProductAndFragmentTypingTest {

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.STANDARD, text);
    }

    private static EntityType type(String text, String name) {
        return NameFinding.type(NameFinding.STANDARD, text, name);
    }

    @Test
    void aFacilityHeadWordMakesAPlace() {
        assertEquals(EntityType.PLACE, type("Workers at the Brenton Engine Plant walked out on Tuesday.",
                "Brenton Engine Plant"));
        assertEquals(EntityType.PLACE, type("The Halvorsen Factory near Gdansk will close next year.",
                "Halvorsen Factory"));
        assertEquals(EntityType.PLACE, type("The refinery fire spread to the Marsden Refinery on Friday.",
                "Marsden Refinery"));
    }

    @Test
    void aFacilityTakesItsNumber() {
        assertEquals(EntityType.PLACE, type("Passengers waited for hours at Terminal 2 of Oslo Airport.",
                "Terminal 2"));
    }

    @Test
    void ofAfterAFacilitySaysWhereItIs() {
        String text = "The union named the Kessler Assembly Plant of Dunmore, Ohio among the sites to close.";
        List<String> ns = names(text);
        assertTrue(ns.contains("Kessler Assembly Plant"), ns.toString());
        assertFalse(ns.stream().anyMatch(n -> n.contains(" of ")), ns.toString());
    }

    @Test
    void ofAfterAnOrganizationHeadStillJoins() {
        String text = "The Ministry of Defence said the drills would go on.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Ministry of Defence"));
    }

    @Test
    void aDottedWordStartsAGazetteerName() {
        Mention m = NameFinding.mention(NameFinding.STANDARD, "The St. Louis plant will close in June.", "St. Louis");
        assertEquals(EntityType.PLACE, m.type());
        assertTrue(m.source().contains("gazetteer"), m.source());
    }

    @Test
    void aTownBeforeACommaAndAStateIsAPlace() {
        assertEquals(EntityType.PLACE, type("The carmaker will also close its Trenwick, Ohio plant.", "Trenwick"));
        assertEquals(EntityType.PLACE, type("Protesters gathered in Morrow Falls, Ontario on Sunday.",
                "Morrow Falls"));
    }

    @Test
    void aNameBeforeACommaAndAStateThatOwnsWhatFollowsIsNoPlace() {
        String text = "Kestrel Dynamics, Ohio's largest employer, cut 400 jobs.";
        assertNotEquals(EntityType.PLACE, type(text, "Kestrel Dynamics"));
    }

    @Test
    void aNameOnlyBeforeKindsOfProductIsAProduct() {
        assertFalse(names("The company unveiled new Velaro laptops on Monday.").contains("Velaro"));
        List<String> ns = names("The plant builds the Corvexa and Zentra cars for export.");
        assertFalse(ns.contains("Zentra"), ns.toString());
        assertFalse(ns.contains("Corvexa"), ns.toString());
        assertFalse(names("The update brings Lumio mobile operating system features to older phones.")
                .contains("Lumio"));
    }

    @Test
    void aMakerThatActsKeepsItsName() {
        String text = "The airline bought 20 Kestrel jets. In 1995, Kestrel introduced a smaller model.";
        assertTrue(names(text).contains("Kestrel"), names(text).toString());
    }

    @Test
    void aGroupNamedBeforeAVehicleOnceOutOfManyStaysAnOrganization() {
        String text = "Airstrikes hit two Jaysh al-Nour vehicles near Daraa. Jaysh al-Nour fighters fled the town. "
                + "Officials said Jaysh al-Nour recruits in the camps.";
        assertTrue(names(text).contains("Jaysh al-Nour"), names(text).toString());
    }

    @Test
    void aNameWithAHeadWordBeforeAProductNounStays() {
        String text = "Dealers sold fewer Ardent Motors trucks in March.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Ardent Motors"));
    }

    @Test
    void theFirstWordsOfAnOrganizationNameAreThatOrganization() {
        String text = "Harlow Ridge Financial Corporation, a big lender, lost its funding. "
                + "The exchange said it will delist Harlow Ridge.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Harlow Ridge"));
    }

    @Test
    void theFirstWordsOfAPlaceNameGetNoOrganization() {
        String text = "Fighting spread from Ras al-Ain to the Ras al-Ain Military Council on Monday.";
        assertNotEquals(EntityType.ORGANIZATION, type(text, "Ras al-Ain"));
    }

    @Test
    void aTradeAsLastWordMakesACompany() {
        assertEquals(EntityType.ORGANIZATION, type("\"Stocks will fall,\" said Dunmore Trading analyst Bill Hart.",
                "Dunmore Trading"));
        assertEquals(EntityType.ORGANIZATION, type("Marlow Home Lending, another lender, said it would cut jobs.",
                "Marlow Home Lending"));
        assertEquals(EntityType.ORGANIZATION, type("The jet was built by Tarrant Aircraft in California.",
                "Tarrant Aircraft"));
    }

    @Test
    void whatSomeoneFoundedOrAcquiredIsAnOrganization() {
        assertEquals(EntityType.ORGANIZATION, type("She co-founded Velmora with two friends.", "Velmora"));
        assertEquals(EntityType.ORGANIZATION, type("The group acquired Tessaly last year.", "Tessaly"));
        assertEquals(EntityType.ORGANIZATION, type("Rivals completed the takeover of Dunmore in May.", "Dunmore"));
    }

    @Test
    void aTownFoundedLongAgoStaysAPlace() {
        String text = "The settlers founded Gharyan in the hills south of the coast.";
        assertEquals(EntityType.PLACE, type(text, "Gharyan"));
    }

    @Test
    void aCompanyWordAfterAPossessiveIsADescription() {
        assertFalse(names("\"It is a bond between our Company and its clients,\" Kerr said.").contains("Company"));
        assertFalse(names("Its Board approved the merger with Dunmore Capital on Friday.").contains("Board"));
    }

    @Test
    void anArmedForceAfterAPossessiveStaysAName() {
        String text = "The Army said its Navy would escort the convoy.";
        assertTrue(names(text).contains("Navy"), names(text).toString());
    }

    @Test
    void commonAbbreviationsWithAnAmpersandAreNoNames() {
        List<String> ns = names("Spending on R&D rose while M&A activity slowed at Dunmore Capital.");
        assertFalse(ns.contains("R&D"), ns.toString());
        assertFalse(ns.contains("M&A"), ns.toString());
    }

    @Test
    void aNameOnlyEverWrittenInQuotationMarksIsATitle() {
        assertFalse(names("The plan, called \u201CNew Horizon\u201D, will close five plants.").contains("New Horizon"));
        assertFalse(names("The ministry launched \"Clean Streets\" in March.").contains("Clean Streets"));
    }

    @Test
    void aQuotedNameWithSureEvidenceOrUnquotedMentionsStays() {
        List<String> ns = names("He now works for \"Kestrel Capital\". Kestrel Capital fired two traders.");
        assertTrue(ns.contains("Kestrel Capital"), ns.toString());
        assertTrue(names("Fighters of the so-called \u201CIslamic State\u201D fled the town.").contains("Islamic State"));
    }
}
