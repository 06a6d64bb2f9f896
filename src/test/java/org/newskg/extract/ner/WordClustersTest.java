package org.newskg.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class WordClustersTest {

    @TempDir
    Path dir;

    @Test
    void looksUpATokenAsWrittenThenCapitalisedThenLowerCase() throws IOException {
        WordClusters c = WordClusters.read(stream("Nairobi\t1110\nsaid\t0111\nUS\t1011\n"));
        assertEquals(3, c.size());
        assertEquals("1110", c.path("Nairobi"));
        assertEquals("1110", c.path("NAIROBI"));   // all-caps headline
        assertEquals("0111", c.path("Said"));      // sentence start
        assertEquals("1011", c.path("US"));
        assertNull(c.path("us"));                  // lower-case forms never borrow an upper-case word's cluster
        assertNull(c.path("Gharyan"));
    }

    @Test
    void linesThatAreNotWordTabBitPathAreRefusedWithTheirNumber() {
        IOException e = assertThrows(IOException.class, () -> WordClusters.read(stream("Nairobi\t1110\nKabul 1101\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IOException.class, () -> WordClusters.read(stream("Kabul\t11x1\n")));
    }

    @Test
    void theSerializerWritesWhatItReadsAndLeavesTheStreamOpen() throws IOException {
        WordClusters c = WordClusters.read(stream("b\t01\na\t1\n"));
        ClosingCheck out = new ClosingCheck();
        new WordClusters.Serializer().serialize(c, out);
        assertEquals("a\t1\nb\t01\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(!out.closed, "a model's zip stream must stay open for its next entry");
    }

    @Test
    void readsTheLongestPrefixOfEachWordFromClearNlpLexica() throws IOException {
        HashMap<String, Set<String>> map = new HashMap<>();
        map.put("Kabul", new HashSet<>(List.of("11", "1110", "111011")));
        map.put("said", new HashSet<>(List.of("0", "01")));
        WordClusters c = WordClusters.read(lexicaJar(map));
        assertEquals("111011", c.path("Kabul"));
        assertEquals("01", c.path("said"));
    }

    @Test
    void lexicaHoldingOtherClassesThanCollectionsAndStringsAreRefused() throws IOException {
        HashMap<String, Object> map = new HashMap<>();
        map.put("Kabul", new Date(0));
        IOException e = assertThrows(IOException.class, () -> WordClusters.read(lexicaJar(map)));
        assertTrue(e.getMessage().contains("cannot read"), e.getMessage());
    }

    /**
     * A model trained with cluster features keeps its clusters: written and read back, it tags a town it never saw
     * in training because the town shares the cluster of the towns it did see.
     */
    @Test
    void aModelCarriesItsClustersAndGeneralisesThroughThem() throws IOException {
        Path clusters = dir.resolve("clusters.tsv");
        Files.writeString(clusters, "Oslo\t1110\nLima\t1110\nBern\t1110\nQuito\t1110\n"
                + "Anna\t0001\nBoris\t0001\nCarla\t0001\n");
        Path features = dir.resolve("features.xml");
        Files.writeString(features, """
                <featureGenerators cache="true" name="nameFinder">
                  <generator class="org.newskg.extract.ner.WordClusterFeatureGeneratorFactory">
                    <str name="dict">word-clusters.tsv</str>
                  </generator>
                </featureGenerators>
                """);
        List<NameSample> samples = new ArrayList<>();
        for (String town : List.of("Oslo", "Lima", "Bern")) {
            for (String person : List.of("Anna", "Boris", "Carla")) {
                samples.add(new NameSample(new String[]{person, "flew", "to", town, "."},
                        new Span[]{new Span(0, 1, "person"), new Span(3, 4, "place")}, true));
            }
        }
        NerTrainer.Settings settings = new NerTrainer.Settings("maxent", 30, 0, features.toString(), clusters);
        Path file = dir.resolve("model.bin");
        NerTrainer.write(NerTrainer.train(samples, settings), file);

        TokenNameFinderModel read = new TokenNameFinderModel(file);
        Span[] found = new NameFinderME(read).find(new String[]{"Quito", "flew", "to", "Quito", "."});
        assertTrue(List.of(found).stream().anyMatch(s -> s.getStart() == 3 && s.getType().equals("place")),
                List.of(found).toString());
    }

    @Test
    void featuresWithClustersNeedTheirFile() throws IOException {
        Path features = dir.resolve("features.xml");
        Files.writeString(features, """
                <featureGenerators name="nameFinder">
                  <generator class="org.newskg.extract.ner.WordClusterFeatureGeneratorFactory">
                    <str name="dict">word-clusters.tsv</str>
                  </generator>
                </featureGenerators>
                """);
        List<NameSample> one = List.of(new NameSample(new String[]{"Oslo"}, new Span[]{new Span(0, 1, "place")}, true));
        IOException e = assertThrows(IOException.class,
                () -> NerTrainer.train(one, new NerTrainer.Settings("maxent", 1, 0, features.toString(), null)));
        assertTrue(e.getMessage().contains("word clusters"), e.getMessage());
        IOException missing = assertThrows(IOException.class, () -> NerTrainer.train(one,
                new NerTrainer.Settings("maxent", 1, 0, features.toString(), dir.resolve("absent.tsv"))));
        assertTrue(missing.getMessage().contains("not found"), missing.getMessage());
    }

    private Path lexicaJar(Map<String, ?> map) throws IOException {
        ByteArrayOutputStream xz = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new XZOutputStream(xz, new LZMA2Options()))) {
            out.writeObject(map);
        }
        Path jar = dir.resolve("lexica.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("brown-test.txt.xz"));
            zip.write(xz.toByteArray());
            zip.closeEntry();
        }
        return jar;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Remembers whether it was closed. */
    private static final class ClosingCheck extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
