package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * Rules checked and completed by a learned classifier: the wrapped extractor's relations are kept unless the
 * {@link MaxentRelationClassifier} is sure their pair states nothing (P(NONE) above its verification threshold),
 * and a pair of entities the rules left empty in a sentence gets the classifier's predicate when it is sure of it
 * (above its proposal threshold). Proposed relations carry the probability as confidence and the rule
 * {@value #RULE}; their evidence is the span from one name to the other.
 *
 * <pre>
 * RelationExtractor x = new ClassifiedRelationExtractor(LexiconRelationExtractor.standard(),
 *         MaxentRelationClassifier.standard(), Pipeline.DEFAULT_MIN_CONFIDENCE);
 * List&lt;Relation&gt; rels = x.extract(resolved, published);
 * </pre>
 *
 * <p>Only entities the graph keeps anyway (confidence at least the cut, or linked) take part in a proposal or lose
 * a rule relation, so the entities of the graph are the same with or without the classifier. Thread-safe when the
 * wrapped extractor is.
 */
public final class ClassifiedRelationExtractor implements RelationExtractor {

    /** The rule name of a relation the classifier proposed. */
    public static final String RULE = "model:relation-classifier";

    private final RelationExtractor rules;
    private final MaxentRelationClassifier classifier;
    private final double minEntityConfidence;

    /**
     * @param rules               the rule extractor it checks and completes
     * @param classifier          the pair classifier, with its thresholds
     * @param minEntityConfidence the pipeline's entity cut (entities below it take no part)
     */
    public ClassifiedRelationExtractor(RelationExtractor rules, MaxentRelationClassifier classifier,
                                       double minEntityConfidence) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.minEntityConfidence = minEntityConfidence;
    }

    @Override
    public List<Relation> extract(ResolvedText text, LocalDate published) {
        List<Relation> ruled = rules.extract(text, published);
        if (classifier.settings().off()) {
            return ruled; // switched off: nothing to check or propose
        }
        List<RelationCandidates.Pair> pairs = RelationCandidates.of(text, ruled, minEntityConfidence,
                classifier.settings().ruleFeature());
        List<double[]> probs = new ArrayList<>(pairs.size());
        for (RelationCandidates.Pair p : pairs) {
            probs.add(classifier.probabilities(p.features()));
        }
        return decide(ruled, pairs, probs, classifier, classifier.verify(), classifier.propose(),
                minEntityConfidence);
    }

    /**
     * The relations kept and proposed: the decision of {@link #extract}, on probabilities already computed (the
     * trainer sweeps thresholds with it).
     *
     * @param ruled   the rules' relations
     * @param pairs   the candidate pairs ({@link RelationCandidates#of})
     * @param probs   the classifier's probabilities of each pair, by outcome index
     * @param outcomes the classifier (for its outcomes and the types each predicate may relate)
     */
    public static List<Relation> decide(List<Relation> ruled, List<RelationCandidates.Pair> pairs,
                                        List<double[]> probs, MaxentRelationClassifier outcomes, double verify,
                                        double propose, double minEntityConfidence) {
        Map<String, double[]> byPair = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            RelationCandidates.Pair p = pairs.get(i);
            byPair.put(RelationCandidates.key(p.sentence().index(), p.subject(), p.object()), probs.get(i));
        }
        int none = outcomes.noneIndex();
        List<Relation> out = new ArrayList<>();
        Set<String> triples = new HashSet<>();
        for (Relation r : ruled) {
            if (r.object() != null && RelationCandidates.PREDICATES.contains(r.predicate())
                    && RelationCandidates.kept(r.subject(), minEntityConfidence)
                    && RelationCandidates.kept(r.object(), minEntityConfidence)) {
                double[] p = byPair.get(RelationCandidates.key(r.evidence().sentence(), r.subject(), r.object()));
                if (p != null && p[none] > verify) {
                    continue;
                }
            }
            out.add(r);
            if (r.object() != null) {
                triples.add(triple(r.subject(), r.predicate(), r.object()));
            }
        }
        // one proposal per triple, the most probable; none where the rules said something of the pair
        Map<String, Relation> proposed = new LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            RelationCandidates.Pair pair = pairs.get(i);
            if (pair.ruled() || !RelationCandidates.kept(pair.subject(), minEntityConfidence)
                    || !RelationCandidates.kept(pair.object(), minEntityConfidence)) {
                continue;
            }
            double[] p = probs.get(i);
            int best = -1;
            for (int o = 0; o < p.length; o++) {
                if (o != none && (best < 0 || p[o] > p[best]) && outcomes.allows(outcomes.predicate(o),
                        pair.subject().type(), pair.object().type())) {
                    best = o;
                }
            }
            if (best < 0 || !(p[best] > propose)) {
                continue;
            }
            Predicate predicate = outcomes.predicate(best);
            String t = triple(pair.subject(), predicate, pair.object());
            if (triples.contains(t)) {
                continue;
            }
            Relation r = new Relation(pair.subject(), predicate, pair.object(), pair.objectMention().text(), null,
                    null, null, pair.evidence(), p[best], RULE);
            Relation before = proposed.get(t);
            if (before == null || before.confidence() < r.confidence()) {
                proposed.put(t, r);
            }
        }
        out.addAll(proposed.values());
        return out;
    }

    /** Subject, predicate and object keys; both orders alike for a symmetric predicate. */
    private static String triple(Entity s, Predicate p, Entity o) {
        if (p.isSymmetric() && s.key().compareTo(o.key()) > 0) {
            return o.key() + "|" + p.localName() + "|" + s.key();
        }
        return s.key() + "|" + p.localName() + "|" + o.key();
    }

    @Override
    public String toString() {
        return "ClassifiedRelationExtractor[" + rules + ", " + classifier + "]";
    }
}
