package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.Extraction;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Predicate;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.ingest.Article;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;
import org.newskg.testing.TestTexts;

class ArticleScorerTest {

    private static final String TEXT = "Haftar's Libyan National Army advanced on Tripoli. "
            + "Guterres met Haftar in Benghazi.";
    private static final ResolvedText RESOLVED = TestTexts.resolved(TEXT,
            person("Khalifa Haftar", "Haftar"), organization("Libyan National Army"), place("Tripoli"),
            person("Guterres"), place("Benghazi"));
    private static final GoldArticle GOLD = new GoldArticle("a",
            List.of(new GoldEntity("Khalifa Haftar", EntityType.PERSON, List.of("Haftar"), "Q1"),
                    new GoldEntity("Libyan National Army", EntityType.ORGANIZATION, List.of("LNA"), null),
                    new GoldEntity("Tripoli", EntityType.PLACE, List.of(), "Q3"),
                    new GoldEntity("António Guterres", EntityType.PERSON, List.of("Guterres"), "Q4")),
            List.of(new GoldRelation("Libyan National Army", Predicate.ADVANCED_ON, "Tripoli", null),
                    new GoldRelation("Khalifa Haftar", Predicate.MET, "António Guterres", null)),
            List.of(new GoldStatement(null, "Heavy fighting", null)));

    private static Entity e(String name) {
        return RESOLVED.entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    private static Relation rel(Entity s, Predicate p, Entity o) {
        return new Relation(s, p, o, o.name(), null, null, null, new Evidence(0, 0, 10), 1.0, "test");
    }

    private static Extraction extraction(List<Entity> entities, List<Relation> relations,
                                         List<Statement> statements) {
        Article article = new Article("urn:test", null, "h", TEXT, null, null, null, null);
        return new Extraction(article, RESOLVED.analyzed(), entities, relations, statements);
    }

    @Test
    void entitiesAreScoredPerTypeOneToOne() {
        ArticleResult r = ArticleScorer.score(GOLD, extraction(RESOLVED.entities(), List.of(), List.of()));
        assertEquals(new Scores(2, 0, 0), r.entities().byKey().get("PERSON"));
        assertEquals(new Scores(1, 0, 0), r.entities().byKey().get("ORGANIZATION"));
        assertEquals(new Scores(1, 1, 0), r.entities().byKey().get("PLACE"), "Benghazi is not in gold");
        assertEquals(new Scores(0, 0, 2), r.relations().total());
        assertEquals(new Scores(0, 0, 1), r.statements());
    }

    @Test
    void aSplitEntityGivesOneTrueAndOneFalsePositive() {
        List<Entity> split = new ArrayList<>(RESOLVED.entities());
        split.add(new Entity("person/haftar", "Haftar", EntityType.PERSON, null, java.util.Set.of(), List.of(),
                null, 1.0));
        ArticleResult r = ArticleScorer.score(GOLD, extraction(split, List.of(), List.of()));
        assertEquals(new Scores(2, 1, 0), r.entities().byKey().get("PERSON"));
    }

    @Test
    void repeatedAndReversedRelationsCountOnce() {
        Relation advanced = rel(e("Libyan National Army"), Predicate.ADVANCED_ON, e("Tripoli"));
        List<Relation> rels = List.of(advanced, advanced,
                rel(e("Guterres"), Predicate.MET, e("Khalifa Haftar")),
                rel(e("Khalifa Haftar"), Predicate.MET, e("Guterres")),
                rel(e("Guterres"), Predicate.VISITED, e("Benghazi")));
        ArticleResult r = ArticleScorer.score(GOLD, extraction(RESOLVED.entities(), rels, List.of()));
        assertEquals(new Scores(1, 0, 0), r.relations().byKey().get("advancedOn"));
        assertEquals(new Scores(1, 0, 0), r.relations().byKey().get("met"));
        assertEquals(new Scores(0, 1, 0), r.relations().byKey().get("visited"));
        assertEquals(new Scores(2, 1, 0), r.relations().total());
    }

    @Test
    void halfTheRelationsFoundScoresHalfRecall() {
        List<Relation> rels = List.of(rel(e("Libyan National Army"), Predicate.ADVANCED_ON, e("Tripoli")));
        Scores s = ArticleScorer.score(GOLD, extraction(RESOLVED.entities(), rels, List.of())).relations().total();
        assertEquals(1.0, s.precision());
        assertEquals(0.5, s.recall());
        assertEquals(0.667, s.f1(), 0.001);
    }

    @Test
    void linksAreCountedOnMatchedEntities() {
        List<Entity> linked = RESOLVED.entities().stream().map(x -> switch (x.name()) {
            case "Khalifa Haftar" -> x.withWikidata("Q1", "q1");
            case "Tripoli" -> x.withWikidata("http://www.wikidata.org/entity/Q99", "q99");
            case "Libyan National Army" -> x.withWikidata("Q2", "q2");
            case "Benghazi" -> x.withWikidata("Q5", "q5");
            default -> x;
        }).toList();
        LinkCounts l = ArticleScorer.score(GOLD, extraction(linked, List.of(), List.of())).links();
        // Haftar correct; Tripoli wrong; LNA spurious (gold has none); Guterres missing; Benghazi unmatched
        assertEquals(new LinkCounts(1, 2, 1, 1), l);
    }

    @Test
    void anEmptyExtractionScoresZeroAndAnEmptyGoldWithNothingFoundScoresOne() {
        ArticleResult r = ArticleScorer.score(GOLD, extraction(List.of(), List.of(), List.of()));
        assertEquals(0.0, r.entities().total().f1());
        GoldArticle empty = new GoldArticle("e", List.of(), List.of(), List.of());
        ArticleResult none = ArticleScorer.score(empty, extraction(List.of(), List.of(), List.of()));
        assertEquals(1.0, none.entities().total().f1());
        assertEquals(1.0, none.statements().f1());
    }
}
