package org.newskg.eval;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * How much a micro-averaged F1 owes to the particular articles of a test set: a percentile bootstrap over
 * articles (resample the articles with replacement, sum their counts, take F1; the 2.5th and 97.5th percentiles of
 * the resampled F1s). Articles, not items, are resampled because errors cluster by article (one long list of party
 * members, one interview full of book titles). A fixed seed keeps reports reproducible.
 *
 * <pre>
 * Bootstrap.Interval ci = Bootstrap.f1(report.articles(), r -> r.entities().total());
 * System.out.printf("%.3f-%.3f%n", ci.low(), ci.high());
 * </pre>
 */
public final class Bootstrap {

    /** Resamples per interval: enough for stable 95% percentiles at three decimals. */
    public static final int RESAMPLES = 2000;

    private static final long SEED = 20261127L;

    /** A 95% interval of F1. */
    public record Interval(double low, double high) {
    }

    private Bootstrap() {
    }

    /** The 95% interval of the micro-averaged F1 of {@code part} over {@code articles}; null for fewer than two. */
    public static Interval f1(List<ArticleResult> articles, Function<ArticleResult, Scores> part) {
        return f1(articles, part, RESAMPLES, SEED);
    }

    static Interval f1(List<ArticleResult> articles, Function<ArticleResult, Scores> part, int resamples,
            long seed) {
        int n = articles.size();
        if (n < 2) {
            return null;
        }
        int[][] counts = new int[n][];
        for (int i = 0; i < n; i++) {
            Scores s = part.apply(articles.get(i));
            counts[i] = new int[]{s.tp(), s.fp(), s.fn()};
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] f1 = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < n; i++) {
                int[] c = counts[random.nextInt(n)];
                tp += c[0];
                fp += c[1];
                fn += c[2];
            }
            f1[r] = new Scores(tp, fp, fn).f1();
        }
        Arrays.sort(f1);
        return new Interval(f1[(int) Math.floor(0.025 * (resamples - 1))],
                f1[(int) Math.ceil(0.975 * (resamples - 1))]);
    }
}
