package org.newskg.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.standard();
    private static final Lexicons L = Lexicons.standard();

    @Test
    void namesAliasesAndAcronymsFindTheSameEntry() {
        Gazetteer.Entry un = G.lookup(Names.norm("United Nations")).get(0);
        assertEquals("Q1065", un.qid());
        assertEquals(EntityType.ORGANIZATION, un.type());
        assertEquals(un, G.lookupAcronym(Names.acronymKey("U.N.")).get(0));
        assertEquals(un, G.lookupAcronym("UN").get(0));
        assertEquals("Q30", G.lookupAcronym("US").get(0).qid());
        assertEquals("Q30", G.lookup("united states").get(0).qid());
        assertTrue(G.lookup("who").isEmpty(), "acronyms match in capitals only");
    }

    @Test
    void countryWinsOverCityOfTheSameName() {
        Gazetteer.Entry e = G.lookup("singapore").get(0);
        assertEquals("Country", e.subclass());
        assertEquals("City", G.lookup("benghazi").get(0).subclass());
    }

    @Test
    void givenNamesCarryGender() {
        assertEquals("female", G.givenName("Angela").gender());
        assertEquals("male", G.givenName("Emmanuel").gender());
        assertNull(G.givenName("Tripoli"));
    }

    @Test
    void lexiconsReadTheirFiles() {
        assertTrue(L.isTitle("secretary-general"));
        assertTrue(L.isTitle("prime minister"));
        assertEquals("Libya", L.demonymCountry("libyan"));
        assertEquals("Libya", L.demonymCountry("libyans"));
        assertEquals("ArmedForce", L.head("army").subclass());
        assertTrue(L.isTimeWord("friday"));
        assertTrue(L.isOrgConnector("of the"));
        assertTrue(L.isNameConnector("bin"));
    }

    @Test
    void normalisationFoldsCaseAccentsAndApostrophes() {
        assertEquals("cote d'ivoire", Names.norm("Côte d’Ivoire"));
        assertEquals("UN", Names.acronymKey("U.N."));
        assertTrue(Names.isAcronym("LNA"));
        assertTrue(Names.isAcronym("U.S."));
        assertTrue(!Names.isAcronym("Us") && !Names.isAcronym("I"));
        assertEquals(1, Names.editDistance("haftar", "hafter", 2));
    }
}
