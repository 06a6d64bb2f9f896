package org.newskg.extract;

/**
 * Where in the article a fact is stated.
 *
 * @param sentence index of the sentence
 * @param start    offset of the first character of the supporting span in the article text
 * @param end      offset after its last character
 */
public record Evidence(int sentence, int start, int end) {
    public Evidence {
        if (end < start) {
            throw new IllegalArgumentException("evidence span " + start + ".." + end);
        }
    }
}
