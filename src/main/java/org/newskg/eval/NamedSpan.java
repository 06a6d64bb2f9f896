package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A named-entity span of a CoNLL sentence, in token indices.
 *
 * @param start index of the first token
 * @param end   index after the last token
 * @param label the type label as in the data ("PER", "ORG", "LOC", "MISC", ...)
 */
public record NamedSpan(int start, int end, String label) {
    public NamedSpan {
        if (end <= start || start < 0) {
            throw new IllegalArgumentException("empty span " + start + ".." + end);
        }
    }

    public boolean overlaps(NamedSpan o) {
        return start < o.end && o.start < end;
    }

    /** The spans without overlaps, in order: a longer span wins over a shorter one inside or across it. */
    public static List<NamedSpan> nonOverlapping(List<NamedSpan> spans) {
        List<NamedSpan> bySize = new ArrayList<>(spans);
        bySize.sort(Comparator.comparingInt((NamedSpan s) -> s.start - s.end).thenComparingInt(NamedSpan::start));
        List<NamedSpan> kept = new ArrayList<>();
        for (NamedSpan s : bySize) {
            if (kept.stream().noneMatch(s::overlaps)) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingInt(NamedSpan::start));
        return kept;
    }
}
