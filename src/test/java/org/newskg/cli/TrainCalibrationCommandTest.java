package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Pipeline;
import org.newskg.eval.GoldFixtures;
import org.newskg.eval.TrainingArticles;
import org.newskg.resolve.EntityCalibrator;
import org.newskg.resolve.MaxentEntityCalibrator;
import picocli.CommandLine;

class TrainCalibrationCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        // no extraction: the arguments are checked first
        return TrainCommands.run(TrainCommands.calibration(), err, args);
    }

    @Test
    void missingFolderIsAUsageError() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("no-such-folder");
        assertEquals(2, run(err, "--gold", missing.toString(), "--articles", dir.toString()));
        assertTrue(err.toString().contains(missing + ": not a readable folder"), err.toString());
    }

    @Test
    void missingOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--articles", dir.toString()));
        assertTrue(err.toString().contains("--gold"), err.toString());
    }

    @Test
    void alsoWithoutAColonIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--gold", dir.toString(), "--articles", dir.toString(), "--also", dir.toString()));
        assertTrue(err.toString().contains("expected GOLD_DIR:ARTICLES_DIR"), err.toString());
    }

    @Test
    void alsoWithAMissingFolderIsAUsageError() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("gone");
        assertEquals(2, run(err, "--gold", dir.toString(), "--articles", dir.toString(), "--also",
                missing + ":" + dir));
        assertTrue(err.toString().contains(missing + ": not a readable folder"), err.toString());
    }

    /** Two pairs of folders, two articles each: one model trained on all four. */
    @Test
    void trainsOnSeveralFolderPairs() throws IOException {
        String[][] sets = {{"a380-first-flight", "a380-flight-to-us"}, {"a380-engine-tour-delay",
            "a380-test-flight-bangkok-accident"}};
        List<String> args = new ArrayList<>();
        for (int i = 0; i < sets.length; i++) {
            TrainingArticles.Source src = GoldFixtures.copy(dir.resolve("gold" + i), dir.resolve("articles" + i),
                    sets[i]);
            args.addAll(i == 0 ? List.of("--gold", src.gold().toString(), "--articles", src.articles().toString())
                    : List.of("--also", src.gold() + ":" + src.articles()));
        }
        Path model = dir.resolve("m.bin");
        args.addAll(List.of("--folds", "0", "--out", model.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TrainCalibrationCommand(() -> Pipeline.english()
                .withCalibrator(EntityCalibrator.NONE).withMinConfidence(0)::process));
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute(args.toArray(String[]::new)), err.toString());
        assertTrue(out.toString().startsWith("4 articles"), out.toString());
        assertTrue(MaxentEntityCalibrator.load(model).isTyped());
    }

    @Test
    void tooFewArticlesIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--gold", dir.toString(), "--articles", dir.toString(), "--out",
                dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("fewer than 2 articles"), err.toString());
    }
}
