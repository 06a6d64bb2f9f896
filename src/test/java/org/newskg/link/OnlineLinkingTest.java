package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.NameResolver;
import org.newskg.resolve.ResolvedText;

/**
 * Online linking against a local server answering in the Wikidata API's format: candidates the index lacks,
 * the cache serving a later run without network, and faults (slow server, 5xx, 429 with Retry-After, malformed
 * JSON) degrading to offline linking without hanging. Each case's time is bounded by its settings.
 */
class OnlineLinkingTest {

    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final String PARIS_TEXAS =
            "A tornado struck Paris, Texas, on Sunday, officials in the United States said.";

    @TempDir
    Path cache;

    private FakeWikidata server;

    @BeforeEach
    void start() throws Exception {
        server = new FakeWikidata()
                .item("Q90", "Paris", "capital city of France", List.of("Q515"), "Q142", null,
                        new double[]{48.8567, 2.3508}, 200)
                .item("Q830149", "Paris", "city in Lamar County, Texas, United States", List.of("Q1093829"), "Q30",
                        null, new double[]{33.6609, -95.5555}, 40)
                .item("Q1439", "Texas", "state of the United States of America", List.of("Q35657"), "Q30", null,
                        new double[]{31.0, -100.0}, 250)
                .search("Paris", "Q90", "Q830149")
                .search("Texas", "Q1439");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WikidataApi.Settings fast() {
        return WikidataApi.Settings.defaults().withApiUrl(server.api())
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300))
                .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(50))
                .withMinInterval(Duration.ZERO);
    }

    private WikidataLinker online(WikidataApi.Settings s) {
        return new WikidataLinker(LinkIndex.standard(), new WikidataApi(s, new WikidataCache(cache), true),
                WikidataLinker.DEFAULT_THRESHOLD);
    }

    private static ResolvedText resolve(String text) {
        AnalyzedText a = ANALYZER.analyze(text);
        return NameResolver.standard().resolve(a, HybridMentionFinder.standard().find(a));
    }

    private static String qidAt(ResolvedText r, String surface) {
        int at = r.analyzed().text().indexOf(surface);
        Optional<Entity> e = r.entityAt(at, at + surface.length());
        return e.map(Entity::wikidata).orElse(null);
    }

    @Test
    void theApiFindsParisTexasThroughItsQualifier() {
        ResolvedText r = online(fast()).link(resolve(PARIS_TEXAS));
        assertEquals("Q830149", qidAt(r, "Paris"), OfflineLinkingTest.dump(r));
        assertTrue(server.userAgents.stream().allMatch(ua -> ua.startsWith("newskg/") && ua.contains("https://")),
                server.userAgents.toString());
        assertTrue(server.requests.stream().allMatch(q -> "json".equals(q.get("format"))
                && "5".equals(q.get("maxlag"))));
    }

    @Test
    void aSecondRunWithoutNetworkGivesTheSameLinksFromTheCache() {
        ResolvedText first = online(fast()).link(resolve(PARIS_TEXAS));
        server.close();
        WikidataLinker offline = WikidataLinker.offline(cache);
        ResolvedText second = offline.link(resolve(PARIS_TEXAS));
        assertEquals(keys(first), keys(second));
        assertEquals("Q830149", qidAt(second, "Paris"));
    }

    @Test
    void wbgetentitiesIsAskedAtMostFiftyIdsAtATime() {
        WikidataApi api = new WikidataApi(fast(), null, true);
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            ids.add("Q" + (1000 + i));
        }
        ids.add("Q90");
        Map<String, LinkCandidate> found = api.entities(ids);
        assertEquals(List.of("Q90"), List.copyOf(found.keySet()));
        assertEquals(2, server.requests.size());
        assertEquals(50, server.requests.get(0).get("ids").split("\\|").length);
        LinkCandidate paris = found.get("Q90");
        assertEquals("Q142", paris.country());
        assertEquals(48.8567, paris.lat(), 1e-9);
        assertEquals(org.newskg.extract.EntityType.PLACE, paris.type());
    }

    @Test
    void aSlowServerTimesOutAndLinkingGoesOnOffline() {
        server.fault = n -> new FakeWikidata.Fault(200, "{}", Map.of(), 2_000);
        long t0 = System.nanoTime();
        WikidataLinker linker = online(fast());
        ResolvedText r = linker.link(resolve(PARIS_TEXAS));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 1_900, "took " + ms + " ms");
        assertEquals(keys(WikidataLinker.offline(null).link(resolve(PARIS_TEXAS))), keys(r));
        assertEquals(3, server.requests.size(), "one attempt and two retries, then no more calls");
    }

    @Test
    void serverErrorsAreRetriedThenLinkingDegrades() {
        server.fault = n -> new FakeWikidata.Fault(503, "busy", Map.of(), 0);
        WikidataApi api = new WikidataApi(fast(), new WikidataCache(cache), true);
        assertEquals(List.of(), api.search("Paris"));
        assertEquals(3, server.requests.size());
        assertFalse(api.isOnline());
        assertEquals(List.of(), api.search("Texas"));
        assertEquals(3, server.requests.size(), "no call after the API was given up");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterCappedBySettings() {
        server.fault = n -> n == 1 ? new FakeWikidata.Fault(429, "slow down", Map.of("Retry-After", "1"), 0) : null;
        WikidataApi.Settings s = fast().withRetries(2, Duration.ofMillis(1), Duration.ofMillis(300));
        WikidataApi api = new WikidataApi(s, null, true);
        long t0 = System.nanoTime();
        assertEquals(List.of("Q90", "Q830149"), api.search("Paris"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(2, server.requests.size());
        assertTrue(ms >= 250 && ms < 1_000, "waited " + ms + " ms: Retry-After, capped at 300 ms");
    }

    @Test
    void malformedJsonDegradesWithoutAnException() {
        server.fault = n -> new FakeWikidata.Fault(200, "{\"search\": [ {\"id\": ", Map.of(), 0);
        WikidataLinker linker = online(fast());
        ResolvedText r = linker.link(resolve(PARIS_TEXAS));
        assertNull(qidAt(r, "Paris"));
        assertEquals(1, server.requests.size(), "a malformed answer is not retried");
    }

    @Test
    void theEnrichmentDescribesTheLinkedItems() {
        WikidataLinker linker = online(fast());
        ResolvedText r = linker.link(resolve(PARIS_TEXAS));
        var m = linker.enrichment(r.entities());
        var paris = m.createResource("http://www.wikidata.org/entity/Q830149");
        assertTrue(m.contains(paris, org.apache.jena.vocabulary.RDFS.label, "Paris", "en"));
        assertTrue(m.contains(paris, m.createProperty(WikidataLinker.WDT_NS, "P17"),
                m.createResource("http://www.wikidata.org/entity/Q30")));
        assertTrue(m.contains(paris, m.createProperty(WikidataLinker.WDT_NS, "P31"),
                m.createResource("http://www.wikidata.org/entity/Q1093829")));
        assertTrue(m.listObjectsOfProperty(paris, m.createProperty(WikidataLinker.WDT_NS, "P625")).next()
                .asLiteral().getLexicalForm().startsWith("Point(-95.5555 33.6609"));
        var link = m.createResource(WikidataLinker.LINK_NS + "Q830149");
        assertTrue(link.getProperty(org.newskg.rdf.NKG.confidence).getDouble() >= WikidataLinker.DEFAULT_THRESHOLD);
    }

    private static List<String> keys(ResolvedText r) {
        return r.entities().stream().map(e -> e.key() + "=" + e.wikidata()).toList();
    }
}
