package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleReader;

/**
 * Calls and attacks of general news, each on sentences written for the test (health, migration, finance,
 * conflict): a call verb after a bracketed acronym or mis-tagged as a noun before "that", an addressee with "of"
 * and a negated infinitive ("asked the governments of X not to ..."), and "A and B exchanged fire" (each attacked
 * the other), also with an elided first name ("North and South Korea"); support received from named backers
 * ("X received support from A and B", "ranging from A to B"). Whole pipeline.
 */
class RelationCallsAcronymsAndExchangedFireTest {

    private static final Pipeline PIPELINE = Pipeline.english();

    private static Set<String> triples(String text) throws Exception {
        return RelationTests.triples(PIPELINE.process(ArticleReader.parseText("file:///test.txt", "Headline\n\n" + text))
                .relations());
    }

    // ------------------------------------------------------------ calls

    @Test
    void callVerbAfterBracketedAcronymOrTaggedAsNoun() throws Exception {
        Set<String> a = triples("The World Health Organisation (WHO) recommends that every country should iodise "
                + "all edible salt.");
        assertTrue(a.contains("World Health Organization calledFor \"every country should iodise all edible salt\""),
                a::toString);
        Set<String> b = triples("The International Monetary Fund recommends that every member state should cut fuel "
                + "subsidies.");
        assertTrue(b.contains("International Monetary Fund calledFor \"every member state should cut fuel "
                + "subsidies\""), b::toString);
        Set<String> d = triples("The International Monetary Fund (IMF) insists that governments cut fuel subsidies.");
        assertTrue(d.contains("International Monetary Fund calledFor \"governments cut fuel subsidies\""),
                d::toString);
    }

    @Test
    void reportingVerbsAndPluralNounsBeforeThatAreNoCalls() throws Exception {
        assertFalse(triples("The International Monetary Fund reports that growth slowed.").stream()
                .anyMatch(t -> t.contains("calledFor")));
        assertFalse(triples("Apple shares that rose sharply fell again on Monday.").stream()
                .anyMatch(t -> t.contains("calledFor")));
    }

    @Test
    void askedAnAddresseeWithOfNotToDoSomething() throws Exception {
        Set<String> a = triples("Maria Santos asked the governments of Central America not to deport the migrants.");
        assertTrue(a.contains("Maria Santos calledFor \"not to deport the migrants\""), a::toString);
        Set<String> b = triples("Maria Santos asked the government not to deport the migrants.");
        assertTrue(b.contains("Maria Santos calledFor \"not to deport the migrants\""), b::toString);
        Set<String> d = triples("The senator asked the leaders of both parties to end the shutdown.");
        assertFalse(d.stream().anyMatch(t -> t.contains("calledFor \"both")), d::toString);
    }

    @Test
    void askedAboutSomethingIsNoCall() throws Exception {
        assertFalse(triples("Maria Santos asked the governments of Central America about the migrants.").stream()
                .anyMatch(t -> t.contains("calledFor")));
    }

    // ------------------------------------------------------------ exchanged fire

    @Test
    void sidesThatExchangedFireAttackedEachOther() throws Exception {
        Set<String> a = triples("Israel and Hezbollah exchanged rocket fire overnight.");
        assertTrue(a.contains("Israel attacked Hezbollah") && a.contains("Hezbollah attacked Israel"), a::toString);
        Set<String> b = triples("India exchanged artillery fire with Pakistan across the border.");
        assertTrue(b.contains("India attacked Pakistan") && b.contains("Pakistan attacked India"), b::toString);
        Set<String> d = triples("Armenia and Azerbaijan have exchanged heavy gunfire since Sunday.");
        assertTrue(d.contains("Armenia attacked Azerbaijan") && d.contains("Azerbaijan attacked Armenia"),
                d::toString);
    }

    @Test
    void elidedFirstNameOfAPairThatExchangedFire() throws Exception {
        Set<String> t = triples("North Korea shelled an island. North and South Korea exchanged artillery fire "
                + "yesterday.");
        assertTrue(t.contains("North Korea attacked South Korea") && t.contains("South Korea attacked North Korea"),
                t::toString);
    }

    @Test
    void exchangedViewsOrAThreatToExchangeFireIsNoAttack() throws Exception {
        assertFalse(triples("France and Germany exchanged views on the budget.").stream()
                .anyMatch(t -> t.contains("attacked")));
        assertFalse(triples("India and Pakistan threatened to exchange fire.").stream()
                .anyMatch(t -> t.contains("attacked")));
        assertFalse(triples("The two leaders exchanged greetings in Paris.").stream()
                .anyMatch(t -> t.contains("attacked")));
    }

    // ------------------------------------------------------------ support received

    @Test
    void supportReceivedFromNamedBackers() throws Exception {
        Set<String> a = triples("Maria Lopez received support from actor Tom Hanks and the Labour Party.");
        assertTrue(a.contains("Tom Hanks supports Maria Lopez") && a.contains("Labour Party supports Maria Lopez"),
                a::toString);
        Set<String> b = triples("Maria Lopez received support online ranging from actor Tom Hanks to author "
                + "Stephen King.");
        assertTrue(b.contains("Tom Hanks supports Maria Lopez") && b.contains("Stephen King supports Maria Lopez"),
                b::toString);
        Set<String> e = triples("Maria Lopez received support ranging from US President Joe Biden to Tesla founder "
                + "Elon Musk.");
        assertTrue(e.contains("Joe Biden supports Maria Lopez") && e.contains("Elon Musk supports Maria Lopez")
                && !e.contains("United States of America supports Maria Lopez"), e::toString);
        Set<String> d = triples("Ukraine gained strong backing from Poland and Lithuania.");
        assertTrue(d.contains("Poland supports Ukraine") && d.contains("Lithuania supports Ukraine"), d::toString);
    }

    @Test
    void aidReceivedOrSupportNotReceivedIsNoSupport() throws Exception {
        assertFalse(triples("Maria Lopez received aid from the Red Cross.").stream()
                .anyMatch(t -> t.contains("supports")));
        assertFalse(triples("Maria Lopez did not receive support from the Labour Party.").stream()
                .anyMatch(t -> t.contains("supports")));
        assertFalse(triples("Maria Lopez received support from investors.").stream()
                .anyMatch(t -> t.contains("supports")));
    }
}
