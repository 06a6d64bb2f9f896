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
import org.newskg.extract.MaxentRelationClassifier;
import org.newskg.extract.RelationCandidates;

class RelationTrainerTest {

    private static final String[] ARTICLES = {"hong-kong-legislative-election", "italy-religious-schools-taxes",
        "nasa-shuttle-retirement-homes", "warhol-polaroids-usi-exhibit"};

    private static List<RelationTrainer.ArticleData> data;

    @TempDir
    static Path dir;

    /** A few development articles with relations, copied aside, labelled with the rules alone. */
    @BeforeAll
    static void collect() throws Exception {
        TrainingArticles.Source src = GoldFixtures.copy(dir, ARTICLES);
        Pipeline rules = Pipeline.english().withRelations(LexiconRelationExtractor.standard());
        data = RelationTrainer.collect(src.gold(), src.articles(), List.of(), rules::process,
                Pipeline.DEFAULT_MIN_CONFIDENCE, false);
    }

    @Test
    void pairsAreLabelledWithGoldPredicatesOfEntityObjectsOnly() {
        assertEquals(ARTICLES.length, data.size());
        int positive = 0;
        for (RelationTrainer.ArticleData d : data) {
            assertEquals(d.pairs().size(), d.labels().length);
            for (int i = 0; i < d.labels().length; i++) {
                String l = d.labels()[i];
                if (!l.equals(MaxentRelationClassifier.NONE)) {
                    positive++;
                    assertTrue(RelationCandidates.PREDICATES.stream().anyMatch(p -> p.localName().equals(l)), l);
                    assertTrue(d.pairs().get(i).subject() != d.pairs().get(i).object());
                }
            }
        }
        assertTrue(positive >= 10, "positive pairs: " + positive);
    }

    @Test
    void trainingIsDeterministicAndTheWrittenModelLoads() throws IOException {
        Path a = dir.resolve("a/relation-classifier.bin");
        Path b = dir.resolve("b/relation-classifier.bin");
        MaxentRelationClassifier.Settings s = new MaxentRelationClassifier.Settings(1, 0.6, false,
                RelationTrainer.typePairs(data), true);
        MaxentRelationClassifier.write(RelationTrainer.train(data), s, a);
        MaxentRelationClassifier.write(RelationTrainer.train(data), s, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertArrayEquals(Files.readAllBytes(MaxentRelationClassifier.thresholdsFile(a)),
                Files.readAllBytes(MaxentRelationClassifier.thresholdsFile(b)));
        MaxentRelationClassifier loaded = MaxentRelationClassifier.load(a);
        assertEquals(0.6, loaded.propose());
        assertEquals(s.types(), loaded.settings().types());
        double[] p = loaded.probabilities(data.get(0).pairs().get(0).features());
        assertEquals(1.0, java.util.Arrays.stream(p).sum(), 1e-6);
    }

    @Test
    void crossValidationPrintsTheSweepAndRulesAloneIsItsFirstRow() throws IOException {
        StringWriter out = new StringWriter();
        RelationTrainer.Choice best = RelationTrainer.crossValidate(data, 2, Pipeline.DEFAULT_MIN_CONFIDENCE, false,
                new PrintWriter(out));
        String s = out.toString();
        assertTrue(s.contains("verify 1.00 propose 1.00"), s);
        assertTrue(s.contains("best: verify"), s);
        Scores rules = ArticleScorer.score(data.get(0).gold(), data.get(0).x()).relations().total();
        assertTrue(rules.tp() > 0, s);
        assertTrue(best.scores().total().f1() >= 0, s);
    }
}
