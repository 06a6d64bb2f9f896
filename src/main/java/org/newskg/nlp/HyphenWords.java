package org.newskg.nlp;

import java.util.Set;

/**
 * Hyphenated words in names: the lower-case part after a hyphen is either the head of an English modifier
 * ("Kremlin-backed", "Chicago-based", "Minister-designate") or the second syllable of a romanised given name
 * ("Kim Jong-un", "Moon Jae-in", "Ko Wen-je", "Lee Cheuk-yan"), which is short and takes no English ending.
 *
 * <pre>{@code
 * HyphenWords.isModifierHead("backed");  // true: "Russia-backed" is a modifier before a noun
 * HyphenWords.isModifierHead("un");      // false: "Jong-un" is part of a name
 * }</pre>
 */
public final class HyphenWords {

    /** Short English heads of hyphenated modifiers ("Kremlin-led", "Europe-wide", "Minister-elect"). */
    private static final Set<String> SHORT_MODIFIER_HEADS = Set.of("led", "run", "day", "era", "set", "type",
            "born", "made", "held", "wide", "wise", "elect", "style", "bound", "free", "like", "only");

    private HyphenWords() {
    }

    /**
     * Whether {@code suffix}, the lower-case text after a hyphen (up to a further hyphen), reads as an English
     * modifier head: a known short head, seven letters or more, or a word ending in -ed or -ing whose stem has a
     * vowel ("Kremlin-speaking"; "Wai-ching", "Tak-shing" are syllables: no vowel before their "ing").
     */
    public static boolean isModifierHead(String suffix) {
        int dash = suffix.indexOf('-');
        String head = dash > 0 ? suffix.substring(0, dash) : suffix;
        return SHORT_MODIFIER_HEADS.contains(head) || head.length() >= 7
                || head.length() >= 4 && (head.endsWith("ed") || head.endsWith("ing") && head.length() >= 5
                && hasVowel(head.substring(0, head.length() - 3)));
    }

    /**
     * Whether a lower-case word of up to six letters is one syllable ending in "ng" ("shing", "cheung", "kwong"):
     * the shape of a romanised Chinese syllable, longer than the four letters that otherwise make one.
     */
    public static boolean isNasalSyllable(String w) {
        if (w.length() > 6 || !w.endsWith("ng")) {
            return false;
        }
        int runs = 0;
        for (int i = 0; i < w.length(); i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0 && (i == 0 || "aeiouy".indexOf(w.charAt(i - 1)) < 0)) {
                runs++;
            }
        }
        return runs == 1;
    }

    private static boolean hasVowel(String s) {
        return s.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }
}
