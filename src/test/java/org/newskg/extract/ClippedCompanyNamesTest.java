package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.entities;
import static org.newskg.extract.NameFinding.entity;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.resolve.Entity;

/**
 * A company named in full and by a clipped form ("Penske Auto" of "Penske Automotive Group") is one entity, and so
 * its first word alone then fits one name only; on texts written for the test (finder and resolver together).
 */
class ClippedCompanyNamesTest {

    @Test
    void aClippedWordJoinsTheFullerCompanyName() {
        List<Entity> es = entities("Harlan Auto to buy rival dealer\n\n"
                + "The Harlan Automotive Group said on Monday that it would buy the dealer. "
                + "According to Harlan the deal will close in May.");
        Entity e = entity(es, "Harlan Automotive Group");
        assertTrue(e.aliases().contains("Harlan Auto"), e.aliases().toString());
        assertEquals(e, entity(es, "Harlan"));
    }

    @Test
    void aClippedTradeWordInAnotherCompanyJoinsIt() {
        List<Entity> es = entities("Investors sold Norvale Pharmaceuticals shares on Tuesday. "
                + "Analysts said Norvale Pharma would cut 300 jobs in Basel.");
        Entity e = entity(es, "Norvale Pharmaceuticals");
        assertTrue(e.aliases().contains("Norvale Pharma"), e.aliases().toString());
    }

    @Test
    void aDifferentLaterWordIsAnotherCompany() {
        // "Media" is no clipping of "Motors": two companies of one group
        List<Entity> es = entities("Corvan Motors sold its stake in Corvan Media to investors in Seoul.");
        assertTrue(!entity(es, "Corvan Motors").equals(entity(es, "Corvan Media")), es.toString());
    }
}
