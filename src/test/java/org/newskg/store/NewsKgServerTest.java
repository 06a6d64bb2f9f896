package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.StoreTestData.A1;
import static org.newskg.store.StoreTestData.A1_REVISED;
import static org.newskg.store.StoreTestData.A2;
import static org.newskg.store.StoreTestData.ARTICLE_1;
import static org.newskg.store.StoreTestData.trig;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsKgServerTest {

    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    // HTTP/1.1 only: the default client tries an h2c upgrade, and a refused POST then closes the connection
    // under it ("header parser received no bytes").
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path store;

    @BeforeEach
    void loadStore() {
        try (Tdb2Store tdb = Tdb2Store.open(store)) {
            tdb.load(trig(A1, A2));
        }
    }

    @Test
    void theProjectConfigurationDescribesOneUnionTdb2DatasetNamedNews() {
        Model config = NewsKgServer.readConfig(NewsKgServer.DEFAULT_CONFIG);

        assertEquals("news", NewsKgServer.serviceName(config));
        assertTrue(config.contains(null, ResourceFactory.createProperty(TDB2, "location"), "data/store"));
        assertTrue(config.contains(null, ResourceFactory.createProperty(TDB2, "unionDefaultGraph"),
                ResourceFactory.createTypedLiteral(true)));
    }

    @Test
    void theClasspathCopyOfTheConfigurationIsTheProjectFile() throws IOException {
        byte[] file = Files.readAllBytes(NewsKgServer.DEFAULT_CONFIG);
        try (InputStream in = NewsKgServer.class.getResourceAsStream(NewsKgServer.CONFIG_RESOURCE)) {
            assertArrayEquals(file, in.readAllBytes(), "copy fuseki-config/newskg.ttl to src/main/resources");
        }
    }

    @Test
    void servesTheStoreReadOnlyOnLoopbackWithUnionDefaultGraph() throws Exception {
        NewsKgServer server = NewsKgServer.builder().store(store).port(0).ui(false).build().start();
        try {
            assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
            assertTrue(server.port() > 0);
            assertEquals("http://localhost:" + server.port() + "/news", server.datasetUrl());

            try (RemoteStore remote = RemoteStore.connect(server.datasetUrl())) {
                // No GRAPH clause: the configuration's union default graph sees both articles.
                assertEquals(List.of("Ann Lee", "Omar Haddad"), names(remote));
                assertEquals(8, remote.tripleCount());

                StoreException refused = assertThrows(StoreException.class, () -> remote.load(trig(A1_REVISED)));
                assertTrue(refused.getMessage().contains("HTTP 4"), refused.getMessage());
            }
            HttpResponse<String> graph = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl()
                    + "?graph=" + URLEncoder.encode(ARTICLE_1, StandardCharsets.UTF_8)))
                    .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, graph.statusCode());
            assertEquals(4, graph.body().lines().filter(l -> !l.isBlank()).count());

            assertTrue(update(server.datasetUrl()) >= 400, "update on the dataset URL must be refused");
            assertTrue(update(server.datasetUrl() + "/update") >= 400, "no update endpoint");
            assertEquals(404, get("http://localhost:" + server.port() + "/"), "no UI asked for");
        } finally {
            server.stop();
        }
        try (Tdb2Store tdb = Tdb2Store.open(store)) {
            assertEquals(8, tdb.tripleCount());
        }
    }

    @Test
    void aWritableServerAcceptsGraphStoreWritesAndUpdates() throws Exception {
        NewsKgServer server = NewsKgServer.builder().store(store).port(0).writable(true).ui(false).build().start();
        try (RemoteStore remote = RemoteStore.connect(server.datasetUrl())) {
            remote.load(trig(A1_REVISED));
            assertEquals(List.of("Omar Haddad"), names(remote));

            assertEquals(204, update(server.datasetUrl() + "/update"));
            assertEquals(7, remote.tripleCount());
        } finally {
            server.stop();
        }
    }

    @Test
    void servesTheFusekiUiAndTheServerDescriptionItReads() throws Exception {
        NewsKgServer server = NewsKgServer.builder().store(store).port(0).build().start();
        try {
            String ui = server.uiUrl().orElseThrow();
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(ui)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<div id=\"app\""), page.body());

            HttpResponse<String> status = HTTP.send(HttpRequest.newBuilder(URI.create(ui + "$/server")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, status.statusCode());
            assertTrue(status.body().contains("\"/news\""), status.body());
            assertEquals(200, get(ui + "$/ping"));
            assertEquals(200, get(ui + "$/stats/news"));
            assertEquals(404, get(ui + "$/datasets"), "no admin: datasets cannot be created from the UI");
        } finally {
            server.stop();
        }
    }

    @Test
    void aMissingConfigurationFileIsReported() {
        Path missing = store.resolve("no-such.ttl");
        StoreException e = assertThrows(StoreException.class,
                () -> NewsKgServer.builder().store(store).config(missing).build());
        assertEquals("Fuseki configuration not found: " + missing, e.getMessage());
    }

    /**
     * POSTs an update deleting one triple; returns the HTTP status. A fresh client each time: a refused POST may
     * close its connection, and a pooled connection reused after that fails with "received no bytes".
     */
    private static int update(String url) throws Exception {
        String update = "DELETE WHERE { GRAPH ?g { ?s <https://w3id.org/newskg/ontology#headline> \"Floods in the"
                + " valley\" } }";
        HttpClient fresh = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return fresh.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static List<String> names(GraphStore store) {
        List<String> names = new ArrayList<>();
        store.select("SELECT ?name { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name")
                .forEachRemaining(r -> names.add(r.getLiteral("name").getString()));
        return names;
    }
}
