package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.ner.ModelVoter;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

/**
 * Name boundaries (middle initials, "and the" inside a name whose acronym the article uses, sentence-initial
 * adjectives), capitalised common nouns, events and laws, a name renamed in commas, and the model yielding to a
 * sure rule; on the rules alone (the model only where named), on sentences written for the test.
 */
class NameBoundariesTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.rules();

    private static List<String> names(String text) {
        return FINDER.find(ANALYZER.analyze(text)).stream().map(Mention::text).toList();
    }

    private static EntityType typeOf(String text, String name) {
        List<Mention> ms = FINDER.find(ANALYZER.analyze(text));
        return ms.stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + ms)).type();
    }

    @Test
    void middleInitialStaysInsideTheName() {
        List<String> ns = names("Army Sergeant Daniel P. Okafor died on Monday in a vehicle accident.");
        assertTrue(ns.contains("Daniel P. Okafor"), ns.toString());
        assertFalse(ns.contains("Okafor"), ns.toString());
    }

    @Test
    void andTheJoinsANameWhoseAcronymTheArticleWrites() {
        List<String> ns = names("Troops fought the Popular Front of Kandor and the Western Hills near the river. "
                + "PFKWH fighters withdrew on Tuesday.");
        assertTrue(ns.contains("Popular Front of Kandor and the Western Hills"), ns.toString());
    }

    @Test
    void andTheStaysASeparatorWithoutSuchAnAcronym() {
        List<String> ns = names("The Ministry of Defence and the Army agreed on Tuesday.");
        assertTrue(ns.contains("Ministry of Defence"), ns.toString());
        assertTrue(ns.contains("Army"), ns.toString());
    }

    @Test
    void aKnownNameAfterAndIsNotJoined() {
        List<String> ns = names("Officials of the Council of Europe and the United States met. The CEUS plan failed.");
        assertTrue(ns.contains("United States"), ns.toString());
    }

    @Test
    void sentenceInitialAdjectiveBeforeANameIsCutOff() {
        List<String> ns = names("Brellmont will close two plants. Actual Brellmont job losses would be smaller, "
                + "Brellmont said.");
        assertFalse(ns.contains("Actual Brellmont"), ns.toString());
    }

    @Test
    void recurringCapitalisedCommonNounsAreNoOrganization() {
        List<String> ns = names("Both sides broke the Suspension of Hostilities in May. "
                + "Observers said the Freeze on Evictions and the Suspension of Hostilities had held.");
        assertFalse(ns.contains("Suspension"), ns.toString());
        assertFalse(ns.contains("Evictions"), ns.toString());
        assertFalse(ns.contains("Hostilities"), ns.toString());
    }

    @Test
    void lawsAndSummitsAreNoEntities() {
        List<String> ns = names("Congress passed the Farm Credit Reform Act after the Paris Summit ended.");
        assertFalse(ns.stream().anyMatch(n -> n.contains("Act")), ns.toString());
        assertTrue(ns.contains("Paris"), ns.toString());
    }

    @Test
    void nameInCommasAfterANounItRenames() {
        assertEquals(EntityType.ORGANIZATION,
                typeOf("The Danish low-cost airline, Skyvero, said on Monday that fares would rise.", "Skyvero"));
    }

    @Test
    void modelVotesCountHalfAgainstASureRule() {
        Ballot b = new Ballot();
        b.vote(EntityType.ORGANIZATION, 2.0, null, "context:apposition");
        b.vote(EntityType.PLACE, 3.0, null, ModelVoter.SOURCE);
        b.vote(EntityType.PLACE, 0.4, null, "context:word");
        HybridMentionFinder.modelYieldsToRules(b);
        assertEquals(EntityType.ORGANIZATION, b.winner());
        assertEquals(1.9, b.score(EntityType.PLACE), 1e-9);
    }

    @Test
    void modelKeepsItsVotesWithoutASureRule() {
        Ballot b = new Ballot();
        b.vote(EntityType.ORGANIZATION, 1.5, null, "context:word");
        b.vote(EntityType.PLACE, 3.0, null, ModelVoter.SOURCE);
        HybridMentionFinder.modelYieldsToRules(b);
        assertEquals(EntityType.PLACE, b.winner());
    }
}
