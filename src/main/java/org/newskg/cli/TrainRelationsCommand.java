package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import opennlp.tools.ml.model.MaxentModel;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.eval.GoldException;
import org.newskg.eval.RelationTrainer;
import org.newskg.eval.TrainingArticles;
import org.newskg.extract.MaxentRelationClassifier;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train-relations}: cross-validates the relation classifier by article on gold articles (a sweep of
 * its two thresholds), then trains it on all of them and writes it with the best thresholds.
 *
 * <pre>
 * newskg train-relations --gold eval/gold --articles eval/articles
 * newskg train-relations --gold eval/gold --articles eval/articles --exclude-articles /tmp/test/articles \
 *     --out /tmp/rel/org/newskg/extract/relation-classifier.bin --folds 5
 * new CommandLine(new TrainRelationsCommand(() -> rulesOnly::process)).execute("--gold", "g", "--articles", "a");
 * </pre>
 *
 * <p>The extractor it is given must be the pipeline with the rules alone as relation extractor. Exit codes: 0 done,
 * 2 bad arguments or unreadable input.
 */
@Command(name = "train-relations", mixinStandardHelpOptions = true,
        description = "Train the relation classifier (maxent over entity pairs, beside the rules) on gold articles: "
                + "K-fold cross-validation by article with a threshold sweep, then the model on all of them.")
public final class TrainRelationsCommand implements Callable<Integer> {

    private final Supplier<Function<Article, Extraction>> extractor;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write, its thresholds beside it "
            + "as .properties (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/org/newskg/extract/relation-classifier.bin");

    @Option(names = "--verify", paramLabel = "V", description = "Verification threshold with --folds 0 "
            + "(default: ${DEFAULT-VALUE}, keeps every rule relation).")
    double verify = 1;

    @Option(names = "--propose", paramLabel = "P", description = "Proposal threshold with --folds 0 "
            + "(default: ${DEFAULT-VALUE}, proposes nothing).")
    double propose = 1;

    @Option(names = "--rule-feature", description = "Give the model the rules' verdict on each pair as a feature "
            + "(stacking; off by default: see RELATIONS.md).")
    boolean ruleFeature;

    @Option(names = "--off", description = "Write the model switched off (enabled=false): the pipeline then keeps "
            + "the rules' output as it is (see RELATIONS.md for why the bundled one is).")
    boolean off;

    /** @param rulesOnly the pipeline to label, with the rules alone as relation extractor */
    public TrainRelationsCommand(Supplier<Function<Article, Extraction>> rulesOnly) {
        this.extractor = Objects.requireNonNull(rulesOnly, "rulesOnly");
    }

    @Override
    public Integer call() {
        return options.run(this::train);
    }

    private int train() throws IOException, GoldException, ArticleException {
        PrintWriter w = spec.commandLine().getOut();
        List<TrainingArticles.Source> sources = List.of(options.source());
        options.checkFolders(sources);
        options.checkFoldsAhead(sources);
        long t0 = System.nanoTime();
        double cut = Pipeline.DEFAULT_MIN_CONFIDENCE;
        List<RelationTrainer.ArticleData> data = RelationTrainer.collect(options.gold, options.articles,
                options.exclude, extractor.get(), cut, ruleFeature);
        int pairs = data.stream().mapToInt(d -> d.pairs().size()).sum();
        w.printf(Locale.ROOT, "%d articles, %d candidate pairs, extracted in %.0f s; labels %s%n", data.size(),
                pairs, (System.nanoTime() - t0) / 1e9, RelationTrainer.labelCounts(data));
        if (data.size() < 2) {
            return options.usage("fewer than 2 articles with gold in " + options.articles);
        }
        double verify = this.verify;
        double propose = this.propose;
        if (options.folds > 0) {
            RelationTrainer.Choice best = RelationTrainer.crossValidate(data, options.folds, cut, ruleFeature, w);
            verify = best.verify();
            propose = best.propose();
        }
        MaxentModel model = RelationTrainer.train(data);
        MaxentRelationClassifier.write(model, new MaxentRelationClassifier.Settings(verify, propose,
                ruleFeature, RelationTrainer.typePairs(data), !off), out);
        w.printf(Locale.ROOT, "wrote %s (%d bytes; GIS, %d iterations, cutoff %d) and %s (verify %.2f, "
                + "propose %.2f%s)%n", out, Files.size(out), RelationTrainer.ITERATIONS, RelationTrainer.CUTOFF,
                MaxentRelationClassifier.thresholdsFile(out), verify, propose, off ? ", switched off" : "");
        w.flush();
        return ExitCodes.OK;
    }
}
