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

import opennlp.tools.ml.model.MaxentModel;
import org.newskg.Pipeline;
import org.newskg.eval.GoldException;
import org.newskg.eval.SpeakerTrainer;
import org.newskg.eval.TrainingArticles;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.extract.MaxentSpeakerRanker;
import org.newskg.extract.QuoteStatementExtractor;
import org.newskg.extract.StatementExtractor;
import org.newskg.ingest.ArticleException;
import org.newskg.link.WikidataLinker;
import org.newskg.nlp.MaxentModels;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.resolve.NameResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train-speakers}: cross-validates the speaker ranker by article on gold articles (statements P/R/F1
 * for each margin and threshold), then trains it on all of them and writes the model and its settings
 * ({@code speaker-ranker.properties} beside the model file).
 *
 * <pre>
 * newskg train-speakers --gold eval/gold --articles eval/articles
 * newskg train-speakers --gold eval/gold --articles eval/articles --exclude-articles /tmp/test/articles \
 *     --out /tmp/lso/org/newskg/extract/speaker-ranker.bin --enabled true
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 bad arguments or unreadable input.
 */
@Command(name = "train-speakers", mixinStandardHelpOptions = true,
        description = "Train the quotation speaker ranker (maxent) on gold articles: K-fold cross-validation by "
                + "article (margin/threshold sweep), then the model on all of them.")
public final class TrainSpeakersCommand implements Callable<Integer> {

    private final Function<StatementExtractor, Pipeline> pipeline;

    @Spec
    CommandSpec spec;

    @Mixin
    TrainingOptions options = new TrainingOptions();

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write; the settings go beside it "
            + "as speaker-ranker.properties (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/org/newskg/extract/speaker-ranker.bin");

    @Option(names = "--enabled", paramLabel = "auto|true|false", description = "Whether the standard pipeline "
            + "uses the ranker: auto = when cross-validation beats the rules alone (default: ${DEFAULT-VALUE}).")
    String enabled = "auto";

    /** The standard pipeline (offline linking, what {@code newskg eval} scores) with the rules' statements. */
    public TrainSpeakersCommand() {
        this(statements -> Pipeline.builder().analyzer(OpenNlpAnalyzer.english())
                .mentionFinder(Pipeline.englishMentionFinder()).resolver(NameResolver.standard())
                .relations(LexiconRelationExtractor.standard()).statements(statements)
                .linker(WikidataLinker.offline()).build());
    }

    /** @param pipeline builds the pipeline to label around a statement extractor */
    public TrainSpeakersCommand(Function<StatementExtractor, Pipeline> pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    @Override
    public Integer call() {
        return options.run(this::train);
    }

    private int train() throws IOException, GoldException, ArticleException {
        PrintWriter w = spec.commandLine().getOut();
        List<TrainingArticles.Source> sources = List.of(options.source());
        options.checkFolders(sources);
        if (!List.of("auto", "true", "false").contains(enabled)) {
            return options.usage("--enabled must be auto, true or false, not " + enabled);
        }
        options.checkFoldsAhead(sources);
        long t0 = System.nanoTime();
        SpeakerTrainer.Capture capture = new SpeakerTrainer.Capture(QuoteStatementExtractor.standard());
        List<SpeakerTrainer.ArticleData> data = SpeakerTrainer.collect(options.gold, options.articles,
                options.exclude, pipeline.apply(capture), capture);
        if (data.size() < 2) {
            return options.usage("fewer than 2 articles with gold in " + options.articles);
        }
        int[] c = SpeakerTrainer.counts(data);
        w.printf(Locale.ROOT, "%d articles, %d quotations labelled (right speaker among the candidates: %d; "
                + "rules right: %d), %d candidates, extracted in %.0f s%n", data.size(), c[0], c[1], c[3], c[2],
                (System.nanoTime() - t0) / 1e9);
        SpeakerTrainer.Choice choice = null;
        if (options.folds > 0) {
            options.checkFolds(data.size()); // again: an article whose statement stage failed is left out
            choice = SpeakerTrainer.crossValidate(data, options.folds, w);
        }
        boolean evidenceOnly = choice != null && choice.evidenceOnly();
        MaxentModel model = SpeakerTrainer.train(data, evidenceOnly);
        MaxentModels.write(model, out);
        boolean on = "auto".equals(enabled) ? choice != null && choice.ranked().f1() > choice.rules().f1()
                : Boolean.parseBoolean(enabled);
        double margin = choice == null ? MaxentSpeakerRanker.NEVER : choice.margin();
        double threshold = choice == null ? MaxentSpeakerRanker.NEVER : choice.threshold();
        Path settings = out.resolveSibling("speaker-ranker.properties");
        new MaxentSpeakerRanker.Settings(on, margin, threshold, evidenceOnly).write(settings,
                String.format(Locale.ROOT, "trained on %d articles of %s; --exclude-articles folders: %d",
                        data.size(), options.articles.getFileName(), options.exclude.size()));
        w.printf(Locale.ROOT, "wrote %s (%d bytes; GIS, %d iterations, cutoff %d) and %s (enabled %s)%n", out,
                Files.size(out), SpeakerTrainer.ITERATIONS, SpeakerTrainer.CUTOFF, settings, on);
        w.flush();
        return ExitCodes.OK;
    }
}
