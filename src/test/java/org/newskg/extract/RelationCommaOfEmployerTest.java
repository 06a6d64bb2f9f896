package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * {@link LexiconRelationExtractor}: "X, of Y, said" (an employer set off by commas, wherever the name stands) and
 * "X, of Y's Z," (the possessor of a unit or programme is the employer).
 */
class RelationCommaOfEmployerTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void anEmployerSetOffByCommas() {
        Set<String> t = triples("Senior researcher Mia Roth, of Kessel University, said the data were sound.",
                person("Mia Roth"), organization("Kessel University"));
        assertTrue(t.contains("Mia Roth employedBy Kessel University"), t::toString);
        Set<String> a = triples("Anna Berg, of Rothwell Partners, said shares would fall.", person("Anna Berg"),
                organization("Rothwell Partners"));
        assertTrue(a.contains("Anna Berg employedBy Rothwell Partners"), a::toString);
    }

    @Test
    void thePossessorOfAUnitSetOffByCommas() {
        Set<String> t = triples("Senior researcher Mia Roth, of Kessel University's school of public health, said "
                + "the data were sound.", person("Mia Roth"), organization("Kessel University"));
        assertTrue(t.contains("Mia Roth employedBy Kessel University"), t::toString);
        Set<String> p = triples("Jim Hale, of KTV's Money Hour, remarked that prices would fall.", person("Jim Hale"),
                organization("KTV"));
        assertTrue(p.contains("Jim Hale employedBy KTV"), p::toString);
    }

    @Test
    void aPlaceOrAClauseAfterThePossessiveGivesNoEmployer() {
        Set<String> t = triples("They met Tom Dunn, of Vardo, on Monday.", person("Tom Dunn"), place("Vardo"));
        assertTrue(t.isEmpty(), t::toString);
        // the possessive opens a clause, not a phrase set off by commas
        Set<String> c = triples("It was Eva Lund, of Acme Capital's board that voted, who left.", person("Eva Lund"),
                organization("Acme Capital"));
        assertFalse(c.contains("Eva Lund employedBy Acme Capital"), c::toString);
    }
}
