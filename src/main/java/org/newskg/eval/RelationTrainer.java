package org.newskg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.newskg.Extraction;
import org.newskg.extract.ClassifiedRelationExtractor;
import org.newskg.extract.Events;
import org.newskg.extract.MaxentRelationClassifier;
import org.newskg.extract.Predicate;
import org.newskg.extract.Relation;
import org.newskg.extract.RelationCandidates;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.nlp.MaxentModels;
import org.newskg.resolve.ResolvedText;

/**
 * Trains and cross-validates the relation classifier ({@link MaxentRelationClassifier}) on gold articles. Each
 * candidate pair ({@link RelationCandidates}) is labelled with the gold predicate whose subject and object it
 * matches by the scorer's own rules ({@link Matcher#relation}; in the gold relation's evidence sentence when the
 * pair occurs there), else {@link MaxentRelationClassifier#NONE}.
 *
 * <pre>
 * List&lt;RelationTrainer.ArticleData&gt; data = RelationTrainer.collect(gold, articles, List.of(), rulesOnly::process,
 *         Pipeline.DEFAULT_MIN_CONFIDENCE, false);
 * RelationTrainer.Choice best = RelationTrainer.crossValidate(data, 5, 0.5, false, out);  // sweep, printed
 * MaxentRelationClassifier.write(RelationTrainer.train(data), new MaxentRelationClassifier.Settings(
 *         best.verify(), best.propose(), false, RelationTrainer.typePairs(data), true), file);
 * </pre>
 *
 * <p>The extractor given must be the pipeline with the rules alone as its relation extractor. Training is
 * deterministic: GIS, one thread, fixed iterations and cutoff.
 */
public final class RelationTrainer {

    /** GIS iterations. */
    public static final int ITERATIONS = 100;
    /** Features seen fewer times than this are not used. */
    public static final int CUTOFF = 3;
    /** A predicate is proposed only between entity types it related at least this often in training. */
    public static final int MIN_TYPE_PAIRS = 2;
    /** Verification thresholds swept (1: every rule relation kept). */
    public static final double[] VERIFY = {1.0, 0.99, 0.97, 0.95, 0.9};
    /** Proposal thresholds swept (1: nothing proposed). */
    public static final double[] PROPOSE = {1.0, 0.8, 0.6, 0.5, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15};

    private RelationTrainer() {
    }

    /**
     * One gold article's extraction by the rules, its candidate pairs and their labels.
     *
     * @param name   the article's name
     * @param gold   its gold
     * @param x      the extraction (relations by the rules alone)
     * @param pairs  the candidate pairs
     * @param labels the outcome of each pair: a predicate's local name or NONE
     */
    public record ArticleData(String name, GoldArticle gold, Extraction x, List<RelationCandidates.Pair> pairs,
                              String[] labels) {
    }

    /** Thresholds and the relation scores they gave. */
    public record Choice(double verify, double propose, ScoreTable scores) {
    }

    /** Runs the extractor on every article with gold, but those whose file name is in an excluded folder. */
    public static List<ArticleData> collect(Path goldDir, Path articlesDir, List<Path> exclude,
                                            Function<Article, Extraction> rulesOnly, double minEntityConfidence,
                                            boolean ruleFeature)
            throws IOException, GoldException, ArticleException {
        return TrainingArticles.collect(List.of(new TrainingArticles.Source(goldDir, articlesDir)), exclude,
                (name, gold, article) -> label(name, gold, rulesOnly.apply(article), minEntityConfidence,
                        ruleFeature));
    }

