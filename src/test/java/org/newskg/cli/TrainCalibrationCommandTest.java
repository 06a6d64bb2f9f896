package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainCalibrationCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        // the extractor is never asked for: the folders are checked first
        CommandLine cl = new CommandLine(new TrainCalibrationCommand(() -> {
            throw new AssertionError("no extraction expected");
        }));
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
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
    void tooFewArticlesIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TrainCalibrationCommand(() -> a -> {
            throw new AssertionError("no article expected");
        }));
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("--gold", dir.toString(), "--articles", dir.toString(), "--out",
                dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("fewer than 2 articles"), err.toString());
    }
}
