package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.EntityType;
import org.newskg.resolve.Entity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The Wikidata Query Service path: {@link WikidataSparql} against an embedded Fuseki loaded with Wikidata-shaped
 * RDF (wikidata-shaped.ttl), the linker's type check and enrichment through it, and faults (a stopped server,
 * 500, 429, a slow or stalling server, malformed JSON) making linking fall back to the API and the index in
 * bounded time. Candidates come from a local stand-in for the API ({@link FakeWikidata}).
 */
class SparqlLinkingTest {

    private static final String WD = "http://www.wikidata.org/entity/";
    private static final String WDT = "http://www.wikidata.org/prop/direct/";

    @TempDir
    Path cache;

    private FusekiServer fuseki;
    private FakeWikidata api;

    @BeforeEach
    void start() throws IOException {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds.getDefaultModel(), getClass().getResource("wikidata-shaped.ttl").toString());
        fuseki = FusekiServer.create().port(0).loopback(true).add("/sparql", ds).build().start();
        api = new FakeWikidata()
                .item("Q90", "Paris", "capital city of France", List.of("Q515"), "Q142", null,
                        new double[]{48.8567, 2.3508}, 200)
                .item("Q9900001", "Charlotte Hall", "census-designated place in Maryland", List.of("Q15127012"),
                        null, null, null, 200)
                .item("Q9900002", "Green Harbour Alliance", "environmental organization", List.of("Q1785733"),
                        null, null, null, 200)
                .item("Q9900003", "Midnight Harbour", "2001 film", List.of("Q11424"), null, null, null, 200)
                .search("Paris", "Q90")
                .search("Charlotte Hall", "Q9900001")
                .search("Green Harbour Alliance", "Q9900002")
                .search("Midnight Harbour", "Q9900003");
    }

    @AfterEach
    void stop() {
        try {
            fuseki.stop();
        } finally {
            api.close();
        }
    }

    private URI endpoint() {
        return URI.create("http://localhost:" + fuseki.getHttpPort() + "/sparql");
    }

    /**
     * Short back-off, and a request timeout of 400 ms for the slow servers (so that those cases end in about a
     * second) but of 10 s for the others (a loaded test machine must not turn a working server into a fault).
     */
    private WikidataApi.Settings settings(Duration requestTimeout) {
        return WikidataApi.Settings.defaults().withApiUrl(api.api())
                .withTimeouts(Duration.ofMillis(2_000), requestTimeout)
                .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(50))
                .withMinInterval(Duration.ZERO);
    }

    private WikidataApi.Settings patient() {
        return settings(Duration.ofSeconds(10));
    }

    private WikidataApi.Settings fast() {
        return settings(Duration.ofMillis(400));
    }

    private WikidataSparql sparql(URI endpoint) {
        return new WikidataSparql(endpoint, patient(), new WikidataCache(cache), true);
    }

    /** For the servers that answer slowly: a timeout short enough to test. */
    private WikidataSparql impatient(URI endpoint) {
        return new WikidataSparql(endpoint, fast(), new WikidataCache(cache), true);
    }

    /** The API (with the cache) and, unless null, the SPARQL endpoint. */
    private WikidataLinker linker(WikidataSparql sparql) {
        return new WikidataLinker(LinkIndex.standard(), new WikidataApi(patient(), new WikidataCache(cache), true),
                sparql, WikidataLinker.DEFAULT_THRESHOLD);
    }

    private static Entity entity(String name, EntityType type) {
        return new Entity(name.toLowerCase().replace(' ', '-'), name, type, null, Set.of(), List.of(), null, 1.0);
    }

    private static String qidOf(WikidataLinker linker, Entity e) {
        Link l = linker.decide(List.of(e), null).get(e);
        return l == null ? null : l.qid();
    }

    // ---- the client on Fuseki ----

    @Test
    void typesFollowTheSubclassChainsOfTheItemsClasses() {
        Map<String, Set<EntityType>> t = sparql(endpoint())
                .types(List.of("Q90", "Q7186", "Q9900001", "Q9900002", "Q9900003", "Q9999999"));
        assertEquals(Set.of(EntityType.PLACE), t.get("Q90"));
        assertEquals(Set.of(EntityType.PERSON), t.get("Q7186"));
        assertEquals(Set.of(EntityType.PLACE), t.get("Q9900001"), "town in the US -> town -> settlement");
        assertEquals(Set.of(EntityType.ORGANIZATION), t.get("Q9900002"));
        assertEquals(Set.of(), t.get("Q9900003"), "a film has classes, none of ours");
        assertFalse(t.containsKey("Q9999999"), "an unknown item is left out, not typed");
    }

    @Test
    void factsGiveEnglishLabelDescriptionClassesCountryAndCoordinates() {
        Model m = sparql(endpoint()).facts(List.of("Q90", "Q7186"));
        Resource paris = m.createResource(WD + "Q90");
        assertTrue(m.contains(paris, RDFS.label, "Paris", "en"));
        assertFalse(m.contains(paris, RDFS.label, "Paris", "fr"), "other languages are left out");
        assertTrue(m.contains(paris, m.createProperty("http://schema.org/description"),
                "capital and largest city of France", "en"));
        assertEquals(1, m.listObjectsOfProperty(paris, m.createProperty("http://schema.org/description")).toList()
                .size());
        assertTrue(m.contains(paris, wdt(m, "P31"), m.createResource(WD + "Q515")));
        assertTrue(m.contains(paris, wdt(m, "P17"), m.createResource(WD + "Q142")));
        Literal point = m.listObjectsOfProperty(paris, wdt(m, "P625")).next().asLiteral();
        assertEquals("Point(2.3514 48.8575)", point.getLexicalForm());
        assertEquals(WikidataLinker.GEO_NS + "wktLiteral", point.getDatatypeURI());
        assertTrue(m.contains(m.createResource(WD + "Q7186"), wdt(m, "P27"), m.createResource(WD + "Q142")));
    }

    // ---- the linker's type check ----

    @Test
    void aPersonWhoseOnlyCandidateIsATownStaysUnlinked() {
        Entity person = entity("Charlotte Hall", EntityType.PERSON);
        assertEquals("Q9900001", qidOf(linker(null), person),
                "precondition: the API alone does not know the class, so the type is not held against it");
        WikidataSparql s = sparql(endpoint());
        assertNull(qidOf(linker(s), person));
        assertEquals(1, s.requestCount(), "one query for the article's candidates");
        assertEquals("Q9900001", qidOf(linker(s), entity("Charlotte Hall", EntityType.PLACE)),
                "the same item is accepted for a place");
    }

    @Test
    void anOrganizationOfAnUnfamiliarClassIsConfirmedThroughItsSuperclasses() {
        Entity org = entity("Green Harbour Alliance", EntityType.ORGANIZATION);
        WikidataLinker without = linker(null);
        WikidataLinker with = linker(sparql(endpoint()));
        without.decide(List.of(org), null);
        with.decide(List.of(org), null);
        double before = without.linkOf("Q9900002").orElseThrow().confidence();
        double after = with.linkOf("Q9900002").orElseThrow().confidence();
        assertTrue(after > before, before + " -> " + after);
        assertEquals(1.0, after, 1e-9);
    }

    @Test
    void anItemThatIsNoPersonOrganizationOrPlaceIsDropped() {
        Entity org = entity("Midnight Harbour", EntityType.ORGANIZATION);
        assertEquals("Q9900003", qidOf(linker(null), org), "precondition: the API alone accepts the film");
        assertNull(qidOf(linker(sparql(endpoint())), org));
    }

    @Test
    void allCandidatesOfAnArticleAreCheckedInOneQuery() {
        WikidataSparql s = sparql(endpoint());
        Map<Entity, Link> links = linker(s).decide(List.of(entity("Charlotte Hall", EntityType.PERSON),
                entity("Green Harbour Alliance", EntityType.ORGANIZATION), entity("Paris", EntityType.PLACE)), null);
        assertEquals(1, s.requestCount());
        assertEquals(Set.of("Q9900002", "Q90"), Set.copyOf(links.values().stream().map(Link::qid).toList()));
    }

    // ---- enrichment ----

    @Test
    void theEnrichmentTakesTheFactsOfTheQueryService() {
        WikidataLinker linker = linker(sparql(endpoint()));
        Entity paris = entity("Paris", EntityType.PLACE);
        Link l = linker.decide(List.of(paris), null).get(paris);
        assertEquals("Q90", l.qid());
        Model m = linker.enrichment(List.of(paris.withWikidata("Q90", "Q90")));
        Resource wd = m.createResource(WD + "Q90");
        assertTrue(m.contains(wd, m.createProperty("http://schema.org/description"),
                "capital and largest city of France", "en"), "the service's description, not the API's");
        assertEquals("Point(2.3514 48.8575)", m.listObjectsOfProperty(wd, wdt(m, "P625")).next().asLiteral()
                .getLexicalForm());
        assertEquals(1, m.listObjectsOfProperty(wd, wdt(m, "P625")).toList().size());
        assertNotNull(m.createResource(WikidataLinker.LINK_NS + "Q90").getProperty(org.newskg.rdf.NKG.confidence));
    }

    @Test
    void anItemTheServiceDoesNotKnowIsDescribedFromTheApi() {
        WikidataLinker linker = linker(sparql(endpoint()));
        Entity e = entity("Charlotte Hall", EntityType.PLACE);
        linker.decide(List.of(e), null);
        fuseki.stop();
        Model m = linker.enrichment(List.of(e.withWikidata("Q9900001", "Q9900001")));
        assertTrue(m.contains(m.createResource(WD + "Q9900001"), RDFS.label, "Charlotte Hall", "en"));
    }

    // ---- cache ----

    @Test
    void theCacheAnswersARerunWithTheServerStopped() {
        Entity person = entity("Charlotte Hall", EntityType.PERSON);
        Entity paris = entity("Paris", EntityType.PLACE);
        WikidataLinker first = linker(sparql(endpoint()));
        Map<Entity, Link> links = first.decide(List.of(person, paris), null);
        Model facts = first.enrichment(List.of(paris.withWikidata("Q90", "Q90")));
        fuseki.stop();
        api.close();

        WikidataSparql again = sparql(endpoint());
        WikidataLinker second = linker(again);
        assertEquals(links, second.decide(List.of(person, paris), null));
        assertTrue(facts.isIsomorphicWith(second.enrichment(List.of(paris.withWikidata("Q90", "Q90")))));
        assertEquals(0, again.requestCount(), "every answer came from the cache");
        assertTrue(again.isOnline());
        // and a linker that never goes online reads the same cache (keyed by query: the same article's entities)
        assertEquals(links, WikidataLinker.offline(cache).decide(List.of(person, paris), null));
        assertNull(links.get(person), "the town was rejected for the person");
    }

    // ---- faults ----

    @Test
    void aStoppedServerDegradesToTheApiAndTheIndexInBoundedTime() {
        fuseki.stop();
        WikidataSparql s = sparql(endpoint());
        long t0 = System.nanoTime();
        Entity person = entity("Charlotte Hall", EntityType.PERSON);
        assertEquals("Q9900001", qidOf(linker(s), person), "as without the service");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 5_000, "took " + ms + " ms");
        assertFalse(s.isOnline());
        assertEquals(3, s.requestCount(), "one attempt and two retries");
        assertEquals(Map.of(), s.types(List.of("Q90")));
        assertEquals(3, s.requestCount(), "no query after the service was given up");
    }

    @Test
    void serverErrorsAreRetriedThenTheServiceIsGivenUp() throws IOException {
        try (Faulty f = new Faulty(n -> new Reply(500, "text/plain", "internal error", 0))) {
            WikidataSparql s = sparql(f.uri());
            assertEquals(Map.of(), s.types(List.of("Q90")));
            assertEquals(3, f.requests.get());
            assertFalse(s.isOnline());
            assertTrue(f.userAgents.stream().allMatch(ua -> ua.startsWith("newskg/") && ua.contains("https://")),
                    f.userAgents.toString());
            assertTrue(linker(s).enrichment(List.of(entity("Paris", EntityType.PLACE).withWikidata("Q90", "Q90")))
                    .contains(null, RDFS.label, "Paris", "en"), "the enrichment falls back to the index");
        }
    }

    @Test
    void tooManyRequestsIsRetriedAndTheLaterAnswerUsed() throws IOException {
        String answer = "{\"head\":{\"vars\":[\"item\",\"super\"]},\"results\":{\"bindings\":[{\"item\":{\"type\":"
                + "\"uri\",\"value\":\"" + WD + "Q90\"},\"super\":{\"type\":\"uri\",\"value\":\"" + WD + "Q2221906\"}}]}}";
        try (Faulty f = new Faulty(n -> n == 1 ? new Reply(429, "text/plain", "slow down", 0)
                : new Reply(200, "application/sparql-results+json", answer, 0))) {
            WikidataSparql s = sparql(f.uri());
            assertEquals(Map.of("Q90", Set.of(EntityType.PLACE)), s.types(List.of("Q90")));
            assertEquals(2, f.requests.get());
            assertTrue(s.isOnline());
        }
    }

    @Test
    void aSlowServerTimesOutAndLinkingGoesOn() throws IOException {
        try (Faulty f = new Faulty(n -> new Reply(200, "application/sparql-results+json", "{}", 5_000))) {
            WikidataSparql s = impatient(f.uri());
            long t0 = System.nanoTime();
            assertEquals("Q9900001", qidOf(linker(s), entity("Charlotte Hall", EntityType.PERSON)));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "took " + ms + " ms: three attempts of 400 ms, not of 5 s");
            assertFalse(s.isOnline());
        }
    }

    @Test
    void aServerThatStallsInTheMiddleOfItsAnswerTimesOut() throws IOException {
        try (Faulty f = new Faulty(n -> new Reply(200, "application/sparql-results+json",
                "{\"head\":{\"vars\":[\"item\"]},\"results\":{\"bindings\":[", -5_000))) {
            WikidataSparql s = impatient(f.uri());
            long t0 = System.nanoTime();
            assertEquals(Map.of(), s.types(List.of("Q90")));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 5_000, "took " + ms + " ms: three attempts of 400 ms, not of 5 s");
            assertFalse(s.isOnline());
        }
    }

    @Test
    void malformedJsonIsNotRetriedAndNotCached() throws IOException {
        try (Faulty f = new Faulty(n -> new Reply(200, "application/sparql-results+json",
                "{\"head\":{\"vars\":[\"item\"]},\"results\":{\"bindings\":[{\"item\": ", 0))) {
            WikidataSparql s = sparql(f.uri());
            assertEquals("Q9900001", qidOf(linker(s), entity("Charlotte Hall", EntityType.PERSON)));
            assertEquals(1, f.requests.get());
            assertFalse(s.isOnline());
        }
        WikidataSparql cacheOnly = new WikidataSparql(endpoint(), patient(), new WikidataCache(cache), false);
        assertEquals(Map.of(), cacheOnly.types(List.of("Q9900001")));
    }

    private static Property wdt(Model m, String p) {
        return m.createProperty(WDT, p);
    }

    /** A reply of the faulty server; a negative delay sends the headers and part of the body, then stalls. */
    private record Reply(int status, String contentType, String body, long delayMs) {
    }

    /** A local HTTP server answering every request with the reply its function gives for the request number. */
    private static final class Faulty implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger requests = new AtomicInteger();
        final List<String> userAgents = new CopyOnWriteArrayList<>();

        Faulty(Function<Integer, Reply> replies) throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sparql", x -> handle(x, replies.apply(requests.incrementAndGet())));
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "faulty-sparql");
                t.setDaemon(true); // a stalled reply must not hold the test JVM
                return t;
            }));
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sparql");
        }

        private void handle(HttpExchange x, Reply r) throws IOException {
            userAgents.add(x.getRequestHeaders().getFirst("User-Agent"));
            x.getRequestBody().readAllBytes();
            byte[] b = r.body().getBytes(StandardCharsets.UTF_8);
            try {
                if (r.delayMs() > 0) {
                    Thread.sleep(r.delayMs());
                }
                x.getResponseHeaders().add("Content-Type", r.contentType());
                x.sendResponseHeaders(r.status(), r.delayMs() < 0 ? 0 : b.length);
                try (OutputStream o = x.getResponseBody()) {
                    o.write(b);
                    o.flush();
                    if (r.delayMs() < 0) {
                        Thread.sleep(-r.delayMs());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up and closed the connection
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
