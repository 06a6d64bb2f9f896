package org.newskg.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence of a CoNLL-style NER file: its tokens and named-entity spans.
 *
 * @param tokens the tokens
 * @param spans  the spans, in order, not overlapping
 */
public record ConllSentence(List<String> tokens, List<NamedSpan> spans) {
    public ConllSentence {
        tokens = List.copyOf(tokens);
        spans = List.copyOf(spans);
        for (NamedSpan s : spans) {
            if (s.end() > tokens.size()) {
                throw new IllegalArgumentException("span " + s + " beyond " + tokens.size() + " tokens");
            }
        }
    }

    /** The spans as IOB2 tags ({@code B-X} starts every span). */
    public List<String> iob2() {
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        for (NamedSpan s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                tags[i] = (i == s.start() ? "B-" : "I-") + s.label();
            }
        }
        return List.of(tags);
    }

    /**
     * The spans an IOB1 or IOB2 tag sequence encodes: a span starts at {@code B-X}, or at {@code I-X} after a tag
     * of another type or {@code O} (IOB1), and goes on over the following {@code I-X}.
     *
     * @throws IllegalArgumentException for a tag that is neither {@code O} nor {@code B-X} / {@code I-X}
     */
    public static List<NamedSpan> decode(List<String> tags) {
        List<NamedSpan> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean outside = tag.equals("O");
            if (!outside && (tag.length() < 3 || tag.charAt(1) != '-' || "BI".indexOf(tag.charAt(0)) < 0)) {
                throw new IllegalArgumentException("not an IOB tag: '" + tag + "'");
            }
            String t = outside ? null : tag.substring(2);
            boolean continues = !outside && tag.charAt(0) == 'I' && t.equals(type);
            if (!continues) {
                if (type != null) {
                    spans.add(new NamedSpan(start, i, type));
                }
                start = i;
                type = t;
            }
        }
        return spans;
    }
}
