package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.newskg.Pipeline;
import org.newskg.eval.Bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg bench}: how fast newskg is, measured in one run (see {@link Bench}).
 *
 * <pre>
 * newskg bench                                  # eval/articles, 5 rounds after 2 warm-up
 * newskg bench --replicate 100 --threads 2      # the folder's articles cycled up to 100
 * newskg bench --articles my/news --json
 * </pre>
 *
 * <p>After the rounds it also times the real command path once: {@code extract} of one article and of
 * {@code --command-articles} articles (the folder cycled) to a temporary file, in this JVM.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures speed: model loading, each stage's throughput on the same input, the whole "
                + "pipeline on 1 and N threads, as medians [min-max] over rounds and as ratios from the same run.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "eval/articles",
            description = "Folder of articles NAME.txt (default: ${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5",
            description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
            description = "Warm-up rounds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of the parallel run (default: cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--replicate", paramLabel = "N", defaultValue = "0",
            description = "Cycle the folder's articles up to N articles (default: each once).")
    int replicate;

    @Option(names = "--load-rounds", paramLabel = "N", defaultValue = "3",
            description = "Cold loads of the models and lexicons to time, 0 for none (default: ${DEFAULT-VALUE}).")
    int loadRounds;

    @Option(names = "--command-articles", paramLabel = "N", defaultValue = "100",
            description = "Articles for the timed 'extract' run, 0 to skip the command path (default: "
                    + "${DEFAULT-VALUE}).")
    int commandArticles;

    @Option(names = "--example", paramLabel = "FILE", defaultValue = "examples/tripoli-clashes.txt",
            description = "The one article of the timed 'extract' run (default: ${DEFAULT-VALUE}, or the folder's "
                    + "first article when missing).")
    Path example;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    private final Supplier<Pipeline> pipeline;

    BenchCommand(Supplier<Pipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Bench.Settings settings;
        try {
            settings = new Bench.Settings(articles, rounds, warmup, threads, replicate, loadRounds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!Files.isDirectory(articles) || Bench.articleFiles(articles).isEmpty()) {
            err.println("newskg bench: no .txt article in folder " + articles);
            return ExitCodes.USAGE;
        }
        if (commandArticles < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--command-articles must be 0 or more");
        }
        err.println("newskg bench: measuring (" + rounds + " rounds after " + warmup + " warm-up) ...");
        err.flush();
        Bench.Report report = new Bench(settings).run(pipeline, Bench.Stages::english);
        if (commandArticles > 0) {
            report = report.withCommandPath(commandPath());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            report.writeJson(out);
        } else {
            report.writeText(out);
        }
        return ExitCodes.OK;
    }

    /** {@code extract} of one article, then of the folder cycled to {@code commandArticles}, to a temp file. */
    private List<Bench.Timing> commandPath() throws IOException {
        List<Path> files = Bench.articleFiles(articles);
        Path tmp = Files.createTempDirectory("newskg-bench");
        try {
            Path many = Files.createDirectories(tmp.resolve("articles"));
            for (int i = 0; i < commandArticles; i++) {
                Path f = files.get(i % files.size());
                String raw = Files.readString(f, StandardCharsets.UTF_8);
                Files.writeString(many.resolve(String.format("%05d-%s", i, f.getFileName())),
                        i < files.size() ? raw : Bench.replicaText(raw, i), StandardCharsets.UTF_8);
            }
            List<Bench.Timing> timings = new ArrayList<>();
            Path one = Files.isRegularFile(example) ? example : files.get(0);
            timings.add(extract(one.toString(), tmp.resolve("one.ttl"), "1 article", one.getFileName() + ", "));
            timings.add(extract(many.toString(), tmp.resolve("many.trig"), commandArticles + " articles", ""));
            return timings;
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private Bench.Timing extract(String input, Path output, String what, String note) throws IOException {
        StringWriter log = new StringWriter();
        CommandLine cl = NewsKg.commandLine(pipeline);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(log));
        long t0 = System.nanoTime();
        int code = cl.execute("extract", input, "-o", output.toString(), "--threads", Integer.toString(threads));
        double ms = (System.nanoTime() - t0) / 1e6;
        String summary = log.toString().lines().filter(l -> l.startsWith("Extracted")).findFirst()
                .orElse("exit code " + code);
        return new Bench.Timing("extract " + what + " -o " + output.getFileName(), ms,
                "(" + note + Files.size(output) / 1024 + " KiB; " + summary.replaceAll(" -> .*", "") + ")");
    }
}
