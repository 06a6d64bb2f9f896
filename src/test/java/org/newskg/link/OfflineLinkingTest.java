package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.NameResolver;
import org.newskg.resolve.ResolvedText;

/** Offline linking (bundled index, no cache, no network) on sentences written for the test. */
class OfflineLinkingTest {

    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final WikidataLinker LINKER = WikidataLinker.offline(null);

    private static ResolvedText link(String text) {
        AnalyzedText a = ANALYZER.analyze(text);
        ResolvedText r = NameResolver.standard().resolve(a, HybridMentionFinder.standard().find(a));
        return LINKER.link(r);
    }

    /** The Q-id of the entity a span of the text belongs to, or null when it is not linked. */
    private static String qidAt(ResolvedText r, String surface) {
        int at = r.analyzed().text().indexOf(surface);
        Optional<Entity> e = r.entityAt(at, at + surface.length());
        return e.map(Entity::wikidata).orElse(null);
    }

    static String dump(ResolvedText r) {
        return r.entities().stream().map(e -> e.type() + ":" + e.name() + "=" + e.wikidata())
                .collect(Collectors.joining(", "));
    }

    @Test
    void parisWithFranceInContextIsTheFrenchCapital() {
        ResolvedText r = link("French police said the attack in Paris wounded three people. "
                + "The interior minister of France visited the scene.");
        assertEquals("Q90", qidAt(r, "Paris"), dump(r));
        assertEquals("Q142", qidAt(r, "France"), dump(r));
    }

    @Test
    void parisQualifiedByAPlaceTheIndexDoesNotKnowStaysUnlinked() {
        ResolvedText r = link("A tornado struck Paris, Texas, on Sunday, officials in the United States said.");
        assertNull(qidAt(r, "Paris"), dump(r));
        assertEquals("Q30", qidAt(r, "United States"), dump(r));
    }

    @Test
    void linkedEntitiesTakeTheirQidAsKey() {
        ResolvedText r = link("Vladimir Putin met officials of the United Nations in Moscow on Friday.");
        assertEquals("Q7747", qidAt(r, "Vladimir Putin"), dump(r));
        assertEquals("Q1065", qidAt(r, "United Nations"), dump(r));
        assertEquals("Q649", qidAt(r, "Moscow"), dump(r));
        r.entities().stream().filter(e -> e.wikidata() != null).forEach(e -> assertEquals(e.wikidata(), e.key()));
    }

    @Test
    void unknownMilitiaStaysUnlinked() {
        ResolvedText r = link("Fighters of the Kafr Zeita Martyrs Brigade clashed with government forces "
                + "near Hama, Syria.");
        r.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION)
                .forEach(e -> assertNull(e.wikidata(), dump(r)));
    }
}
