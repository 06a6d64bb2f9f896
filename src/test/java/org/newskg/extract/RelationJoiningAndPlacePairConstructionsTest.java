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
 * Constructions of {@link LexiconRelationExtractor} found missing by probing (round 11): joining a company is
 * working for it ("X, who joined Y Securities in 2015"), "X, in (southern) Y" for two places, "X, Y's
 * second-largest city", "appointed X as its new chairman" and "Analysts at Y, including X"; each with a case that
 * must give nothing.
 */
class RelationJoiningAndPlacePairConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void joiningACompanyIsWorkingForIt() {
        Set<String> t = triples("Lena Ostrova, who joined Pardel Securities in 2015, left the firm.",
                person("Lena Ostrova"), organization("Pardel Securities"));
        assertTrue(t.contains("Lena Ostrova employedBy Pardel Securities"), t::toString);
        assertFalse(t.contains("Lena Ostrova memberOf Pardel Securities"), t::toString);
        Set<String> a = triples("Lena Ostrova joined Kessling Motors last year.", person("Lena Ostrova"),
                organization("Kessling Motors"));
        assertTrue(a.contains("Lena Ostrova employedBy Kessling Motors"), a::toString);
        // a party or an armed service is joined as a member
        Set<String> p = triples("Lena Ostrova, who joined the Green Party in 1999, won the seat.",
                person("Lena Ostrova"), organization("Green Party"));
        assertTrue(p.contains("Lena Ostrova memberOf Green Party"), p::toString);
        // a future joining is no fact
        Set<String> none = triples("Lena Ostrova will join Kessling Motors next month.", person("Lena Ostrova"),
                organization("Kessling Motors"));
        assertTrue(none.isEmpty(), none::toString);
    }

    @Test
    void aPlaceSetOffWithInAndItsContainer() {
        Set<String> t = triples("Rebels shelled Darvaz, in northern Tarkistan, on Friday.", place("Darvaz"),
                place("Tarkistan"));
        assertTrue(t.contains("Darvaz locatedIn Tarkistan"), t::toString);
        Set<String> a = triples("Darvaz, in the south of Tarkistan, was hit by a bomb.", place("Darvaz"),
                place("Tarkistan"));
        assertTrue(a.contains("Darvaz locatedIn Tarkistan"), a::toString);
        // "in" opening a phrase that is no place
        Set<String> none = triples("The minister spoke in Darvaz, in a speech on Tarkistan.", place("Darvaz"),
                place("Tarkistan"));
        assertFalse(none.contains("Darvaz locatedIn Tarkistan"), none::toString);
    }

    @Test
    void aPlaceDescribedAsAnotherPlacesSecondLargestCity() {
        Set<String> t = triples("Troops shelled Darvaz, Tarkistan's second-largest city, on Friday.",
                place("Darvaz"), place("Tarkistan"));
        assertTrue(t.contains("Darvaz locatedIn Tarkistan"), t::toString);
        Set<String> a = triples("Darvaz, Tarkistan's most populous province, voted.", place("Darvaz"),
                place("Tarkistan"));
        assertTrue(a.contains("Darvaz locatedIn Tarkistan"), a::toString);
        // no place noun: "Tarkistan's second-largest employer" places nothing
        Set<String> none = triples("Darvaz, Tarkistan's second-largest employer, cut jobs.", place("Darvaz"),
                place("Tarkistan"));
        assertFalse(none.contains("Darvaz locatedIn Tarkistan"), none::toString);
    }

    @Test
    void appointedAsItsNewPostWithItsResolvedToTheOrganisation() {
        // "its" resolved to the organisation, as the pipeline's pronoun resolution does
        Set<String> t = triples("Pardel Securities appointed Omar Haddad as its new chairman.",
                organization("Pardel Securities").pronouns("its@1"), person("Omar Haddad"));
        assertTrue(t.contains("Omar Haddad leads Pardel Securities"), t::toString);
        Set<String> a = triples("Pardel Securities has named Omar Haddad its chief financial officer.",
                organization("Pardel Securities").pronouns("its@1"), person("Omar Haddad"));
        assertTrue(a.contains("Omar Haddad employedBy Pardel Securities"), a::toString);
        // a negated appointment is no fact
        Set<String> none = triples("Pardel Securities did not appoint Omar Haddad as its chairman.",
                organization("Pardel Securities"), person("Omar Haddad"));
        assertTrue(none.isEmpty(), none::toString);
    }

    @Test
    void personsIncludedInAGroupOfStaffAtAnOrganisation() {
        Set<String> t = triples("Economists at Pardel Securities, including Omar Haddad and Lena Ostrova, expect growth.",
                organization("Pardel Securities"), person("Omar Haddad"), person("Lena Ostrova"));
        assertTrue(t.contains("Omar Haddad employedBy Pardel Securities"), t::toString);
        assertTrue(t.contains("Lena Ostrova employedBy Pardel Securities"), t::toString);
        // critics of a company do not work for it
        Set<String> none = triples("Critics of Pardel Securities, including Omar Haddad, protested.",
                organization("Pardel Securities"), person("Omar Haddad"));
        assertTrue(none.isEmpty(), none::toString);
    }
}
