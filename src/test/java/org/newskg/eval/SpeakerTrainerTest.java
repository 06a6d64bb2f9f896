package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Pipeline;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.MaxentSpeakerRanker;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.nlp.MaxentModels;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.resolve.NameResolver;

class SpeakerTrainerTest {

    /** Development articles with quotations. */
    private static final String[] ARTICLES = {"bin-laden-world-reactions", "basra-militants-second-day",
        "obama-gm-rescue-plan", "ireland-abortion-referendum"};

    private static List<SpeakerTrainer.ArticleData> data;

    @TempDir
    static Path dir;

    @BeforeAll
    static void collect() throws Exception {
        TrainingArticles.Source src = GoldFixtures.copy(dir, ARTICLES);
        SpeakerTrainer.Capture capture = new SpeakerTrainer.Capture(QuoteStatementExtractor.standard());
        Pipeline p = Pipeline.builder().analyzer(OpenNlpAnalyzer.english())
                .mentionFinder(Pipeline.englishMentionFinder()).resolver(NameResolver.standard())
                .relations(LexiconRelationExtractor.standard()).statements(capture).build();
        data = SpeakerTrainer.collect(src.gold(), src.articles(), List.of(), p, capture);
    }

    @Test
    void labelsFollowTheScorersStatementRule() {
        assertEquals(ARTICLES.length, data.size());
        int labelled = 0;
        for (SpeakerTrainer.ArticleData d : data) {
            Matcher m = new Matcher(d.gold());
            for (SpeakerTrainer.Labelled l : SpeakerTrainer.label(d)) {
                if (l.right() == null) {
                    continue;
                }
                labelled++;
                for (int c = 0; c < l.right().length; c++) {
                    // the candidate as sole speaker makes the statement match a gold one exactly when labelled right
                    var s = d.statements().get(l.index());
                    var only = new org.newskg.extract.Statement(List.of(l.candidates().get(c).entity()), null,
                            s.text(), s.start(), s.end(), true, null, null, null, null, List.of(), s.evidence(), 1,
                            s.rule());
                    boolean matches = d.gold().statements().stream().anyMatch(g -> m.statement(only, g));
                    assertEquals(matches, l.right()[c], d.name() + ": " + s.text());
                }
            }
        }
        assertTrue(labelled > 0, "no quotation labelled");
    }

    @Test
    void trainingIsDeterministicAndTheWrittenModelLoads() throws IOException {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        MaxentModels.write(SpeakerTrainer.train(data, true), a);
        MaxentModels.write(SpeakerTrainer.train(data, true), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertTrue(MaxentModels.load(a).getIndex(MaxentSpeakerRanker.RIGHT) >= 0);
    }

    @Test
    void crossValidationPrintsTheSweepAndTheRulesAlone() throws IOException {
        StringWriter out = new StringWriter();
        SpeakerTrainer.Choice c = SpeakerTrainer.crossValidate(data, 2, new PrintWriter(out));
        assertTrue(out.toString().contains("rules alone: P"), out.toString());
        assertTrue(out.toString().contains("features: evidence only"), out.toString());
        assertTrue(c.ranked().f1() >= c.rules().f1(), out.toString());
    }
}
