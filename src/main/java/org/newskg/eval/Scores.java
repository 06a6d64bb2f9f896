package org.newskg.eval;

/**
 * Counts of true positives, false positives and false negatives, with precision, recall and F1.
 *
 * <p>Where a ratio is 0/0: 1.0 when there was nothing to find and nothing was found (gold and predictions both
 * empty: nothing went wrong), else 0.0 (an empty prediction against non-empty gold scores P = R = F1 = 0;
 * predictions against empty gold score P = R = F1 = 0 too).
 *
 * <pre>
 * new Scores(1, 0, 1).f1();   // 0.667: P = 1.0, R = 0.5
 * </pre>
 */
public record Scores(int tp, int fp, int fn) {

    public static final Scores ZERO = new Scores(0, 0, 0);

    public Scores {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The sum of both counts: micro-averaging. */
    public Scores plus(Scores o) {
        return new Scores(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    /** Whether there is nothing counted. */
    public boolean isEmpty() {
        return tp + fp + fn == 0;
    }

    private double ratio(int num, int den) {
        if (den == 0) {
            return isEmpty() ? 1.0 : 0.0;
        }
        return (double) num / den;
    }
}
