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
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Constructions of {@link LexiconRelationExtractor} added in round 12: "X in Y" after any preposition, a place's
 * possessive before an organisation ("Norland's Kessling Motors", "Vardo, Norland's Pardel Group"), "X of Y" for a
 * person and a company, "director of a unit at Y", "Y's worldwide vice-president", a second post sharing the first
 * one's organisation, "Minister of Finance X", an honorific between a post and its holder, and no `leads` of a
 * country; each with a case that must give nothing.
 */
class RelationPossessivePlaceAndPostConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 1);

    /** The whole pipeline, where the gazetteer's kind of place ("Country", "City") matters. */
    private static final Pipeline PIPELINE = Pipeline.english();

    private static Set<String> pipelineTriples(String text) throws Exception {
        return RelationTests.triples(
                PIPELINE.process(ArticleReader.parseText("file:///test.txt", "Headline\n\n" + text)).relations());
    }

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void aPlaceInAPlaceAfterAnyPreposition() throws Exception {
        // the container's kind (a country) comes from the gazetteer: the whole pipeline
        Set<String> t = pipelineTriples("Fighting continued around Kunduz in Afghanistan on Monday.");
        assertTrue(t.contains("Kunduz locatedIn Afghanistan"), t::toString);
        Set<String> f = pipelineTriples("The convoy left from Tikrit in Iraq at dawn.");
        assertTrue(f.contains("Tikrit locatedIn Iraq"), f::toString);
        Set<String> h = triples("Mortar Attack on Camp Veldor in northern Tarkistan", place("Camp Veldor"),
                place("Tarkistan"));
        assertTrue(h.contains("Camp Veldor locatedIn Tarkistan"), h::toString);
        // "of" a country: the embassy's country is not in the other one
        Set<String> none = pipelineTriples("He is the ambassador of Norway in Afghanistan.");
        assertFalse(none.contains("Norway locatedIn Afghanistan"), none::toString);
    }

    @Test
    void aPlacesPossessiveBeforeAnOrganisation() throws Exception {
        Set<String> t = triples("Norland's Kessling Motors will supply the engines.", place("Norland"),
                organization("Kessling Motors"));
        assertTrue(t.contains("Kessling Motors basedIn Norland"), t::toString);
        Set<String> a = triples("The deal will arm Tarkistan's Northern Guard with new rifles.", place("Tarkistan"),
                organization("Northern Guard"));
        assertTrue(a.contains("Northern Guard basedIn Tarkistan"), a::toString);
        // a town before the country (its kind from the gazetteer): the organisation is in the town, the town in
        // the country
        Set<String> town = pipelineTriples("The engines come from Lyon, France's Pardel Group.");
        assertTrue(town.contains("Pardel Group basedIn Lyon"), town::toString);
        assertTrue(town.contains("Lyon locatedIn France"), town::toString);
        // the organisation's name holds the place: nothing
        Set<String> none = triples("Norland's Norland Rail cut fares.", place("Norland"), organization("Norland Rail"));
        assertTrue(none.isEmpty(), none::toString);
        // a list of places before the country: no town is singled out
        Set<String> list = pipelineTriples("Plants in Marseille, Lyon, France's Pardel Group will close.");
        assertFalse(list.contains("Pardel Group basedIn Lyon"), list::toString);
    }

    @Test
    void aPersonOfACompanyWorksThere() {
        Set<String> t = triples("Jan Brück of Kessling Capital commented on the falls.", person("Jan Brück"),
                organization("Kessling Capital"));
        assertTrue(t.contains("Jan Brück employedBy Kessling Capital"), t::toString);
        Set<String> s = triples("\u201cThe market is nervous,\u201d said Anna Lind of Pardel Advisory Services.",
                person("Anna Lind"), organization("Pardel Advisory Services"));
        assertTrue(s.contains("Anna Lind employedBy Pardel Advisory Services"), s::toString);
        Set<String> c = triples("Analysts, including Anna Lind of Pardel Advisory, expect a cut.",
                person("Anna Lind"), organization("Pardel Advisory"));
        assertTrue(c.contains("Anna Lind employedBy Pardel Advisory"), c::toString);
        // "of" after a noun: the name is part of a larger phrase ("a letter of X of Y")
        Set<String> none = triples("They read the letter of Jan Brück of Kessling Capital aloud.", person("Jan Brück"),
                organization("Kessling Capital"));
        assertTrue(none.isEmpty(), none::toString);
        // the phrase goes on after the company ("X of Y and Z"): no closed "X of Y"
        Set<String> open = triples("Jan Brück of Kessling Capital and Kessel Bank met.", person("Jan Brück"),
                organization("Kessling Capital"), organization("Kessel Bank"));
        assertTrue(open.isEmpty(), open::toString);
    }

    @Test
    void aUnitOfAnOrganisationNamedAfterAt() {
        Set<String> t = triples("\u201cPrices will fall,\u201d said Jan Brück, director of Energy Studies at Kessel "
                + "University.", person("Jan Brück"), organization("Energy Studies"),
                organization("Kessel University"));
        assertTrue(t.contains("Jan Brück employedBy Kessel University"), t::toString);
        assertFalse(t.contains("Jan Brück employedBy Energy Studies"), t::toString);
        assertFalse(t.contains("Jan Brück leads Kessel University"), t::toString);
        // without "at", the unit stays the organisation
        Set<String> u = triples("\u201cPrices will fall,\u201d said Jan Brück, director of the Kessel Institute.",
                person("Jan Brück"), organization("Kessel Institute"));
        assertFalse(u.contains("Jan Brück employedBy Kessel University"), u::toString);
    }

    @Test
    void aPossessiveCompanyBeforeAnAdverbAndAHyphenatedDeputyPost() {
        Set<String> t = triples("Kessling's worldwide vice-president of sales, Anna Lind, said demand was strong.",
                organization("Kessling"), person("Anna Lind"));
        assertTrue(t.contains("Anna Lind employedBy Kessling"), t::toString);
        assertFalse(t.contains("Anna Lind leads Kessling"), t::toString);
        assertTrue(t.stream().anyMatch(s -> s.startsWith("Anna Lind holdsPosition \"vice-president")), t::toString);
    }

    @Test
    void aSecondPostSharesTheFirstPostsOrganisation() {
        Set<String> t = triples("The Steelworkers President Jan Brück and Vice President Anna Lind rejected the offer.",
                organization("Steelworkers"), person("Jan Brück"), person("Anna Lind"));
        assertTrue(t.contains("Jan Brück leads Steelworkers"), t::toString);
        assertTrue(t.contains("Anna Lind employedBy Steelworkers"), t::toString);
        assertTrue(t.contains("Anna Lind holdsPosition \"Vice President\""), t::toString);
        // no organisation before the first post: none for the second
        Set<String> none = triples("President Jan Brück and Vice President Anna Lind rejected the offer.",
                person("Jan Brück"), person("Anna Lind"));
        assertFalse(none.stream().anyMatch(s -> s.contains("employedBy") || s.contains("leads")), none::toString);
    }

    @Test
    void aPostOfACapitalisedDepartmentBeforeItsHolder() {
        Set<String> t = triples("The budget came from Tarkistan's Minister of Energy Jan Brück on Monday.",
                place("Tarkistan"), person("Jan Brück"));
        assertTrue(t.contains("Jan Brück holdsPosition \"Minister of Energy\""), t::toString);
        Set<String> d = triples("Norland's Secretary of Defense Anna Lind met the generals.", place("Norland"),
                person("Anna Lind"));
        assertTrue(d.contains("Anna Lind holdsPosition \"Secretary of Defense\""), d::toString);
        // the department without a holder after it: nothing
        Set<String> none = triples("The Minister of Finance will present the budget on Monday.");
        assertTrue(none.isEmpty(), none::toString);
    }

    @Test
    void anHonorificBetweenAPostAndItsHolderAndNoLeadsOfACountry() {
        Set<String> t = triples("Guests included the Prime Minister of Norland, Mr. Jan Brück, at the opening.",
                place("Norland"), person("Jan Brück"));
        assertTrue(t.contains("Jan Brück holdsPosition \"Prime Minister\""), t::toString);
        assertFalse(t.contains("Jan Brück leads Norland"), t::toString);
        Set<String> p = triples("Norland President Anna Lind arrived on Monday.", place("Norland"), person("Anna Lind"));
        assertTrue(p.contains("Anna Lind holdsPosition \"President\""), p::toString);
        assertFalse(p.contains("Anna Lind leads Norland"), p::toString);
        // a company's president still leads it
        Set<String> c = triples("Kessling President Anna Lind arrived on Monday.", organization("Kessling"),
                person("Anna Lind"));
        assertTrue(c.contains("Anna Lind leads Kessling"), c::toString);
    }

    @Test
    void aMeetingWithAPostHolderNamedAfterTheComma() {
        Set<String> t = triples("Jan Brück met the Tarkistani Foreign Minister, Anna Lind, to discuss the border.",
                person("Jan Brück"), person("Anna Lind"));
        assertTrue(t.contains("Jan Brück met Anna Lind"), t::toString);
        Set<String> a = triples("Jan Brück met the French President, Anna Lind in Vardo today.", person("Jan Brück"),
                person("Anna Lind"), place("Vardo"));
        assertTrue(a.contains("Jan Brück met Anna Lind"), a::toString);
        // a list after the post: the post's holder is not singled out
        Set<String> list = triples("Jan Brück met the Foreign Minister, Anna Lind and Olaf Berg on Monday.",
                person("Jan Brück"), person("Anna Lind"), person("Olaf Berg"));
        assertFalse(list.contains("Jan Brück met Anna Lind"), list::toString);
        // the clause goes on after the post: nobody met by name
        Set<String> none = triples("Jan Brück met the Foreign Minister, and later called Anna Lind.",
                person("Jan Brück"), person("Anna Lind"));
        assertFalse(none.contains("Jan Brück met Anna Lind"), none::toString);
    }

    @Test
    void aTownAndItsStateAsTheModifierOfANounAfterAPrepositionOrItsOwner() throws Exception {
        // the container's kind (a region) comes from the gazetteer: the whole pipeline
        Set<String> t = pipelineTriples("Production at its Toledo, Ohio factory was halted.");
        assertTrue(t.contains("Toledo locatedIn Ohio"), t::toString);
        Set<String> p = pipelineTriples("Jobs will go in Windsor, Ontario plants next year.");
        assertTrue(p.contains("Windsor locatedIn Ontario"), p::toString);
        // a capitalised word after the country is a name that holds it, not a noun it modifies
        Set<String> none = pipelineTriples("In Paris, France Telecom said profits rose.");
        assertFalse(none.stream().anyMatch(r -> r.contains("locatedIn")), none::toString);
    }

    @Test
    void twoCoordinatedPostsWhoseSecondBeginsWithAModifier() {
        Set<String> t = triples("The vice president and general counsel of Kessling Motors, Anna Lind, explained it.",
                organization("Kessling Motors"), person("Anna Lind"));
        assertTrue(t.contains("Anna Lind holdsPosition \"vice president\""), t::toString);
        assertTrue(t.contains("Anna Lind holdsPosition \"general counsel\""), t::toString);
        assertTrue(t.contains("Anna Lind employedBy Kessling Motors"), t::toString);
        // of no named organisation: both posts, no employer
        Set<String> u = triples("The vice president and general counsel of the firm, Anna Lind, explained it.",
                person("Anna Lind"));
        assertTrue(u.contains("Anna Lind holdsPosition \"vice president\""), u::toString);
        assertTrue(u.contains("Anna Lind holdsPosition \"general counsel\""), u::toString);
        // two people after the phrase: no single holder
        Set<String> none = triples("The president and general counsel of the firm, Anna Lind and Olaf Berg, spoke.",
                person("Anna Lind"), person("Olaf Berg"));
        assertTrue(none.isEmpty(), none::toString);
    }

    @Test
    void aLedCompoundOfANamedOrganisation() {
        Set<String> t = triples("Skyline Tankers, a Kessling-led consortium, signed the contract.",
                organization("Skyline Tankers"), organization("Kessling"));
        assertTrue(t.contains("Kessling leads Skyline Tankers"), t::toString);
        Set<String> a = triples("The Kessling-led Vardo Alliance won the tender.", organization("Kessling"),
                organization("Vardo Alliance"));
        assertTrue(a.contains("Kessling leads Vardo Alliance"), a::toString);
        // a group with no name: nothing
        Set<String> none = triples("The Kessling-led consortium won the tender.", organization("Kessling"));
        assertTrue(none.isEmpty(), none::toString);
        // "led by" after a dash is no compound
        Set<String> dash = triples("Skyline Tankers, the consortium of Kessling - led by Anna Lind - won.",
                organization("Skyline Tankers"), organization("Kessling"), person("Anna Lind"));
        assertFalse(dash.stream().anyMatch(r -> r.startsWith("Kessling leads")), dash::toString);
    }
}
