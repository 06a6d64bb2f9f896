package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalAgreementCommandTest {

    @TempDir
    Path dir;
    private Path a;
    private Path b;
    private Path articles;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void folders() throws IOException {
        a = Files.createDirectories(dir.resolve("a"));
        b = Files.createDirectories(dir.resolve("b"));
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("x.txt"), "Talks in Paris\n\nKerry met Lavrov in Paris.\n");
        Files.writeString(a.resolve("x.json"), """
                {"entities": [{"name": "John Kerry", "type": "PERSON", "aliases": ["Kerry"]},
                              {"name": "Sergey Lavrov", "type": "PERSON", "aliases": ["Lavrov"]},
                              {"name": "Paris", "type": "PLACE"}],
                 "relations": [{"s": "Kerry", "p": "met", "o": "Lavrov"}]}
                """);
        // B missed Paris and wrote the meeting the other way round (met matches in either direction)
        Files.writeString(b.resolve("x.json"), """
                {"entities": [{"name": "Kerry", "type": "PERSON"}, {"name": "Lavrov", "type": "PERSON"}],
                 "relations": [{"s": "Lavrov", "p": "met", "o": "Kerry"}]}
                """);
        Files.writeString(b.resolve("y.json"), "{}");
    }

    private int run(String... args) {
        // as registered in NewsKg: a subcommand of eval; the pipeline is never built for agreement
        CommandLine cmd = new CommandLine(new EvalCommand(() -> {
            throw new AssertionError("agreement needs no pipeline");
        }, () -> {
            throw new AssertionError("agreement needs no mention finder");
        }));
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void scoresBAgainstAWithTheEvalReport() {
        assertEquals(0, run("agreement", "--gold", a.toString(), "--other", b.toString(), "--articles",
                articles.toString(), "--errors"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("entities         P 1.000  R 0.667  F1 0.800  (tp 2, fp 0, fn 1)"), text);
        assertTrue(text.contains("relations        P 1.000  R 1.000  F1 1.000  (tp 1, fp 0, fn 0)"), text);
        assertTrue(text.contains("- entity PLACE \"Paris\""), text);
        assertTrue(text.contains("articles without gold: y.json"), text);
        assertTrue(text.contains("swapped: A scored against B"), text);
        assertTrue(text.contains("entities         P 0.667  R 1.000  F1 0.800  (tp 2, fp 1, fn 0)"), text);
    }

    @Test
    void jsonHasTheEvalReportAndTheSwappedView() {
        assertEquals(0, run("agreement", "--gold", a.toString(), "--other", b.toString(), "--articles",
                articles.toString(), "--json"), err.toString());
        JsonObject o = JSON.parse(out.toString());
        assertEquals(0.8, o.getObj("micro-average").getObj("entities").getObj("total").get("f1").getAsNumber()
                .value().doubleValue(), 1e-9);
        assertEquals(1, o.getObj("swapped").getObj("entities").getObj("total").get("fp").getAsNumber().value()
                .intValue());
        assertEquals("y.json", o.get("articlesWithoutGold").getAsArray().get(0).getAsString().value());
    }

    @Test
    void aMissingFolderIsExitTwoWithItsName() {
        Path missing = dir.resolve("no-such-folder");
        assertEquals(2, run("agreement", "--gold", a.toString(), "--other", missing.toString(), "--articles",
                articles.toString()));
        assertTrue(err.toString().contains(missing + ": not a readable folder"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void anInvalidGoldFileIsExitTwoNamingIt() throws IOException {
        Files.writeString(b.resolve("x.json"), "{\"entities\": [{\"nam\": \"Kerry\"}]}");
        assertEquals(2, run("agreement", "--gold", a.toString(), "--other", b.toString(), "--articles",
                articles.toString()));
        assertTrue(err.toString().contains("x.json"), err.toString());
    }
}
