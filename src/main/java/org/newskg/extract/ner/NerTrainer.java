package org.newskg.extract.ner;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newskg.eval.Conll;
import org.newskg.eval.GoldArticle;
import org.newskg.eval.GoldEntity;
import org.newskg.eval.GoldException;
import org.newskg.eval.GoldReader;
import org.newskg.eval.ConllDocument;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.NamedSpan;
import org.newskg.eval.Scores;
import org.newskg.ingest.ArticleException;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.nlp.Token;

/**
 * Trains and evaluates newskg's OpenNLP name-finder model ({@code en-ner-news.bin}) on the Groningen Meaning Bank
 * NER corpus, with wikigold as out-of-domain test data. Name types are {@link #PERSON}, {@link #ORGANIZATION} and
 * {@link #PLACE}.
 *
 * <pre>
 * List&lt;NameSample&gt; gmb = NerTrainer.readGmb(Path.of("../shared/data/ner/gmb/ner_dataset.csv.zip"));
 * NerTrainer.Split split = NerTrainer.split(gmb, 10);
 * TokenNameFinderModel model = NerTrainer.train(split.train(), NerTrainer.Settings.DEFAULT);
 * Map&lt;String, Scores&gt; byType = NerTrainer.evaluate(model, split.test());
 * </pre>
 */
public final class NerTrainer {

    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String PLACE = "place";
    /**
     * Names that are none of the three: works, products, events, competitions, ships, laws, holidays, diseases,
     * storms ("FA Cup", "Hurricane Maria", "Paris Agreement"). Trained only when asked (an experiment: the
     * committed model has no such type, see MODEL.md); {@link ModelNameFinder} makes no mention of them.
     */
    public static final String MISC = "misc";
    /** Key of the micro-averaged scores (person, organization, place; not misc) in {@link #evaluate}'s result. */
    public static final String ALL = "all";

    /** The feature generator descriptor stored in the model. */
    public static final String FEATURES = "/org/newskg/ner/ner-features.xml";
    /**
     * Where Maven puts ClearNLP's lexica jar, whose Brown clusters the default features use
     * ({@code mvn dependency:get -Dartifact=edu.emory.clir:clearnlp-global-lexica:3.1}).
     */
    public static final Path DEFAULT_CLUSTERS = Path.of(System.getProperty("user.home"), ".m2", "repository", "edu",
            "emory", "clir", "clearnlp-global-lexica", "3.1", "clearnlp-global-lexica-3.1.jar");

