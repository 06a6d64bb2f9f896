package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildGazetteerCommandTest {

    @TempDir
    Path dir;

    @Test
    void dictionaryOnlyWithoutADictionaryIsAUsageErrorAndWritesNothing() {
        TestConsole console = new TestConsole();
        Path to = dir.resolve("out");
        assertEquals(2, console.run("build-gazetteer", "--dictionary-only", "--to", to.toString()));
        assertTrue(console.err().contains("--dictionary-only needs --dictionary"), console.err());
        assertFalse(Files.exists(to), "nothing may be written");
    }

    @Test
    void dictionaryOnlyWritesTheCommonWordsAndSaysHowMany() throws Exception {
        Path words = dir.resolve("words");
        // "apple" has a capitalised entry too, "ox" is too short, "galaxy's" a possessive: only two words stay
        Files.write(words, List.of("Apple", "apple", "galaxy", "galaxy's", "ox", "business"), StandardCharsets.UTF_8);
        Path to = dir.resolve("out");
        TestConsole console = new TestConsole();
        assertEquals(0, console.run("build-gazetteer", "--dictionary", words.toString(), "--dictionary-only",
                "--to", to.toString()));
        assertTrue(console.out().contains("common words: 2 rows"), console.out());
        List<String> rows = Files.readAllLines(to.resolve("common-words.txt")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("business", "galaxy"), rows);
        assertFalse(Files.exists(to.resolve("countries.tsv")), "only the common words were asked for");
    }
}
