package org.newskg;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newskg.ingest.ArticleReader;
import org.newskg.rdf.GraphBuilder;
import org.newskg.store.GraphStore;
import org.newskg.store.NewsKgServer;
import org.newskg.store.RemoteStore;
import org.newskg.store.Tdb2Store;

/**
 * Every ready query in {@code queries/}, over HTTP, against an embedded Fuseki (port 0) serving a TDB2 store loaded
 * from the user's example article: each must answer what it promises.
 */
class ExampleQueriesTest {

    private static Path storeDir;
    private static NewsKgServer server;
    private static GraphStore endpoint;

    @BeforeAll
    static void loadExampleAndServe() throws Exception {
        storeDir = Files.createTempDirectory("newskg-example-store");
        Extraction x = Pipeline.english().process(ArticleReader.read(Path.of("examples/tripoli-clashes.txt")));
        try (GraphStore store = Tdb2Store.open(storeDir)) {
            store.load(new GraphBuilder().toDataset(List.of(x)));
        }
        server = NewsKgServer.builder().store(storeDir).port(0).build().start();
        endpoint = RemoteStore.connect(server.datasetUrl());
    }

    @AfterAll
    static void stop() {
        if (endpoint != null) {
            endpoint.close();
        }
        if (server != null) {
            server.stop();
        }
    }

    /** Rows of a query file, each row as "var=value|var=value" over its literal and IRI values. */
    private static List<String> rows(String file) throws Exception {
        ResultSetRewindable rs = endpoint.select(Files.readString(Path.of("queries", file)));
        List<String> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            StringBuilder b = new StringBuilder();
            s.varNames().forEachRemaining(v -> b.append(v).append('=').append(s.get(v)).append('|'));
            rows.add(b.toString());
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} mentions {1}")
    @CsvSource({
            "who-commands-whom.rq, Haftar",
            "who-commands-whom.rq, Libyan National Army",
            "took-control.rq, Gharyan",
            "statements-by-actor.rq, Twitter",
            "statements-by-actor.rq, Guterres",
            "entity-profile.rq, Guterres",
            "co-occurring-actors.rq, Haftar",
            "facts-with-provenance.rq, Benghazi",
            "meetings.rq, Haftar",
            "positions-held.rq, Secretary-General",
    })
    void queryAnswersAboutTheExample(String file, String expected) throws Exception {
        List<String> rows = rows(file);
        assertTrue(rows.stream().anyMatch(r -> r.contains(expected)),
                file + " should mention " + expected + ", got:\n" + String.join("\n", rows));
    }

    @ParameterizedTest(name = "{0} runs")
    @CsvSource({"wikidata-links.rq", "quotes-by-medium.rq", "articles.rq", "places-in-countries.rq"})
    void queryRuns(String file) throws Exception {
        rows(file);
    }
}
