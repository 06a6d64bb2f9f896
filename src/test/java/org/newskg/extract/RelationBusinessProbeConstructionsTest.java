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
 * Constructions of {@link LexiconRelationExtractor} found missing by probing business news (round 10): "X, the
 * Y-based automaker," (an apposition describing the organisation), "X's Y headquarters", adjectives between an
 * organisation's possessive and a post ("Y's new CEO, X"), and "former" before an organisation named before a post;
 * each with a case that must give nothing.
 */
class RelationBusinessProbeConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void aPlaceBasedAppositionDescribesTheOrganisationBeforeIt() {
        Set<String> t = triples("Corval Mining, the Denver-based miner, cut its forecast.",
                organization("Corval Mining"), place("Denver"));
        assertTrue(t.contains("Corval Mining basedIn Denver"), t::toString);
        Set<String> a = triples("Dunmore Foods, a Leeds-based snack company, hired staff.",
                organization("Dunmore Foods"), place("Leeds"));
        assertTrue(a.contains("Dunmore Foods basedIn Leeds"), a::toString);
        // a person before the apposition is no organisation
        Set<String> none = triples("Ana Ruiz, a Denver-based lawyer, sued the firm.", person("Ana Ruiz"),
                place("Denver"));
        assertFalse(none.contains("Ana Ruiz basedIn Denver"), none::toString);
    }

    @Test
    void aPlaceBeforeTheHeadquartersOfAnOrganisation() {
        Set<String> t = triples("Corval Mining's Denver headquarters was evacuated.", organization("Corval Mining"),
                place("Denver"));
        assertTrue(t.contains("Corval Mining basedIn Denver"), t::toString);
        // no possessive: "the Denver headquarters" says nothing of whose
        Set<String> none = triples("Corval Mining said the Denver headquarters was evacuated.",
                organization("Corval Mining"), place("Denver"));
        assertFalse(none.contains("Corval Mining basedIn Denver"), none::toString);
    }

    @Test
    void adjectivesBetweenAnOrganisationsPossessiveAndAPost() {
        Set<String> t = triples("Corval Mining's new chief executive, Ana Ruiz, said costs rose.",
                organization("Corval Mining"), person("Ana Ruiz"));
        assertTrue(t.contains("Ana Ruiz leads Corval Mining"), t::toString);
        Set<String> none = triples("Corval Mining's former chief executive, Ana Ruiz, said costs rose.",
                organization("Corval Mining"), person("Ana Ruiz"));
        assertFalse(none.contains("Ana Ruiz leads Corval Mining"), none::toString);
    }

    @Test
    void formerBeforeAnOrganisationNamedBeforeAPost() {
        Set<String> none = triples("Former Corval Mining CEO Ana Ruiz joined the board.",
                organization("Corval Mining"), person("Ana Ruiz"));
        assertFalse(none.contains("Ana Ruiz leads Corval Mining"), none::toString);
        assertFalse(none.contains("Ana Ruiz holdsPosition \"CEO\""), none::toString);
        Set<String> t = triples("Corval Mining CEO Ana Ruiz joined the board.", organization("Corval Mining"),
                person("Ana Ruiz"));
        assertTrue(t.contains("Ana Ruiz leads Corval Mining"), t::toString);
    }
}
