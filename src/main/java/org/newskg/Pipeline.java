package org.newskg;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.newskg.extract.ClassifiedRelationExtractor;
import org.newskg.extract.Events;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.MaxentRelationClassifier;
import org.newskg.extract.MaxentSpeakerRanker;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.extract.Relation;
import org.newskg.extract.RelationExtractor;
import org.newskg.extract.Statement;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.extract.StatementExtractor;
import org.newskg.ingest.Article;
import org.newskg.link.EntityLinker;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.EntityCalibrator;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.MaxentEntityCalibrator;
import org.newskg.resolve.NameResolver;
import org.newskg.resolve.ResolvedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extraction pipeline: Article -> AnalyzedText -> mentions -> entities (resolved, linked) -> relations and
 * statements.
 *
 * <pre>
 * Pipeline pipeline = Pipeline.builder()
 *     .analyzer(OpenNlpAnalyzer.english())
 *     .mentionFinder(finder).resolver(resolver)
 *     .relations(relationExtractor).statements(statementExtractor)
 *     .calibrator(EntityCalibrator.NONE)   // optional; default defaultCalibrator()
 *     .minConfidence(0.5)            // optional; default DEFAULT_MIN_CONFIDENCE
 *     .build();
 * Extraction x = pipeline.process(article);
 * </pre>
 *
 * <p>Immutable and thread-safe when its stages are (all of newskg's are): one pipeline serves many threads.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /**
     * Entities the extractor is less sure of are left out of the graph by default: with the default calibrator,
     * an entity's confidence is the estimated probability that it is right, and 0.5 had the best entity F1 in
     * 5-fold cross-validation by article on the development gold (docs/names.md, "Minimum confidence";
     * {@code resolve/CALIBRATION.md}).
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;

    /**
     * The default cut of a pipeline without calibration ({@link EntityCalibrator#NONE}): the resolver's own
     * confidence is a vote share, not a probability, and 0.4 was its best cut on the development subsets.
     */
    public static final double UNCALIBRATED_MIN_CONFIDENCE = 0.4;

    /**
     * The entity calibrator of a pipeline that names none (see docs/names.md, "Minimum confidence", for why it is
     * what it is); the bundled model is loaded on first call.
     */
    public static EntityCalibrator defaultCalibrator() {
        return MaxentEntityCalibrator.standard();
    }

    private final TextAnalyzer analyzer;
    private final MentionFinder mentionFinder;
    private final EntityResolver resolver;
    private final EntityLinker linker;
    private final EntityCalibrator calibrator;
    private final RelationExtractor relations;
    private final StatementExtractor statements;
    private final double minConfidence;
    /** The cut as set on the builder, or null for the default of the calibrator (kept so copies re-derive it). */
    private final Double minConfidenceSet;

    private Pipeline(Builder b) {
        this.analyzer = b.analyzer;
        this.mentionFinder = b.mentionFinder;
        this.resolver = b.resolver;
        this.linker = b.linker;
        this.calibrator = b.calibrator;
        this.relations = b.relations;
        this.minConfidenceSet = b.minConfidence;
        this.minConfidence = b.minConfidence != null ? b.minConfidence
                : b.calibrator == EntityCalibrator.NONE ? UNCALIBRATED_MIN_CONFIDENCE : DEFAULT_MIN_CONFIDENCE;
        this.statements = b.statements;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * newskg's standard English pipeline: OpenNLP analysis, hybrid names, the entity calibration, lexicon relations
     * (with the learned relation classifier when {@code relation-classifier.properties} switches it on: off as
     * shipped), quotations whose missing speakers the learned speaker ranker fills ({@code SPEAKERS.md}).
     */
    public static Pipeline english() {
        return builder()
                .analyzer(OpenNlpAnalyzer.english())
                .mentionFinder(englishMentionFinder())
                .resolver(NameResolver.standard())
                .relations(englishRelationExtractor())
                .statements(MaxentSpeakerRanker.around(QuoteStatementExtractor.standard()))
                .build();
    }

    /**
     * The relation extractor of the standard pipeline: the lexicon rules, checked and completed by the bundled
     * relation classifier with the settings bundled with it ({@code extract/RELATIONS.md}; it ships switched off,
     * and then the rules' output is returned as it is).
     */
    public static RelationExtractor englishRelationExtractor() {
        return new ClassifiedRelationExtractor(LexiconRelationExtractor.standard(),
                MaxentRelationClassifier.standard(), DEFAULT_MIN_CONFIDENCE);
    }

    /** The standard English pipeline with an entity linker (e.g. {@code WikidataLinker.offline()}). */
    public static Pipeline english(EntityLinker linker) {
        return english().withLinker(linker);
    }

    /** This pipeline with another linker (the same stages otherwise). */
    public Pipeline withLinker(EntityLinker linker) {
        return copy().linker(Objects.requireNonNull(linker, "linker")).build();
    }

    /** This pipeline with another entity calibrator, e.g. {@link EntityCalibrator#NONE} (the same stages otherwise). */
    public Pipeline withCalibrator(EntityCalibrator calibrator) {
        return copy().calibrator(Objects.requireNonNull(calibrator, "calibrator")).build();
    }

    /** This pipeline with another relation extractor, e.g. the rules alone (the same stages otherwise). */
    public Pipeline withRelations(RelationExtractor relations) {
        return copy().relations(Objects.requireNonNull(relations, "relations")).build();
    }

    /** This pipeline keeping entities of at least this confidence (the same stages otherwise). */
    public Pipeline withMinConfidence(double minConfidence) {
        return copy().minConfidence(minConfidence).build();
    }

    private Builder copy() {
        return builder().analyzer(analyzer).mentionFinder(mentionFinder).resolver(resolver).linker(linker)
                .calibrator(calibrator).relations(relations).statements(statements)
                .minConfidenceOrDefault(minConfidenceSet);
    }

    /** The name finder of the standard pipeline (evaluated alone by {@code newskg eval ner}). */
    public static MentionFinder englishMentionFinder() {
        return HybridMentionFinder.standard();
    }

    /** Runs every stage on one article. */
    public Extraction process(Article article) {
        AnalyzedText analyzed = analyzer.analyze(article.text());
        List<Mention> mentions = mentionFinder.find(analyzed);
        ResolvedText resolved = calibrated(linker.link(resolver.resolve(analyzed, mentions)));
        List<Relation> rels = orNone(article, "relations", () -> relations.extract(resolved, article.published()));
        List<Statement> sts = orNone(article, "statements", () -> statements.extract(resolved, article.published()));
        Set<String> kept = confident(resolved.entities(), rels, sts);
        List<Entity> entities = resolved.entities().stream().filter(e -> kept.contains(e.key())).toList();
        if (entities.size() == resolved.entities().size()) {
            return new Extraction(article, analyzed, resolved.entities(), rels, sts, Events.from(rels));
        }
        List<Statement> keptStatements = sts.stream().map(st -> withAbout(st, kept)).toList();
        return new Extraction(article, analyzed, entities, rels, keptStatements, Events.from(rels));
    }

    /** The entities with the calibrator's confidence: the one the minimum-confidence cut and the graph use. */
    private ResolvedText calibrated(ResolvedText linked) {
        if (calibrator == EntityCalibrator.NONE) {
            return linked;
        }
        return new ResolvedText(linked.analyzed(), calibrator.calibrateAll(linked.entities(), linked.analyzed()));
    }

    /**
     * The keys of the entities the graph keeps: those of at least the minimum confidence, and those it keeps
     * whatever their confidence ({@link #keptWhateverConfidence}).
     */
    private Set<String> confident(List<Entity> entities, List<Relation> rels, List<Statement> sts) {
        Set<String> kept = new HashSet<>();
        for (Entity e : entities) {
            if (e.confidence() >= minConfidence) {
                kept.add(e.key());
            }
        }
        if (kept.size() < entities.size()) {
            kept.addAll(keptWhateverConfidence(entities, rels, sts));
        }
        return kept;
    }

    /**
     * The keys of the entities the graph keeps below the minimum confidence: those linked (the link is evidence of
     * its own), and those a relation or a statement was built on (a role in it is evidence too). The calibration
     * trainer simulates the cut with it.
     */
    public static Set<String> keptWhateverConfidence(List<Entity> entities, List<Relation> rels,
                                                     List<Statement> sts) {
        Set<String> keys = new HashSet<>();
        entities.stream().filter(e -> e.wikidata() != null).forEach(e -> keys.add(e.key()));
        for (Relation r : rels) {
            Stream.of(r.subject(), r.object(), r.place()).filter(Objects::nonNull).forEach(e -> keys.add(e.key()));
        }
        for (Statement st : sts) {
            st.speakers().forEach(e -> keys.add(e.key()));
            if (st.addressee() != null) {
                keys.add(st.addressee().key());
            }
        }
        return keys;
    }

    /** The statement without the entities it mentions that the graph leaves out. */
    private static Statement withAbout(Statement s, Set<String> kept) {
        List<Entity> about = s.about().stream().filter(e -> kept.contains(e.key())).toList();
        return about.size() == s.about().size() ? s
                : new Statement(s.speakers(), s.speakerText(), s.text(), s.start(), s.end(), s.direct(), s.addressee(),
                        s.medium(), s.time(), s.date(), about, s.evidence(), s.confidence(), s.rule());
    }

    /**
     * Runs a late stage; if it fails on this article (a bug met by unusual text), the article keeps its
     * entities and the other stage's results, and the failure is logged with the article's name, rather than
     * the whole article being lost.
     */
    private static <T> List<T> orNone(Article article, String stage, Supplier<List<T>> run) {
        try {
            return run.get();
        } catch (RuntimeException e) {
            LOG.warn("{}: {} left out: that stage failed on this article ({}); please report it", article.location(),
                    stage, e.toString());
            LOG.debug("{} stage failure", stage, e);
            return List.of();
        }
    }

    /** Builds a {@link Pipeline}; every stage is required. */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private MentionFinder mentionFinder;
        private EntityResolver resolver;
        private EntityLinker linker = EntityLinker.NONE;
        private EntityCalibrator calibrator = defaultCalibrator();
        private RelationExtractor relations;
        private StatementExtractor statements;
        private Double minConfidence;

        private Builder() {
        }

        public Builder analyzer(TextAnalyzer analyzer) {
            this.analyzer = analyzer;
            return this;
        }

        public Builder mentionFinder(MentionFinder mentionFinder) {
            this.mentionFinder = mentionFinder;
            return this;
        }

        public Builder resolver(EntityResolver resolver) {
            this.resolver = resolver;
            return this;
        }

        /** Optional: links entities to Wikidata (default: no linking). */
        public Builder linker(EntityLinker linker) {
            this.linker = linker;
            return this;
        }

        /**
         * Optional: turns each entity's confidence into a probability of being right before the
         * minimum-confidence cut (default {@link #defaultCalibrator()}; {@link EntityCalibrator#NONE} keeps the
         * resolver's confidence).
         */
        public Builder calibrator(EntityCalibrator calibrator) {
            this.calibrator = calibrator;
            return this;
        }

        public Builder relations(RelationExtractor relations) {
            this.relations = relations;
            return this;
        }

        public Builder statements(StatementExtractor statements) {
            this.statements = statements;
            return this;
        }

        /**
         * Optional: entities below this confidence (0 to 1) are left out, with what would be built on them
         * (default {@link #DEFAULT_MIN_CONFIDENCE} with a calibrator, {@link #UNCALIBRATED_MIN_CONFIDENCE} without;
         * 0 keeps every entity).
         */
        public Builder minConfidence(double minConfidence) {
            this.minConfidence = minConfidence;
            return this;
        }

        /** The cut as given, or null for the default of the calibrator chosen (for copies of a pipeline). */
        private Builder minConfidenceOrDefault(Double minConfidence) {
            this.minConfidence = minConfidence;
            return this;
        }

        public Pipeline build() {
            if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
                throw new IllegalArgumentException("minConfidence must be between 0 and 1, not " + minConfidence);
            }
            Objects.requireNonNull(analyzer, "analyzer");
            Objects.requireNonNull(mentionFinder, "mentionFinder");
            Objects.requireNonNull(resolver, "resolver");
            Objects.requireNonNull(linker, "linker");
            Objects.requireNonNull(calibrator, "calibrator");
            Objects.requireNonNull(relations, "relations");
            Objects.requireNonNull(statements, "statements");
            return new Pipeline(this);
        }
    }
}
