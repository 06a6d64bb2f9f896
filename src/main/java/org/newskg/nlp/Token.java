package org.newskg.nlp;

/**
 * A token with its character offsets in the article text.
 *
 * @param index position of the token in its sentence (0-based)
 * @param start offset of the first character in the article text
 * @param end   offset after the last character
 * @param text  the token as written in the article
 * @param pos   Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ADP, ...)
 * @param lemma lower-case lemma
 */
public record Token(int index, int start, int end, String text, String pos, String lemma) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isVerb() {
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