    /**
     * Lower-cased words that GMB keeps at the start of person spans ("President X", "Foreign Minister X",
     * "Secretary of State X", "Mr. X"): stripped so that the model learns names, not titles.
     */
    static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "president",
            "vice", "prime", "minister", "secretary", "general", "gen.", "senator", "sen.", "chancellor", "king",
            "queen", "pope", "prince", "princess", "sheikh", "mullah", "ayatollah", "cardinal", "archbishop",
            "bishop", "rev.", "reverend", "foreign", "defense", "defence", "interior", "finance", "state", "of",
            "deputy", "chief", "commander", "lieutenant", "colonel", "col.", "lt.", "major", "maj.", "captain",
            "capt.", "sergeant", "sgt.", "admiral", "adm.", "governor", "gov.", "mayor", "judge", "justice",
            "speaker", "ambassador", "envoy", "premier", "leader", "former", "u.s.", "representative", "rep.",
            "emperor", "crown", "grand", "supreme", "opposition", "rebel");

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * Training parameters.
     *
     * @param algorithm  "maxent" (GIS) or "perceptron"
     * @param iterations training iterations
     * @param cutoff     minimum count of a feature to be kept (larger: smaller model)
     * @param features   the feature generator XML, as a classpath resource or a file, or null for OpenNLP's
     *                   default features
     * @param clusters   word clusters for the features that use them: a {@code word<TAB>path} file or ClearNLP's
     *                   lexica jar (see {@link WordClusters#read(Path)}); null when the features use none
     */
    public record Settings(String algorithm, int iterations, int cutoff, String features, Path clusters) {
        public static final Settings DEFAULT = new Settings("maxent", 100, 3, FEATURES, null);

        public Settings(String algorithm, int iterations, int cutoff, String features) {
            this(algorithm, iterations, cutoff, features, null);
        }

        public Settings {
            if (!algorithm.equals("maxent") && !algorithm.equals("perceptron")) {
                throw new IllegalArgumentException("algorithm must be maxent or perceptron: " + algorithm);
            }
        }
    }

    /** Sentences to train on and sentences held out for testing. */
    public record Split(List<NameSample> train, List<NameSample> test) {
    }

    private NerTrainer() {
    }

    /**
     * Reads the GMB NER CSV ({@code Sentence #,Word,POS,Tag}, windows-1252, in a zip) as one sample per sentence.
     * Types map per -> person, org -> organization, geo -> place; gpe (mostly nationality adjectives), tim, art,
     * eve and nat are dropped. Leading titles are stripped from person spans. The last sentence is dropped: the
     * corpus is cut off inside it.
     */
    public static List<NameSample> readGmb(Path zip) throws IOException {
        return readGmb(zip, false);
    }

    /**
     * As {@link #readGmb(Path)}; with {@code misc}, art (artefacts: works, products, documents), eve (events) and
     * nat (natural phenomena: storms, diseases) become {@link #MISC} names instead of being dropped.
     */
    public static List<NameSample> readGmb(Path zip, boolean misc) throws IOException {
        String text;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            do {
                e = in.getNextEntry();
            } while (e != null && !e.getName().endsWith(".csv"));
            if (e == null) {
                throw new IOException(zip + ": no .csv entry");
            }
            text = new String(readAll(in), WINDOWS_1252);
        }
        List<NameSample> samples = new ArrayList<>(48_000);
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        // split on \n only: windows-1252 0x85 decodes to U+2026 here, but other readers treat it as a line break
        String[] lines = text.split("\n");
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isEmpty()) {
                continue;
            }
            List<String> cols = csv(line);
            if (cols.size() != 4) {
                throw new IOException(zip + ": line " + (i + 1) + ": expected 4 columns: " + line);
            }
            if (!cols.get(0).isEmpty() && !tokens.isEmpty()) {
                samples.add(gmbSample(tokens, tags, misc));
                tokens.clear();
                tags.clear();
            }
            tokens.add(cols.get(1));
            tags.add(cols.get(3));
        }
        return samples; // the last, cut sentence is still in tokens: dropped
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 << 20);
        in.transferTo(out);
        return out.toByteArray();
    }

    /** Splits one CSV line: fields in double quotes may hold commas, and "" stands for a quote. */
    public static List<String> csv(String line) {
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static NameSample gmbSample(List<String> tokens, List<String> tags, boolean misc) {
        List<Span> spans = new ArrayList<>();
        for (NamedSpan s : ConllSentence.decode(tags)) {
            String type = switch (s.label()) {
                case "per" -> PERSON;
                case "org" -> ORGANIZATION;
                case "geo" -> PLACE;
                case "art", "eve", "nat" -> misc ? MISC : null;
                default -> null;
            };
            if (type == null) {
                continue;
            }
            int start = s.start();
            if (type.equals(PERSON)) {
                start = stripTitles(tokens, start, s.end());
            }
            if (start < s.end()) {
                spans.add(new Span(start, s.end(), type));
            }
        }
        return new NameSample(tokens.toArray(String[]::new), spans.toArray(Span[]::new), false);
    }

    /** The first token of the span after its leading titles; {@code end} when the span is all titles. */
    static int stripTitles(List<String> tokens, int start, int end) {
        int i = start;
        while (i < end && TITLES.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
            i++;
        }
        return i;
    }

    /**
     * Reads a CoNLL NER file (IOB1 or IOB2) such as wikigold: PER -> person, ORG -> organization, LOC -> place,
     * other types (MISC) ignored. Adaptive data is cleared at the start of each document.
     */
    public static List<NameSample> readConll(Path file) throws IOException {
        return readConll(file, false);
    }

    /**
     * As {@link #readConll(Path)}; with {@code misc}, MISC spans become {@link #MISC} names, except a nationality
     * or language word ({@link #demonym}), which stays O as GMB's gpe does.
     */
    public static List<NameSample> readConll(Path file, boolean misc) throws IOException {
        List<NameSample> samples = new ArrayList<>();
        for (ConllDocument doc : Conll.read(file)) {
            boolean first = true;
            for (ConllSentence s : doc.sentences()) {
                List<Span> spans = new ArrayList<>();
                for (NamedSpan n : s.spans()) {
                    String type = switch (n.label()) {
                        case "PER" -> PERSON;
                        case "ORG" -> ORGANIZATION;
                        case "LOC" -> PLACE;
                        case "MISC" -> misc && !demonym(s.tokens(), n.start(), n.end()) ? MISC : null;
                        default -> null;
                    };
                    if (type != null) {
                        spans.add(new Span(n.start(), n.end(), type));
                    }
                }
                samples.add(new NameSample(s.tokens().toArray(String[]::new), spans.toArray(Span[]::new), first));
                first = false;
            }
        }
        return samples;
    }

    /**
     * Reads newskg's own gold articles as training samples, so that the model learns the project's annotation
     * conventions (products, works and events are no entities; titles stay outside names). For every
     * {@code gold/NAME.json} with an {@code articles/NAME.txt} whose file name is in none of {@code exclude}, the
     * article text is analysed and every whole-token occurrence of a gold entity's name or alias (and, for a
     * person, of the last word of the name: the surname later mentions use) is tagged with the entity's type,
     * longest first, without overlap. Every sentence becomes a sample; the first of each article clears adaptive
     * data. Articles are taken in file-name order.
     */
    public static List<NameSample> readGoldArticles(Path articles, Path gold, List<Path> exclude,
                                                    TextAnalyzer analyzer) throws IOException {
        Set<String> excluded = new java.util.HashSet<>();
        for (Path d : exclude) {
            try (var files = Files.list(d)) {
                files.forEach(f -> excluded.add(f.getFileName().toString()));
            }
        }
        List<Path> golds;
        try (var files = Files.list(gold)) {
            golds = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<NameSample> samples = new ArrayList<>();
        for (Path g : golds) {
            String base = g.getFileName().toString().replaceFirst("\\.json$", "");
            Path text = articles.resolve(base + ".txt");
            if (excluded.contains(base + ".txt") || !Files.isRegularFile(text)) {
                continue;
            }
            try {
                GoldArticle article = GoldReader.read(g);
                samples.addAll(goldSamples(analyzer.analyze(ArticleReader.read(text).text()).sentences(),
                        article.entities()));
            } catch (GoldException | ArticleException e) {
                throw new IOException(g + ": " + e.getMessage(), e);
            }
        }
        return samples;
    }

    /** The sentences tagged with the entities' names (see {@link #readGoldArticles}); the first clears adaptive data. */
    static List<NameSample> goldSamples(List<Sentence> sentences, List<GoldEntity> entities) {
        record Name(String text, String type) {
        }
        List<Name> names = new ArrayList<>();
        for (GoldEntity e : entities) {
            String type = switch (e.type()) {
                case PERSON -> PERSON;
                case ORGANIZATION -> ORGANIZATION;
                case PLACE -> PLACE;
            };
            for (String n : e.names()) {
                names.add(new Name(n.strip(), type));
            }
            String[] words = e.name().strip().split("\\s+");
            if (e.type() == org.newskg.extract.EntityType.PERSON && words.length > 1) {
                names.add(new Name(words[words.length - 1], type));
            }
        }
        // longest first; on equal length the entity listed first wins (a surname never beats a full name)
        names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
        List<NameSample> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            String[] types = new String[tokens.size()];
            List<Span> spans = new ArrayList<>();
            for (Name n : names) {
                if (n.text().isEmpty()) {
                    continue;
                }
                for (int at = s.text().indexOf(n.text()); at >= 0; at = s.text().indexOf(n.text(), at + 1)) {
                    int from = s.start() + at;
                    int to = from + n.text().length();
                    int first = -1;
                    int last = -1;
                    for (int i = 0; i < tokens.size(); i++) {
                        if (tokens.get(i).start() == from) {
                            first = i;
                        }
                        if (tokens.get(i).end() == to) {
                            last = i;
                        }
                    }
                    if (first < 0 || last < first) {
                        continue; // not whole tokens ("US" inside "USA")
                    }
                    boolean free = true;
                    for (int i = first; i <= last; i++) {
                        free &= types[i] == null;
                    }
                    if (free) {
                        for (int i = first; i <= last; i++) {
                            types[i] = n.type();
                        }
                        spans.add(new Span(first, last + 1, n.type()));
                    }
                }
            }
            spans.sort(Comparator.comparingInt(Span::getStart));
            out.add(new NameSample(tokens.stream().map(Token::text).toArray(String[]::new),
                    spans.toArray(Span[]::new), out.isEmpty()));
        }
        return out;
    }

    /** Endings of nationality and language words ("Japanese", "Iraqi", "British", "American", "Dutch", "Arabic"). */
    private static final List<String> DEMONYM_ENDINGS = List.of("an", "ese", "ish", "i", "ch", "ic");

    /**
     * Whether a MISC span is a nationality or language word rather than the name of a work, product or event: one
     * token, capitalised, ending like a demonym ("Japanese band", "in Arabic"). Cheap and rough: "Olympian" counts
     * as one too, which is harmless (it is no name of a thing).
     */
    static boolean demonym(List<String> tokens, int start, int end) {
        if (end - start != 1) {
            return false;
        }
        String w = tokens.get(start);
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return DEMONYM_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Splits samples by document (a sample that clears adaptive data starts one): every {@code every}-th document
     * (the 3rd, 6th, ... for 3) held out for testing, the others for training.
     */
    public static Split splitDocuments(List<NameSample> samples, int every) {
        List<NameSample> train = new ArrayList<>();
        List<NameSample> test = new ArrayList<>();
        int doc = 0;
        for (int i = 0; i < samples.size(); i++) {
            if (i > 0 && samples.get(i).isClearAdaptiveDataSet()) {
                doc++;
            }
            (every > 0 && (doc + 1) % every == 0 ? test : train).add(samples.get(i));
        }
        return new Split(train, test);
    }

    /** Every {@code every}-th sentence (the 10th, 20th, ...) held out for testing, the others for training. */
    public static Split split(List<NameSample> samples, int every) {
        List<NameSample> train = new ArrayList<>(samples.size());
        List<NameSample> test = new ArrayList<>(samples.size() / Math.max(every, 1) + 1);
        for (int i = 0; i < samples.size(); i++) {
            if (every > 0 && (i + 1) % every == 0) {
                test.add(samples.get(i));
            } else {
                train.add(samples.get(i));
            }
        }
        return new Split(train, test);
    }

    /** Trains a BIO-coded name finder, single-threaded. */
    public static TokenNameFinderModel train(List<NameSample> samples, Settings settings) throws IOException {
        WordClusterFeatureGeneratorFactory.allow();
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM,
                settings.algorithm().equals("perceptron") ? PerceptronTrainer.PERCEPTRON_VALUE
                        : GISTrainer.MAXENT_VALUE);
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        byte[] features = null;
        if (settings.features() != null) {
            try (InputStream in = NerTrainer.class.getResourceAsStream(settings.features())) {
                if (in != null) {
                    features = in.readAllBytes();
                } else if (Files.isRegularFile(Path.of(settings.features()))) {
                    features = Files.readAllBytes(Path.of(settings.features()));
                } else {
                    throw new IOException("feature descriptor neither on the classpath nor a file: "
                            + settings.features());
                }
            }
        }
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(null, features,
                features == null ? Map.of() : resources(features, settings.clusters()), new BioCodec());
        return NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
    }

    /**
     * The resources the feature XML names ({@code dict} of {@link WordClusterFeatureGeneratorFactory}), to be
     * stored in the model: every one is the word clusters read from {@code clusters}.
     */
    static Map<String, Object> resources(byte[] features, Path clusters) throws IOException {
        Map<String, ArtifactSerializer<?>> serializers =
                GeneratorFactory.extractArtifactSerializerMappings(new ByteArrayInputStream(features));
        Map<String, Object> resources = new HashMap<>();
        WordClusters read = null;
        for (Map.Entry<String, ArtifactSerializer<?>> e : serializers.entrySet()) {
            if (!(e.getValue() instanceof WordClusters.Serializer)) {
                throw new IOException("the features name a resource newskg cannot supply: " + e.getKey());
            }
            if (clusters == null) {
                throw new IOException("the features use word clusters (" + e.getKey() + "): give their file");
            }
            if (!Files.isRegularFile(clusters)) {
                throw new IOException("word-cluster file not found: " + clusters);
            }
            if (read == null) {
                read = WordClusters.read(clusters);
            }
            resources.put(e.getKey(), read);
        }
        return resources;
    }

    /** Writes the model file, creating its folder. */
    public static void write(TokenNameFinderModel model, Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            model.serialize(out);
        }
    }

    /**
     * Exact-span scores per type (and micro-averaged under {@link #ALL}) of the model on gold samples; adaptive
     * data is cleared where a sample asks for it.
     */
    public static Map<String, Scores> evaluate(TokenNameFinderModel model, List<NameSample> gold) {
        NameFinderME finder = new NameFinderME(model);
        Map<String, int[]> counts = new TreeMap<>();
        for (NameSample s : gold) {
            if (s.isClearAdaptiveDataSet()) {
                finder.clearAdaptiveData();
            }
            Span[] found = finder.find(s.getSentence());
            Set<Span> expected = Set.of(s.getNames());
            Set<Span> predicted = Set.of(found);
            for (Span p : predicted) {
                counts.computeIfAbsent(p.getType(), k -> new int[3])[expected.contains(p) ? 0 : 1]++;
            }
            for (Span e : expected) {
                if (!predicted.contains(e)) {
                    counts.computeIfAbsent(e.getType(), k -> new int[3])[2]++;
                }
            }
        }
        Map<String, Scores> out = new LinkedHashMap<>();
        Scores all = Scores.ZERO;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            Scores sc = new Scores(e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            out.put(e.getKey(), sc);
            if (!e.getKey().equals(MISC)) {
                all = all.plus(sc); // misc is no entity type of newskg's: comparable with models without it
            }
        }
        out.put(ALL, all);
        return out;
    }

    /** The scores as a small table: type, P, R, F1, tp/fp/fn. */
    public static String format(Map<String, Scores> scores) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-13s %6s %6s %6s  %s%n",
                "type", "P", "R", "F1", "tp/fp/fn"));
        scores.forEach((type, s) -> b.append(String.format(Locale.ROOT, "%-13s %6.3f %6.3f %6.3f  %d/%d/%d%n",
                type, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn())));
        return b.toString();
    }
}
