package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleReader;

class ClassifiedRelationExtractorTest {

    private static Pipeline standard;
    private static Pipeline rulesOnly;
    /** The bundled model switched on at its cross-validated thresholds (it ships switched off: RELATIONS.md). */
    private static Pipeline enabled;

    @BeforeAll
    static void pipelines() {
        standard = Pipeline.english();
        rulesOnly = standard.withRelations(LexiconRelationExtractor.standard());
        MaxentRelationClassifier c = MaxentRelationClassifier.standard();
        enabled = standard.withRelations(new ClassifiedRelationExtractor(LexiconRelationExtractor.standard(),
                c.withThresholds(c.verify(), c.propose()), Pipeline.DEFAULT_MIN_CONFIDENCE));
    }

    private static Extraction run(Pipeline p, String text) throws Exception {
        return p.process(ArticleReader.parseText("test", "Weather report\n\n" + text));
    }

    private static boolean has(List<Relation> rels, String subject, Predicate p, String object) {
        return rels.stream().anyMatch(r -> r.subject().name().equals(subject) && r.predicate() == p
                && r.object() != null && r.object().name().equals(object));
    }

    @Test
    void bundledModelLoadsWithItsSettings() {
        MaxentRelationClassifier c = MaxentRelationClassifier.standard();
        assertTrue(c.outcomes() > 2, "outcomes: " + c.outcomes());
        assertEquals(null, c.predicate(c.noneIndex()));
        assertTrue(c.allows(Predicate.LOCATED_IN, EntityType.PLACE, EntityType.PLACE));
        assertFalse(c.allows(Predicate.LOCATED_IN, EntityType.PERSON, EntityType.PLACE));
        assertTrue(c.propose() > 0 && c.propose() < 1 && c.verify() > 0 && c.verify() <= 1, c.toString());
    }

    /** A second "X in northern Y" in one sentence: the rules take the first only; the model the second too. */
    @Test
    void proposesAPlaceInAPlaceTheRulesMissAndNoUnrelatedPair() throws Exception {
        String text = "Flooding hit Lyon in eastern France and Turin in northern Italy on Friday.";
        List<Relation> rules = run(rulesOnly, text).relations();
        assertFalse(has(rules, "Turin", Predicate.LOCATED_IN, "Italy"), rules.toString());
        Extraction x = run(enabled, text);
        List<Relation> rels = x.relations();
        assertTrue(has(rels, "Lyon", Predicate.LOCATED_IN, "France"), rels.toString());
        assertTrue(has(rels, "Turin", Predicate.LOCATED_IN, "Italy"), rels.toString());
        Relation proposed = rels.stream().filter(r -> r.subject().name().equals("Turin")).findFirst().orElseThrow();
        assertEquals(ClassifiedRelationExtractor.RULE, proposed.rule());
        assertTrue(proposed.confidence() > MaxentRelationClassifier.standard().propose());
        assertEquals("Turin in northern Italy", x.article().text().substring(proposed.evidence().start(),
                proposed.evidence().end()));
        assertFalse(rels.stream().anyMatch(r -> r.subject().name().equals("Lyon") && r.object() != null
                && r.object().name().equals("Italy")), rels.toString());
        assertFalse(rels.stream().anyMatch(r -> r.subject().name().equals("France")
                || r.subject().name().equals("Italy")), rels.toString());
        // the classifier changes relations only: the same entities
        assertEquals(run(rulesOnly, text).entities(), x.entities());
    }

    @Test
    void switchedOffItGivesTheRulesOutputAsItIs() throws Exception {
        String text = "Flooding hit Lyon in eastern France and Turin in northern Italy on Friday.";
        RelationExtractor off = new ClassifiedRelationExtractor(LexiconRelationExtractor.standard(),
                MaxentRelationClassifier.standard().withThresholds(1, 1), Pipeline.DEFAULT_MIN_CONFIDENCE);
        assertEquals(run(rulesOnly, text).relations(), run(standard.withRelations(off), text).relations());
        // the bundled settings: switched off, so the standard pipeline is the rules alone
        assertFalse(MaxentRelationClassifier.standard().settings().enabled());
        assertEquals(run(rulesOnly, text).relations(), run(standard, text).relations());
    }
}
