package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.StoreTestData.A1;
import static org.newskg.store.StoreTestData.A1_REVISED;
import static org.newskg.store.StoreTestData.A2;
import static org.newskg.store.StoreTestData.ARTICLE_1;
import static org.newskg.store.StoreTestData.ARTICLE_2;
import static org.newskg.store.StoreTestData.trig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Tdb2StoreTest {

    private static final String PERSON_NAMES =
            "SELECT ?name { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name";

    @TempDir
    Path dir;

    @Test
    void defaultGraphOfQueriesIsTheUnionOfTheNamedGraphs() {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            LoadReport report = store.load(trig(A1, A2));

            assertEquals(List.of(ARTICLE_1, ARTICLE_2), report.graphs());
            assertEquals(8, report.triples());
            assertEquals(List.of("Ann Lee", "Omar Haddad"), names(store.select(PERSON_NAMES)));
            assertEquals(2, store.graphCount());
            assertEquals(8, store.tripleCount());
            assertEquals(List.of(ARTICLE_1, ARTICLE_2), store.graphNames());
        }
    }

    @Test
    void loadingAGraphAgainReplacesItWithoutDuplicates() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.load(trig(A1, A2));
            store.load(trig(A1));
            assertEquals(8, store.tripleCount());

            store.load(trig(A1_REVISED));

            assertEquals(8, store.tripleCount());
            assertEquals(List.of("Omar Haddad"), names(store.select(PERSON_NAMES)));
            assertTrue(store.ask("ASK { GRAPH art:a1 { art:a1 nkg:headline \"Mayor opens new bridge\" } }"));
            assertFalse(store.ask("ASK { art:a1 nkg:headline \"Mayor opens bridge\" }"));
        }
    }

    @Test
    void aFailureInTheMiddleOfABatchLeavesTheStoreAsBefore() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.load(trig(A1, A2));
            // A batch replacing both graphs, where a2's new content holds a node TDB2 cannot store (a
            // variable): whichever graph is written first, its old content is already deleted when it fails.
            Dataset batch = trig(A1_REVISED, A2);
            DatasetGraph dsg = batch.asDatasetGraph();
            Node a2 = NodeFactory.createURI(ARTICLE_2);
            dsg.add(a2, a2, NodeFactory.createURI("https://w3id.org/newskg/ontology#broken"), Var.alloc("x"));

            StoreException e = assertThrows(StoreException.class, () -> store.load(batch));

            assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
            assertEquals(8, store.tripleCount());
            assertEquals(List.of("Ann Lee", "Omar Haddad"), names(store.select(PERSON_NAMES)));
            assertTrue(store.ask("ASK { art:a1 nkg:headline \"Mayor opens bridge\" }"));
        }
    }

    @Test
    void defaultGraphTriplesNeedAGraphName() {
        Dataset batch = trig("art:a3 a <https://w3id.org/newskg/ontology#Article> .");
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> store.load(batch));
            assertTrue(e.getMessage().contains("outside any named graph"), e.getMessage());
            assertEquals(0, store.tripleCount());

            LoadReport report = store.load(batch, "https://w3id.org/newskg/article/a3");

            assertEquals(List.of("https://w3id.org/newskg/article/a3"), report.graphs());
            assertTrue(store.ask("ASK { GRAPH art:a3 { art:a3 a nkg:Article } }"));
        }
    }

    @Test
    void aRelativeGraphNameForDefaultTriplesIsRefused() {
        Dataset batch = trig("art:a3 a <https://w3id.org/newskg/ontology#Article> .");
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> store.load(batch, "a3"));
            assertTrue(e.getMessage().contains("absolute IRI"), e.getMessage());
        }
    }

    @Test
    void dataSurvivesClosingAndReopening() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.load(trig(A1, A2));
        }
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            assertEquals(8, store.tripleCount());
        }
    }

    @Test
    void exportHoldsTheNamedGraphs() {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.load(trig(A1, A2));

            Dataset export = store.export();

            assertEquals(4, export.getNamedModel(ARTICLE_1).size());
            assertEquals(4, export.getNamedModel(ARTICLE_2).size());
            assertTrue(export.getDefaultModel().isEmpty());
        }
    }

    @Test
    void aDirectoryWithOtherFilesIsNotTakenForAStore() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not a database");
        StoreException e = assertThrows(StoreException.class, () -> Tdb2Store.open(dir));
        assertTrue(e.getMessage().contains("not a TDB2 database"), e.getMessage());
    }

    @Test
    void aFileIsNotAStoreDirectory() throws IOException {
        Path file = Files.writeString(dir.resolve("store"), "x");
        StoreException e = assertThrows(StoreException.class, () -> Stores.open(file));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
    }

    @Test
    void aStoreOpenInAnotherProcessIsRefusedClearly() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(
                    new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("ready"));
            assertTrue(line != null, "the other process could not open the store");

            StoreException e = assertThrows(StoreException.class, () -> Tdb2Store.open(dir));

            assertTrue(e.getMessage().contains("in use by another process (PID " + holder.pid() + ")"),
                    e.getMessage());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    private static List<String> names(ResultSetRewindable rows) {
        List<String> names = new ArrayList<>();
        rows.forEachRemaining(r -> names.add(r.getLiteral("name").getString()));
        return names;
    }
}
