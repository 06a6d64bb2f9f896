package org.newskg.extract;

import java.util.Map;
import java.util.TreeMap;

/**
 * The votes on the type of one name: a weight per entity type, the subclasses voted for, and which voters
 * voted. Not thread-safe: one ballot per name and document.
 */
public final class Ballot {

    private final double[] scores = new double[EntityType.values().length];
    private final Map<String, Double>[] subclasses;
    private final Map<String, Double>[] sources;

    @SuppressWarnings("unchecked")
    public Ballot() {
        subclasses = new Map[scores.length];
        sources = new Map[scores.length];
        for (int i = 0; i < scores.length; i++) {
            subclasses[i] = new TreeMap<>();
            sources[i] = new TreeMap<>();
        }
    }

    /**
     * Adds evidence.
     *
     * @param type     the type voted for
     * @param weight   how strong the evidence is (a gazetteer hit is 3, a weak context word under 1)
     * @param subclass the ontology subclass it implies, or null
     * @param source   the voter ("gazetteer:countries", "context:title")
     */
    public void vote(EntityType type, double weight, String subclass, String source) {
        int t = type.ordinal();
        scores[t] += weight;
        if (subclass != null) {
            subclasses[t].merge(subclass, weight, Double::sum);
        }
        sources[t].merge(source, weight, Double::sum);
    }

    /** Adds every vote of another ballot, scaled. */
    public void addAll(Ballot other, double factor) {
        for (int t = 0; t < scores.length; t++) {
            scores[t] += other.scores[t] * factor;
            int tt = t;
            other.subclasses[t].forEach((k, v) -> subclasses[tt].merge(k, v * factor, Double::sum));
            other.sources[t].forEach((k, v) -> sources[tt].merge(k, v * factor, Double::sum));
        }
    }

    /**
     * Scales down one voter's votes so that they add up to at most {@code max} over all types (kept in
     * proportion). For a voter whose votes on repeated mentions of one name are not independent evidence: a model
     * that sees the same word each time.
     */
    public void capSource(String source, double max) {
        double sum = 0;
        for (Map<String, Double> m : sources) {
            sum += m.getOrDefault(source, 0.0);
        }
        if (sum <= max) {
            return;
        }
        double factor = max / sum;
        for (int t = 0; t < scores.length; t++) {
            Double w = sources[t].get(source);
            if (w != null) {
                scores[t] -= w * (1 - factor);
                sources[t].put(source, w * factor);
            }
        }
    }

    /** Scales one voter's votes for one type by a factor (scores follow). */
    public void scaleSource(EntityType type, String source, double factor) {
        int t = type.ordinal();
        Double w = sources[t].get(source);
        if (w != null) {
            scores[t] -= w * (1 - factor);
            sources[t].put(source, w * factor);
        }
    }

    public double score(EntityType type) {
        return scores[type.ordinal()];
    }

    /** The weight a type got from one voter. */
    public double weight(EntityType type, String source) {
        return sources[type.ordinal()].getOrDefault(source, 0.0);
    }

    /** The weight a type got from all voters whose source starts with a prefix ("gazetteer:"). */
    public double weightFrom(EntityType type, String sourcePrefix) {
        double w = 0;
        for (Map.Entry<String, Double> e : sources[type.ordinal()].entrySet()) {
            if (e.getKey().startsWith(sourcePrefix)) {
                w += e.getValue();
            }
        }
        return w;
    }

    public double total() {
        double s = 0;
        for (double d : scores) {
            s += d;
        }
        return s;
    }

    /** The type with the highest score (PERSON on a tie with nothing voted). */
    public EntityType winner() {
        int best = 0;
        for (int t = 1; t < scores.length; t++) {
            if (scores[t] > scores[best]) {
                best = t;
            }
        }
        return EntityType.values()[best];
    }

    /** The subclass with most weight among the votes for a type, or null. */
    public String subclass(EntityType type) {
        return subclasses[type.ordinal()].entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The voters that voted for a type, strongest first, joined with "+". */
    public String sources(EntityType type) {
        return String.join("+", sources[type.ordinal()].entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue())).map(Map.Entry::getKey).toList());
    }

    /** Confidence of the winner: its share of the votes times how much evidence there is, in [0.05, 0.98]. */
    public double confidence() {
        double total = total();
        if (total <= 0) {
            return 0.05;
        }
        double win = score(winner());
        double strength = 1 - Math.exp(-win / 2.0);
        return Math.max(0.05, Math.min(0.98, 0.25 + 0.73 * (win / total) * strength));
    }

    /** The votes per type and voter, for reading. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            if (scores[t.ordinal()] != 0) {
                b.append(b.length() > 0 ? " | " : "").append(t).append(String.format(" %.2f ", scores[t.ordinal()]))
                        .append(sources[t.ordinal()]);
            }
        }
        return b.toString();
    }
}
