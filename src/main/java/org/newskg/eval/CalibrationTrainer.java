package org.newskg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.extract.EntityType;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.nlp.MaxentModels;
import org.newskg.resolve.CalibrationFeatures;
import org.newskg.resolve.Entity;
import org.newskg.resolve.MaxentEntityCalibrator;

/**
 * Trains and cross-validates the entity calibration model ({@link MaxentEntityCalibrator}) on gold articles.
 * An extracted entity is labelled right exactly when {@code newskg eval} counts it a true positive (the one-to-one
 * {@link Alignment} of {@link ArticleScorer} under the {@link Matcher} rules, before any confidence cut). Its
 * outcome (typed model) is its own type when right; else the type of the gold entity it matches by name with the
 * type left out (the same rule and alignment, over the gold and extracted entities not yet aligned); else
 * {@code WRONG}.
 *
 * <pre>
 * List&lt;CalibrationTrainer.ArticleData&gt; data = CalibrationTrainer.collect(
 *         List.of(new TrainingArticles.Source(gold, articles)), List.of(), pipeline::process);
 * CalibrationTrainer.crossValidate(data, 5, out);                // CV by article, printed
 * MaxentModel model = CalibrationTrainer.train(data);            // typed: PERSON/ORGANIZATION/PLACE/WRONG
 * MaxentModels.write(model, Path.of("entity-calibration.bin"));
 * </pre>
 *
 * <p>The extractor given must keep every entity and not calibrate (minimum confidence 0, calibrator NONE): the
 * cuts are simulated here on its output. Training is deterministic: GIS, one thread, fixed iterations and cutoff.
 */
public final class CalibrationTrainer {

