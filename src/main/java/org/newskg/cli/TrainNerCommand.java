package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newskg.eval.TrainingArticles;
import org.newskg.extract.ner.NerTrainer;
import org.newskg.extract.ner.WordClusterFeatureGeneratorFactory;
import org.newskg.nlp.OpenNlpAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train-ner}: trains the name-finder model on GMB, scores it on the held-out GMB sentences (and on
 * wikigold when given) and writes it.
 *
 * <pre>
 * newskg train-ner --wikigold ../shared/data/ner/wikigold/CONLL-format/data
 * newskg train-ner --gold-articles eval/articles --gold eval/gold --also-gold eval/train/gold:eval/train/articles
 * newskg train-ner --gold-articles eval/articles --gold eval/gold --gold-exclude /tmp/test/articles --out /tmp/x.bin
 * newskg train-ner --misc --train-wikigold 3 --wikigold DIR --out /tmp/x.bin   (an experiment, see MODEL.md)
 * java -cp "target/classes:$(cat cp.txt)" org.newskg.cli.NewsKg train-ner --iterations 100
 * new CommandLine(new TrainNerCommand()).execute("--iterations", "100", "--cutoff", "3");
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 unreadable input.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the OpenNLP name-finder model (person, organization, place; misc on request) on GMB "
                + "(and part of wikigold on request).")
