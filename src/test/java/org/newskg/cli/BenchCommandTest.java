package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Pipeline;
import org.newskg.eval.Bench;

/** {@code newskg bench} with tiny settings: every stage is measured and reported with positive figures. */
class BenchCommandTest {

    private static final Supplier<Pipeline> PIPELINE = NewsKg.memoize(Pipeline::english);

    private static final List<String> STAGES = List.of(Bench.ANALYSIS, Bench.SENTENCES, Bench.TOKENS, Bench.POS,
            Bench.LEMMAS, Bench.NAMES, Bench.RESOLUTION, Bench.RELATIONS, Bench.STATEMENTS, Bench.RDF, Bench.SUM,
            Bench.PIPELINE, "pipeline, 2 threads");

    /** A number, with thousands separators. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void articles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Haftar's forces advance on Tripoli\n\n"
                + "Forces loyal to Khalifa Haftar advanced on Tripoli on Thursday, the United Nations said. "
                + "\"We are worried,\" said Antonio Guterres, the UN secretary-general.\n");
        Files.writeString(dir.resolve("b.txt"), "Ford to build cars in Romania\n\n"
                + "Ford Motor Co. will build a new model at its plant in Craiova, Romania, chief executive "
                + "Jim Farley told reporters in Detroit on Monday.\n");
    }

    private int run(String... args) {
        picocli.CommandLine cl = NewsKg.commandLine(PIPELINE);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("bench", "--articles", dir.toString(), "--rounds", "1",
                "--warmup", "0", "--threads", "2"));
        all.addAll(List.of(args));
        return cl.execute(all.toArray(String[]::new));
    }

    @Test
    void tablePrintsEveryStageWithPositiveFigures() {
        assertEquals(0, run("--load-rounds", "1", "--command-articles", "2"), err.toString());
        String text = out.toString();
        assertTrue(text.contains("2 articles (2 files)"), text);
        for (String stage : STAGES) {
            String row = text.lines().filter(l -> l.strip().startsWith(stage + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + stage + " in\n" + text));
            List<Double> numbers = numbers(row.strip().substring(stage.length()));
            // wall ms median, min, max; cpu ms; tokens/s/core median, min, max; share median, min, max
            assertEquals(10, numbers.size(), row);
            numbers.forEach(n -> assertTrue(n > 0, row));
        }
        assertTrue(text.contains("x the 50,000 tokens/s/core target"), text);
        assertTrue(text.contains("relations            costs "), text);
        assertTrue(text.contains("speed-up "), text);
        for (String load : List.of("cold: OpenNLP models", "cold: gazetteer", "cold: Pipeline.english(), all at once",
                "this JVM: Pipeline.english() again (warm)")) {
            assertTrue(text.contains(load), "no load row " + load + " in\n" + text);
        }
        assertTrue(text.matches("(?s).*extract 1 article .*extract 2 articles .*Extracted 2 articles.*"), text);
    }

    @Test
    void jsonHasEveryStageAndReplicatesArticles() {
        assertEquals(0, run("--json", "--replicate", "3", "--load-rounds", "0", "--command-articles", "0"),
                err.toString());
        JsonObject root = JSON.parse(out.toString());
        assertEquals(3, root.get("articles").getAsNumber().value().intValue());
        assertEquals(2, root.get("files").getAsNumber().value().intValue());
        List<String> names = new ArrayList<>();
        for (JsonValue v : root.get("stages").getAsArray()) {
            JsonObject stage = v.getAsObject();
            names.add(stage.get("name").getAsString().value());
            for (String measure : List.of("wallMs", "cpuMs", "tokensPerSecond", "tokensPerCpuSecond",
                    "shareOfPipeline")) {
                double median = stage.get(measure).getAsObject().get("median").getAsNumber().value().doubleValue();
                assertTrue(median > 0, stage + " " + measure);
            }
        }
        assertEquals(STAGES, names);
        assertTrue(root.get("ratios").getAsObject().get("speedUp").getAsObject().get("min").getAsNumber().value()
                .doubleValue() > 0);
        assertTrue(root.get("commandPath").getAsArray().isEmpty());
    }

    @Test
    void emptyFolderIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        picocli.CommandLine cl = NewsKg.commandLine(PIPELINE);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(ExitCodes.USAGE, cl.execute("bench", "--articles", empty.toString()));
        assertTrue(err.toString().contains("no .txt article"), err.toString());
    }

    private static List<Double> numbers(String s) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            out.add(Double.parseDouble(m.group().replace(",", "")));
        }
        return out;
    }
}
