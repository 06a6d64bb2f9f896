package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A maker's one-word name before one model word, a model's code and a kind of product ("four Kestrel Trent 900
 * engines"): the maker is an organisation, the model no entity (guideline E3). Near-misses: a company's name with a
 * head word, a year, an index, a given name.
 */
class MakerBeforeModelCodeTest {

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.STANDARD, text);
    }

    private static EntityType type(String text, String name) {
        return NameFinding.type(NameFinding.STANDARD, text, name);
    }

    @Test
    void aMakerBeforeAModelWordAndANumberIsAnOrganization() {
        String text = "The new airliner is powered by four Kestrel Trent 900 engines.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Kestrel"));
        assertFalse(names(text).stream().anyMatch(n -> n.contains("Trent")), names(text).toString());
    }

    @Test
    void aMakerBeforeALetteredCodeIsAnOrganization() {
        String text = "The air force will replace its ageing Hallam Osprey VC-10 aircraft by 2030.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Hallam"));
        String army = "The rebels said they shot down two Dravik Hawk MK-3 helicopters near the border.";
        assertEquals(EntityType.ORGANIZATION, type(army, "Dravik"));
    }

    @Test
    void aHyphenatedMakerStaysWhole() {
        String text = "The carrier ordered twelve Brookes-Hale Arrow 400 jets on Monday.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Brookes-Hale"));
    }

    @Test
    void aMakerOfPhonesIsAnOrganization() {
        String text = "Shops sold out of the cheaper Quorra Nova 7X phones within hours.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Quorra"));
    }

    @Test
    void aCompanyNameWithAHeadWordStaysWhole() {
        String text = "Regulators recalled hundreds of Brevik Motors 500 trucks last week.";
        List<String> ns = names(text);
        assertTrue(ns.contains("Brevik Motors"), ns.toString());
        assertFalse(ns.contains("Brevik"), ns.toString());
    }

    @Test
    void aYearOrAnIndexMakesNoMaker() {
        assertFalse(names("Velmar Cup 2018 games were cancelled after the storm.").contains("Velmar"));
        assertFalse(names("The Stoxx Europe 600 index fell 2 percent on Friday.").contains("Stoxx"));
    }

    @Test
    void aPersonsNameBeforeANumberIsNoMaker() {
        List<String> ns = names("The designer said Paul Smith 500 watches would sell out.");
        assertFalse(ns.contains("Paul"), ns.toString());
    }
}
