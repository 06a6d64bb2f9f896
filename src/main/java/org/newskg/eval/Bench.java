package org.newskg.eval;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.extract.Relation;
import org.newskg.extract.RelationExtractor;
import org.newskg.extract.Statement;
import org.newskg.extract.StatementExtractor;
import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.nlp.Token;
import org.newskg.rdf.GraphBuilder;
import org.newskg.resolve.EntityResolver;
import org.newskg.resolve.NameResolver;
import org.newskg.resolve.ResolvedText;

/**
 * newskg's speed measurement: model loading, then the throughput of each stage on the same analysed input and of
 * the whole pipeline on one and on N threads, all in one run, reported as medians with min/max over rounds and
 * as ratios (stage time / pipeline time, name finding / 50,000 tokens/s/core, N threads / 1 thread) computed
 * round by round, since ratios measured in the same run survive a noisy machine better than absolute times.
 *
 * <pre>
 * Bench.Report r = new Bench(new Bench.Settings(Path.of("eval/articles"), 5, 2, 2, 100, 3))
 *         .run(Pipeline::english, Bench.Stages::english);
 * r.writeText(out);   // or r.writeJson(out)
 * </pre>
 *
 * <p>Loading is measured in a fresh class loader per round, so that newskg's and OpenNLP's classes, the models
 * and the lexicons are all read again (a cold start of the application; the JVM and the JDK classes are warm).
 * Within one JVM the bundled models and lexicons are loaded once and shared, so later loads there are warm.
 */
public final class Bench {

    /** The name finder's speed target, tokens per second on one core. */
    public static final double NAMES_TARGET_TOKENS_PER_SECOND = 50_000;

    /**
     * What to measure.
     *
     * @param articles   folder of articles (its .txt files)
     * @param rounds     measured rounds (at least 1)
     * @param warmup     rounds run first and not measured
     * @param threads    threads of the parallel pipeline run
     * @param replicate  cycle the folder's articles up to this many (0: each article once)
     * @param loadRounds cold loads measured (0: do not measure loading)
     */
    public record Settings(Path articles, int rounds, int warmup, int threads, int replicate, int loadRounds) {
        public Settings {
            Objects.requireNonNull(articles, "articles");
            if (rounds < 1 || warmup < 0 || threads < 1 || replicate < 0 || loadRounds < 0) {
                throw new IllegalArgumentException("rounds and threads must be at least 1, the others at least 0");
            }
        }
    }

    /**
     * The stages measured one by one; {@link #english()} builds them as {@link Pipeline#english()} does.
     *
     * @param models OpenNLP models whose steps (sentences, tokens, POS, lemmas) are timed alone, or null
     */
    public record Stages(TextAnalyzer analyzer, NlpModels models, MentionFinder finder, EntityResolver resolver,
                         RelationExtractor relations, StatementExtractor statements, GraphBuilder rdf) {
        public static Stages english() {
            return new Stages(OpenNlpAnalyzer.english(), NlpModels.english(), Pipeline.englishMentionFinder(),
                    NameResolver.standard(), LexiconRelationExtractor.standard(), QuoteStatementExtractor.standard(),
                    new GraphBuilder());
        }
    }

    /** Median, least and greatest of a measure over the rounds. */
    public record Stat(double median, double min, double max) {
        static Stat of(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            int n = v.length;
            double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
            return new Stat(median, v[0], v[n - 1]);
        }

        JsonObject json() {
            JsonObject o = new JsonObject();
            o.put("median", num(median));
            o.put("min", num(min));
            o.put("max", num(max));
            return o;
        }
    }

    /** A number for JSON, to a thousandth (the figures are noisier than that). */
    static JsonNumber num(double d) {
        return JsonNumber.value(Math.round(d * 1000) / 1000.0);
    }

    /** A load time: what was loaded, and how long it took (ms). */
    public record Load(String name, Stat ms) {
    }

    /**
     * One stage (or the whole pipeline) over all the articles. CPU time is what the stage's threads used, so it
     * stays close to the truth when other processes share the machine; wall time is what a user waits.
     *
     * @param name               stage name
     * @param wallMs             wall-clock time for all articles
     * @param cpuMs              CPU time for all articles, summed over the threads
     * @param tokensPerSecond    tokens / wall time
     * @param tokensPerCpuSecond tokens / CPU time: throughput per core
     * @param share              this stage's CPU time / the one-thread pipeline's CPU time in the same round
     */
    public record Stage(String name, Stat wallMs, Stat cpuMs, Stat tokensPerSecond, Stat tokensPerCpuSecond,
                        Stat share) {
    }

