package org.newskg.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.newskg.Extraction;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.ingest.Article;
import org.newskg.nlp.AnalyzedText;
import org.newskg.resolve.Entity;
import org.newskg.resolve.EntityKeys;

/**
 * A gold annotation turned into an {@link Extraction}, so that one annotator's work can be scored against
 * another's by {@link ArticleScorer} exactly as the extractor is (inter-annotator agreement).
 *
 * <pre>
 * GoldArticle b = GoldReader.read(Path.of("eval/agreement/gold/tripoli-clashes.json"));
 * Article article = ArticleReader.read(Path.of("eval/articles/tripoli-clashes.txt"));
 * ArticleResult r = ArticleScorer.score(goldA, GoldExtraction.of(b, article).extraction());
 * </pre>
 *
 * <p>What is filled, and how (only what the {@link Matcher} reads needs to be right; the rest is minimal):
 * <ul>
 *   <li>Entities: name, type, aliases and Wikidata id as annotated; key {@code type/slug(name)}; no mentions,
 *       no subclass, confidence 1.</li>
 *   <li>Relations: the subject and (for entity-valued predicates) the object are the entities the names
 *       denote; a {@code holdsPosition} or {@code calledFor} object, or an object naming no entity, is a phrase
 *       ({@code objectText}), as the extractor gives it. Evidence: where the annotated sentence occurs in the
 *       article (0..0 when it does not).</li>
 *   <li>Statements: gold has only {@code quote_start}, while the extractor gives the whole quotation and the
 *       scorer looks for the first words of the gold {@code quote_start} in it. So the text is the whole
 *       quotation as the article has it: from where {@code quote_start} follows an opening quotation mark to
 *       the matching closing mark (or the paragraph's end). Where the article or the quotation cannot be found,
 *       the text is {@code quote_start} itself (noted). Speakers: the entity named, or none for a null speaker;
 *       always direct; medium as annotated.</li>
 *   <li>No sentence analysis: the analysed text has no sentences and evidence sentence indices are -1.</li>
 * </ul>
 * A relation end or speaker naming no entity of the annotation gets a stand-in PERSON entity of that name (and a
 * note): a defect of the annotation, kept so that it still counts.
 *
 * @param extraction the annotation as an extraction
 * @param notes      what could not be rebuilt exactly (names without entity, quotations not found), one line
 *                   each
 */
public record GoldExtraction(Extraction extraction, List<String> notes) {

    /** The rule name given to every relation and statement, for provenance. */
    public static final String RULE = "gold";

    public GoldExtraction {
        notes = List.copyOf(notes);
    }

    /**
     * Rebuilds {@code gold} as an extraction of {@code article}; a null article stands for a missing one (an
     * empty text: statements then keep {@code quote_start} as their text).
     */
    public static GoldExtraction of(GoldArticle gold, Article article) {
        List<String> notes = new ArrayList<>();
        if (article == null) {
            notes.add("no article: statements compared on quote_start alone");
            article = new Article("urn:newskg:gold:" + EntityKeys.slug(gold.name()), gold.name(), "", "", null,
                    null, null, null);
        }
        String text = article.text();
        List<Entity> entities = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (GoldEntity g : gold.entities()) {
            String key = EntityKeys.key(g.type(), g.name());
            // two entities of one name and type would be merged by the relation deduplication: keep them apart
            for (int i = 2; !keys.add(key); i++) {
                key = EntityKeys.key(g.type(), g.name()) + "-" + i;
            }
            Set<String> aliases = new HashSet<>(g.aliases());
            aliases.remove(g.name());
            entities.add(new Entity(key, g.name(), g.type(), null, aliases, List.of(), Matcher.qid(g.wikidata()),
                    1.0));
        }
        List<Relation> relations = new ArrayList<>();
        for (GoldRelation r : gold.relations()) {
            Entity subject = entityOrStandIn(gold, entities, r.subject(), "relation subject", notes);
            Entity object = null;
            if (!r.predicate().takesPhrase()) {
                int o = index(gold, r.object());
                object = o >= 0 ? entities.get(o) : null;
            }
            relations.add(new Relation(subject, r.predicate(), object, r.object(), null, null, null,
                    evidence(text, r.evidence()), 1.0, RULE));
        }
        List<Statement> statements = new ArrayList<>();
        for (GoldStatement s : gold.statements()) {
            List<Entity> speakers = s.speaker() == null ? List.of()
                    : List.of(entityOrStandIn(gold, entities, s.speaker(), "speaker", notes));
            Statement st = statement(text, s, speakers);
            if (st == null) {
                if (!text.isEmpty()) {
                    notes.add("quotation not found in the article after an opening mark: \"" + s.quoteStart()
                            + "\" (compared on quote_start alone)");
                }
                st = new Statement(speakers, s.speaker(), s.quoteStart(), 0, s.quoteStart().length(), true, null,
                        s.medium(), null, null, List.of(), new Evidence(-1, 0, 0), 1.0, RULE);
            }
            statements.add(st);
        }
        return new GoldExtraction(new Extraction(article, new AnalyzedText(text, List.of()), entities, relations,
                statements), notes);
    }

