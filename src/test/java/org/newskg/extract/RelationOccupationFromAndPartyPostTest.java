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
 * {@link LexiconRelationExtractor}: "X, an analyst from Y" (an occupation's employer after "from", a company only),
 * "X, a Y instructor in Z" (an instructor is an occupation) and "X, an Ottawa New Democrat MP" (capitalised words
 * of place and party between the article and the post, and MP as a post held).
 */
class RelationOccupationFromAndPartyPostTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void anOccupationFromACompanyNamesTheEmployer() {
        Set<String> a = triples("Darren Kale, a market analyst from Rothwell Partners, said shares would fall.",
                person("Darren Kale"), organization("Rothwell Partners"));
        assertTrue(a.contains("Darren Kale employedBy Rothwell Partners"), a::toString);
        Set<String> s = triples("Omar Said, a spokesman from the Red Crescent, said aid had arrived.",
                person("Omar Said"), organization("Red Crescent"));
        assertTrue(s.contains("Omar Said employedBy Red Crescent"), s::toString);
        Set<String> m = triples("Anna Berg, an MP from the Green Party, spoke first.", person("Anna Berg"),
                organization("Green Party"));
        assertTrue(m.contains("Anna Berg memberOf Green Party"), m::toString);
        assertTrue(m.contains("Anna Berg holdsPosition \"MP\""), m::toString);
    }

    @Test
    void anOccupationFromAPlaceOrACommanderFromAGroupGivesNoEmployer() {
        Set<String> p = triples("Lena Ortiz, an analyst from London, said prices were high.", person("Lena Ortiz"),
                place("London"));
        assertTrue(p.isEmpty(), p::toString);
        // a top post "from" a group is where the person comes from, not what the person leads
        Set<String> c = triples("Ali Dar, a commander from the Kessel Brigade, said the road was open.",
                person("Ali Dar"), organization("Kessel Brigade"));
        assertFalse(c.contains("Ali Dar commands Kessel Brigade"), c::toString);
        assertFalse(c.contains("Ali Dar employedBy Kessel Brigade"), c::toString);
    }

    @Test
    void anInstructorOfAnOrganisationNamedBeforeThePost() {
        Set<String> t = triples("For Ann Reed, a UNT instructor in history, the film was a revelation.",
                person("Ann Reed"), organization("UNT"));
        assertTrue(t.contains("Ann Reed employedBy UNT"), t::toString);
        Set<String> a = triples("Tom Hale, an instructor at the Vardo Flight School, said the crash was avoidable.",
                person("Tom Hale"), organization("Vardo Flight School"));
        assertTrue(a.contains("Tom Hale employedBy Vardo Flight School"), a::toString);
    }

    @Test
    void capitalisedPlaceAndPartyWordsBeforeAPost() {
        Set<String> t = triples("Paul Dewar, an Ottawa New Democrat MP, said the documents were lost.",
                person("Paul Dewar"));
        assertTrue(t.contains("Paul Dewar holdsPosition \"MP\""), t::toString);
        Set<String> p = triples("Ron Klein, a Dallas Republican congressman, said the bill would pass.",
                person("Ron Klein"), place("Dallas"));
        assertTrue(p.contains("Ron Klein holdsPosition \"congressman\""), p::toString);
        Set<String> l = triples("Jane Cole, a Labour MP, said the vote was close.", person("Jane Cole"));
        assertTrue(l.contains("Jane Cole holdsPosition \"MP\""), l::toString);
        // no apposition (no comma before the article): the post is someone else's
        Set<String> none = triples("Paul Dewar met an Ottawa New Democrat MP on Friday.", person("Paul Dewar"));
        assertFalse(none.contains("Paul Dewar holdsPosition \"MP\""), none::toString);
    }
}
