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

    private static Entity entity(EntityType type, String name, int start) {
        Mention m = new Mention(start, start + name.length(), name, type, null, 0, Mention.Kind.NAME, 0.9, "test");
        return new Entity(EntityIrisKey.key(type, name), name, type, null, java.util.Set.of(), List.of(m), null, 0.9);
    }

    @Test
    void washingtonThePlaceIsLinkedButWashingtonThePersonIsNot() {
        Entity place = entity(EntityType.PLACE, "Washington", 0);
        Entity person = entity(EntityType.PERSON, "Denzel Washington", 20);
        assertEquals("Q61", LINKER.decide(List.of(place), null).get(place).qid());
        assertTrue(LINKER.decide(List.of(person), null).isEmpty());
        // a one-word person name is never looked up: too many people share a surname
        assertTrue(LINKER.decide(List.of(entity(EntityType.PERSON, "Washington", 0)), null).isEmpty());
    }

    @Test
    void cityNamedAsAProvinceIsNotLinkedToTheCity() {
        ResolvedText r = link("Air strikes hit villages in Idlib province, Syria, on Tuesday.");
        assertNull(qidAt(r, "Idlib"), dump(r));
        ResolvedText city = link("Air strikes hit the city of Idlib in Syria on Tuesday.");
        assertEquals("Q504657", qidAt(city, "Idlib"), dump(city));
    }

    @Test
    void anAcronymAloneNeedsAWellKnownItem() {
        ResolvedText r = link("UN officials said the SDF advanced near the dam.");
        assertEquals("Q1065", qidAt(r, "UN"), dump(r));
        assertNull(qidAt(r, "SDF"), dump(r));
    }

    @Test
    void personNamesMatchTheirTransliterationVariants() {
        ResolvedText r = link("Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday.");
        assertEquals("Q58217", qidAt(r, "Sergei Lavrov"), dump(r));
    }

    @Test
    void aSurnameOfAPersonInTheArticleIsNotLinkedAsAPlace() {
        Entity person = entity(EntityType.PERSON, "Scott C. Dayton", 0);
        Entity place = entity(EntityType.PLACE, "Dayton", 40);
        assertTrue(LINKER.decide(List.of(person, place), null).isEmpty());
        assertEquals("Q34739", LINKER.decide(List.of(place), null).get(place).qid());
    }

    @Test
    void linkingIsDeterministic() {
        String text = "Officials of the Labour Party met the mayor of Birmingham in London on Friday, "
                + "British media reported.";
        assertEquals(dump(link(text)), dump(link(text)));
    }

    /** Keys as the resolver makes them. */
    private static final class EntityIrisKey {
        static String key(EntityType t, String name) {
            return org.newskg.resolve.EntityKeys.key(t, name);
        }
    }
}
