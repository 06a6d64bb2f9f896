package org.newskg.extract;

/**
 * A span of the article text that names (or, for a pronoun or description, refers to) an entity.
 *
 * @param start      offset of the first character in the article text
 * @param end        offset after the last character
 * @param text       the span as written
 * @param type       entity type
 * @param subclass   local name of a more specific ontology class (e.g. "Country", "City", "ArmedForce"), or null
 * @param sentence   index of the sentence the mention is in
 * @param kind       how the span refers: a name, a pronoun, or a description ("the Eastern Commander")
 * @param confidence in [0,1]
 * @param source     what found it (e.g. "gazetteer:countries", "rule:propn-chunk"), for provenance
 */
public record Mention(int start, int end, String text, EntityType type, String subclass, int sentence,
                      Kind kind, double confidence, String source) {

    public enum Kind { NAME, PRONOUN, DESCRIPTION }

    public Mention {
        if (end <= start) {
            throw new IllegalArgumentException("empty mention span " + start + ".." + end);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    public boolean isName() {
        return kind == Kind.NAME;
    }
}
