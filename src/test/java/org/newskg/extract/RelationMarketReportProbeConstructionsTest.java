package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Constructions of {@link LexiconRelationExtractor} found missing by probing market reports (round 15): a role noun
 * the tagger reads as an adjective between an organisation and a person ("Acme executive X"), a minister's or
 * secretary's portfolio kept in the position ("Trade Minister X"), a post of an unnamed possessor in an apposition
 * ("X, the regulator's chief executive,"), no employment beside leading the same organisation, heading a division
 * of a company ("X, who heads Y's retail division," -> employedBy), and "X, Y" closing the subject before the verb
 * ("The Acme plant in Leipzig, Germany will close"); each with a case that must give nothing.
 */
class RelationMarketReportProbeConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);
    private static final Pipeline PIPELINE = Pipeline.english();

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void aRoleNounTaggedAsAdjectiveBetweenAnOrganisationAndAName() {
        Set<String> t = triples("Dalton Pharma executive Susan Reyes said sales rose.",
                organization("Dalton Pharma"), person("Susan Reyes"));
        assertTrue(t.contains("Susan Reyes employedBy Dalton Pharma"), t::toString);
        Set<String> b = triples("Corvane Systems executive Paul Dietrich declined to comment.",
                organization("Corvane Systems"), person("Paul Dietrich"));
        assertTrue(b.contains("Paul Dietrich employedBy Corvane Systems"), b::toString);
        // no name after it: "executive pay" is no post of anyone; "former" before the organisation: no post now
        Set<String> none = triples("Dalton Pharma executive pay rose by 20 percent.", organization("Dalton Pharma"));
        assertTrue(none.isEmpty(), none::toString);
        Set<String> former = triples("The former Dalton Pharma executive Susan Reyes sued the firm.",
                organization("Dalton Pharma"), person("Susan Reyes"));
        assertFalse(former.contains("Susan Reyes employedBy Dalton Pharma"), former::toString);
    }

    @Test
    void theLeaderOfAnOrganisationIsNotAlsoItsEmployee() {
        Set<String> t = triples("Dalton Pharma executive Susan Reyes resigns. Susan Reyes, the chief executive of "
                + "Dalton Pharma, said she would step down.", organization("Dalton Pharma"), person("Susan Reyes"));
        assertTrue(t.contains("Susan Reyes leads Dalton Pharma"), t::toString);
        assertFalse(t.contains("Susan Reyes employedBy Dalton Pharma"), t::toString);
        // the leader of another organisation: employment stays
        Set<String> other = triples("Dalton Pharma executive Susan Reyes resigns. Susan Reyes, the chairwoman of "
                + "the Pharma Institute, said she would step down.", organization("Dalton Pharma"),
                organization("Pharma Institute"), person("Susan Reyes"));
        assertTrue(other.contains("Susan Reyes employedBy Dalton Pharma"), other::toString);
    }

    @Test
    void aPostOfAnUnnamedPossessorInAnApposition() {
        Set<String> t = triples("Simon Fraser, the regulator's chief executive, warned banks about risk.",
                person("Simon Fraser"));
        assertTrue(t.contains("Simon Fraser holdsPosition \"chief executive\""), t::toString);
        Set<String> a = triples("Anna Berg, the company's new spokeswoman, said sales rose.", person("Anna Berg"));
        assertTrue(a.contains("Anna Berg holdsPosition \"spokeswoman\""), a::toString);
        // a former post is none; the post as an object of a verb belongs to nobody named
        Set<String> former = triples("Paul Hart, the bank's former chairman, sued the bank.", person("Paul Hart"));
        assertTrue(former.isEmpty(), former::toString);
        Set<String> object = triples("Simon Fraser praised the regulator's chief executive on Monday.",
                person("Simon Fraser"));
        assertTrue(object.isEmpty(), object::toString);
    }

    @Test
    void whoHeadsADivisionIsEmployedByItsCompany() {
        Set<String> t = triples("Maria Castell, who heads Halvorsen Group's consumer banking division, declined to "
                + "comment.", person("Maria Castell"), organization("Halvorsen Group"));
        assertTrue(t.contains("Maria Castell employedBy Halvorsen Group"), t::toString);
        assertFalse(t.contains("Maria Castell leads Halvorsen Group"), t::toString);
        Set<String> of = triples("Maria Castell, who heads the consumer banking division of Halvorsen Group, declined "
                + "to comment.", person("Maria Castell"), organization("Halvorsen Group"));
        assertTrue(of.contains("Maria Castell employedBy Halvorsen Group"), of::toString);
        // a division left or to be headed: no post now
        Set<String> left = triples("Maria Castell, who left Halvorsen Group's consumer banking division in 2005, "
                + "declined to comment.", person("Maria Castell"), organization("Halvorsen Group"));
        assertTrue(left.isEmpty(), left::toString);
        Set<String> future = triples("Maria Castell will head Halvorsen Group's consumer banking division.",
                person("Maria Castell"), organization("Halvorsen Group"));
        assertTrue(future.isEmpty(), future::toString);
    }

    @Test
    void aPortfolioIsPartOfAMinistersPosition() {
        Set<String> t = triples("Trade Minister Rahul Menon urged the European Union to lower its tariffs.",
                person("Rahul Menon"), organization("European Union"));
        assertTrue(t.contains("Rahul Menon holdsPosition \"Trade Minister\""), t::toString);
        Set<String> s = triples("Energy Secretary Joan Hale visited the plant.", person("Joan Hale"));
        assertTrue(s.contains("Joan Hale holdsPosition \"Energy Secretary\""), s::toString);
        // a portfolio word inside an organisation's name is the organisation's, not the post's
        Set<String> org = triples("Fenwick Energy chairman Patrick Byrne resigned.", organization("Fenwick Energy"),
                person("Patrick Byrne"));
        assertTrue(org.contains("Patrick Byrne holdsPosition \"chairman\""), org::toString);
        assertTrue(org.contains("Patrick Byrne leads Fenwick Energy"), org::toString);
    }

    @Test
    void aPlaceAndItsCountryCloseTheSubjectBeforeTheVerb() throws Exception {
        // whole pipeline: the gazetteer's kinds of place (a country after the comma) matter
        Set<String> t = pipelineTriples("The Brenton Motors plant in Leipzig, Germany will close next year.");
        assertTrue(t.contains("Leipzig locatedIn Germany"), t::toString);
        Set<String> v = pipelineTriples("The Toyota-owned plant in Valenciennes, France produces 1,000 cars a day.");
        assertTrue(v.contains("Valenciennes locatedIn France"), v::toString);
        // a fronted phrase: the country after the comma is the subject
        Set<String> fronted = pipelineTriples("After talks in Geneva, Iran agreed to cut output.");
        assertTrue(fronted.isEmpty(), fronted::toString);
        // an interjected "Y said,": Y speaks, it contains nothing
        Set<String> said = pipelineTriples("The summit in Paris, Germany said on Monday, was a success.");
        assertTrue(said.isEmpty(), said::toString);
    }

    private static Set<String> pipelineTriples(String text) throws Exception {
        return RelationTests.triples(PIPELINE.process(ArticleReader.parseText("file:///test.txt", "Headline\n\n"
                + text)).relations());
    }
}
