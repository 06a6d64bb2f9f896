package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * {@link LexiconRelationExtractor}: the name's own acronym in brackets between a place or venue and "in Y"
 * ("the Kessel Space Center (KSC) in Y") does not hide where it is; other brackets still do.
 */
class RelationAcronymBeforeInPlaceTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void aPlacesAcronymBeforeIn() {
        // a container after a direction is a place of a known kind
        Set<String> t = triples("The race began at Vostok Station (VS) in northern Norland.",
                place("Vostok Station"), place("Norland"));
        assertTrue(t.contains("Vostok Station locatedIn Norland"), t::toString);
        Set<String> s = triples("The shuttle landed at the Kessel Space Center (KSC) in Vardo on Friday.",
                place("Kessel Space Center"), place("Vardo"));
        assertTrue(s.contains("Kessel Space Center locatedIn Vardo"), s::toString);
    }

    @Test
    void aVenuesAcronymBeforeIn() {
        Set<String> t = triples("The team visited the Dunmore Observatory (DO) in Norland.",
                organization("Dunmore Observatory"), place("Norland"));
        assertTrue(t.contains("Dunmore Observatory basedIn Norland"), t::toString);
        Set<String> h = triples("Patients were moved to the Vardo General Hospital (VGH) in Kessel.",
                organization("Vardo General Hospital"), place("Kessel"));
        assertTrue(h.contains("Vardo General Hospital basedIn Kessel"), h::toString);
    }

    @Test
    void otherBracketsStillHideThePlace() {
        // not an acronym: a remark in brackets
        Set<String> t = triples("The race began at Vostok Station (last year) in northern Norland.",
                place("Vostok Station"), place("Norland"));
        assertFalse(t.contains("Vostok Station locatedIn Norland"), t::toString);
    }
}