public final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gmb", paramLabel = "FILE", description = "GMB NER CSV in a zip (default: ${DEFAULT-VALUE}).")
    Path gmb = Path.of("../shared/data/ner/gmb/ner_dataset.csv.zip");

    @Option(names = "--wikigold", paramLabel = "DIR",
            description = "Folder holding wikigold.conll.txt (or the file itself), to score on (and train on, "
                    + "with --train-wikigold).")
    Path wikigold;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/org/newskg/ner/en-ner-news.bin");

    @Option(names = "--iterations", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations = NerTrainer.Settings.DEFAULT.iterations();

    @Option(names = "--cutoff", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff = NerTrainer.Settings.DEFAULT.cutoff();

    @Option(names = "--algorithm", description = "maxent or perceptron (default: ${DEFAULT-VALUE}).")
    String algorithm = NerTrainer.Settings.DEFAULT.algorithm();

    @Option(names = "--heldout-every", paramLabel = "N",
            description = "Hold out every N-th sentence for testing, 0 for none (default: ${DEFAULT-VALUE}).")
    int heldoutEvery = 10;

    @Option(names = "--features", paramLabel = "XML",
            description = "Feature generator XML file (default: newskg's ${DEFAULT-VALUE}).")
    String features = NerTrainer.FEATURES;

    @Option(names = "--clusters", paramLabel = "FILE",
            description = "Word clusters the features use, stored in the model: ClearNLP's lexica jar "
                    + "(edu.emory.clir:clearnlp-global-lexica:3.1) or a word<TAB>path file (default: ${DEFAULT-VALUE}).")
    Path clusters = NerTrainer.DEFAULT_CLUSTERS;

    @Option(names = "--default-features", description = "Use OpenNLP's default features instead.")
    boolean defaultFeatures;

    @Option(names = "--misc", description = "Train a fourth type, misc (GMB art/eve/nat, wikigold MISC but "
            + "nationality words): names of works, products, events that are no person, organization or place.")
    boolean misc;

    @Option(names = "--train-wikigold", paramLabel = "N",
            description = "Also train on wikigold, holding out every N-th document (the N-th, 2N-th, ...) "
                    + "as the out-of-domain test; 0 to test on all of it (default: ${DEFAULT-VALUE}).")
    int trainWikigold;

    @Option(names = "--test-conll", paramLabel = "FILE",
            description = "Also score on this CoNLL file (PER/ORG/LOC[/MISC]), e.g. re3d from `eval convert` "
                    + "(repeatable).")
    List<Path> testConll = new ArrayList<>();

    @Option(names = "--gold-articles", paramLabel = "DIR",
            description = "Also train on newskg's gold articles: the article texts (NAME.txt), with --gold.")
    Path goldArticles;

    @Option(names = "--gold", paramLabel = "DIR",
            description = "Gold annotations (NAME.json) of the --gold-articles: their entity names are tagged.")
    Path gold;

    @Option(names = "--also-gold", paramLabel = "GOLD_DIR:ARTICLES_DIR",
            description = "Another folder of gold files and its folder of articles, separated by ':', added like "
                    + "--gold and --gold-articles, e.g. eval/train/gold:eval/train/articles (repeatable).")
    List<String> alsoGold = new ArrayList<>();

    @Option(names = "--gold-exclude", paramLabel = "DIR",
            description = "Skip the gold articles whose file name is in this folder, e.g. a test set "
                    + "(repeatable).")
    List<Path> goldExclude = new ArrayList<>();

    @Option(names = "--gold-weight", paramLabel = "N",
            description = "Add the gold-article sentences N times (default: ${DEFAULT-VALUE}).")
    int goldWeight = 1;

    @Option(names = "--score-only", description = "Do not train: score the model at --out on the same test data.")
    boolean scoreOnly;

    @Option(names = "--max-sentences", paramLabel = "N",
            description = "Train on at most N sentences (after the hold-out), 0 for all (default: ${DEFAULT-VALUE}).")
    int maxSentences;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NerTrainer.Settings settings;
        try {
            settings = new NerTrainer.Settings(algorithm, iterations, cutoff,
                    defaultFeatures ? null : features, defaultFeatures ? null : clusters);
        } catch (IllegalArgumentException e) {
            err.println("newskg train-ner: " + e.getMessage());
            return EvalCommand.BAD_INPUT;
        }
        try {
            List<NameSample> samples = NerTrainer.readGmb(gmb, misc);
            NerTrainer.Split split = NerTrainer.split(samples, heldoutEvery);
            List<NameSample> train = new ArrayList<>(maxSentences > 0 && maxSentences < split.train().size()
                    ? split.train().subList(0, maxSentences) : split.train());
            w.printf(Locale.ROOT, "GMB: %d sentences, training on %d, %d held out; %s%s%n",
                    samples.size(), train.size(), split.test().size(), settings, misc ? ", with misc" : "");
            if (goldArticles != null || gold != null || !alsoGold.isEmpty()) {
                if (goldArticles == null || gold == null || goldWeight < 1) {
                    err.println("newskg train-ner: --gold-articles and --gold go together; --gold-weight >= 1");
                    return EvalCommand.BAD_INPUT;
                }
                List<NameSample> own = new ArrayList<>(NerTrainer.readGoldArticles(goldArticles, gold, goldExclude,
                        OpenNlpAnalyzer.english()));
                for (String pair : alsoGold) {
                    TrainingArticles.Source source;
                    try {
                        source = TrainingArticles.Source.parse(pair);
                    } catch (IllegalArgumentException e) {
                        err.println("newskg train-ner: --also-gold " + e.getMessage());
                        return EvalCommand.BAD_INPUT;
                    }
                    own.addAll(NerTrainer.readGoldArticles(source.articles(), source.gold(), goldExclude,
                            OpenNlpAnalyzer.english()));
                }
                for (int i = 0; i < goldWeight; i++) {
                    train.addAll(own);
                }
                w.printf(Locale.ROOT, "gold articles: %d sentences, %d names, added %d time(s)%n", own.size(),
                        own.stream().mapToInt(s -> s.getNames().length).sum(), goldWeight);
            }
            List<NameSample> wikigoldTest = List.of();
            if (wikigold != null) {
                Path file = Files.isDirectory(wikigold) ? wikigold.resolve("wikigold.conll.txt") : wikigold;
                List<NameSample> wg = NerTrainer.readConll(file, misc);
                if (trainWikigold > 0) {
                    NerTrainer.Split wsplit = NerTrainer.splitDocuments(wg, trainWikigold);
                    train.addAll(wsplit.train());
                    wikigoldTest = wsplit.test();
                    w.printf(Locale.ROOT, "wikigold: %d sentences, training on %d, %d held out (every %d-th "
                            + "document)%n", wg.size(), wsplit.train().size(), wikigoldTest.size(), trainWikigold);
                } else {
                    wikigoldTest = wg;
                }
            }
            w.flush();
            TokenNameFinderModel model;
            if (scoreOnly) {
                WordClusterFeatureGeneratorFactory.allow();
                model = new TokenNameFinderModel(out);
            } else {
                long t0 = System.nanoTime();
                model = NerTrainer.train(train, settings);
                w.printf(Locale.ROOT, "trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
                NerTrainer.write(model, out);
                w.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
            }
            if (!split.test().isEmpty()) {
                w.println("GMB held out:");
                w.print(NerTrainer.format(NerTrainer.evaluate(model, split.test())));
            }
            if (!wikigoldTest.isEmpty()) {
                w.println(trainWikigold > 0 ? "wikigold held-out documents:" : "wikigold:");
                w.print(NerTrainer.format(NerTrainer.evaluate(model, wikigoldTest)));
            }
            for (Path file : testConll) {
                w.println(file + ":");
                w.print(NerTrainer.format(NerTrainer.evaluate(model, NerTrainer.readConll(file, misc))));
            }
            w.flush();
            return 0;
        } catch (IOException e) {
            err.println("newskg train-ner: " + e.getMessage());
            return EvalCommand.BAD_INPUT;
        }
    }
}
