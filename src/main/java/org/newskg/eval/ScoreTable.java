package org.newskg.eval;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores broken down by a key (an entity type, a predicate name), with their total.
 *
 * @param byKey scores per key, sorted by key
 */
public record ScoreTable(Map<String, Scores> byKey) {

    public static final ScoreTable EMPTY = new ScoreTable(Map.of());

    public ScoreTable {
        byKey = Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    /** The sum over all keys. */
    public Scores total() {
        return byKey.values().stream().reduce(Scores.ZERO, Scores::plus);
    }

    /** Key-wise sum: micro-averaging over articles. */
    public ScoreTable plus(ScoreTable o) {
        Map<String, Scores> sum = new TreeMap<>(byKey);
        o.byKey.forEach((k, v) -> sum.merge(k, v, Scores::plus));
        return new ScoreTable(sum);
    }

    /** Builds a table by adding one count at a time. */
    static final class Builder {
        private final Map<String, int[]> counts = new TreeMap<>();

        void tp(String key) {
            counts.computeIfAbsent(key, k -> new int[3])[0]++;
        }

        void fp(String key) {
            counts.computeIfAbsent(key, k -> new int[3])[1]++;
        }

        void fn(String key) {
            counts.computeIfAbsent(key, k -> new int[3])[2]++;
        }

        ScoreTable build() {
            Map<String, Scores> m = new TreeMap<>();
            counts.forEach((k, c) -> m.put(k, new Scores(c[0], c[1], c[2])));
            return new ScoreTable(m);
        }
    }
}
