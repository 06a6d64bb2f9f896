package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Extraction;
import org.newskg.extract.Statement;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;

class AgreementTest {

    private static final String ARTICLE = """
            Haftar's forces advance on Tripoli

            Forces of Khalifa Haftar advanced on Tripoli on Thursday, the UN said.

            “We will not stop until the capital is ours,” Haftar said in an audio message, “and the militias’ \
            days are over.”

            Antonio Guterres, the UN Secretary-General, called for an immediate ceasefire. "I leave Libya with \
            a heavy heart and deeply concerned," he wrote on Twitter.
            """;

    private static final String GOLD = """
            {"entities": [
               {"name": "Khalifa Haftar", "type": "PERSON", "aliases": ["Haftar"], "wikidata": "Q1"},
               {"name": "Tripoli", "type": "PLACE", "wikidata": null},
               {"name": "United Nations", "type": "ORGANIZATION", "aliases": ["UN"], "wikidata": null},
               {"name": "Antonio Guterres", "type": "PERSON", "wikidata": null}],
             "relations": [
               {"s": "Khalifa Haftar", "p": "advancedOn", "o": "Tripoli",
                "evidence": "Forces of Khalifa Haftar advanced on Tripoli on Thursday, the UN said."},
               {"s": "Antonio Guterres", "p": "holdsPosition", "o": "Secretary-General"},
               {"s": "Antonio Guterres", "p": "employedBy", "o": "UN"},
               {"s": "Antonio Guterres", "p": "calledFor", "o": "an immediate ceasefire"}],
             "statements": [
               {"speaker": "Haftar", "quote_start": "We will not stop until the", "medium": "audio message"},
               {"speaker": "Khalifa Haftar", "quote_start": "and the militias’ days are over"},
               {"speaker": "Antonio Guterres", "quote_start": "I leave Libya with a heavy heart", "medium": "Twitter"}]}
            """;

    @TempDir
    Path dir;
    private Path a;
    private Path b;
    private Path articles;

