package org.newskg.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * The words of a word-class file (rows "word TAB class"): for each class, its words stripped, in file order,
     * without repeats. A row without a class, or (when {@code known} is not null) with a class not in
     * {@code known}, is an error: a typo would otherwise drop the word silently.
     */
    public static Map<String, List<String>> wordClasses(String resource, Set<String> known) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        read(resource, r -> {
            String cls = r.length > 1 ? r[1].strip() : "";
            if (cls.isEmpty() || known != null && !known.contains(cls)) {
                throw new IllegalStateException(resource + ": unknown class '" + cls + "' for " + r[0]);
            }
            words.computeIfAbsent(cls, k -> new LinkedHashSet<>()).add(r[0].strip());
        });
        Map<String, List<String>> out = new LinkedHashMap<>();
        words.forEach((cls, ws) -> out.put(cls, List.copyOf(ws)));
        return Map.copyOf(out);
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
