package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainSpeakersCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        // the pipeline is never built: the arguments are checked first
        return TrainCommands.run(TrainCommands.speakers(), err, args);
    }

    @Test
    void missingFolderExitsTwoWithAClearMessage() {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("no-such-folder");
        assertEquals(2, run(err, "--gold", missing.toString(), "--articles", dir.toString()));
        assertTrue(err.toString().contains("newskg train-speakers: " + missing + ": not a readable folder"),
                err.toString());
    }

    @Test
    void badEnabledValueIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--gold", dir.toString(), "--articles", dir.toString(), "--enabled", "maybe"));
        assertTrue(err.toString().contains("--enabled must be auto, true or false"), err.toString());
    }
}