    @BeforeEach
    void folders() throws IOException {
        a = Files.createDirectories(dir.resolve("a"));
        b = Files.createDirectories(dir.resolve("b"));
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("libya.txt"), ARTICLE);
        Files.writeString(a.resolve("libya.json"), GOLD);
    }

    @Test
    void anAnnotationAgainstItselfScoresOneEverywhere() throws Exception {
        Files.writeString(b.resolve("libya.json"), GOLD);
        Agreement r = Agreement.compare(a, b, articles);
        ArticleResult t = r.bAgainstA().total();
        for (Scores s : List.of(t.entities().total(), t.relations().total(), t.statements())) {
            assertEquals(1.0, s.precision(), s.toString());
            assertEquals(1.0, s.recall(), s.toString());
            assertEquals(1.0, s.f1(), s.toString());
        }
        assertEquals(4, t.entities().total().tp());
        assertEquals(4, t.relations().total().tp());
        assertEquals(3, t.statements().tp());
        assertEquals(1, t.links().correct());
        assertEquals(List.of(), r.notes());
        assertEquals(List.of(), r.bAgainstA().withoutGold());
    }

    @Test
    void anEntityLeftOutOfBLowersRecallByOne() throws Exception {
        Files.writeString(b.resolve("libya.json"), GOLD.replace(
                "{\"name\": \"Tripoli\", \"type\": \"PLACE\", \"wikidata\": null},", ""));
        Scores e = Agreement.compare(a, b, articles).bAgainstA().total().entities().total();
        assertEquals(new Scores(3, 0, 1), e);
        assertEquals(0.75, e.recall(), 1e-9);
        assertEquals(1.0, e.precision(), 1e-9);
    }

    @Test
    void aRetypedEntityIsOneFalseAndOneMissedAndItsRelationEndFailsToo() throws Exception {
        Files.writeString(b.resolve("libya.json"), GOLD.replace(
                "\"name\": \"Tripoli\", \"type\": \"PLACE\"", "\"name\": \"Tripoli\", \"type\": \"ORGANIZATION\""));
        Agreement r = Agreement.compare(a, b, articles);
        ArticleResult t = r.bAgainstA().total();
        assertEquals(new Scores(3, 1, 1), t.entities().total());
        assertEquals(new Scores(0, 0, 1), t.entities().byKey().get("PLACE"));
        assertEquals(new Scores(1, 1, 0), t.entities().byKey().get("ORGANIZATION"));
        // the relation's object is B's (wrongly typed) Tripoli: no match, as for an extractor
        assertEquals(new Scores(0, 1, 1), t.relations().byKey().get("advancedOn"));
        // swapping A and B swaps entity precision and recall and keeps F1
        Scores swapped = r.aAgainstB().total().entities().total();
        assertEquals(t.entities().total().f1(), swapped.f1(), 1e-12);
        assertEquals(new Scores(3, 1, 1), swapped);
    }

    @Test
    void aSpeakerOrQuotationThatDiffersIsAMissAndAFalseStatement() throws Exception {
        Files.writeString(b.resolve("libya.json"), GOLD
                .replace("{\"speaker\": \"Haftar\", \"quote_start\"", "{\"speaker\": \"UN\", \"quote_start\"")
                .replace("\"quote_start\": \"and the militias’ days are over\"", "\"quote_start\": \"days are over\""));
        Scores s = Agreement.compare(a, b, articles).bAgainstA().total().statements();
        assertEquals(new Scores(1, 2, 2), s);
    }

    @Test
    void statementsCarryTheWholeQuotationSoThatAShorterQuoteStartStillMatches() throws Exception {
        Article article = ArticleReader.read(articles.resolve("libya.txt"));
        GoldArticle gold = GoldReader.parse(Path.of("b.json"), "libya", GOLD.replace(
                "I leave Libya with a heavy heart", "I leave Libya with"));
        Extraction x = GoldExtraction.of(gold, article).extraction();
        List<String> texts = x.statements().stream().map(Statement::text).toList();
        assertEquals(List.of("We will not stop until the capital is ours",
                "and the militias’ days are over.", "I leave Libya with a heavy heart and deeply concerned"), texts);
        Statement first = x.statements().get(0);
        assertEquals(first.text(), article.text().substring(first.start(), first.end()));
        assertEquals("Khalifa Haftar", first.speakers().get(0).name());
        assertEquals("audio message", first.medium());
        // A's longer quote_start is found inside B's whole quotation
        ArticleResult r = ArticleScorer.score(GoldReader.parse(Path.of("a.json"), "libya", GOLD), x);
        assertEquals(new Scores(3, 0, 0), r.statements());
    }

    @Test
    void relationEndsAreEntitiesExceptPhraseObjects() throws Exception {
        Extraction x = GoldExtraction.of(GoldReader.parse(Path.of("b.json"), "libya", GOLD),
                ArticleReader.read(articles.resolve("libya.txt"))).extraction();
        assertEquals("Tripoli", x.relations().get(0).object().name());
        assertTrue(x.relations().get(0).evidence().end() > x.relations().get(0).evidence().start());
        assertNull(x.relations().get(1).object());
        assertEquals("Secretary-General", x.relations().get(1).objectText());
        assertEquals("United Nations", x.relations().get(2).object().name());
        assertNull(x.relations().get(3).object());
    }

    @Test
    void aQuotationMissingFromTheArticleAndANameWithoutEntityAreNoted() throws Exception {
        Files.writeString(b.resolve("libya.json"), """
                {"entities": [{"name": "Tripoli", "type": "PLACE"}],
                 "relations": [{"s": "Fayez al-Sarraj", "p": "visited", "o": "Tripoli"}],
                 "statements": [{"speaker": null, "quote_start": "Words nobody wrote here"}]}
                """);
        List<String> notes = Agreement.compare(a, b, articles).notes();
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).startsWith("libya (B): relation subject \"Fayez al-Sarraj\""), notes.get(0));
        assertTrue(notes.get(1).contains("Words nobody wrote here"), notes.get(1));
    }

    @Test
    void bFilesWithoutACounterpartAreListedNotScored() throws Exception {
        Files.writeString(b.resolve("libya.json"), GOLD);
        Files.writeString(b.resolve("only-b.json"), "{}");
        Agreement r = Agreement.compare(a, b, articles);
        assertEquals(List.of("only-b.json"), r.bAgainstA().withoutGold());
        assertEquals(1, r.bAgainstA().articles().size());
        StringWriter out = new StringWriter();
        r.writeText(new PrintWriter(out), false);
        assertTrue(out.toString().contains("articles without gold: only-b.json"), out.toString());
        assertTrue(out.toString().contains("swapped: A scored against B"), out.toString());
    }

    @Test
    void withoutTheArticleStatementsAreComparedOnQuoteStart() throws Exception {
        Files.writeString(b.resolve("libya.json"), GOLD);
        Files.delete(articles.resolve("libya.txt"));
        Agreement r = Agreement.compare(a, b, articles);
        assertEquals(new Scores(3, 0, 0), r.bAgainstA().total().statements());
        assertEquals(List.of("libya (B): no article: statements compared on quote_start alone"), r.notes());
    }
}
