package org.newskg.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

class ModelNameFinderTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final ModelNameFinder FINDER = ModelNameFinder.english();

    private static final String TEXT = "Rebels shelled the outskirts of Kharkiv overnight\n\n"
            + "Ukrainian officials said on Monday that rebels shelled the outskirts of Kharkiv overnight. "
            + "Defense Minister Oleksiy Reznikov told reporters in Kyiv that the army had pushed them back. "
            + "The United Nations called for a ceasefire, and the International Committee of the Red Cross "
            + "sent aid to Donetsk.";

    private static List<Mention> find(String text) {
        return FINDER.find(ANALYZER.analyze(text));
    }

    private static boolean has(List<Mention> mentions, String text, EntityType type) {
        return mentions.stream().anyMatch(m -> m.text().equals(text) && m.type() == type);
    }

    @Test
    void findsPersonsOrganizationsAndPlaces() {
        List<Mention> m = find(TEXT);
        assertTrue(has(m, "Oleksiy Reznikov", EntityType.PERSON), m.toString());
        assertTrue(has(m, "United Nations", EntityType.ORGANIZATION), m.toString());
        assertTrue(has(m, "Kyiv", EntityType.PLACE), m.toString());
        assertTrue(has(m, "Donetsk", EntityType.PLACE), m.toString());
    }

    @Test
    void mentionsAreNamesFromTheModelWithOffsetsIntoTheText() {
        AnalyzedText t = ANALYZER.analyze(TEXT);
        List<Mention> m = FINDER.find(t);
        assertFalse(m.isEmpty());
        int last = -1;
        for (Mention x : m) {
            assertEquals(x.text(), TEXT.substring(x.start(), x.end()));
            assertEquals(ModelNameFinder.SOURCE, x.source());
            assertEquals(Mention.Kind.NAME, x.kind());
            assertTrue(x.confidence() > 0 && x.confidence() <= 1, x.toString());
            assertTrue(t.sentences().get(x.sentence()).contains(x.start()), x.toString());
            assertTrue(x.start() >= last, "text order: " + m);
            last = x.end();
        }
    }

    @Test
    void titlesStayOutOfPersonNames() {
        List<Mention> m = find("President Emmanuel Macron met Prime Minister Giorgia Meloni in Rome on Friday.");
        assertTrue(has(m, "Emmanuel Macron", EntityType.PERSON), m.toString());
        assertTrue(has(m, "Giorgia Meloni", EntityType.PERSON), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.text().startsWith("President") || x.text().startsWith("Prime")),
                m.toString());
    }

    @Test
    void curlyApostrophesAreReadLikeStraightOnes() {
        List<Mention> curly = find("Kenya’s president visited Nairobi’s main hospital.");
        List<Mention> straight = find("Kenya's president visited Nairobi's main hospital.");
        assertEquals(straight.stream().map(x -> x.text() + "/" + x.type()).toList(),
                curly.stream().map(x -> x.text() + "/" + x.type()).toList());
        assertTrue(has(curly, "Nairobi", EntityType.PLACE), curly.toString());
    }

    @Test
    void threadsSharingTheFinderGetTheSameMentions() throws Exception {
        AnalyzedText t = ANALYZER.analyze(TEXT);
        List<Mention> expected = FINDER.find(t);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Mention>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> FINDER.find(t)));
            }
            for (Future<List<Mention>> r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
