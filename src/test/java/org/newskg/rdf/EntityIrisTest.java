package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

class EntityIrisTest {

    @Test
    void slugStripsAccentsAndFoldsPunctuation() {
        assertEquals("khalifa-haftar", EntityIris.slug("Khalifa Ḥaftar"));
        assertEquals("sao-tome-and-principe", EntityIris.slug("  São Tomé and Príncipe "));
        assertEquals("fayez-al-sarraj", EntityIris.slug("Fayez al-Sarraj"));
        assertEquals("u-n", EntityIris.slug("U.N."));
    }

    @Test
    void slugFoldsLatinLettersWithoutDecomposition() {
        assertEquals("soren-strasse", EntityIris.slug("Søren Straße"));
        assertEquals("lodz", EntityIris.slug("Łódź"));
    }

    @Test
    void slugKeepsOtherScriptsAndNeverIsEmpty() {
        assertEquals("طرابلس", EntityIris.slug("طرابلس"));
        String s = EntityIris.slug("!!!");
        assertTrue(s.startsWith("x") && s.length() == 13, s);
        assertNotEquals(s, EntityIris.slug("???"));
    }

    @Test
    void keysAndEntityIris() {
        assertEquals("person/khalifa-haftar", EntityIris.key(EntityType.PERSON, "Khalifa Haftar"));
        assertEquals("place/abu-dhabi", EntityIris.key(EntityType.PLACE, "Abu Dhabi"));
        assertEquals("https://w3id.org/newskg/entity/person/khalifa-haftar",
                EntityIris.entity("person/khalifa-haftar"));
        assertEquals("https://w3id.org/newskg/entity/Q1016", EntityIris.entity("Q1016"));
        assertEquals("http://www.wikidata.org/entity/Q1016", EntityIris.wikidata("Q1016"));
    }

    @Test
    void keysWithUnsafeCharactersStillGiveValidIris() {
        String iri = EntityIris.entity("person/Ab <Cd> \"x\"");
        assertEquals("https://w3id.org/newskg/entity/person/Ab%20%3CCd%3E%20%22x%22", iri);
        assertTrue(IRIs.check(iri));
        assertTrue(IRIs.check(EntityIris.entity(EntityIris.key(EntityType.PLACE, "طرابلس"))));
    }

    @Test
    void articleScopedIris() {
        String art = "https://w3id.org/newskg/article/0123abcd";
        assertEquals(art + "/sentence/4", EntityIris.sentence(art, 4));
        assertEquals(art + "/mention/210-216", EntityIris.mention(art, 210, 216));
        assertEquals(art + "/statement/1200-1320", EntityIris.statement(art, 1200, 1320));
        String f = EntityIris.fact(art, "s", "p", "<o>", 1, 5);
        assertTrue(f.matches(java.util.regex.Pattern.quote(art) + "/fact/[0-9a-f]{16}"), f);
        assertEquals(f, EntityIris.fact(art, "s", "p", "<o>", 1, 5));
        assertNotEquals(f, EntityIris.fact(art, "s", "p", "<o>", 1, 6));
        assertNotEquals(f, EntityIris.fact(art, "s", "p", "\"o\"", 1, 5));
    }
}
