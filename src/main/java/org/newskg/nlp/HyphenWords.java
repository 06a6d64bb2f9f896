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
     * modifier head: a known short head, seven letters or more, or a word ending in -ed or -ing.
     */
    public static boolean isModifierHead(String suffix) {
        int dash = suffix.indexOf('-');
        String head = dash > 0 ? suffix.substring(0, dash) : suffix;
        return SHORT_MODIFIER_HEADS.contains(head) || head.length() >= 7
                || head.length() >= 4 && (head.endsWith("ed") || head.endsWith("ing") && head.length() >= 5);
    }
}