    /** The candidate pairs of one extraction, labelled against its gold. */
    public static ArticleData label(String name, GoldArticle gold, Extraction x, double minEntityConfidence,
                                    boolean ruleFeature) {
        ResolvedText text = new ResolvedText(x.analyzed(), x.entities());
        List<RelationCandidates.Pair> pairs = RelationCandidates.of(text, x.relations(), minEntityConfidence,
                ruleFeature);
        String[] labels = new String[pairs.size()];
        Arrays.fill(labels, MaxentRelationClassifier.NONE);
        Matcher m = new Matcher(gold);
        for (GoldRelation g : gold.relations()) {
            if (!RelationCandidates.PREDICATES.contains(g.predicate())) {
                continue;
            }
            List<Integer> matching = new ArrayList<>();
            List<Integer> inEvidence = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                RelationCandidates.Pair p = pairs.get(i);
                Relation r = new Relation(p.subject(), g.predicate(), p.object(), p.objectMention().text(), null,
                        null, null, p.evidence(), 1, "candidate");
                if (m.relation(r, g)) {
                    matching.add(i);
                    if (sameSentence(p.sentence().text(), g.evidence())) {
                        inEvidence.add(i);
                    }
                }
            }
            for (int i : inEvidence.isEmpty() ? matching : inEvidence) {
                if (labels[i].equals(MaxentRelationClassifier.NONE)) {
                    labels[i] = g.predicate().localName();
                }
            }
        }
        return new ArticleData(name, gold, x, pairs, labels);
    }

    private static boolean sameSentence(String sentence, String evidence) {
        if (evidence == null) {
            return false;
        }
        String s = Matcher.normalize(sentence);
        String e = Matcher.normalize(evidence);
        return !s.isEmpty() && !e.isEmpty() && (s.contains(e) || e.contains(s));
    }

    /**
     * For each predicate, the subject and object types of its pairs in the data, those seen at least
     * {@link #MIN_TYPE_PAIRS} times: the only ones it may be proposed for.
     */
    public static Map<Predicate, Set<String>> typePairs(List<ArticleData> data) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ArticleData d : data) {
            for (int i = 0; i < d.labels().length; i++) {
                if (!d.labels()[i].equals(MaxentRelationClassifier.NONE)) {
                    RelationCandidates.Pair p = d.pairs().get(i);
                    counts.merge(d.labels()[i] + " " + p.subject().type() + "|" + p.object().type(), 1,
                            Integer::sum);
                }
            }
        }
        Map<Predicate, Set<String>> types = new EnumMap<>(Predicate.class);
        counts.forEach((k, n) -> {
            if (n >= MIN_TYPE_PAIRS) {
                String[] kv = k.split(" ");
                types.computeIfAbsent(Predicate.byLocalName(kv[0]).orElseThrow(), x -> new TreeSet<>()).add(kv[1]);
            }
        });
        return types;
    }

    /** Trains a model on every pair: GIS, one thread, {@link #ITERATIONS}, {@link #CUTOFF}. */
    public static MaxentModel train(List<ArticleData> data) throws IOException {
        List<Event> events = new ArrayList<>();
        for (ArticleData d : data) {
            for (int i = 0; i < d.labels().length; i++) {
                events.add(new Event(d.labels()[i], d.pairs().get(i).features()));
            }
        }
        return MaxentModels.train(events, ITERATIONS, CUTOFF);
    }

    /** The relation scores of one article with the classifier's decision at these thresholds. */
    static ScoreTable score(ArticleData d, MaxentRelationClassifier c, List<double[]> probs, double verify,
                            double propose, double minEntityConfidence) {
        Extraction x = d.x();
        List<Relation> rels = ClassifiedRelationExtractor.decide(x.relations(), d.pairs(), probs, c, verify,
                propose, minEntityConfidence);
        Extraction y = new Extraction(x.article(), x.analyzed(), x.entities(), rels, x.statements(),
                Events.from(rels));
        return ArticleScorer.score(d.gold(), y).relations();
    }

    /**
     * K-fold cross-validation by article ({@link Folds}): relation scores over the
     * held-out folds for every pair of thresholds; prints the sweep and returns the best (highest F1; on a tie
     * the more cautious).
     */
    public static Choice crossValidate(List<ArticleData> data, int folds, double minEntityConfidence,
                                       boolean ruleFeature, PrintWriter out) throws IOException {
        Folds.check(folds, data.size());
        Map<String, ScoreTable> sweep = new TreeMap<>();
        for (int k = 0; k < folds; k++) {
            List<ArticleData> train = Folds.train(data, folds, k);
            MaxentRelationClassifier c = new MaxentRelationClassifier(train(train),
                    new MaxentRelationClassifier.Settings(1, 1, ruleFeature, typePairs(train), true));
            for (ArticleData d : Folds.test(data, folds, k)) {
                List<double[]> probs = d.pairs().stream().map(p -> c.probabilities(p.features())).toList();
                for (double v : VERIFY) {
                    for (double p : PROPOSE) {
                        sweep.merge(key(v, p), score(d, c, probs, v, p, minEntityConfidence), ScoreTable::plus);
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "%d-fold cross-validation by article (%d articles), relations micro over the "
                + "held-out folds (verify: drop a rule relation when P(NONE) > v; propose: add when P(pred) > p; "
                + "1 = off):%n", folds, data.size());
        Choice rules = null;
        Choice best = null;
        for (double v : VERIFY) {
            for (double p : PROPOSE) {
                ScoreTable t = sweep.get(key(v, p));
                Scores s = t.total();
                out.printf(Locale.ROOT, "  verify %.2f propose %.2f  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                        v, p, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
                Choice ch = new Choice(v, p, t);
                if (v == 1 && p == 1) {
                    rules = ch;
                }
                if (best == null || s.f1() > best.scores().total().f1() + 1e-9) {
                    best = ch;
                }
            }
        }
        out.printf(Locale.ROOT, "best: verify %.2f propose %.2f; per predicate (rules alone -> rules + model):%n",
                best.verify(), best.propose());
        TreeSet<String> keys = new TreeSet<>(rules.scores().byKey().keySet());
        keys.addAll(best.scores().byKey().keySet());
        for (String key : keys) {
            Scores a = rules.scores().byKey().getOrDefault(key, Scores.ZERO);
            Scores b = best.scores().byKey().getOrDefault(key, Scores.ZERO);
            out.printf(Locale.ROOT, "  %-14s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) -> P %.3f R %.3f F1 %.3f "
                    + "(tp %d fp %d fn %d)%n", key, a.precision(), a.recall(), a.f1(), a.tp(), a.fp(), a.fn(),
                    b.precision(), b.recall(), b.f1(), b.tp(), b.fp(), b.fn());
        }
        out.flush();
        return best;
    }

    private static String key(double v, double p) {
        return String.format(Locale.ROOT, "%.2f|%.2f", v, p);
    }

    /** Each outcome's number of pairs. */
    public static Map<String, Integer> labelCounts(List<ArticleData> data) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ArticleData d : data) {
            for (String l : d.labels()) {
                counts.merge(l, 1, Integer::sum);
            }
        }
        return counts;
    }
}
