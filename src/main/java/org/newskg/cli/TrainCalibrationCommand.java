package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import opennlp.tools.ml.model.MaxentModel;
import org.newskg.Extraction;
import org.newskg.eval.CalibrationTrainer;
import org.newskg.eval.GoldException;
import org.newskg.eval.TrainingArticles;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.nlp.MaxentModels;
import org.newskg.resolve.MaxentEntityCalibrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train-calibration}: cross-validates the entity calibration model by article on gold articles,
 * then trains it on all of them and writes it.
 *
 * <pre>
 * newskg train-calibration --gold eval/gold --articles eval/articles --also eval/train/gold:eval/train/articles
 * newskg train-calibration --gold eval/gold --articles eval/articles --exclude-articles /tmp/test/articles \
 *     --out /tmp/calib.bin --folds 5 --histogram
 * new CommandLine(new TrainCalibrationCommand(() -> pipeline::process)).execute("--gold", "g", "--articles", "a");
 * </pre>
 *
 * <p>The extractor it is given must keep every entity, uncalibrated. Exit codes: 0 done, 2 bad arguments or
 * unreadable input.
 */
@Command(name = "train-calibration", mixinStandardHelpOptions = true,
        description = {"Train the entity confidence calibration (maxent) on gold articles: K-fold cross-validation "
                + "by article, then the model on all of them.",
                "Outcomes PERSON/ORGANIZATION/PLACE/WRONG (the gold type of the entity, matched with the type left "
                + "out), or right/wrong with --binary. More data: --also GOLD_DIR:ARTICLES_DIR (repeatable) adds "
                + "another pair of folders; an article name met twice is used once (the first)."})
public final class TrainCalibrationCommand implements Callable<Integer> {

    private final Supplier<Function<Article, Extraction>> extractor;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Option(names = "--also", paramLabel = "GOLD_DIR:ARTICLES_DIR", description = "Another folder of gold "
            + "files and its folder of articles, separated by ':', e.g. eval/train/gold:eval/train/articles "
            + "(repeatable; entities only are used, so gold without relations is fine).")
    List<String> also = new ArrayList<>();

    @Option(names = "--binary", description = "Train the right/wrong model (no type outcome, no retyping).")
    boolean binary;

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/org/newskg/resolve/entity-calibration.bin");

    @Option(names = "--histogram", description = "Also print each feature's count and share of right entities.")
    boolean histogram;

    /** @param extractor the pipeline to label, keeping every entity (minimum confidence 0) uncalibrated */
    public TrainCalibrationCommand(Supplier<Function<Article, Extraction>> extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Integer call() {
        return options.run(this::train);
    }

    private int train() throws IOException, GoldException, ArticleException {
        PrintWriter w = spec.commandLine().getOut();
        List<TrainingArticles.Source> sources = new ArrayList<>();
        sources.add(options.source());
        for (String pair : also) {
            try {
                sources.add(TrainingArticles.Source.parse(pair));
            } catch (IllegalArgumentException e) {
                return options.usage("--also " + e.getMessage());
            }
        }
        options.checkFolders(sources);
        options.checkFoldsAhead(sources);
        long t0 = System.nanoTime();
        List<CalibrationTrainer.ArticleData> data = CalibrationTrainer.collect(sources, options.exclude,
                extractor.get());
        int entities = data.stream().mapToInt(d -> d.right().length).sum();
        int right = data.stream().mapToInt(d -> count(d.right())).sum();
        int otherType = 0;
        for (CalibrationTrainer.ArticleData d : data) {
            for (int i = 0; i < d.outcome().length; i++) {
                otherType += !d.right()[i] && !d.outcome()[i].equals(MaxentEntityCalibrator.WRONG_TYPED) ? 1 : 0;
            }
        }
        w.printf(Locale.ROOT, "%d articles, %d entities (%d right, %d of another type, %d wrong), extracted in "
                + "%.0f s%n", data.size(), entities, right, otherType, entities - right - otherType,
                (System.nanoTime() - t0) / 1e9);
        if (data.size() < 2) {
            List<Path> dirs = new ArrayList<>();
            sources.forEach(src -> dirs.addAll(List.of(src.gold(), src.articles())));
            return options.usage("fewer than 2 articles with gold in " + dirs);
        }
        if (histogram) {
            CalibrationTrainer.writeHistogram(data, w);
        }
        if (options.folds > 0) {
            CalibrationTrainer.crossValidate(data, options.folds, !binary, w);
        }
        MaxentModel model = CalibrationTrainer.train(data, !binary);
        MaxentModels.write(model, out);
        w.printf(Locale.ROOT, "wrote %s (%d bytes; %s; GIS, %d iterations, cutoff %d)%n", out, Files.size(out),
                binary ? "right/wrong" : "PERSON/ORGANIZATION/PLACE/WRONG", CalibrationTrainer.ITERATIONS,
                CalibrationTrainer.CUTOFF);
        w.flush();
        return ExitCodes.OK;
    }

    private static int count(boolean[] bs) {
        int n = 0;
        for (boolean b : bs) {
            n += b ? 1 : 0;
        }
        return n;
    }
}
