package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainRelationsCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        // no extraction: the arguments are checked first
        return TrainCommands.run(TrainCommands.relations(), err, args);
    }

    @Test
    void missingFolderExitsTwoNamingIt() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("no-such-folder");
        assertEquals(2, run(err, "--gold", dir.toString(), "--articles", missing.toString()));
        assertTrue(err.toString().contains("newskg train-relations: " + missing + ": not a readable folder"),
                err.toString());
    }

    @Test
    void missingOptionIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--gold", dir.toString()));
        assertTrue(err.toString().contains("--articles"), err.toString());
    }
}