    /** A timed run of a command, for the record. */
    public record Timing(String name, double ms, String note) {
    }

    /**
     * A bench run's figures.
     *
     * @param loadNote           how loading was measured, or why it was not
     * @param loads              load times
     * @param stages             each stage, then the sum of stages and the whole pipeline (1 and N threads)
     * @param namesVsTarget      name finding tokens/s / {@link #NAMES_TARGET_TOKENS_PER_SECOND}
     * @param speedUp            one-thread pipeline time / N-thread pipeline time
     * @param articlesPerSecond  whole pipeline, one thread
     * @param commandPath        timings of real commands added by the caller (may be empty)
     * @param loadBefore         the system load average before the run (-1: unknown)
     * @param loadAfter          and after it
     */
    public record Report(Settings settings, int files, int articles, long tokens, int sentences, String loadNote,
                         List<Load> loads, List<Stage> stages, Stat namesVsTarget, Stat speedUp,
                         Stat articlesPerSecond, List<Timing> commandPath, double loadBefore,
                         double loadAfter) {
        public Report {
            loads = List.copyOf(loads);
            stages = List.copyOf(stages);
            commandPath = List.copyOf(commandPath);
        }

        public Report withCommandPath(List<Timing> timings) {
            return new Report(settings, files, articles, tokens, sentences, loadNote, loads, stages, namesVsTarget,
                    speedUp, articlesPerSecond, timings, loadBefore, loadAfter);
        }

        Report withLoadAverage(double before, double after) {
            return new Report(settings, files, articles, tokens, sentences, loadNote, loads, stages, namesVsTarget,
                    speedUp, articlesPerSecond, commandPath, before, after);
        }

        public Stage stage(String name) {
            return stages.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no stage " + name));
        }

        public void writeText(PrintWriter out) {
            Settings s = settings;
            out.printf(Locale.ROOT, "newskg bench: %d articles (%d files%s), %,d tokens, %,d sentences; "
                            + "%d rounds after %d warm-up; %d threads on %d cores; Java %s%n",
                    articles, files, articles != files ? ", cycled" : "", tokens, sentences, s.rounds(),
                    s.warmup(), s.threads(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            if (loadBefore >= 0) {
                out.printf(Locale.ROOT, "System load average %.1f before, %.1f after (above the core count, other "
                        + "work competes for the CPU: trust CPU times and ratios over wall times)%n", loadBefore,
                        loadAfter);
            }
            out.println();
            out.println("Loading (" + loadNote + ")");
            if (!loads.isEmpty()) {
                out.printf(Locale.ROOT, "  %-52s %10s %10s %10s%n", "what", "median ms", "min ms", "max ms");
                for (Load l : loads) {
                    out.printf(Locale.ROOT, "  %-52s %10s %10s %10s%n", l.name(), ms(l.ms().median()),
                            ms(l.ms().min()), ms(l.ms().max()));
                }
            }
            out.println();
            out.println("Throughput: every stage on the same analysed input, one thread unless said; median "
                    + "[min-max] over rounds.");
            out.println("  CPU time is the stage's threads' own (robust to other load on the machine); shares are "
                    + "of the 1-thread pipeline's CPU time;");
            out.println("  indented rows are OpenNLP's steps alone (part of analysis); the pipeline rows go from "
                    + "article text to RDF model.");
            out.printf(Locale.ROOT, "  %-22s %-24s %9s  %-32s %s%n", "stage", "wall ms", "cpu ms",
                    "tokens/s/core (cpu)", "share of pipeline");
            for (Stage st : stages) {
                String label = SUBSTAGES.contains(st.name()) ? "  " + st.name() : st.name();
                out.printf(Locale.ROOT, "  %-22s %-24s %9s  %-32s %s%n", label, msRange(st.wallMs()),
                        ms(st.cpuMs().median()), range(st.tokensPerCpuSecond(), "%,.0f"), percent(st.share()));
            }
            out.println();
            out.println("Ratios (each computed within a round, then median [min-max])");
            out.printf(Locale.ROOT, "  name finding: %s tokens/s/core = %s x the %,.0f tokens/s/core target%n",
                    range(stage(NAMES).tokensPerCpuSecond(), "%,.0f"), range(namesVsTarget, "%.2f"),
                    NAMES_TARGET_TOKENS_PER_SECOND);
            for (String name : List.of(ANALYSIS, LEMMAS, NAMES, RESOLUTION, RELATIONS, STATEMENTS, RDF)) {
                stages.stream().filter(st -> st.name().equals(name)).findFirst().ifPresent(st ->
                        out.printf(Locale.ROOT, "  %-20s costs %s of the whole pipeline%n", name,
                                percent(st.share())));
            }
            Stage whole = stage(PIPELINE);
            Stage parallel = stages.get(stages.size() - 1);
            out.printf(Locale.ROOT, "  whole pipeline, 1 thread: %s articles/s, %s tokens/s (wall)%n",
                    range(articlesPerSecond, "%.1f"), range(whole.tokensPerSecond(), "%,.0f"));
            out.printf(Locale.ROOT, "  whole pipeline, %d threads: %s tokens/s (wall), speed-up %s x over 1 thread, "
                            + "CPU used %s x%n", s.threads(), range(parallel.tokensPerSecond(), "%,.0f"),
                    range(speedUp, "%.2f"), range(parallel.share(), "%.2f"));
            if (!commandPath.isEmpty()) {
                out.println();
                out.println("Command path (once each, same JVM, pipeline already loaded)");
                for (Timing t : commandPath) {
                    out.printf(Locale.ROOT, "  %-44s %8.0f ms  %s%n", t.name(), t.ms(), t.note());
                }
            }
            out.flush();
        }

        public void writeJson(PrintWriter out) {
            JsonObject root = new JsonObject();
            JsonObject set = new JsonObject();
            set.put("articlesDir", settings.articles().toString());
            set.put("rounds", settings.rounds());
            set.put("warmup", settings.warmup());
            set.put("threads", settings.threads());
            set.put("replicate", settings.replicate());
            set.put("loadRounds", settings.loadRounds());
            set.put("cores", Runtime.getRuntime().availableProcessors());
            set.put("java", System.getProperty("java.version"));
            root.put("settings", set);
            root.put("loadAverageBefore", num(loadBefore));
            root.put("loadAverageAfter", num(loadAfter));
            root.put("files", files);
            root.put("articles", articles);
            root.put("tokens", tokens);
            root.put("sentences", sentences);
            JsonObject loading = new JsonObject();
            loading.put("note", loadNote);
            JsonArray ls = new JsonArray();
            for (Load l : loads) {
                JsonObject o = new JsonObject();
                o.put("name", l.name());
                o.put("ms", l.ms().json());
                ls.add(o);
            }
            loading.put("loads", ls);
            root.put("loading", loading);
            JsonArray st = new JsonArray();
            for (Stage s : stages) {
                JsonObject o = new JsonObject();
                o.put("name", s.name());
                o.put("wallMs", s.wallMs().json());
                o.put("cpuMs", s.cpuMs().json());
                o.put("tokensPerSecond", s.tokensPerSecond().json());
                o.put("tokensPerCpuSecond", s.tokensPerCpuSecond().json());
                o.put("shareOfPipeline", s.share().json());
                st.add(o);
            }
            root.put("stages", st);
            JsonObject ratios = new JsonObject();
            ratios.put("namesVsTarget", namesVsTarget.json());
            ratios.put("namesTargetTokensPerSecond", (long) NAMES_TARGET_TOKENS_PER_SECOND);
            ratios.put("speedUp", speedUp.json());
            ratios.put("articlesPerSecond", articlesPerSecond.json());
            root.put("ratios", ratios);
            JsonArray cp = new JsonArray();
            for (Timing t : commandPath) {
                JsonObject o = new JsonObject();
                o.put("name", t.name());
                o.put("ms", num(t.ms()));
                o.put("note", t.note());
                cp.add(o);
            }
            root.put("commandPath", cp);
            out.println(JSON.toString(root));
            out.flush();
        }

        private static String range(Stat s, String format) {
            return String.format(Locale.ROOT, format + " [" + format + "-" + format + "]", s.median(), s.min(),
                    s.max());
        }

        private static String msRange(Stat s) {
            return ms(s.median()) + " [" + ms(s.min()) + "-" + ms(s.max()) + "]";
        }

        /** Milliseconds to three significant digits or more, so that short stages do not print as 0.0. */
        private static String ms(double ms) {
            String format = ms >= 100 ? "%.0f" : ms >= 10 ? "%.1f" : ms >= 1 ? "%.2f" : "%.3f";
            return String.format(Locale.ROOT, format, ms);
        }

        private static String percent(Stat s) {
            return String.format(Locale.ROOT, "%.1f%% [%.1f-%.1f%%]", 100 * s.median(), 100 * s.min(),
                    100 * s.max());
        }
    }

    public static final String ANALYSIS = "analysis";
    public static final String SENTENCES = "OpenNLP sentences";
    public static final String TOKENS = "OpenNLP tokens";
    public static final String POS = "OpenNLP POS tags";
    /** The statistical lemmatizer on every token; the analyzer asks it only for unseen content words. */
    public static final String LEMMAS = "OpenNLP lemmas, uncached";
    /** OpenNLP's steps, timed alone: parts of {@link #ANALYSIS} (the lemma row as if uncached). */
    public static final List<String> SUBSTAGES = List.of(SENTENCES, TOKENS, POS, LEMMAS);
    public static final String NAMES = "name finding";
    public static final String RESOLUTION = "resolution";
    public static final String RELATIONS = "relations";
    public static final String STATEMENTS = "statements";
    public static final String RDF = "rdf (GraphBuilder)";
    public static final String SUM = "sum of the stages";
    public static final String PIPELINE = "pipeline, 1 thread";

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds the threads have used so far (their wall time where the JVM cannot tell). */
    static long cpuTime(List<Thread> threads) {
        long sum = 0;
        for (Thread t : threads) {
            long c = THREADS.isThreadCpuTimeSupported() ? THREADS.getThreadCpuTime(t.getId()) : -1;
            sum += Math.max(0, c);
        }
        return sum;
    }

    /** Where results' sizes end up, so that the JIT cannot drop the measured work. */
    private static volatile long blackhole;

    private final Settings settings;

    public Bench(Settings settings) {
        this.settings = settings;
    }

    /**
     * Reads the articles, measures loading, then runs the rounds.
     *
     * @param pipeline the whole pipeline (its first {@code get()} is timed as this JVM's load)
     * @param stages   the same stages, to time one by one (built after the pipeline, so that the pipeline's
     *                 load is the first in this JVM when nothing loaded it before)
     */
    public Report run(Supplier<Pipeline> pipeline, Supplier<Stages> stages) throws IOException {
        List<Article> articles = readArticles(settings.articles(), settings.replicate());
        int files = articleFiles(settings.articles()).size();
        double loadBefore = loadAverage();
        // first, so that in a fresh JVM (newskg bench) this is a true cold start, JVM included
        long t0 = System.nanoTime();
        Pipeline whole = pipeline.get();
        double firstGet = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        Pipeline.english();
        double again = (System.nanoTime() - t0) / 1e6;
        List<Load> loads = new ArrayList<>();
        String loadNote = measureColdLoads(articles.get(0), loads);
        loads.add(new Load("this JVM: the bench's pipeline, first get", Stat.of(new double[]{firstGet})));
        loads.add(new Load("this JVM: Pipeline.english() again (warm)", Stat.of(new double[]{again})));
        Report r = new Rounds(articles, whole, stages.get()).run(files, loadNote, loads);
        return r.withLoadAverage(loadBefore, loadAverage());
    }

    /** The system's load average over the last minute, or -1 where unknown: a busy machine explains much. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The folder's articles in name order, cycled up to {@code replicate} (each a distinct article IRI). */
    static List<Article> readArticles(Path dir, int replicate) throws IOException {
        List<Path> paths = articleFiles(dir);
        if (paths.isEmpty()) {
            throw new IOException("no .txt article in " + dir);
        }
        List<String> raws = new ArrayList<>();
        for (Path p : paths) {
            raws.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        int n = replicate > 0 ? replicate : paths.size();
        List<Article> articles = new ArrayList<>(n);
        try {
            for (int i = 0; i < n; i++) {
                int f = i % paths.size();
                String raw = i < paths.size() ? raws.get(f) : replicaText(raws.get(f), i);
                articles.add(ArticleReader.parseText(paths.get(f).toString(), raw));
            }
        } catch (ArticleException e) {
            throw new IOException(e.getMessage(), e);
        }
        return articles;
    }

    /**
     * The same article under another IRI: a leading url marker (markers are cut from the text, and the first one
     * wins), so the text, and the work, are unchanged.
     */
    public static String replicaText(String raw, int copy) {
        return "[url]https://example.org/newskg-bench/replica-" + copy + "[/url]\n" + raw;
    }

    /** The .txt files of a folder (not its subfolders), in name order. */
    public static List<Path> articleFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("not a folder: " + dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    // ---------------------------------------------------------------------------------------------- loading

    /**
     * Loads the bundled resources in fresh class loaders over this JVM's class path: newskg's and its libraries'
     * classes are loaded again and nothing is shared with this JVM's already-loaded singletons.
     */
    private String measureColdLoads(Article first, List<Load> loads) {
        if (settings.loadRounds() == 0) {
            return "cold loads not measured (--load-rounds 0)";
        }
        URL[] classpath;
        try {
            classpath = classpath();
        } catch (MalformedURLException e) {
            return "cold loads not measured: class path unusable (" + e.getMessage() + ")";
        }
        String[] names = {"OpenNLP models (sentence, token, POS, lemma)", "gazetteer", "lexicons (titles, cues, ...)",
                "relation lexicon", "speech lexicon (QuoteStatementExtractor)",
                "rest of Pipeline.english() after those", "Pipeline.english(), all at once",
                "first article through that pipeline"};
        double[][] ms = new double[names.length][settings.loadRounds()];
        for (int r = 0; r < settings.loadRounds(); r++) {
            try (URLClassLoader loader = new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
                ms[0][r] = timeStatic(loader, NlpModels.class, "english");
                ms[1][r] = timeStatic(loader, Gazetteer.class, "standard");
                ms[2][r] = timeStatic(loader, Lexicons.class, "standard");
                ms[3][r] = timeStatic(loader, LexiconRelationExtractor.class, "standard");
                ms[4][r] = timeStatic(loader, QuoteStatementExtractor.class, "standard");
                ms[5][r] = timeStatic(loader, Pipeline.class, "english");
            } catch (ReflectiveOperationException | IOException | LinkageError e) {
                return "cold loads not measured: " + e;
            }
            try (URLClassLoader loader = new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
                long t0 = System.nanoTime();
                Object pipeline = loader.loadClass(Pipeline.class.getName()).getMethod("english").invoke(null);
                ms[6][r] = (System.nanoTime() - t0) / 1e6;
                Class<?> articleClass = loader.loadClass(Article.class.getName());
                Object article = loader.loadClass(ArticleReader.class.getName())
                        .getMethod("parseText", String.class, String.class)
                        .invoke(null, first.location(), first.text());
                t0 = System.nanoTime();
                pipeline.getClass().getMethod("process", articleClass).invoke(pipeline, article);
                ms[7][r] = (System.nanoTime() - t0) / 1e6;
            } catch (ReflectiveOperationException | IOException | LinkageError e) {
                return "cold loads not measured: " + e;
            }
        }
        for (int i = 0; i < names.length; i++) {
            loads.add(new Load("cold: " + names[i], Stat.of(ms[i])));
        }
        return "cold: a fresh class loader per round re-reads newskg's and OpenNLP's classes, the models and the "
                + "lexicons (the JVM and JDK are warm); this JVM loads them once, later uses are warm";
    }

    private static double timeStatic(ClassLoader loader, Class<?> type, String method)
            throws ReflectiveOperationException {
        Class<?> c = loader.loadClass(type.getName());
        if (c == type) {
            throw new ClassNotFoundException(type.getName() + " is not on the class path, so it is shared");
        }
        long t0 = System.nanoTime();
        c.getMethod(method).invoke(null);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** This JVM's class path (a manifest-only jar, as test runners use, is followed by URLClassLoader). */
    private static URL[] classpath() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (String p : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!p.isBlank()) {
                urls.add(Path.of(p).toUri().toURL());
            }
        }
        if (urls.isEmpty()) {
            throw new MalformedURLException("empty java.class.path");
        }
        return urls.toArray(URL[]::new);
    }

    // ---------------------------------------------------------------------------------------------- rounds

    /** A measured piece of work over all articles; it returns result sizes, kept so that no work is skipped. */
    private record Task(String name, boolean inSum, LongSupplier work) {
    }

    /** Inputs of every stage, prepared once, and the measured rounds. */
    private final class Rounds {
        private final List<Article> articles;
        private final Pipeline whole;
        private final Stages stages;
        private final List<AnalyzedText> analyzed = new ArrayList<>();
        private final List<List<Mention>> mentions = new ArrayList<>();
        private final List<ResolvedText> resolved = new ArrayList<>();
        private final List<Extraction> extractions = new ArrayList<>();
        /** OpenNLP's steps alone, on the analysed lines, sentences and tokens. */
        private final List<String> lines = new ArrayList<>();
        private final List<String> sentenceTexts = new ArrayList<>();
        private final List<String[]> words = new ArrayList<>();
        private final List<String[]> tags = new ArrayList<>();
        private long tokens;
        private int sentences;
        private long sink;

        Rounds(List<Article> articles, Pipeline whole, Stages stages) {
            this.articles = articles;
            this.whole = whole;
            this.stages = stages;
            for (Article a : articles) {
                AnalyzedText t = stages.analyzer().analyze(a.text());
                List<Mention> m = stages.finder().find(t);
                ResolvedText r = stages.resolver().resolve(t, m);
                analyzed.add(t);
                mentions.add(m);
                resolved.add(r);
                extractions.add(new Extraction(a, t, r.entities(), stages.relations().extract(r, a.published()),
                        stages.statements().extract(r, a.published())));
                tokens += t.tokenCount();
                sentences += t.sentences().size();
                a.text().lines().filter(l -> !l.isBlank()).forEach(lines::add);
                for (Sentence s : t.sentences()) {
                    sentenceTexts.add(s.text());
                    words.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
                    tags.add(s.tokens().stream().map(Token::pos).toArray(String[]::new));
                }
            }
        }

        private List<Task> tasks() {
            List<Task> tasks = new ArrayList<>();
            tasks.add(new Task(ANALYSIS, true, () -> {
                long n = 0;
                for (Article a : articles) {
                    n += stages.analyzer().analyze(a.text()).sentences().size();
                }
                return n;
            }));
            if (stages.models() != null) {
                NlpModels models = stages.models();
                SentenceDetectorME sd = new SentenceDetectorME(models.sentences());
                TokenizerME tok = new TokenizerME(models.tokens());
                POSTaggerME pos = new POSTaggerME(models.pos());
                LemmatizerME lem = new LemmatizerME(models.lemmas());
                tasks.add(new Task(SENTENCES, false, () -> {
                    long n = 0;
                    for (String line : lines) {
                        n += sd.sentPosDetect(line).length;
                    }
                    return n;
                }));
                tasks.add(new Task(TOKENS, false, () -> {
                    long n = 0;
                    for (String text : sentenceTexts) {
                        n += tok.tokenizePos(text).length;
                    }
                    return n;
                }));
                tasks.add(new Task(POS, false, () -> {
                    long n = 0;
                    for (String[] w : words) {
                        n += pos.tag(w).length;
                    }
                    return n;
                }));
                tasks.add(new Task(LEMMAS, false, () -> {
                    long n = 0;
                    for (int i = 0; i < words.size(); i++) {
                        n += lem.lemmatize(words.get(i), tags.get(i)).length;
                    }
                    return n;
                }));
            }
            tasks.add(new Task(NAMES, true, () -> {
                long n = 0;
                for (AnalyzedText a : analyzed) {
                    n += stages.finder().find(a).size();
                }
                return n;
            }));
            tasks.add(new Task(RESOLUTION, true, () -> {
                long n = 0;
                for (int i = 0; i < analyzed.size(); i++) {
                    n += stages.resolver().resolve(analyzed.get(i), mentions.get(i)).entities().size();
                }
                return n;
            }));
            tasks.add(new Task(RELATIONS, true, () -> {
                long n = 0;
                for (int i = 0; i < resolved.size(); i++) {
                    List<Relation> r = stages.relations().extract(resolved.get(i), articles.get(i).published());
                    n += r.size();
                }
                return n;
            }));
            tasks.add(new Task(STATEMENTS, true, () -> {
                long n = 0;
                for (int i = 0; i < resolved.size(); i++) {
                    List<Statement> st = stages.statements().extract(resolved.get(i), articles.get(i).published());
                    n += st.size();
                }
                return n;
            }));
            tasks.add(new Task(RDF, true, () -> {
                long n = 0;
                for (Extraction x : extractions) {
                    n += stages.rdf().toModel(x).size();
                }
                return n;
            }));
            return tasks;
        }

        Report run(int files, String loadNote, List<Load> loads) {
            int rounds = settings.rounds();
            List<Task> tasks = tasks();
            List<String> names = new ArrayList<>(tasks.stream().map(Task::name).toList());
            String parallel = "pipeline, " + settings.threads() + " thread" + (settings.threads() == 1 ? "" : "s");
            names.addAll(List.of(SUM, PIPELINE, parallel));
            int sum = names.indexOf(SUM);
            int pipe = names.indexOf(PIPELINE);
            int par = names.indexOf(parallel);
            double[][] wall = new double[names.size()][rounds];
            double[][] cpu = new double[names.size()][rounds];
            List<Thread> workers = new CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
                Thread t = new Thread(r, "newskg-bench");
                t.setDaemon(true);
                workers.add(t);
                return t;
            });
            List<Thread> self = List.of(Thread.currentThread());
            try {
                for (int round = -settings.warmup(); round < rounds; round++) {
                    double[][] t = new double[names.size()][];
                    double[] total = {0, 0};
                    for (int i = 0; i < tasks.size(); i++) {
                        t[i] = time(tasks.get(i).work(), self);
                        if (tasks.get(i).inSum()) {
                            total[0] += t[i][0];
                            total[1] += t[i][1];
                        }
                    }
                    t[sum] = total;
                    t[pipe] = time(() -> {
                        long n = 0;
                        for (Article a : articles) {
                            n += toRdf(a).size();
                        }
                        return n;
                    }, self);
                    t[par] = time(() -> inParallel(pool), workers);
                    if (round >= 0) {
                        for (int i = 0; i < t.length; i++) {
                            wall[i][round] = t[i][0];
                            cpu[i][round] = t[i][1];
                        }
                    }
                }
            } finally {
                pool.shutdownNow();
            }
            List<Stage> result = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                double[] wallMs = new double[rounds];
                double[] cpuMs = new double[rounds];
                double[] tps = new double[rounds];
                double[] tpcs = new double[rounds];
                double[] share = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    wallMs[r] = wall[i][r] / 1e6;
                    cpuMs[r] = cpu[i][r] / 1e6;
                    tps[r] = tokens / (wall[i][r] / 1e9);
                    tpcs[r] = tokens / (cpu[i][r] / 1e9);
                    share[r] = cpu[i][r] / cpu[pipe][r];
                }
                result.add(new Stage(names.get(i), Stat.of(wallMs), Stat.of(cpuMs), Stat.of(tps), Stat.of(tpcs),
                        Stat.of(share)));
            }
            double[] vsTarget = new double[rounds];
            double[] speedUp = new double[rounds];
            double[] aps = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                vsTarget[r] = tokens / (cpu[names.indexOf(NAMES)][r] / 1e9) / NAMES_TARGET_TOKENS_PER_SECOND;
                speedUp[r] = wall[pipe][r] / wall[par][r];
                aps[r] = articles.size() / (wall[pipe][r] / 1e9);
            }
            blackhole = sink;
            return new Report(settings, files, articles.size(), tokens, sentences, loadNote, loads, result,
                    Stat.of(vsTarget), Stat.of(speedUp), Stat.of(aps), List.of(), -1, -1);
        }

        /**
         * Wall-clock and CPU nanoseconds the work takes, the CPU time summed over the threads that do it; a GC
         * first, so that the work does not pay for the garbage of the work before.
         */
        private double[] time(LongSupplier work, List<Thread> threads) {
            System.gc();
            long c0 = cpuTime(threads);
            long t0 = System.nanoTime();
            sink += work.getAsLong();
            long t1 = System.nanoTime();
            return new double[]{t1 - t0, cpuTime(threads) - c0};
        }

        private long inParallel(ExecutorService pool) {
            List<Future<Model>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(pool.submit(() -> toRdf(a)));
            }
            long n = 0;
            try {
                for (Future<Model> f : futures) {
                    n += f.get().size();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("pipeline failed: " + e.getCause(), e.getCause());
            }
            return n;
        }

        /** The whole pipeline for one article: text to RDF model, as {@code newskg extract} does. */
        private Model toRdf(Article a) {
            return stages.rdf().toModel(whole.process(a));
        }
    }
}
