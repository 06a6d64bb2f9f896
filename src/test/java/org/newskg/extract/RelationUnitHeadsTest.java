package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * {@link LexiconRelationExtractor}: "director of the Office of Y at Z" leads the unit (a unit whose name opens with
 * a unit noun has its own head), while "director of Y Studies at Z" stays employed by Z.
 */
class RelationUnitHeadsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void aUnitWithItsOwnHeadKeepsLeads() {
        Set<String> t = triples("Anna Lind, general director of the Office of Archives at the Norland Ministry of Culture, "
                + "opened the exhibition.", person("Anna Lind"), organization("Office of Archives"),
                organization("Norland Ministry of Culture"));
        assertTrue(t.contains("Anna Lind leads Office of Archives"), t::toString);
        assertFalse(t.contains("Anna Lind employedBy Norland Ministry of Culture"), t::toString);
        Set<String> d = triples("Jan Brück, head of the Department of Physics at Kessel University, said the data "
                + "were sound.", person("Jan Brück"), organization("Department of Physics"),
                organization("Kessel University"));
        assertTrue(d.contains("Jan Brück leads Department of Physics"), d::toString);
        assertFalse(d.contains("Jan Brück employedBy Kessel University"), d::toString);
        Set<String> b = triples("Maria Sousa, head of the Bureau of Fisheries at the Tarkistan Ministry of "
                + "Agriculture, said stocks were low.", person("Maria Sousa"), organization("Bureau of Fisheries"),
                organization("Tarkistan Ministry of Agriculture"));
        assertTrue(b.contains("Maria Sousa leads Bureau of Fisheries"), b::toString);
        Set<String> i = triples("Omar Haddad, director of the Institute for Water Research at Vardo University, "
                + "spoke first.", person("Omar Haddad"), organization("Institute for Water Research"),
                organization("Vardo University"));
        // "director" is a post below the top one: employed by the unit, not by the university
        assertTrue(i.contains("Omar Haddad employedBy Institute for Water Research"), i::toString);
        assertFalse(i.contains("Omar Haddad employedBy Vardo University"), i::toString);
    }

    @Test
    void aUnitWithoutAUnitNounStillNamesTheEmployer() {
        Set<String> t = triples("\u201cPrices will fall,\u201d said Jan Brück, director of Energy Studies at Kessel "
                + "University.", person("Jan Brück"), organization("Energy Studies"),
                organization("Kessel University"));
        assertTrue(t.contains("Jan Brück employedBy Kessel University"), t::toString);
        assertFalse(t.contains("Jan Brück leads Energy Studies"), t::toString);
    }
}
