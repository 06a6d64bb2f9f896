package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.link.WikidataLinker;
import org.newskg.store.Tdb2Store;

/** {@code newskg up --link none} then {@code newskg link}: the store's entities get owl:sameAs and enrichment. */
class LinkCommandTest {

    @TempDir
    Path dir;

    private final TestConsole console = new TestConsole();

    private int run(String... args) {
        return console.run(args);
    }

    @Test
    void linkAddsSameAsAndTheEnrichmentGraphToAStoreLoadedUnlinked() throws Exception {
        Path article = dir.resolve("a.txt");
        Files.writeString(article, "Talks in Paris\n\nFrench President Emmanuel Macron met officials of the "
                + "United Nations in Paris, France, on Monday.");
        Path store = dir.resolve("store");
        assertEquals(0, run("up", article.toString(), "--store", store.toString(), "--no-serve", "--link", "none"),
                console.err());
        String ask = "PREFIX owl: <http://www.w3.org/2002/07/owl#> ASK { GRAPH ?g { ?e owl:sameAs "
                + "<http://www.wikidata.org/entity/Q90> } }";
        try (Tdb2Store s = Tdb2Store.open(store)) {
            assertTrue(!s.ask(ask));
        }
        assertEquals(0, run("link", "--store", store.toString(), "--link-cache", dir.resolve("c").toString()),
                console.err());
        assertTrue(console.out().contains("Linked "), console.out());
        try (Tdb2Store s = Tdb2Store.open(store)) {
            assertTrue(s.ask(ask));
            // the link decides identity, as at extraction: Paris is now ent:Q90, in every triple that named it
            assertTrue(s.ask("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ASK { GRAPH ?g { "
                    + "<https://w3id.org/newskg/entity/Q90> rdfs:label \"Paris\" } }"));
            assertTrue(!s.ask("ASK { GRAPH ?g { { <https://w3id.org/newskg/entity/place/paris> ?p ?o } UNION "
                    + "{ ?x ?p <https://w3id.org/newskg/entity/place/paris> } } }"));
            assertTrue(s.graphNames().contains(WikidataLinker.GRAPH));
            assertTrue(s.ask("ASK { GRAPH <" + WikidataLinker.GRAPH + "> { <http://www.wikidata.org/entity/Q90> "
                    + "<http://www.wikidata.org/prop/direct/P17> <http://www.wikidata.org/entity/Q142> } }"));
        }
        // a second run finds nothing left to link and keeps the enrichment
        console.clear();
        assertEquals(0, run("link", "--store", store.toString(), "--link-cache", dir.resolve("c").toString()));
        assertTrue(console.out().startsWith("Linked 0 of"), console.out());
        try (Tdb2Store s = Tdb2Store.open(store)) {
            assertTrue(s.graphNames().contains(WikidataLinker.GRAPH));
        }
    }
}
