package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.HyphenWords;
import org.newskg.nlp.Token;
import org.newskg.testing.TestTexts;

/** Romanised given names with a hyphen ("Jong-un", "Pik-wan") stay whole; English hyphen modifiers still cut. */
class HyphenatedGivenNamesTest {

    @Test
    void hyphenatedGivenNamesKeepTheirSecondSyllable() {
        List<String> ns = names(STANDARD, "North Korean leader Kim Jong-un met President Moon Jae-in at the border. "
                + "Taipei mayor Ko Wen-je and lawmaker Wong Pik-wan attended, as did the activist Lee Cheuk-yan.");
        for (String full : List.of("Kim Jong-un", "Moon Jae-in", "Ko Wen-je", "Wong Pik-wan", "Lee Cheuk-yan")) {
            assertTrue(ns.contains(full), full + " not in " + ns);
        }
        assertFalse(ns.contains("Kim Jong"), ns.toString());
    }

    @Test
    void theTokenizerSplitOfAHyphenatedNameIsUndone() {
        List<String> words = TestTexts.ANALYZER.analyze("Kim Jong-un and Ko Wen-je met Wong Pik-wan.").sentences().get(0)
                .tokens().stream().map(Token::text).toList();
        assertTrue(words.containsAll(List.of("Jong-un", "Wen-je", "Pik-wan")), words.toString());
    }

    @Test
    void englishModifiersAfterAHyphenAreStillCutFromTheName() {
        List<String> ns = names(STANDARD, "Russia-backed separatists and Kremlin-led forces clashed near Chicago-based "
                + "Boeing's plant, a Europe-wide survey said.");
        assertTrue(ns.contains("Russia") && ns.contains("Chicago"), ns.toString());
        assertFalse(ns.stream().anyMatch(n -> n.contains("-backed") || n.contains("-led")), ns.toString());
        List<String> words = TestTexts.ANALYZER.analyze("The vice-president of UK-France talks spoke.").sentences()
                .get(0).tokens().stream().map(Token::text).toList();
        assertFalse(words.contains("UK-France-talks"), words.toString());
    }

    @Test
    void modifierHeadsAreEnglishEndingsKnownShortHeadsOrLongWords() {
        for (String head : List.of("backed", "based", "led", "wide", "speaking", "designate", "owned")) {
            assertTrue(HyphenWords.isModifierHead(head), head);
        }
        for (String syllable : List.of("un", "in", "je", "wan", "yu", "bin", "man", "jeou", "ping")) {
            assertFalse(HyphenWords.isModifierHead(syllable), syllable);
        }
        assertEquals(true, HyphenWords.isModifierHead("led-and-run"));
    }
}
