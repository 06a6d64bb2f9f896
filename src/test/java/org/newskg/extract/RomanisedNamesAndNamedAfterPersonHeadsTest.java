package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.HyphenWords;

/**
 * Romanised names with a hyphenated given name are persons, even with a syllable in "-ing" or "-ng"; a place or
 * body named after a person ("Kennedy Space Center") takes the type of its head word, not of the given name.
 */
class RomanisedNamesAndNamedAfterPersonHeadsTest {

    @Test
    void aSurnameAndAHyphenatedGivenNameIsAPerson() {
        String text = "The winners were Chan Tak-shing and Ho Kwan-ching of the Liberal Party. "
                + "Other members elected were the union's Lam Wai-keung and the league's Tsang Kin-chiu. "
                + "The Macau legislator Ng Kuok-cheong said the count was fair.";
        for (String n : List.of("Chan Tak-shing", "Ho Kwan-ching", "Lam Wai-keung", "Tsang Kin-chiu", "Ng Kuok-cheong")) {
            assertEquals(EntityType.PERSON, type(STANDARD, text, n), n);
        }
    }

    @Test
    void aSyllableInIngWithoutAVowelBeforeItStaysInTheName() {
        List<String> ns = names(STANDARD, "The activist Yip Wai-ching defeated a veteran by 424 votes.");
        assertTrue(ns.contains("Yip Wai-ching"), ns.toString());
        assertFalse(HyphenWords.isModifierHead("ching"));
        assertTrue(HyphenWords.isModifierHead("speaking"));
        assertTrue(HyphenWords.isNasalSyllable("cheung") && HyphenWords.isNasalSyllable("shing"));
        assertFalse(HyphenWords.isNasalSyllable("drone") || HyphenWords.isNasalSyllable("strong1")
                || HyphenWords.isNasalSyllable("pricing"));
    }

    @Test
    void capitalisedOrEnglishPartsAfterTheHyphenAreNoPersonsName() {
        String text = "Shares of Coca-Cola rose on Monday, while Kremlin-backed groups marched in Moscow.";
        assertNotEquals(EntityType.PERSON, type(STANDARD, text, "Coca-Cola"));
        List<String> ns = names(STANDARD, text);
        assertFalse(ns.stream().anyMatch(n -> n.contains("-backed")), ns.toString());
    }

    @Test
    void aHeadWordAfterAPersonsNameDecidesTheType() {
        String text = "The crew landed at the Marshall Space Center on Friday. Tourists gathered at the Lincoln "
                + "Memorial and took the train from Warren Street Station. The critic wrote for Harper Magazine "
                + "and for Denver Weekly, and lectured at the Morrison Planetarium.";
        assertEquals(EntityType.PLACE, type(STANDARD, text, "Marshall Space Center"));
        assertEquals(EntityType.PLACE, type(STANDARD, text, "Lincoln Memorial"));
        assertEquals(EntityType.PLACE, type(STANDARD, text, "Warren Street Station"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Harper Magazine"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Denver Weekly"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Morrison Planetarium"));
    }

    @Test
    void thePersonWithoutTheHeadWordStaysAPerson() {
        String text = "Marshall Warren said the station would reopen in June.";
        assertEquals(EntityType.PERSON, type(STANDARD, text, "Marshall Warren"));
    }
}
