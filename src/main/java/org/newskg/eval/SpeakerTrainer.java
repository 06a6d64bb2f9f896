package org.newskg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.extract.MaxentSpeakerRanker;
import org.newskg.extract.SpeakerFeatures;
import org.newskg.extract.Statement;
import org.newskg.extract.StatementExtractor;
import org.newskg.ingest.ArticleException;
import org.newskg.nlp.MaxentModels;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * Trains and cross-validates the speaker ranker ({@link MaxentSpeakerRanker}) on gold articles. Each direct
 * quotation the rules find whose text matches a gold quotation (the {@link Matcher#statement} text rule) with a
 * named speaker gives one event per candidate: {@code right} when that candidate as speaker makes the statement
 * match the gold, else {@code wrong}. Quotations matching no gold text, or a gold quotation without speaker, teach
 * nothing about speakers and are left out.
 *
 * <pre>
 * SpeakerTrainer.Capture capture = new SpeakerTrainer.Capture(QuoteStatementExtractor.standard());
 * Pipeline p = Pipeline.builder()...statements(capture).build();            // the rules' statements, captured
 * List&lt;SpeakerTrainer.ArticleData&gt; data = SpeakerTrainer.collect(gold, articles, List.of(), p, capture);
 * SpeakerTrainer.Choice c = SpeakerTrainer.crossValidate(data, 5, out);   // sweep printed, best margin/threshold
 * MaxentModel model = SpeakerTrainer.train(data, c.evidenceOnly());
 * </pre>
 *
 * <p>Training is deterministic: GIS, one thread, fixed iterations and cutoff.
 */
public final class SpeakerTrainer {

    /** GIS iterations. */
    public static final int ITERATIONS = 100;
    /** Features seen fewer times than this are not used. */
    public static final int CUTOFF = 3;
    /** Margins the sweep tries ({@link MaxentSpeakerRanker#NEVER}: the rules' speaker is never replaced). */
    public static final double[] MARGINS = {MaxentSpeakerRanker.NEVER, 0.6, 0.4, 0.3, 0.2, 0.1, 0.0};
    /** Thresholds the sweep tries for filling an empty speaker. */
    public static final double[] THRESHOLDS = {MaxentSpeakerRanker.NEVER, 0.8, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1};

    private SpeakerTrainer() {
    }

    /**
     * One gold article: its extraction by the rules alone and the text the statement extractor read.
     *
     * @param name       the article's name
     * @param gold       its gold
     * @param x          the extraction (rules' statements)
     * @param resolved   the entities the statement extractor saw
     * @param statements the rules' statements as the extractor returned them (same order as in {@code x})
     */
    public record ArticleData(String name, GoldArticle gold, Extraction x, ResolvedText resolved,
                              List<Statement> statements) {
    }

    /**
     * A statement extractor that remembers what it read and returned last: the trainer's window on one
     * pipeline run (one thread).
     */
    public static final class Capture implements StatementExtractor {
        private final StatementExtractor inner;
        private ResolvedText text;
        private List<Statement> statements = List.of();

        public Capture(StatementExtractor inner) {
            this.inner = inner;
        }

        @Override
        public List<Statement> extract(ResolvedText text, LocalDate published) {
            this.text = text;
            this.statements = inner.extract(text, published);
            return statements;
        }
    }

    /**
     * Runs the pipeline on every article with gold but those named in an excluded folder; the pipeline's statement
     * extractor must be {@code capture}.
     */
    public static List<ArticleData> collect(Path goldDir, Path articlesDir, List<Path> exclude, Pipeline pipeline,
                                            Capture capture) throws IOException, GoldException, ArticleException {
        return TrainingArticles.collect(List.of(new TrainingArticles.Source(goldDir, articlesDir)), exclude,
                (name, gold, article) -> {
                    capture.text = null;
                    capture.statements = List.of();
                    Extraction x = pipeline.process(article);
                    if (capture.text == null || capture.statements.size() != x.statements().size()) {
                        return null; // the statement stage failed on this article
                    }
                    return new ArticleData(name, gold, x, capture.text, capture.statements);
                });
    }

    /** One direct statement's candidates, with their labels (null when the statement teaches nothing). */
    record Labelled(int index, List<SpeakerFeatures.Candidate> candidates, boolean[] right) {
    }

    /** The candidates of every direct statement of an article, labelled where the gold says who spoke. */
    static List<Labelled> label(ArticleData d) {
        Matcher m = new Matcher(d.gold());
        List<Labelled> out = new ArrayList<>();
        Statement previous = null;
        for (int i = 0; i < d.statements().size(); i++) {
            Statement s = d.statements().get(i);
            if (!s.direct()) {
                continue;
            }
            List<SpeakerFeatures.Candidate> cs = SpeakerFeatures.candidates(d.resolved(), s, previous,
                    d.statements());
            previous = s;
            List<GoldStatement> sameText = new ArrayList<>();
            for (GoldStatement g : d.gold().statements()) {
                if (m.statement(s, new GoldStatement(null, g.quoteStart(), g.medium()))) {
                    sameText.add(g);
                }
            }
            boolean[] right = null;
            if (!sameText.isEmpty() && sameText.stream().allMatch(g -> g.speaker() != null)) {
                right = new boolean[cs.size()];
                for (int c = 0; c < cs.size(); c++) {
                    Entity e = cs.get(c).entity();
                    right[c] = sameText.stream().anyMatch(g -> m.entityNamed(e, g.speaker()));
                }
            }
            out.add(new Labelled(i, cs, right));
        }
        return out;
    }

    /**
     * Trains a model on the labelled candidates: GIS, one thread, {@link #ITERATIONS}, {@link #CUTOFF}; with
     * {@code evidenceOnly}, on the features without the rules' choice ({@link SpeakerFeatures#withoutRules}).
     */
    public static MaxentModel train(List<ArticleData> data, boolean evidenceOnly) throws IOException {
        List<Event> events = new ArrayList<>();
        for (ArticleData d : data) {
            for (Labelled l : label(d)) {
                if (l.right() == null) {
                    continue;
                }
                for (int c = 0; c < l.candidates().size(); c++) {
                    events.add(new Event(l.right()[c] ? MaxentSpeakerRanker.RIGHT : MaxentSpeakerRanker.WRONG,
                            evidenceOnly ? SpeakerFeatures.withoutRules(l.candidates().get(c).features())
                                    : l.candidates().get(c).features()));
                }
            }
        }
        return MaxentModels.train(events, ITERATIONS, CUTOFF);
    }

    /** Counts of the labelled data: statements labelled, with the right speaker among the candidates, events. */
    public static int[] counts(List<ArticleData> data) {
        int labelled = 0;
        int reachable = 0;
        int events = 0;
        int rulesRight = 0;
        for (ArticleData d : data) {
            for (Labelled l : label(d)) {
                if (l.right() == null) {
                    continue;
                }
                labelled++;
                events += l.right().length;
                boolean any = false;
                for (boolean b : l.right()) {
                    any |= b;
                }
                reachable += any ? 1 : 0;
                Statement s = d.statements().get(l.index());
                for (int c = 0; c < l.right().length; c++) {
                    String key = l.candidates().get(c).entity().key();
                    if (l.right()[c] && s.speakers().stream().anyMatch(e -> e.key().equals(key))) {
                        rulesRight++;
                        break;
                    }
                }
            }
        }
        return new int[]{labelled, reachable, events, rulesRight};
    }

    /** The statements of one article with the model's decisions at a margin and threshold. */
    static List<Statement> apply(ArticleData d, List<Labelled> labelled, MaxentSpeakerRanker model, double margin,
                                 double threshold) {
        List<Statement> out = new ArrayList<>(d.statements());
        for (Labelled l : labelled) {
            double[] p = new double[l.candidates().size()];
            for (int c = 0; c < p.length; c++) {
                p[c] = model.probability(l.candidates().get(c).features());
            }
            out.set(l.index(), MaxentSpeakerRanker.decide(d.statements().get(l.index()), l.candidates(), p, margin,
                    threshold));
        }
        return out;
    }

    /** Statement scores of one article with these statements. */
    static Scores score(ArticleData d, List<Statement> statements) {
        Extraction x = d.x();
        Extraction y = new Extraction(x.article(), x.analyzed(), x.entities(), x.relations(), statements, x.events());
        return ArticleScorer.score(d.gold(), y).statements();
    }

    /**
     * The features, margin and threshold chosen, with the statement scores of the rules alone and with them.
     */
    public record Choice(boolean evidenceOnly, double margin, double threshold, Scores rules, Scores ranked) {
    }

    /**
     * K-fold cross-validation by article ({@link Folds}): the statement scores of both
     * feature sets at every margin and threshold, printed; the best F1 chosen (ties: the setting listed first, the
     * more conservative).
     */
    public static Choice crossValidate(List<ArticleData> data, int folds, PrintWriter out) throws IOException {
        Folds.check(folds, data.size());
        List<Integer> articles = IntStream.range(0, data.size()).boxed().toList();
        List<List<Labelled>> labels = new ArrayList<>();
        for (ArticleData d : data) {
            labels.add(label(d));
        }
        out.printf(Locale.ROOT, "%d-fold cross-validation by article (%d articles), statements micro over the "
                + "held-out folds:%n", folds, data.size());
        Choice best = null;
        for (boolean evidenceOnly : new boolean[]{false, true}) {
            Scores[][] sweep = new Scores[MARGINS.length][THRESHOLDS.length];
            for (Scores[] row : sweep) {
                Arrays.fill(row, Scores.ZERO);
            }
            for (int k = 0; k < folds; k++) {
                MaxentSpeakerRanker model = new MaxentSpeakerRanker((t, p) -> List.of(),
                        train(Folds.train(data, folds, k), evidenceOnly), MaxentSpeakerRanker.NEVER,
                        MaxentSpeakerRanker.NEVER, evidenceOnly);
                for (int i : Folds.test(articles, folds, k)) {
                    for (int a = 0; a < MARGINS.length; a++) {
                        for (int b = 0; b < THRESHOLDS.length; b++) {
                            sweep[a][b] = sweep[a][b].plus(score(data.get(i),
                                    apply(data.get(i), labels.get(i), model, MARGINS[a], THRESHOLDS[b])));
                        }
                    }
                }
            }
            out.println(evidenceOnly ? " features: evidence only (the rules' choice left out)"
                    : " features: all (the rules' choice among them)");
            out.print("  margin \\ threshold");
            for (double t : THRESHOLDS) {
                out.printf(Locale.ROOT, "  %-17s", name(t));
            }
            out.println("   (P/R/F1)");
            for (int a = 0; a < MARGINS.length; a++) {
                out.printf(Locale.ROOT, "  %-18s", name(MARGINS[a]));
                for (int b = 0; b < THRESHOLDS.length; b++) {
                    Scores s = sweep[a][b];
                    out.printf(Locale.ROOT, "  %.3f/%.3f/%.3f", s.precision(), s.recall(), s.f1());
                    if (best == null || s.f1() > best.ranked().f1() + 1e-9) {
                        best = new Choice(evidenceOnly, MARGINS[a], THRESHOLDS[b], sweep[0][0], s);
                    }
                }
                out.println();
            }
        }
        out.printf(Locale.ROOT, "rules alone: P %.3f R %.3f F1 %.3f; chosen: features %s, margin %s, threshold %s: "
                + "P %.3f R %.3f F1 %.3f%n", best.rules().precision(), best.rules().recall(), best.rules().f1(),
                best.evidenceOnly() ? "evidence" : "all", name(best.margin()), name(best.threshold()),
                best.ranked().precision(), best.ranked().recall(), best.ranked().f1());
        out.flush();
        return best;
    }

    static String name(double d) {
        return Double.isInfinite(d) ? "never" : String.format(Locale.ROOT, "%.2f", d);
    }
}
