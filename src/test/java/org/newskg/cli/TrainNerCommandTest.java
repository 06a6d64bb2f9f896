package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainNerCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = new CommandLine(new TrainNerCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void unknownAlgorithmIsBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(EvalCommand.BAD_INPUT, run(err, "--algorithm", "svm", "--out", dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("maxent or perceptron"), err.toString());
    }

    @Test
    void missingCorpusIsBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(EvalCommand.BAD_INPUT, run(err, "--gmb", dir.resolve("none.zip").toString(),
                "--out", dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("none.zip"), err.toString());
    }
}
