package org.newskg.nlp;

import java.util.List;

/**
 * A sentence of the article with its tokens; offsets refer to the article text.
 *
 * @param index     position of the sentence in the article (0-based)
 * @param start     offset of the first character
 * @param end       offset after the last character
 * @param text      the sentence as written
 * @param paragraph index of the paragraph (line block) the sentence is in; the headline is paragraph 0
 * @param tokens    the tokens, in order
 */
public record Sentence(int index, int start, int end, String text, int paragraph, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** Index of the first token that ends after {@code offset}, or {@code tokens.size()} when none. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.end() > offset) {
                return t.index();
            }
        }
        return tokens.size();
    }

    /** Tokens entirely inside the character span [start, end). */
    public List<Token> tokensIn(int from, int to) {
        return tokens.stream().filter(t -> t.start() >= from && t.end() <= to).toList();
    }

    /** Text of the article between two offsets inside this sentence. */
    public String slice(int from, int to) {
        return text.substring(from - start, to - start);
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
