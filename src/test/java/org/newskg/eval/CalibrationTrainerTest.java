package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.ingest.Article;
import org.newskg.nlp.MaxentModels;
import org.newskg.resolve.Entity;
import org.newskg.resolve.EntityCalibrator;
import org.newskg.resolve.MaxentEntityCalibrator;

class CalibrationTrainerTest {

    private static final String[] ARTICLES = {"a380-engine-tour-delay", "a380-first-flight", "a380-flight-to-us",
        "a380-test-flight-bangkok-accident"};

    private static List<CalibrationTrainer.ArticleData> data;

    @TempDir
    static Path dir;

    /** A few development articles copied aside, labelled by the uncalibrated pipeline that keeps everything. */
    @BeforeAll
    static void collect() throws Exception {
        TrainingArticles.Source src = GoldFixtures.copy(dir, ARTICLES);
        Function<Article, Extraction> x = Pipeline.english().withCalibrator(EntityCalibrator.NONE)
                .withMinConfidence(0)::process;
        data = CalibrationTrainer.collect(src.gold(), src.articles(), List.of(), x);
    }

    @Test
    void labelsAreTheScorersTruePositives() {
        assertEquals(ARTICLES.length, data.size());
        for (CalibrationTrainer.ArticleData d : data) {
            int right = 0;
            for (boolean r : d.right()) {
                right += r ? 1 : 0;
            }
            assertEquals(ArticleScorer.score(d.gold(), d.x()).entities().total().tp(), right, d.name());
            assertEquals(d.x().entities().size(), d.features().size());
        }
    }

    /** Right entities have their own type as outcome; the others a gold type they match by name, or WRONG. */
    @Test
    void outcomesAreTheOwnTypeWhenRightElseAGoldTypeMatchedByNameOrWrong() {
        for (CalibrationTrainer.ArticleData d : data) {
            for (int i = 0; i < d.right().length; i++) {
                Entity e = d.x().entities().get(i);
                String o = d.outcome()[i];
                if (d.right()[i]) {
                    assertEquals(e.type().name(), o, e.name());
                } else if (!o.equals(MaxentEntityCalibrator.WRONG_TYPED)) {
                    assertNotEquals(e.type().name(), o, e.name());
                    Matcher m = new Matcher(d.gold());
                    assertTrue(d.gold().entities().stream().anyMatch(g -> g.type().name().equals(o)
                            && m.entity(MaxentEntityCalibrator.retyped(e, g.type(), 1), g)), e.name());
                }
            }
        }
    }

    @Test
    void anArticleInTwoSourcesIsUsedOnce() throws Exception {
        TrainingArticles.Source src = new TrainingArticles.Source(dir.resolve("gold"), dir.resolve("articles"));
        Function<Article, Extraction> x = Pipeline.english().withCalibrator(EntityCalibrator.NONE)
                .withMinConfidence(0)::process;
        assertEquals(ARTICLES.length, CalibrationTrainer.collect(List.of(src, src), List.of(), x).size());
    }

    @Test
    void trainingIsDeterministicAndTheWrittenModelLoads() throws IOException {
        Path a = dir.resolve("a.bin");
        Path b = dir.resolve("b.bin");
        MaxentModels.write(CalibrationTrainer.train(data), a);
        MaxentModels.write(CalibrationTrainer.train(data), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        MaxentEntityCalibrator loaded = MaxentEntityCalibrator.load(a);
        CalibrationTrainer.ArticleData d = data.get(0);
        for (Entity e : d.x().entities()) {
            double p = loaded.probability(e, d.x().analyzed());
            assertTrue(p >= 0 && p <= 1, e.name() + " " + p);
        }
    }

    @Test
    void crossValidationPrintsEveryCutAndTheReliabilityTable() throws IOException {
        StringWriter out = new StringWriter();
        CalibrationTrainer.CvResult r = CalibrationTrainer.crossValidate(data, 2, new PrintWriter(out));
        String s = out.toString();
        assertTrue(s.contains("raw >= 0.4") && s.contains("calibrated >= 0.6") && s.contains("reliability"), s);
        int entities = data.stream().mapToInt(d -> d.right().length).sum();
        assertEquals(entities, r.none().total().tp() + r.none().total().fp());
        Scores cut = r.calibrated().get(0.6).total();
        assertTrue(cut.tp() + cut.fp() <= entities);
        assertTrue(s.contains("retype margin 0.2") && r.retyped().containsKey(0.2), s);
    }
}
