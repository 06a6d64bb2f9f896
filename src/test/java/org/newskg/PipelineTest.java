package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.Evidence;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.Predicate;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.extract.Relation;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.link.EntityLinker;
import org.newskg.resolve.Entity;
import org.newskg.resolve.EntityCalibrator;
import org.newskg.resolve.NameResolver;
import org.newskg.testing.TestTexts;

class PipelineTest {

    private static final String TEXT = "Talks in Geneva\n\nMaria Lopez, the chief executive of Orbital Dynamics, "
            + "met Paul Weber in Geneva on Monday. \"We agreed on the next steps,\" Lopez said.\n";

    private static Pipeline.Builder stages() {
        return Pipeline.builder().analyzer(TestTexts.ANALYZER).mentionFinder(Pipeline.englishMentionFinder())
                .resolver(NameResolver.standard()).linker(EntityLinker.NONE)
                .relations(LexiconRelationExtractor.standard()).statements(QuoteStatementExtractor.standard());
    }

    @Test
    void aFailingRelationStageLosesTheRelationsButNotTheArticle() throws Exception {
        Article a = ArticleReader.parseText("t.txt", TEXT);
        Extraction whole = stages().build().process(a);
        assertFalse(whole.relations().isEmpty(), "the text states relations");
        Extraction x = stages().relations((text, date) -> {
            throw new IllegalStateException("a bug");
        }).build().process(a);
        assertTrue(x.relations().isEmpty());
        assertEquals(whole.entities().size(), x.entities().size());
        assertEquals(whole.statements().size(), x.statements().size());
        assertFalse(x.statements().isEmpty());
    }

    /**
     * A recurring capitalised word that nothing but its capitals speaks for, with the rules alone (the model's
     * opinion of a made-up name is its own): a weak organization.
     */
    private static final String WEAK = "Volunteers clean river banks\n\nMaria Lopez, the mayor of Geneva, thanked the "
            + "volunteers on Monday. Many of them first read about the clean-up when Quillio shared it, and Quillio "
            + "later printed the photos. The volunteers collected two tonnes of rubbish, Lopez said.\n";

    private static List<String> names(Extraction x) {
        return x.entities().stream().map(Entity::name).sorted().toList();
    }

    @Test
    void entitiesBelowTheMinimumConfidenceAreLeftOutAndTheOthersKept() throws Exception {
        Article a = ArticleReader.parseText("weak.txt", WEAK);
        Extraction all = ruleStages().minConfidence(0).build().process(a);
        Entity weak = all.entities().stream().filter(e -> e.name().equals("Quillio")).findFirst().orElseThrow();
        assertTrue(weak.confidence() < Pipeline.DEFAULT_MIN_CONFIDENCE, "shape alone is weak evidence");
        Extraction kept = ruleStages().build().process(a);
        assertEquals(names(all).stream().filter(n -> !n.equals("Quillio")).toList(), names(kept));
        assertTrue(names(kept).contains("Maria Lopez"));
        assertEquals(all.relations().size(), kept.relations().size());
        assertEquals(names(all), names(ruleStages().build().withMinConfidence(0).process(a)));
    }

    @Test
    void aWeakEntityThatARelationIsBuiltOnStays() throws Exception {
        Article a = ArticleReader.parseText("weak.txt", WEAK);
        // a relation stage that states something of the weak name: its role there is evidence of its own
        Extraction x = stages().relations((text, date) -> text.entities().stream()
                .filter(e -> e.name().equals("Quillio"))
                .map(e -> new Relation(e, Predicate.BASED_IN, null, "the town", null, null, null,
                        new Evidence(1, 0, 10), 0.5, "test"))
                .toList()).build().process(a);
        assertTrue(names(x).contains("Quillio"), names(x).toString());
        assertEquals(1, x.relations().size());
    }

    /**
     * A name only a weak context word ("through") makes a place: with the rules alone (the model's opinion of a
     * made-up name is its own), at a raw confidence between 0.4 and 0.5.
     */
    private static final String MIDDLING = "Volunteers clean river banks\n\nMaria Lopez, the mayor of Geneva, thanked "
            + "the volunteers on Monday. Many of them had heard of the clean-up through Zorbly, and some brought "
            + "friends who also use Zorbly every day. The volunteers collected two tonnes of rubbish, Lopez said.\n";

    @Test
    void withoutCalibrationTheRawConfidenceIsCutAtItsOwnDefault() throws Exception {
        Article a = ArticleReader.parseText("middling.txt", MIDDLING);
        Extraction raw = ruleStages().calibrator(EntityCalibrator.NONE).minConfidence(0).build().process(a);
        double c = raw.entities().stream().filter(e -> e.name().equals("Zorbly")).findFirst().orElseThrow()
                .confidence();
        assertTrue(c >= Pipeline.UNCALIBRATED_MIN_CONFIDENCE && c < Pipeline.DEFAULT_MIN_CONFIDENCE, "raw " + c);
        // no calibrator and no cut given: the raw default (0.4) keeps it, whichever way the pipeline was made
        assertTrue(names(ruleStages().calibrator(EntityCalibrator.NONE).build().process(a)).contains("Zorbly"));
        assertTrue(names(ruleStages().build().withCalibrator(EntityCalibrator.NONE).process(a)).contains("Zorbly"));
        // a cut given stays the cut
        assertFalse(names(ruleStages().calibrator(EntityCalibrator.NONE).minConfidence(0.5).build().process(a))
                .contains("Zorbly"));
        assertFalse(names(ruleStages().minConfidence(0.5).build().withCalibrator(EntityCalibrator.NONE).process(a))
                .contains("Zorbly"));
    }

    /** The stages with the rules-only name finder: confidences that no statistical model's opinion moves. */
    private static Pipeline.Builder ruleStages() {
        return stages().mentionFinder(HybridMentionFinder.rules());
    }

    @Test
    void aMinimumConfidenceOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> stages().minConfidence(1.5).build());
        assertThrows(IllegalArgumentException.class, () -> stages().minConfidence(Double.NaN).build());
    }
}
