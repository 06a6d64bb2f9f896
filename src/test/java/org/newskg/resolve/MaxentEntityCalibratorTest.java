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

    @Test
    void featuresAreEvidenceAndShapeNeverTheNameWords() {
        AnalyzedText text = ANALYZER.analyze("Talks\n\nThe minister visited France on Monday.");
        Entity france = named(entities(text), "France");
        List<String> f = CalibrationFeatures.of(france, text);
        assertTrue(f.contains("type=PLACE"), f.toString());
        assertTrue(f.stream().noneMatch(s -> s.toLowerCase().contains("france")), f.toString());
    }
}
