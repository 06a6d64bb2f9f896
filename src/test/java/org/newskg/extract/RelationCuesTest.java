package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.extract.LexiconRelationExtractor.RelationCues;

/** The word classes of {@code relation-cues.tsv}: the file loads, and a listed word takes effect. */
class RelationCuesTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();

    @Test
    void everyClassLoadsWithItsWords() {
        for (String cls : RelationCues.CLASSES) {
            assertFalse(RelationCues.of(cls).isEmpty(), cls);
        }
        assertTrue(RelationCues.of("government-modifier").contains("transitional"));
    }

    @Test
    void governmentNamedWithAListedModifierStandsForItsPlace() {
        Set<String> t = RelationTests.triples(X.extract(resolved("Kalvia is small. Denmark pledged support for "
                + "the Transitional Government of Kalvia on Monday.", place("Denmark"), place("Kalvia"),
                organization("Transitional Government of Kalvia")), LocalDate.of(2020, 3, 6)));
        assertEquals(Set.of("Denmark supports Kalvia"), t);
        // a modifier the file does not list keeps the body as an organisation of its own
        Set<String> u = RelationTests.triples(X.extract(resolved("Kalvia is small. Denmark pledged support for "
                + "the Rival Government of Kalvia on Monday.", place("Denmark"), place("Kalvia"),
                organization("Rival Government of Kalvia")), LocalDate.of(2020, 3, 6)));
        assertEquals(Set.of("Denmark supports Rival Government of Kalvia"), u);
    }
}
