package org.newskg;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.newskg.extract.Events;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.extract.Relation;
import org.newskg.extract.RelationExtractor;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.extract.StatementExtractor;
import org.newskg.ingest.Article;
import org.newskg.link.EntityLinker;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.resolve.EntityResolver;
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
 *     .build();
 * Extraction x = pipeline.process(article);
 * </pre>
 *
 * <p>Immutable and thread-safe when its stages are (all of newskg's are): one pipeline serves many threads.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final TextAnalyzer analyzer;
    private final MentionFinder mentionFinder;
    private final EntityResolver resolver;
    private final EntityLinker linker;
    private final RelationExtractor relations;
    private final StatementExtractor statements;

    private Pipeline(Builder b) {
        this.analyzer = b.analyzer;
        this.mentionFinder = b.mentionFinder;
        this.resolver = b.resolver;
        this.linker = b.linker;
        this.relations = b.relations;
        this.statements = b.statements;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** newskg's standard English pipeline: OpenNLP analysis, hybrid names, lexicon relations, quotes. */
    public static Pipeline english() {
        return builder()
                .analyzer(OpenNlpAnalyzer.english())
                .mentionFinder(englishMentionFinder())
                .resolver(NameResolver.standard())
                .relations(LexiconRelationExtractor.standard())
                .statements(QuoteStatementExtractor.standard())
                .build();
    }

    /** The standard English pipeline with an entity linker (e.g. {@code WikidataLinker.offline()}). */
    public static Pipeline english(EntityLinker linker) {
        return english().withLinker(linker);
    }

    /** This pipeline with another linker (the same stages otherwise). */
    public Pipeline withLinker(EntityLinker linker) {
        Builder b = builder().analyzer(analyzer).mentionFinder(mentionFinder).resolver(resolver)
                .relations(relations).statements(statements);
        return b.linker(Objects.requireNonNull(linker, "linker")).build();
    }

    /** The name finder of the standard pipeline (evaluated alone by {@code newskg eval ner}). */
    public static MentionFinder englishMentionFinder() {
        return HybridMentionFinder.standard();
    }

    /** Runs every stage on one article. */
    public Extraction process(Article article) {
        AnalyzedText analyzed = analyzer.analyze(article.text());
        List<Mention> mentions = mentionFinder.find(analyzed);
        ResolvedText resolved = linker.link(resolver.resolve(analyzed, mentions));
        List<Relation> rels = orNone(article, "relations", () -> relations.extract(resolved, article.published()));
        return new Extraction(article, analyzed, resolved.entities(), rels,
                orNone(article, "statements", () -> statements.extract(resolved, article.published())),
                Events.from(rels));
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
        private RelationExtractor relations;
        private StatementExtractor statements;

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

        public Builder relations(RelationExtractor relations) {
            this.relations = relations;
            return this;
        }

        public Builder statements(StatementExtractor statements) {
            this.statements = statements;
            return this;
        }

        public Pipeline build() {
            Objects.requireNonNull(analyzer, "analyzer");
            Objects.requireNonNull(mentionFinder, "mentionFinder");
            Objects.requireNonNull(resolver, "resolver");
            Objects.requireNonNull(linker, "linker");
            Objects.requireNonNull(relations, "relations");
            Objects.requireNonNull(statements, "statements");
            return new Pipeline(this);
        }
    }
}
