package org.newskg.nlp;

import java.util.List;
import java.util.Optional;

/**
 * The article text split into sentences and tokens, with POS tags and lemmas.
 *
 * @param text      the analysed text (the article's text)
 * @param sentences the sentences, in order
 */
public record AnalyzedText(String text, List<Sentence> sentences) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
    }

    /** The sentence containing the character offset, if any. */
    public Optional<Sentence> sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return Optional.of(s);
            }
            if (s.start() > offset) {
                break;
            }
        }
        return Optional.empty();
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
