package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.extract.EntityType;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.resolve.NameResolver;
import org.newskg.resolve.ResolvedText;
import org.newskg.testing.TestTexts;
import picocli.CommandLine;

class EvalCommandTest {

    @TempDir
    Path dir;
    private Path gold;
    private Path articles;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** A fixed extractor: finds Haftar (linked) and Tripoli in any article, nothing else. */
    private static final Function<Article, Extraction> FAKE = article -> {
        ResolvedText t = TestTexts.resolved(article.text(),
                TestTexts.person("Khalifa Haftar", "Haftar"), TestTexts.place("Tripoli"));
        return new Extraction(article, t.analyzed(),
                t.entities().stream().map(e -> e.type() == EntityType.PERSON ? e.withWikidata("Q1", "q1") : e)
                        .toList(), List.of(), List.of());
    };

    /** A fixed mention finder: "Haftar" wherever it occurs, as a person's name. */
    private static final MentionFinder FINDER = text -> {
        int at = text.text().indexOf("Haftar");
        return at < 0 ? List.of() : List.of(new Mention(at, at + 6, "Haftar", EntityType.PERSON, null,
                text.sentenceAt(at).orElseThrow().index(), Mention.Kind.NAME, 1.0, "test"));
    };

    @BeforeEach
    void folders() throws IOException {
        gold = Files.createDirectories(dir.resolve("gold"));
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("a.txt"), "Haftar's forces advance on Tripoli\n\n"
                + "Forces of Khalifa Haftar advanced on Tripoli on Thursday, the UN said.\n");
        Files.writeString(gold.resolve("a.json"), """
                {"entities": [
                   {"name": "Khalifa Haftar", "type": "PERSON", "aliases": ["Haftar"], "wikidata": "Q1"},
                   {"name": "Tripoli", "type": "PLACE", "wikidata": "Q3579"},
                   {"name": "United Nations", "type": "ORGANIZATION", "aliases": ["UN"], "wikidata": "Q1065"}],
                 "relations": [{"s": "Khalifa Haftar", "p": "advancedOn", "o": "Tripoli"}]}
                """);
        Files.writeString(articles.resolve("b.txt"), "An article nobody annotated\n");
        Files.writeString(gold.resolve("c.json"), "{}");
    }

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new EvalCommand(() -> FAKE, () -> FINDER));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void errorsListMissedGoldItemsAndNothingThatWasFound() {
        assertEquals(0, run("--gold", gold.toString(), "--articles", articles.toString(), "--errors"),
                err.toString());
        String text = out.toString();
        assertTrue(text.contains("- entity ORGANIZATION \"United Nations\" aka UN"), text);
        assertTrue(text.contains("- relation Khalifa Haftar advancedOn \"Tripoli\""), text);
        assertTrue(!text.contains("entity PERSON") && !text.contains("entity PLACE"), text);
        out.getBuffer().setLength(0);
        assertEquals(0, run("--gold", gold.toString(), "--articles", articles.toString()));
        assertTrue(!out.toString().contains("- entity"), "errors only when asked for: " + out);
    }

    @Test
    void printsScoresPerArticleAndMicroAverage() {
        assertEquals(0, run("--gold", gold.toString(), "--articles", articles.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("article a\n"), text);
        assertTrue(text.matches("(?s).*entities +P 1\\.000  R 0\\.667  F1 0\\.800  \\(tp 2, fp 0, fn 1\\).*"), text);
        assertTrue(text.contains("correct 1, wrong 0 (spurious 0), missing 1"), text);
        assertTrue(text.contains("micro-average over 1 article(s)"), text);
        assertTrue(text.contains("articles without gold: b.txt"), text);
        assertTrue(text.contains("gold without article: c.json"), text);
    }

    @Test
    void printsTheSameAsJson() {
        assertEquals(0, run("--gold", gold.toString(), "--articles", articles.toString(), "--json"));
        JsonObject o = JSON.parse(out.toString());
        JsonObject micro = o.getObj("micro-average");
        assertEquals(0.8, micro.getObj("entities").getObj("total").getNumber("f1").doubleValue(), 1e-9);
        assertEquals(1, micro.getObj("entities").getObj("byKey").getObj("PERSON").getNumber("tp").intValue());
        assertEquals(1, micro.getObj("relations").getObj("total").getNumber("fn").intValue());
        assertEquals(1, micro.getObj("links").getNumber("missing").intValue());
        assertEquals("b.txt", o.get("articlesWithoutGold").getAsArray().get(0).getAsString().value());
    }

    @Test
    void badArgumentsAndFoldersExitWithTwo() {
        assertEquals(2, run("--gold", gold.toString()));
        assertEquals(2, run("--gold", dir.resolve("nowhere").toString(), "--articles", articles.toString()));
        assertTrue(err.toString().contains("nowhere: not a readable folder"), err.toString());
        assertEquals(2, run("--frobnicate"));
    }

    @Test
    void theCutOptionsReachThePipelineAndAreCheckedFirst() {
        List<EvalCommand.Cut> seen = new ArrayList<>();
        CommandLine cmd = new CommandLine(new EvalCommand((EvalCommand.Cut cut) -> {
            seen.add(cut);
            return FAKE;
        }, () -> FINDER));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        assertEquals(0, cmd.execute("--gold", gold.toString(), "--articles", articles.toString(),
                "--min-confidence", "0.3", "--uncalibrated"), err.toString());
        assertEquals(List.of(new EvalCommand.Cut(0.3, true)), seen);
        assertEquals(0, cmd.execute("--gold", gold.toString(), "--articles", articles.toString()));
        assertEquals(new EvalCommand.Cut(null, false), seen.get(1));
        assertEquals(2, cmd.execute("--gold", gold.toString(), "--articles", articles.toString(),
                "--min-confidence", "1.5"));
        assertTrue(err.toString().contains("--min-confidence must be between 0 and 1"), err.toString());
        assertEquals(2, seen.size(), "nothing extracted for a bad cut");
        // an extractor given as it is takes no other cut
        assertEquals(2, run("--gold", gold.toString(), "--articles", articles.toString(), "--uncalibrated"));
        assertTrue(err.toString().contains("need newskg's own pipeline"), err.toString());
    }

    @Test
    void aCutAppliedToAPipelineChangesWhatItKeeps() throws Exception {
        // the rules-only name finder: the statistical model's opinion of a made-up name is its own
        Pipeline p = Pipeline.builder().analyzer(TestTexts.ANALYZER).mentionFinder(HybridMentionFinder.rules())
                .resolver(NameResolver.standard()).relations(LexiconRelationExtractor.standard())
                .statements(QuoteStatementExtractor.standard()).build();
        // a recurring capitalised word that nothing but its capitals speaks for
        Article a = ArticleReader.parseText("weak.txt", "Volunteers clean river banks\n\nMaria Lopez, the mayor of "
                + "Geneva, thanked the volunteers on Monday. Many of them first read about the clean-up when Quillio "
                + "shared it, and Quillio later printed the photos.\n");
        assertTrue(p.process(a).entities().stream().noneMatch(e -> e.name().equals("Quillio")));
        assertTrue(new EvalCommand.Cut(0.0, true).apply(p).process(a).entities().stream()
                .anyMatch(e -> e.name().equals("Quillio")));
        assertTrue(new EvalCommand.Cut(null, false).apply(p).process(a).entities().stream()
                .noneMatch(e -> e.name().equals("Quillio")));
    }

    @Test
    void badGoldExitsWithTwoNamingTheFile() throws IOException {
        Files.writeString(gold.resolve("a.json"), "{\"entities\": [{\"name\": \"X\"}]}");
        assertEquals(2, run("--gold", gold.toString(), "--articles", articles.toString()));
        assertTrue(err.toString().contains("a.json: entity 'X': missing 'type'"), err.toString());
    }

    @Test
    void nerScoresTheFinderOnConll() throws IOException {
        Path conll = Files.writeString(dir.resolve("t.conll"), """
                -DOCSTART- O

                Khalifa B-PER
                Haftar I-PER
                met O
                Serraj B-PER
                in O
                Rome B-LOC
                """);
        assertEquals(0, run("ner", "--conll", conll.toString()), err.toString());
        assertTrue(out.toString().contains("(tp 0, fp 1, fn 3)"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("ner", "--conll", conll.toString(), "--json"));
        assertEquals(3, JSON.parse(out.toString()).getObj("names").getObj("total").getNumber("fn").intValue());
        assertEquals(2, run("ner", "--conll", dir.resolve("none.conll").toString()));
    }

    @Test
    void nerErrorsListEachFalseAndMissedNameWithItsSentence() throws IOException {
        Path conll = Files.writeString(dir.resolve("e.conll"), """
                -DOCSTART- O

                Khalifa B-PER
                Haftar I-PER
                met O
                Serraj B-PER
                in O
                Rome B-LOC
                """);
        assertEquals(0, run("ner", "--conll", conll.toString(), "--errors"), err.toString());
        String o = out.toString();
        assertTrue(o.contains("document 1"), o);
        assertTrue(o.contains("- PERSON \"Khalifa Haftar\"  (found: ") && o.contains("in: Khalifa Haftar met Serraj in Rome"), o);
        assertTrue(o.contains("- PLACE \"Rome\""), o);
        assertEquals(1, o.lines().filter(l -> l.startsWith("    + ") && l.contains("(gold: ")).count(), o);
        out.getBuffer().setLength(0);
        assertEquals(0, run("ner", "--conll", conll.toString()));
        assertTrue(!out.toString().contains("document 1"), out.toString());
    }

    @Test
    void convertNeedsAnExistingFolder() {
        assertEquals(2, run("convert", "--meantime", dir.resolve("none").toString(), "-o", "x.conll"));
        assertTrue(err.toString().contains("not a folder"), err.toString());
        assertEquals(2, run("convert", "-o", "x.conll"));
    }
}
