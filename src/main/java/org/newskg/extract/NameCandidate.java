package org.newskg.extract;

import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * A span that may name an entity, found by {@link HybridMentionFinder} before typing; what {@link TypeVoter}s
 * vote on.
 *
 * @param sentence    the sentence it is in
 * @param from        index of its first token
 * @param to          index after its last token
 * @param start       offset of its first character in the article text
 * @param end         offset after its last character (before a hyphenated suffix: "UN" of "UN-backed")
 * @param text        the span as written
 * @param key         normalised text, the document-level voting key
 * @param acronym     whether it is written as an acronym ("UN", "U.N.", "LNA")
 * @param entry       the gazetteer entry its whole text matches, or null
 * @param titleBefore whether a person title or role stands right before it ("commander Khalifa Hafter")
 * @param uncertain   whether its capitalisation may be positional (sentence start, headline): kept only with
 *                    other evidence
 */
public record NameCandidate(Sentence sentence, int from, int to, int start, int end, String text, String key,
                            boolean acronym, Gazetteer.Entry entry, boolean titleBefore, boolean uncertain) {

    public Token first() {
        return sentence.tokens().get(from);
    }

    public Token last() {
        return sentence.tokens().get(to - 1);
    }

    /** Number of tokens. */
    public int size() {
        return to - from;
    }

    /** Number of words that start with a letter or digit: "al-Qaida" (tokens "al-", "Qaida") is one word. */
    public int words() {
        int n = 0;
        for (int i = from; i < to; i++) {
            String w = sentence.tokens().get(i).text();
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0)) && !w.endsWith("-")
                    && !(i + 1 < to && sentence.tokens().get(i + 1).text().equals("-"))) {
                n++;
            }
        }
        return Math.max(1, n);
    }
}
