package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;

class MaxentEntityCalibratorTest {

    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.english();

    private static List<Entity> entities(AnalyzedText text) {
        return NameResolver.standard().resolve(text, HybridMentionFinder.standard().find(text)).entities();
    }

    private static Entity named(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + es));
    }

    @Test
    void bundledModelLoadsAndGivesProbabilities() {
        long t0 = System.nanoTime();
        MaxentEntityCalibrator c = MaxentEntityCalibrator.standard();
        assertTrue((System.nanoTime() - t0) / 1e6 < 2000, "loading the bundled model should be quick");
        AnalyzedText text = ANALYZER.analyze("Talks\n\nThe minister visited France on Monday.");
        Entity france = named(entities(text), "France");
        double p = c.probability(france, text);
        assertTrue(p > 0 && p < 1, "probability " + p);
        Entity calibrated = c.calibrate(france, text);
        assertEquals(p, calibrated.confidence(), 1e-12);
        assertEquals(france.key(), calibrated.key());
        assertEquals(france.mentions(), calibrated.mentions());
    }

    /** Shape alone (a capitalised word that recurs) is weaker evidence than a title and a known given name. */
    @Test
    void shapeOnlyOrganizationIsLessLikelyThanTitledPersonWithKnownGivenName() {
        AnalyzedText text = ANALYZER.analyze("Prices rise\n\n"
                + "Qorvex Dalmuna raised its prices on Monday. Analysts said Qorvex Dalmuna had little choice. "
                + "Qorvex Dalmuna sells tiles in three regions.\n\n"
                + "President Maria Kellbrook said the rise was unwelcome.");
        List<Entity> es = entities(text);
        Entity org = named(es, "Qorvex Dalmuna");
        Entity person = named(es, "Maria Kellbrook");
        assertEquals(EntityType.PERSON, person.type());
        MaxentEntityCalibrator c = MaxentEntityCalibrator.standard();
        assertTrue(c.probability(org, text) < c.probability(person, text));
    }

    @Test
    void probabilityFromPrecomputedFeaturesIsTheEntitysProbability() {
        AnalyzedText text = ANALYZER.analyze("Talks\n\nThe minister visited France on Monday.");
        MaxentEntityCalibrator c = MaxentEntityCalibrator.standard();
        for (Entity e : entities(text)) {
            String[] features = CalibrationFeatures.of(e, text).toArray(String[]::new);
            assertEquals(c.probability(e, text), c.probability(features, e.type()), 0, e.name());
        }
    }

    @Test
    void noneLeavesTheEntityAsItIs() {
        AnalyzedText text = ANALYZER.analyze("Talks\n\nThe minister visited France on Monday.");
        Entity france = named(entities(text), "France");
        assertEquals(france, EntityCalibrator.NONE.calibrate(france, text));
        assertNotEquals(france.confidence(), MaxentEntityCalibrator.standard().calibrate(france, text).confidence());
    }

    /**
     * A one-word name the finder makes a place only by the preposition before it ("went to Billboard"): a word
     * the bundled model finds an organization more often in such a place, so at margin 0 it retypes it. (A party
     * typed a person by hand, used before, is no longer retyped by the retrained model: a PERSON whose only
     * evidence is an organisation's head word is a set of features no finder gives.)
     */
    private static final String CHART = "Music\n\nThe album went to Billboard and stayed there for a week.";

    private static Entity chartPlace(AnalyzedText text) {
        Entity place = named(entities(text), "Billboard");
        assertEquals(EntityType.PLACE, place.type());
        return place;
    }

    @Test
    void entityWhoseEvidencePointsToAnotherTypeIsRetyped() {
        AnalyzedText text = ANALYZER.analyze(CHART);
        Entity place = chartPlace(text);
        MaxentEntityCalibrator c = MaxentEntityCalibrator.standard().withRetyping(0.0);
        String[] f = CalibrationFeatures.of(place, text).toArray(String[]::new);
        Entity retyped = c.calibrate(place, text);
        assertEquals(EntityType.ORGANIZATION, retyped.type(), List.of(f).toString());
        assertEquals("organization/billboard", retyped.key());
        assertTrue(retyped.mentions().stream().allMatch(m -> m.type() == EntityType.ORGANIZATION));
        assertEquals(c.probability(f, EntityType.ORGANIZATION), retyped.confidence(), 1e-12);
        assertTrue(retyped.confidence() > c.probability(f, EntityType.PLACE));
        // a large margin keeps the type, with P(own type) as confidence
        Entity kept = c.withRetyping(0.9).calibrate(place, text);
        assertEquals(EntityType.PLACE, kept.type());
        assertEquals(c.probability(f, EntityType.PLACE), kept.confidence(), 1e-12);
    }

    @Test
    void linkedEntityIsNotRetyped() {
        AnalyzedText text = ANALYZER.analyze(CHART);
        Entity linked = chartPlace(text).withWikidata("Q999999", "Q999999");
        Entity c = MaxentEntityCalibrator.standard().withRetyping(0.0).calibrate(linked, text);
        assertEquals(EntityType.PLACE, c.type());
        assertEquals("Q999999", c.key());
    }

    @Test
    void bundledModelIsTypedAndDoesNotRetypeByDefault() {
        AnalyzedText text = ANALYZER.analyze(CHART);
        MaxentEntityCalibrator c = MaxentEntityCalibrator.standard();
        assertTrue(c.isTyped());
        assertEquals(MaxentEntityCalibrator.DEFAULT_RETYPE_MARGIN, c.retypeMargin());
        assertEquals(EntityType.PLACE, c.calibrate(chartPlace(text), text).type());
    }

    /** Retyping must not give two entities of a text one key: the entity keeps its type then. */
    @Test
    void retypingThatWouldDuplicateAKeyKeepsTheType() {
        AnalyzedText text = ANALYZER.analyze(CHART);
        Entity place = chartPlace(text);
        Entity org = MaxentEntityCalibrator.retyped(place, EntityType.ORGANIZATION, place.confidence());
        List<Entity> out = MaxentEntityCalibrator.standard().withRetyping(0.0).calibrateAll(List.of(place, org),
                text);
        assertEquals(EntityType.PLACE, out.get(0).type());
        assertEquals(place.key(), out.get(0).key());
        assertEquals(EntityType.ORGANIZATION, out.get(1).type());
    }

    @Test
    void retypedDropsSubclassesOfTheOldType() {
        AnalyzedText text = ANALYZER.analyze("Talks\n\nThe minister visited France on Monday.");
        Entity france = named(entities(text), "France");
        Entity org = MaxentEntityCalibrator.retyped(france, EntityType.ORGANIZATION, 0.5);
        assertEquals(null, org.subclass());
        assertTrue(org.mentions().stream().allMatch(m -> m.type() == EntityType.ORGANIZATION
                && m.subclass() == null), org.mentions().toString());
        assertEquals("organization/france", org.key());
    }

    @Test
    void featuresAreEvidenceAndShapeNeverTheNameWords() {
        AnalyzedText text = ANALYZER.analyze("Talks\n\nThe minister visited France on Monday.");
        Entity france = named(entities(text), "France");
        List<String> f = CalibrationFeatures.of(france, text);
        assertTrue(f.contains("type=PLACE"), f.toString());
        assertTrue(f.stream().noneMatch(s -> s.toLowerCase().contains("france")), f.toString());
        assertTrue(f.contains("lastword=Xx") && f.contains("prev=visited"), f.toString());
    }
}
