package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.GoldFixtures;
import org.newskg.eval.TrainingArticles;

/** The options and checks the three train-* commands share, each command built so that extraction fails. */
class TrainingOptionsTest {

    private static final List<Supplier<Object>> COMMANDS = List.of(TrainCommands::calibration,
            TrainCommands::relations, TrainCommands::speakers);

    @TempDir
    static Path dir;

    private static TrainingArticles.Source two;

    @BeforeAll
    static void copy() throws IOException {
        two = GoldFixtures.copy(dir, "a380-first-flight", "a380-flight-to-us");
    }

    private static String name(Object command) {
        return new picocli.CommandLine(command).getCommandName();
    }

    private static void assertUsageError(String message, String... args) {
        for (Supplier<Object> c : COMMANDS) {
            Object command = c.get();
            StringWriter err = new StringWriter();
            assertEquals(2, TrainCommands.run(command, err, args), err.toString());
            assertEquals("newskg " + name(command) + ": " + message + System.lineSeparator(), err.toString());
        }
    }

    @Test
    void moreFoldsThanArticlesIsReportedBeforeAnyExtraction() {
        assertUsageError("--folds must be 0, or between 2 and 2", "--gold", two.gold().toString(), "--articles",
                two.articles().toString(), "--folds", "3");
    }

    @Test
    void oneFoldIsReportedBeforeAnyExtraction() {
        assertUsageError("--folds must be 0, or between 2 and 2", "--gold", two.gold().toString(), "--articles",
                two.articles().toString(), "--folds", "1");
    }

    @Test
    void negativeFoldsAreAUsageError() {
        assertUsageError("--folds must be 0, or between 2 and 2", "--gold", two.gold().toString(), "--articles",
                two.articles().toString(), "--folds", "-1");
    }

    @Test
    void excludedArticlesDoNotCountTowardsTheFolds() throws IOException {
        // one of the two left out: --folds 2 is not refused ahead (fewer than 2 articles is the command's own
        // message after extraction), so extraction begins, which these commands refuse by an AssertionError
        Path exclude = Files.createDirectories(dir.resolve("exclude"));
        Files.writeString(exclude.resolve("a380-first-flight.txt"), "held out");
        for (Supplier<Object> c : COMMANDS) {
            Object command = c.get();
            StringWriter err = new StringWriter();
            Throwable t = null;
            try {
                TrainCommands.run(command, err, "--gold", two.gold().toString(), "--articles",
                        two.articles().toString(), "--exclude-articles", exclude.toString(), "--folds", "2");
            } catch (Throwable e) {
                t = e instanceof picocli.CommandLine.ExecutionException ? e.getCause() : e;
            }
            assertTrue(t instanceof AssertionError, name(command) + ": " + t + " " + err);
        }
    }

    @Test
    void anUnreadableExcludedFolderIsNamed() {
        Path missing = dir.resolve("no-such-test-set");
        assertUsageError(missing + ": not a readable folder", "--gold", two.gold().toString(), "--articles",
                two.articles().toString(), "--exclude-articles", missing.toString());
    }
}
