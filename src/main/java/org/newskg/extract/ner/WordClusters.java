package org.newskg.extract.ner;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.tukaani.xz.XZInputStream;

import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * Hierarchical word clusters (Brown clustering): each word maps to its bit path in the cluster tree, so words used
 * alike in a large unlabelled corpus ("Nairobi", "Kabul"; "Smith", "Jones") share path prefixes. Stored inside the
 * name-finder model as a resource of {@link WordClusterFeatureGeneratorFactory}.
 *
 * <p>File format: one {@code word<TAB>path} per line, UTF-8. A token not found as written is looked up with only
 * its first letter upper-case, then lower-case, so that all-caps headlines ("KABUL") and sentence-initial words
 * still find their clusters.
 *
 * <pre>{@code
 * WordClusters clusters = WordClusters.read(Files.newInputStream(Path.of("clusters.tsv")));
 * String path = clusters.path("Nairobi");   // e.g. "11101101101"
 * }</pre>
 */
public final class WordClusters implements SerializableArtifact {

    private final Map<String, String> paths;

    private WordClusters(HashMap<String, String> paths) {
        this.paths = Collections.unmodifiableMap(paths); // the readers' own map: not copied (250,000 entries)
    }

    /** Clusters from a word-to-path map (copied). */
    public static WordClusters of(Map<String, String> paths) {
        return new WordClusters(new HashMap<>(paths));
    }

    /** Reads {@code word<TAB>path} lines; the stream is not closed (it may be an entry of a model file). */
    public static WordClusters read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        HashMap<String, String> paths = new HashMap<>(1 << 19);
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isEmpty()) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab <= 0 || tab == line.length() - 1) {
                throw new IOException("word clusters, line " + n + ": expected word<TAB>path: " + line);
            }
            String path = line.substring(tab + 1);
            for (int i = 0; i < path.length(); i++) {
                if (path.charAt(i) != '0' && path.charAt(i) != '1') {
                    throw new IOException("word clusters, line " + n + ": the path is not made of 0 and 1: " + line);
                }
            }
            paths.put(line.substring(0, tab), path);
        }
        return new WordClusters(paths);
    }

    /**
     * Reads clusters from a {@code word<TAB>path} file, or from the jar of ClearNLP's global lexica
     * ({@code edu.emory.clir:clearnlp-global-lexica:3.1} on Maven Central), whose {@code brown-*.txt.xz} entry is a
     * Java-serialised map from each word to the prefixes of its path (the longest prefix is the path).
     */
    public static WordClusters read(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".jar")) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                return read(in);
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.stream()
                    .filter(e -> e.getName().startsWith("brown") && e.getName().endsWith(".txt.xz"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("no brown-*.txt.xz entry in " + file));
            try (ObjectInputStream in = new ObjectInputStream(
                    new XZInputStream(new BufferedInputStream(zip.getInputStream(entry))))) {
                // only the JDK collections and strings such a map is made of may be deserialised
                in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(
                        "java.util.HashMap;java.util.HashSet;java.util.Map$Entry;java.lang.String;!*"));
                Object read = in.readObject();
                if (!(read instanceof Map<?, ?> map)) {
                    throw new IOException("not a map of word clusters: " + entry.getName());
                }
                HashMap<String, String> paths = new HashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    String longest = "";
                    for (Object prefix : (Iterable<?>) e.getValue()) {
                        if (prefix.toString().length() > longest.length()) {
                            longest = prefix.toString();
                        }
                    }
                    if (!longest.isEmpty()) {
                        paths.put(e.getKey().toString(), longest);
                    }
                }
                return new WordClusters(paths);
            } catch (ClassNotFoundException | ClassCastException | java.io.InvalidClassException e) {
                throw new IOException("cannot read the word clusters of " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Writes the clusters in the format {@link #read} reads, sorted by word; the stream is not closed. */
    public void write(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> e : new TreeMap<>(paths).entrySet()) {
            w.write(e.getKey());
            w.write('\t');
            w.write(e.getValue());
            w.write('\n');
        }
        w.flush();
    }

    /** The cluster path of a token, or null when neither it nor its capitalised or lower-case form is known. */
    public String path(String token) {
        String p = paths.get(token);
        if (p != null || token.isEmpty()) {
            return p;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        p = paths.get(capitalised);
        return p != null ? p : paths.get(lower);
    }

    public int size() {
        return paths.size();
    }

    @Override
    public Class<?> getArtifactSerializerClass() {
        return Serializer.class;
    }

    /**
     * Reads and writes the clusters as a model entry. Unlike OpenNLP's own {@code BrownCluster} serializer (2.5.x),
     * it does not close the model's zip stream, which broke writing any model that carries Brown clusters.
     */
    public static final class Serializer implements ArtifactSerializer<WordClusters> {
        @Override
        public WordClusters create(InputStream in) throws IOException {
            return read(in);
        }

        @Override
        public void serialize(WordClusters artifact, OutputStream out) throws IOException {
            artifact.write(out);
        }
    }
}
