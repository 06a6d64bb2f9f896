package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation by article, the split every trainer uses: article i (in collect order) is held out in
 * fold i mod K, so the split is deterministic and each article is held out exactly once.
 *
 * <pre>
 * Folds.check(5, data.size());                      // IllegalArgumentException unless 2 &lt;= K &lt;= articles
 * for (int k = 0; k &lt; 5; k++) {
 *     Model m = train(Folds.train(data, 5, k));
 *     score(m, Folds.test(data, 5, k));
 * }
 * </pre>
 */
public final class Folds {

    private Folds() {
    }

    /** Throws {@link IllegalArgumentException} unless {@code folds} is between 2 and the number of articles. */
    public static void check(int folds, int articles) {
        if (folds < 2 || folds > articles) {
            throw new IllegalArgumentException("folds must be between 2 and the number of articles ("
                    + articles + "), not " + folds);
        }
    }

    /** The articles fold {@code k} of {@code folds} trains on (all but those it holds out), in order. */
    public static <T> List<T> train(List<T> data, int folds, int k) {
        return split(data, folds, k, false);
    }

    /** The articles fold {@code k} of {@code folds} holds out, in order. */
    public static <T> List<T> test(List<T> data, int folds, int k) {
        return split(data, folds, k, true);
    }

    private static <T> List<T> split(List<T> data, int folds, int k, boolean heldOut) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if ((i % folds == k) == heldOut) {
                out.add(data.get(i));
            }
        }
        return out;
    }
}