    /** Index of the gold entity with this name or alias, or -1. */
    private static int index(GoldArticle gold, String name) {
        Optional<GoldEntity> g = gold.entityNamed(name);
        return g.map(e -> gold.entities().indexOf(e)).orElse(-1);
    }

    private static Entity entityOrStandIn(GoldArticle gold, List<Entity> entities, String name, String role,
                                          List<String> notes) {
        int i = index(gold, name);
        if (i >= 0) {
            return entities.get(i);
        }
        notes.add(role + " \"" + name + "\" names no entity of the annotation (a stand-in PERSON is used)");
        return new Entity("standin/" + EntityKeys.slug(name), name, EntityType.PERSON, null, Set.of(), List.of(),
                null, 1.0);
    }

    private static Evidence evidence(String text, String sentence) {
        int at = sentence == null || sentence.isEmpty() ? -1 : text.indexOf(sentence);
        return at < 0 ? new Evidence(-1, 0, 0) : new Evidence(-1, at, at + sentence.length());
    }

    /** The whole quotation that {@code quote_start} begins, or null when it follows no opening mark. */
    static Statement statement(String text, GoldStatement s, List<Entity> speakers) {
        String start = s.quoteStart().strip();
        for (int at = text.indexOf(start); at >= 0 && !start.isEmpty(); at = text.indexOf(start, at + 1)) {
            int open = at - 1;
            while (open >= 0 && (text.charAt(open) == ' ' || text.charAt(open) == '\u00a0')) {
                open--;
            }
            if (open < 0 || closersOf(text.charAt(open)).isEmpty()) {
                continue;
            }
            int close = close(text, at + start.length(), closersOf(text.charAt(open)));
            int end = close;
            while (end > at && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (end <= at) {
                continue;
            }
            return new Statement(speakers, s.speaker(), text.substring(at, end), at, end, true, null, s.medium(),
                    null, null, List.of(), new Evidence(-1, open, Math.min(text.length(), close + 1)), 1.0, RULE);
        }
        return null;
    }

    /**
     * The marks that close a quotation opened by {@code c} (a TeX-style {@code ``} is closed by a straight or curly
     * mark), or "" when {@code c} opens no quotation.
     */
    private static String closersOf(char c) {
        return switch (c) {
            case '\u201c', '\u201e' -> "\u201d";
            case '\u2018', '\u201a' -> "\u2019";
            case '"' -> "\"";
            case '\'' -> "'";
            case '\u00ab' -> "\u00bb";
            case '`' -> "\"'\u201d\u2019";
            default -> "";
        };
    }

    /**
     * Offset of the closing mark at or after {@code from}, or the end of the paragraph (line) when the quotation
     * is not closed in it (a quotation running on to the next paragraph gives one statement per paragraph). A
     * single mark between two letters is an apostrophe ("Libya\u2019s"), not a closing mark.
     */
    private static int close(String text, int from, String closers) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i;
            }
            if (closers.indexOf(c) >= 0) {
                boolean single = c == '\u2019' || c == '\'';
                boolean apostrophe = single && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))
                        && i > 0 && Character.isLetter(text.charAt(i - 1));
                if (!apostrophe) {
                    return i;
                }
            }
        }
        return text.length();
    }
}
