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

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class RemoteStoreTest {

    /** Persons found through GRAPH: a plain in-memory Fuseki dataset has no union default graph. */
    private static final String PERSON_NAMES =
            "SELECT ?name { GRAPH ?g { ?p a nkg:Person ; rdfs:label ?name } } ORDER BY ?name";

    @Test
    void loadsReloadsWithoutDuplicatesAndQueries() {
        Dataset remote = DatasetFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote).build();
        fuseki.start();
        try (RemoteStore store = RemoteStore.connect("http://localhost:" + fuseki.getHttpPort() + "/ds")) {
            LoadReport report = store.load(trig(A1, A2));
            assertEquals(List.of(ARTICLE_1, ARTICLE_2), report.graphs());
            assertEquals(8, report.triples());

            store.load(trig(A1, A2));
            assertEquals(8, store.tripleCount());
            assertEquals(2, store.graphCount());

            store.load(trig(A1_REVISED));
            assertEquals(8, store.tripleCount());
            assertEquals(List.of("Omar Haddad"), names(store));
            assertTrue(store.ask("ASK { GRAPH art:a1 { art:a1 nkg:headline \"Mayor opens new bridge\" } }"));
            assertFalse(store.ask("ASK { GRAPH ?g { art:a1 nkg:headline \"Mayor opens bridge\" } }"));
            assertEquals(List.of(ARTICLE_1, ARTICLE_2), store.graphNames());
            assertEquals(4, store.export().getNamedModel(ARTICLE_1).size());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void aBatchTheServerRejectsLeavesEveryGraphAsItWas() {
        Dataset remote = DatasetFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote).build();
        fuseki.start();
        try (RemoteStore store = RemoteStore.connect("http://localhost:" + fuseki.getHttpPort() + "/ds")) {
            store.load(trig(A1));
            // a1 revised is valid and comes first; a2 holds an IRI with a space, which the server refuses
            Dataset batch = trig(A1_REVISED, A2);
            batch.asDatasetGraph().add(NodeFactory.createURI(ARTICLE_2), NodeFactory.createURI(ARTICLE_2),
                    RDFS.Nodes.seeAlso, NodeFactory.createURI("http://example.org/not an iri"));

            StoreException e = assertThrows(StoreException.class, () -> store.load(batch));

            assertTrue(e.getMessage().startsWith("Writing 2 graph(s) in one update failed at"), e.getMessage());
            assertEquals(List.of(ARTICLE_1), store.graphNames());
            assertEquals(List.of("Ann Lee"), names(store));
            assertEquals(4, store.tripleCount());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void anUnreachableEndpointIsReportedClearly() throws IOException {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = socket.getLocalPort();
        }
        String url = "http://localhost:" + freePort + "/news";

        StoreException e = assertThrows(StoreException.class, () -> Stores.open(url));

        assertEquals("No SPARQL endpoint at " + url + ": cannot connect (is the server running?)", e.getMessage());
    }

    @Test
    void aMissingDatasetIsReportedWithItsHttpStatus() {
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
                .add("/ds", DatasetFactory.createTxnMem()).build();
        fuseki.start();
        try {
            String url = "http://localhost:" + fuseki.getHttpPort() + "/nothing";
            StoreException e = assertThrows(StoreException.class, () -> RemoteStore.connect(url));
            assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void onlyHttpUrlsAreRemoteStores() {
        StoreException e = assertThrows(StoreException.class, () -> RemoteStore.connect("ftp://example.org/ds"));
        assertTrue(e.getMessage().contains("http(s) dataset URL"), e.getMessage());
        assertTrue(Stores.isUrl("HTTPS://example.org/ds"));
        assertFalse(Stores.isUrl("data/store"));
    }

    private static List<String> names(GraphStore store) {
        List<String> names = new ArrayList<>();
        store.select(PERSON_NAMES).forEachRemaining(r -> names.add(r.getLiteral("name").getString()));
        return names;
    }
}
