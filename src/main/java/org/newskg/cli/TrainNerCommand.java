package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newskg.extract.ner.NerTrainer;
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
 * java -cp "target/classes:$(cat cp.txt)" org.newskg.cli.TrainNerCommand --iterations 100
 * new CommandLine(new TrainNerCommand()).execute("--iterations", "100", "--cutoff", "3");
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 unreadable input.
 */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = "Train the OpenNLP name-finder model (person, organization, place) on GMB.")
public final class TrainNerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gmb", paramLabel = "FILE", description = "GMB NER CSV in a zip (default: ${DEFAULT-VALUE}).")
    Path gmb = Path.of("../shared/data/ner/gmb/ner_dataset.csv.zip");

    @Option(names = "--wikigold", paramLabel = "DIR",
            description = "Folder holding wikigold.conll.txt (or the file itself), to score on.")
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

    @Option(names = "--default-features", description = "Use OpenNLP's default features instead.")
    boolean defaultFeatures;

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
                    defaultFeatures ? null : features);
        } catch (IllegalArgumentException e) {
            err.println("newskg train-ner: " + e.getMessage());
            return EvalCommand.BAD_INPUT;
        }
        try {
            List<NameSample> samples = NerTrainer.readGmb(gmb);
            NerTrainer.Split split = NerTrainer.split(samples, heldoutEvery);
            List<NameSample> train = maxSentences > 0 && maxSentences < split.train().size()
                    ? split.train().subList(0, maxSentences) : split.train();
            w.printf(Locale.ROOT, "GMB: %d sentences, training on %d, %d held out; %s%n",
                    samples.size(), train.size(), split.test().size(), settings);
            w.flush();
            long t0 = System.nanoTime();
            TokenNameFinderModel model = NerTrainer.train(train, settings);
            w.printf(Locale.ROOT, "trained in %.0f s%n", (System.nanoTime() - t0) / 1e9);
            NerTrainer.write(model, out);
            w.printf(Locale.ROOT, "wrote %s (%.1f MB)%n", out, Files.size(out) / 1e6);
            if (!split.test().isEmpty()) {
                w.println("GMB held out:");
                w.print(NerTrainer.format(NerTrainer.evaluate(model, split.test())));
            }
            if (wikigold != null) {
                Path file = Files.isDirectory(wikigold) ? wikigold.resolve("wikigold.conll.txt") : wikigold;
                w.println("wikigold (MISC ignored):");
                w.print(NerTrainer.format(NerTrainer.evaluate(model, NerTrainer.readConll(file))));
            }
            w.flush();
            return 0;
        } catch (IOException e) {
            err.println("newskg train-ner: " + e.getMessage());
            return EvalCommand.BAD_INPUT;
        }
    }
}
