package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

/**
 * A short form that ends one longer name and starts another ("Air Force" beside "United States Air Force" and "Air
 * Force ROTC") is the name it ends, written in full: the one it starts is a body or programme of it. Sentences
 * written for the test.
 */
class ShortFormEndsLongerNameTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.standard();
    private static final NameResolver RESOLVER = NameResolver.standard();

    private static List<Entity> entities(String text) {
        AnalyzedText t = ANALYZER.analyze(text);
        return RESOLVER.resolve(t, FINDER.find(t)).entities();
    }

    private static Entity holding(List<Entity> es, String form) {
        return es.stream().filter(e -> e.name().equals(form) || e.aliases().contains(form)).findFirst()
                .orElseThrow(() -> new AssertionError(form + " not in " + es));
    }

    @Test
    void aShortFormJoinsTheNameItEndsOverTheNameItStarts() {
        List<Entity> es = entities("He served as an officer in the United States Navy for twenty years. As a "
                + "student he joined Navy ROTC at college. The Navy sent him to Norfolk in 1990.");
        assertEquals("United States Navy", holding(es, "Navy").name());
    }

    @Test
    void aShortFormThatOnlyStartsALongerNameStillJoinsIt() {
        List<Entity> es = entities("Shares of Halvex Motors rose on Monday. Halvex said sales grew.");
        assertTrue(holding(es, "Halvex").name().startsWith("Halvex"), es.toString());
    }
}