    /** GIS iterations. */
    public static final int ITERATIONS = 100;
    /** Features seen fewer times than this are not used. */
    public static final int CUTOFF = 5;
    /** The calibrated cuts cross-validation reports. */
    public static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6};
    /** The cut on the resolver's own confidence the pipeline makes without calibration. */
    public static final double RAW_CUT = Pipeline.UNCALIBRATED_MIN_CONFIDENCE;
    /** The retyping margins cross-validation sweeps (at the pipeline's default cut). */
    public static final double[] MARGINS = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6};

    private CalibrationTrainer() {
    }

    /**
     * One gold article's extraction, labelled.
     *
     * @param name      the article's name
     * @param gold      its gold
     * @param x         the extraction, every entity kept, uncalibrated
     * @param protect   keys of the entities the pipeline keeps whatever their confidence (linked, or in a relation
     *                  or statement)
     * @param features  the calibration features of each entity of {@code x}, in order
     * @param right     whether each entity is a true positive
     * @param outcome   the typed outcome of each entity: its gold type (type left out of the match) or WRONG
     */
    public record ArticleData(String name, GoldArticle gold, Extraction x, Set<String> protect,
                              List<String[]> features, boolean[] right, String[] outcome) {
    }

    /** Runs the extractor on every article with gold, but those whose file name is in an excluded folder. */
    public static List<ArticleData> collect(Path goldDir, Path articlesDir, List<Path> exclude,
                                            Function<Article, Extraction> extractor)
            throws IOException, GoldException, ArticleException {
        return collect(List.of(new TrainingArticles.Source(goldDir, articlesDir)), exclude, extractor);
    }

    /** Runs the extractor on every article of the sources {@link TrainingArticles#select} selects. */
    public static List<ArticleData> collect(List<TrainingArticles.Source> sources, List<Path> exclude,
                                            Function<Article, Extraction> extractor)
            throws IOException, GoldException, ArticleException {
        return TrainingArticles.collect(sources, exclude,
                (name, gold, article) -> label(name, gold, extractor.apply(article)));
    }

    /** Labels one extraction against its gold. */
    public static ArticleData label(String name, GoldArticle gold, Extraction x) {
        Matcher m = new Matcher(gold);
        List<GoldEntity> ge = gold.entities();
        List<Entity> pe = x.entities();
        Alignment a = Alignment.of(ge.size(), pe.size(), (g, p) -> m.entity(pe.get(p), ge.get(g)));
        // the same span test with the type left out, over what the typed alignment left: the entity as if it had
        // the gold entity's type
        Alignment untyped = Alignment.of(ge.size(), pe.size(), (g, p) -> a.predOf(g) < 0 && a.goldOf(p) < 0
                && m.entity(asType(pe.get(p), ge.get(g).type()), ge.get(g)));
        boolean[] right = new boolean[pe.size()];
        String[] outcome = new String[pe.size()];
        List<String[]> features = new ArrayList<>();
        for (int p = 0; p < pe.size(); p++) {
            right[p] = a.goldOf(p) >= 0;
            outcome[p] = right[p] ? pe.get(p).type().name()
                    : untyped.goldOf(p) >= 0 ? ge.get(untyped.goldOf(p)).type().name()
                    : MaxentEntityCalibrator.WRONG_TYPED;
            features.add(CalibrationFeatures.of(pe.get(p), x.analyzed()).toArray(String[]::new));
        }
        return new ArticleData(name, gold, x, Pipeline.keptWhateverConfidence(pe, x.relations(), x.statements()),
                features, right, outcome);
    }

    private static Entity asType(Entity e, EntityType t) {
        return e.type() == t ? e : new Entity(e.key(), e.name(), t, null, e.aliases(), e.mentions(), e.wikidata(),
                e.confidence());
    }

    /** Trains a typed model on every entity of the articles (see {@link #train(List, boolean)}). */
    public static MaxentModel train(List<ArticleData> data) throws IOException {
        return train(data, true);
    }

    /**
     * Trains a model on every entity of the articles: GIS, one thread, {@link #ITERATIONS}, {@link #CUTOFF};
     * typed (outcomes PERSON/ORGANIZATION/PLACE/WRONG) or binary (right/wrong).
     */
    public static MaxentModel train(List<ArticleData> data, boolean typed) throws IOException {
        List<Event> events = new ArrayList<>();
        for (ArticleData d : data) {
            for (int i = 0; i < d.right().length; i++) {
                String o = typed ? d.outcome()[i]
                        : d.right()[i] ? MaxentEntityCalibrator.RIGHT : MaxentEntityCalibrator.WRONG;
                events.add(new Event(o, d.features().get(i)));
            }
        }
        return MaxentModels.train(events, ITERATIONS, CUTOFF);
    }

    /** Entity scores of one article when the graph keeps the entities of at least {@code threshold} (or protected). */
    static ScoreTable scoreCut(ArticleData d, List<Entity> all, double[] confidence, double threshold) {
        List<Entity> kept = new ArrayList<>();
        List<Entity> extracted = d.x().entities();
        for (int i = 0; i < all.size(); i++) {
            if (confidence[i] >= threshold || d.protect().contains(extracted.get(i).key())) {
                kept.add(all.get(i));
            }
        }
        Extraction x = d.x();
        Extraction cut = new Extraction(x.article(), x.analyzed(), kept, x.relations(), x.statements(), x.events());
        return ArticleScorer.score(d.gold(), cut).entities();
    }

    /**
     * Entity scores (totals and by type) with cuts on the raw and on the model's confidence, and, for a typed
     * model, with retyping at each margin of {@link #MARGINS} at the pipeline's default cut (unlinked entities
     * only, and linked ones too).
     */
    public record CvResult(ScoreTable none, ScoreTable raw, Map<Double, ScoreTable> calibrated,
                           Map<Double, ScoreTable> retyped, Map<Double, ScoreTable> retypedLinked,
                           int[][] reliability, double[] predictedSum, int[][] rawReliability, double[] rawSum) {
    }

    /** {@link #crossValidate(List, int, boolean, PrintWriter)} of a typed model. */
    public static CvResult crossValidate(List<ArticleData> data, int folds, PrintWriter out) throws IOException {
        return crossValidate(data, folds, true, out);
    }

    /** K-fold cross-validation by article ({@link Folds}); prints and returns it. */
    public static CvResult crossValidate(List<ArticleData> data, int folds, boolean typed, PrintWriter out)
            throws IOException {
        Folds.check(folds, data.size());
        ScoreTable none = ScoreTable.EMPTY;
        ScoreTable raw = ScoreTable.EMPTY;
        Map<Double, ScoreTable> cal = new TreeMap<>();
        Map<Double, ScoreTable> ret = new TreeMap<>();
        Map<Double, ScoreTable> retLinked = new TreeMap<>();
        int[][] rel = new int[10][2]; // bin -> [entities, right]
        double[] predicted = new double[10];
        int[][] rawRel = new int[10][2];
        double[] rawSum = new double[10];
        double cut = Pipeline.DEFAULT_MIN_CONFIDENCE;
        for (int k = 0; k < folds; k++) {
            MaxentEntityCalibrator model = new MaxentEntityCalibrator(train(Folds.train(data, folds, k), typed));
            for (ArticleData d : Folds.test(data, folds, k)) {
                List<Entity> es = d.x().entities();
                double[] rawConf = new double[es.size()];
                double[] p = new double[es.size()];
                for (int i = 0; i < es.size(); i++) {
                    rawConf[i] = es.get(i).confidence();
                    p[i] = model.probability(d.features().get(i), es.get(i).type());
                    int bin = Math.min(9, (int) (p[i] * 10));
                    rel[bin][0]++;
                    rel[bin][1] += d.right()[i] ? 1 : 0;
                    predicted[bin] += p[i];
                    int rawBin = Math.min(9, (int) (rawConf[i] * 10));
                    rawRel[rawBin][0]++;
                    rawRel[rawBin][1] += d.right()[i] ? 1 : 0;
                    rawSum[rawBin] += rawConf[i];
                }
                none = none.plus(scoreCut(d, es, rawConf, 0));
                raw = raw.plus(scoreCut(d, es, rawConf, RAW_CUT));
                for (double t : THRESHOLDS) {
                    cal.merge(t, scoreCut(d, es, p, t), ScoreTable::plus);
                }
                if (!typed) {
                    continue;
                }
                for (double margin : MARGINS) {
                    for (boolean linked : new boolean[] {false, true}) {
                        MaxentEntityCalibrator r = model.withRetyping(margin).withRetypingLinked(linked);
                        List<Entity> typedEs = new ArrayList<>();
                        double[] q = new double[es.size()];
                        for (int i = 0; i < es.size(); i++) {
                            Entity e = es.get(i);
                            EntityType t = r.bestType(d.features().get(i), e.type(), e.wikidata() != null);
                            q[i] = r.probability(d.features().get(i), t);
                            typedEs.add(t == e.type() ? e : MaxentEntityCalibrator.retyped(e, t, q[i]));
                        }
                        (linked ? retLinked : ret).merge(margin, scoreCut(d, typedEs, q, cut), ScoreTable::plus);
                    }
                }
            }
        }
        CvResult r = new CvResult(none, raw, cal, ret, retLinked, rel, predicted, rawRel, rawSum);
        write(r, data.size(), folds, out);
        return r;
    }

    private static void write(CvResult r, int articles, int folds, PrintWriter out) {
        out.printf(Locale.ROOT, "%d-fold cross-validation by article (%d articles), entities micro over the "
                + "held-out folds:%n", folds, articles);
        line(out, "no cut", r.none());
        line(out, String.format(Locale.ROOT, "raw >= %.1f (uncalibrated)", RAW_CUT), r.raw());
        r.calibrated().forEach((t, s) -> line(out, String.format(Locale.ROOT, "calibrated >= %.1f", t), s));
        r.retyped().forEach((m, s) -> line(out, String.format(Locale.ROOT, "retype margin %.1f, >= %.1f", m,
                Pipeline.DEFAULT_MIN_CONFIDENCE), s));
        r.retypedLinked().forEach((m, s) -> line(out, String.format(Locale.ROOT, "retype+linked %.1f, >= %.1f", m,
                Pipeline.DEFAULT_MIN_CONFIDENCE), s));
        reliability(out, "reliability of the calibrated probability (held-out entities; linked and "
                + "relation/statement entities included):", r.reliability(), r.predictedSum());
        reliability(out, "for comparison, the raw (uncalibrated) confidence:", r.rawReliability(), r.rawSum());
        out.flush();
    }

    private static void reliability(PrintWriter out, String title, int[][] bins, double[] sums) {
        out.println(title);
        out.println("  predicted   entities  mean p  observed precision");
        for (int b = 0; b < 10; b++) {
            int n = bins[b][0];
            if (n > 0) {
                out.printf(Locale.ROOT, "  %.1f-%.1f   %8d  %6.3f  %6.3f%n", b / 10.0, (b + 1) / 10.0, n,
                        sums[b] / n, bins[b][1] / (double) n);
            }
        }
    }

    private static void line(PrintWriter out, String label, ScoreTable t) {
        Scores s = t.total();
        out.printf(Locale.ROOT, "  %-28s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", label, s.precision(),
                s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
        for (EntityType type : EntityType.values()) {
            Scores b = t.byKey().getOrDefault(type.name(), Scores.ZERO);
            out.printf(Locale.ROOT, "  %s %.3f", type.name().substring(0, 3), b.f1());
        }
        out.println();
    }

    /** Each feature's count and the share of its entities that are right, most frequent first. */
    public static void writeHistogram(List<ArticleData> data, PrintWriter out) {
        Map<String, int[]> counts = new TreeMap<>();
        for (ArticleData d : data) {
            for (int i = 0; i < d.right().length; i++) {
                for (String f : d.features().get(i)) {
                    int[] c = counts.computeIfAbsent(f, k -> new int[2]);
                    c[0]++;
                    c[1] += d.right()[i] ? 1 : 0;
                }
            }
        }
        out.println("feature histogram (entities, share right):");
        counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
                .forEach(e -> out.printf(Locale.ROOT, "  %6d  %.3f  %s%n", e.getValue()[0],
                        e.getValue()[1] / (double) e.getValue()[0], e.getKey()));
        out.flush();
    }
}
