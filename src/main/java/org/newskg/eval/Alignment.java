package org.newskg.eval;

import java.util.Arrays;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of gold items to predictions: a maximum bipartite matching (Kuhn's augmenting paths), so
 * that a prediction matching two gold items never hides a match another prediction could have made.
 */
final class Alignment {

    private final int[] goldToPred;
    private final int[] predToGold;

    private Alignment(int[] goldToPred, int[] predToGold) {
        this.goldToPred = goldToPred;
        this.predToGold = predToGold;
    }

    /** Aligns {@code gold} items to {@code predicted} ones where {@code matches.test(goldIndex, predIndex)}. */
    static Alignment of(int gold, int predicted, BiPredicate<Integer, Integer> matches) {
        boolean[][] edge = new boolean[gold][predicted];
        for (int g = 0; g < gold; g++) {
            for (int p = 0; p < predicted; p++) {
                edge[g][p] = matches.test(g, p);
            }
        }
        int[] predToGold = new int[predicted];
        Arrays.fill(predToGold, -1);
        for (int g = 0; g < gold; g++) {
            augment(g, edge, predToGold, new boolean[predicted]);
        }
        int[] goldToPred = new int[gold];
        Arrays.fill(goldToPred, -1);
        for (int p = 0; p < predicted; p++) {
            if (predToGold[p] >= 0) {
                goldToPred[predToGold[p]] = p;
            }
        }
        return new Alignment(goldToPred, predToGold);
    }

    private static boolean augment(int g, boolean[][] edge, int[] predToGold, boolean[] seen) {
        for (int p = 0; p < predToGold.length; p++) {
            if (edge[g][p] && !seen[p]) {
                seen[p] = true;
                if (predToGold[p] < 0 || augment(predToGold[p], edge, predToGold, seen)) {
                    predToGold[p] = g;
                    return true;
                }
            }
        }
        return false;
    }

    /** The prediction matched to a gold item, or -1. */
    int predOf(int gold) {
        return goldToPred[gold];
    }

    /** The gold item matched to a prediction, or -1. */
    int goldOf(int pred) {
        return predToGold[pred];
    }
}
