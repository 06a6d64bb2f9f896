package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.rdf.NKG;

/** The command line end to end, on the real pipeline and an embedded TDB2 store. */
class NewsKgCommandTest {

    @TempDir
    Path dir;

    private final TestConsole console = new TestConsole();

    private int run(String... args) {
        return console.run(args);
    }

    private Path article(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void extractWritesTheFormatOfTheExtension() throws Exception {
        Path ttl = dir.resolve("out.ttl");
        assertEquals(0, run("extract", "examples/tripoli-clashes.txt", "-o", ttl.toString()), console.err());
        var model = RDFParser.source(ttl).toModel();
        assertTrue(model.contains(null, org.apache.jena.vocabulary.RDF.type, NKG.Person));
        assertTrue(model.contains(null, org.apache.jena.vocabulary.RDF.type, NKG.Statement));
        assertTrue(console.err().contains("Extracted 1 article"), console.err());
    }

    @Test
    void badArticlesAreReportedAndTheRestIsWritten() throws Exception {
        Path good = article("good.txt", "Talks resume\n\nPresident Emmanuel Macron met Chancellor Olaf Scholz in Berlin.");
        Path empty = article("empty.txt", "");
        Path out = dir.resolve("out.trig");
        assertEquals(1, run("extract", good.toString(), empty.toString(), dir.resolve("missing.txt").toString(),
                "-o", out.toString(), "--link", "none"));
        assertTrue(console.err().contains("empty.txt: empty file"), console.err());
        assertTrue(console.err().contains("missing.txt: no such file"), console.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.source(out).parse(ds);
        assertEquals(1, org.apache.jena.atlas.iterator.Iter.count(ds.asDatasetGraph().listGraphNodes()));
    }

    @Test
    void nothingReadableMeansExitThreeAndNoOutput() throws Exception {
        Path empty = article("empty.txt", "");
        Path out = dir.resolve("out.ttl");
        assertEquals(3, run("extract", empty.toString(), "-o", out.toString()));
        assertFalse(Files.exists(out));
    }

    @Test
    void unknownFormatIsAUsageError() throws Exception {
        assertEquals(2, run("extract", "examples/tripoli-clashes.txt", "-o", dir.resolve("x.unknown").toString()));
        assertTrue(console.err().contains("--format"), console.err());
        assertFalse(console.err().contains("at org."), "no stack trace for a user error");
    }

    @Test
    void aMinimumConfidenceOutsideZeroToOneIsAUsageError() throws Exception {
        Path out = dir.resolve("out.ttl");
        assertEquals(2, run("extract", "examples/tripoli-clashes.txt", "--min-confidence", "1.5", "-o",
                out.toString()));
        assertTrue(console.err().contains("--min-confidence"), console.err());
        assertFalse(console.err().contains("at org."), "no stack trace for a user error");
        assertFalse(Files.exists(out));
    }

    @Test
    void upLoadsAndReloadingTheSameArticleNeverDuplicates() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, run("up", "examples/", "--store", store.toString(), "--no-serve"), console.err());
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        console.clear();
        assertEquals(0, run("query", count, "--store", store.toString(), "--format", "csv"), console.err());
        String first = console.out();
        assertEquals(0, run("up", "examples/tripoli-clashes.txt", "--store", store.toString(), "--no-serve"));
        console.clear();
        assertEquals(0, run("query", count, "--store", store.toString(), "--format", "csv"));
        assertEquals(first, console.out());
    }

    @Test
    void loadQueryAndExportRoundTrip() throws Exception {
        Path trig = dir.resolve("g.trig");
        Path store = dir.resolve("store");
        assertEquals(0, run("extract", "examples/tripoli-clashes.txt", "-o", trig.toString()));
        Path broken = article("broken.ttl", "this is not turtle <");
        assertEquals(1, run("load", trig.toString(), broken.toString(), "--store", store.toString()), console.err());
        assertTrue(console.err().contains("broken.ttl") && console.err().contains("line: 1"),
                "the report names the file and where it breaks: " + console.err());
        console.clear();
        assertEquals(0, run("query", "queries/who-commands-whom.rq", "--store", store.toString(), "--format", "csv"));
        assertTrue(console.out().lines().count() > 1, console.out());
        Path nq = dir.resolve("all.nq");
        assertEquals(0, run("export", "--store", store.toString(), "-o", nq.toString()));
        Dataset back = DatasetFactory.create();
        RDFParser.source(nq).parse(back);
        Dataset orig = DatasetFactory.create();
        RDFParser.source(trig).parse(orig);
        assertEquals(orig.asDatasetGraph().stream().count(), back.asDatasetGraph().stream().count());
    }

    @Test
    void querySyntaxErrorsAreOneLineWithoutTrace() throws Exception {
        Path store = dir.resolve("store");
        assertEquals(0, run("up", "examples/", "--store", store.toString(), "--no-serve"));
        assertEquals(3, run("query", "SELECT ?x WHERE { ?x ", "--store", store.toString()));
        assertTrue(console.err().contains("line 1"), console.err());
        assertFalse(console.err().contains("at org."), console.err());
    }

    @Test
    void helpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String c : new String[]{"up", "extract", "load", "serve", "query", "export", "eval"}) {
            assertTrue(console.out().contains(c), c);
        }
    }

}
