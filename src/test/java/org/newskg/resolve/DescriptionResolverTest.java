package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

class DescriptionResolverTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.standard();
    private static final NameResolver RESOLVER = NameResolver.standard();

    private static ResolvedText resolve(String text) {
        AnalyzedText t = ANALYZER.analyze(text);
        return RESOLVER.resolve(t, FINDER.find(t));
    }

    /** "text -> entity name" for every description and organization pronoun, in text order. */
    private static List<String> referring(String text) {
        ResolvedText r = resolve(text);
        return r.mentions().stream().filter(m -> m.kind() == Mention.Kind.DESCRIPTION
                        || m.source().equals("rule:pronoun-organization"))
                .map(m -> m.text() + " -> " + r.entityOf(m).name()).toList();
    }

    // ---- persons: titles and roles ----

    @Test
    void titleBeforeTheNameResolvesTheBareTitle() {
        assertEquals(List.of("minister -> Ali Said"), referring(
                "Defence Minister Ali Said visited the front on Monday. The minister met troops in Gharyan."));
    }

    @Test
    void capitalisedTitleWithModifierResolves() {
        assertEquals(List.of("Eastern Commander -> Khalifa Haftar"), referring(
                "Eastern Commander Khalifa Haftar ordered an advance. The Eastern Commander dubbed it a liberation."));
    }

    @Test
    void appositionGivesTheRole() {
        assertEquals(List.of("minister -> Ali Said"), referring(
                "Ali Said, the defence minister, arrived in Tripoli. The minister said the talks would resume."));
    }

    @Test
    void sportRoleResolves() {
        assertEquals(List.of("striker -> Marcus Rashford"), referring(
                "Manchester United signed striker Marcus Rashford in 2015. The striker scored twice on Sunday."));
    }

    @Test
    void aSynonymOfTheTitleResolvesToo() {
        assertEquals(List.of("pontiff -> Francis"), referring(
                "Pope Francis arrived in Manila on Monday. The pontiff met survivors of the typhoon."));
    }

    @Test
    void twoMinistersGiveNoResolution() {
        assertEquals(List.of(), referring("Foreign Minister Ali Said and Interior Minister Omar Nasser met in Cairo. "
                + "The minister said the talks went well."));
    }

    @Test
    void aMoreSpecificTitleMustMatch() {
        assertEquals(List.of(), referring(
                "Defence Minister Ali Said visited the front. The foreign minister stayed in Tripoli."));
    }

    @Test
    void anUnnamedHolderBlocksTheDescription() {
        assertEquals(List.of(), referring("A minister said the plan had failed. Defence Minister Ali Said declined "
                + "to comment. The minister left early."));
    }

    @Test
    void descriptionInsideAQuotationIsLeftAlone() {
        assertEquals(List.of(), referring(
                "Defence Minister Ali Said visited the front. \u201CThe minister is a liar,\u201D Omar Nasser said."));
    }

    // ---- organizations and places ----

    @Test
    void companyDescriptionAndPronounsResolveToTheOneCompany() {
        assertEquals(List.of("company -> Acme Corp", "it -> Acme Corp", "Its -> Acme Corp"), referring(
                "Acme Corp reported a loss on Tuesday. The company said it would cut 500 jobs. Its shares fell."));
    }

    @Test
    void twoCompaniesGiveNoResolution() {
        assertEquals(List.of(), referring(
                "Acme Corp and Globex Corp reported losses on Tuesday. The company said it would cut jobs."));
    }

    @Test
    void appositionKindBeatsAnOrganizationOfUnknownKind() {
        assertEquals(List.of("carmaker -> Fiat"), referring("Fiat, the Italian carmaker, agreed to buy a stake in "
                + "Chrysler. The carmaker's shares rose 3 percent."));
    }

    @Test
    void armedForceDescriptionAndItResolve() {
        assertEquals(List.of("army -> Libyan National Army", "it -> Libyan National Army"), referring(
                "The Libyan National Army shelled Gharyan on Sunday. The army said it had seized the airport."));
    }

    @Test
    void armyIsNotACompany() {
        assertEquals(List.of(), referring("Acme Corp opened a plant in Gharyan. The army said the road was closed."));
    }

    @Test
    void aGroupKnownOnlyAsAnOrganizationIsNoCoalition() {
        // "the vile organisation ISIL" says ISIL is an organization, nothing narrower: "the coalition" is not ISIL
        assertEquals(List.of(), referring("The UK is fighting the vile organisation ISIL in Iraq. "
                + "The international coalition has supported local forces since June."));
    }

    @Test
    void townResolvesToThePlaceCalledATown() {
        List<String> r = referring("Rebels entered Gharyan, a town south of Tripoli, on Sunday. "
                + "Residents said the town was calm.");
        assertEquals(List.of("town -> Gharyan"), r);
    }

    @Test
    void itReferringToAThingIsLeftAlone() {
        assertEquals(List.of(), referring("Apple launched a new phone on Monday. It costs $500."));
        assertEquals(List.of(), referring("Acme Corp built a bridge last year. It is expected to open soon."));
    }

    @Test
    void theyResolvesOnlyToAnArmedForce() {
        assertEquals(List.of("They -> Libyan National Army"), referring(
                "The Libyan National Army shelled Gharyan on Sunday. They seized the airport."));
        assertEquals(List.of(), referring("Acme Corp cut prices on Monday. They said sales were weak."));
    }

    // ---- aliases ----

    @Test
    void descriptionsAndPronounsNeverBecomeAliases() {
        ResolvedText r = resolve(
                "Acme Corp reported a loss on Tuesday. The company said it would cut 500 jobs. Its shares fell.");
        Entity acme = r.entities().stream().filter(e -> e.name().equals("Acme Corp")).findFirst().orElseThrow();
        assertTrue(acme.aliases().isEmpty(), acme.aliases().toString());
        assertTrue(acme.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.DESCRIPTION));
        assertTrue(acme.confidence() > acme.mentions().stream().filter(m -> !m.isName())
                .mapToDouble(Mention::confidence).max().orElseThrow());
    }
}
