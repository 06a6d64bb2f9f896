package org.newskg.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads newskg's knowledge files (gazetteers, lexicons, indexes): UTF-8 TSV on the classpath, '#' starts a
 * comment line (the header saying what each column means), blank lines are skipped, list cells are '|'-separated.
 *
 * <pre>
 * KnowledgeFiles.read("/org/newskg/lexicon/head-words.tsv", row -> heads.put(row[0], row[1]));
 * </pre>
 */
public final class KnowledgeFiles {

    private KnowledgeFiles() {
    }

    /** Calls {@code row} with the tab-separated cells of every data line of a classpath resource. */
    public static void read(String resource, Consumer<String[]> row) {
        try (InputStream in = KnowledgeFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from the classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The non-blank, stripped items of a '|'-separated list cell. */
    public static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String p : cell.split("\\|")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
