package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;

import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.eval.Conll;
import org.newskg.eval.ConllAnalyzer;
import org.newskg.eval.ConllDocument;
import org.newskg.eval.EvalReport;
import org.newskg.eval.Evaluator;
import org.newskg.eval.GoldException;
import org.newskg.eval.NerEvaluator;
import org.newskg.eval.NerReport;
import org.newskg.eval.Re3dRelationEval;
import org.newskg.extract.MentionFinder;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.nlp.NlpModels;
import org.newskg.resolve.EntityCalibrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg eval}: scores the extractor against gold annotations; {@code newskg eval ner} scores the mention
 * finder alone on CoNLL data; {@code newskg eval convert} makes such data from re3d or MEANTIME.
 *
 * <pre>
 * newskg eval --gold eval/gold --articles eval/articles [--json] [--errors]
 * newskg eval --gold eval/gold --articles eval/articles --uncalibrated --min-confidence 0.4   (another cut)
 * newskg eval ner --conll wikigold.conll.txt [--json] [--errors]
 * newskg eval convert --meantime ../shared/data/meantime-en -o meantime.conll
 * newskg eval agreement --gold eval/gold --other eval/agreement/gold [--articles eval/articles]
 * newskg eval re3d --dir ../shared/data/re3d [--exclude-articles eval/articles ...]  (repeatable)
 *
 * new CommandLine(new EvalCommand(() -> pipeline::process, () -> finder)).execute(args);
 * new CommandLine(new EvalCommand(cut -> cut.apply(pipeline)::process, () -> finder)).execute(args);
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 bad arguments or unreadable input (folders, article or gold files). The pipeline and
 * finder are only built when a command needs them.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {EvalConvertCommand.class,
        EvalAgreementCommand.class}, description = "Score extraction against gold annotations (precision, recall, F1).")
public final class EvalCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    /** The extractor scored, for the cut the options ask for. */
    private final Function<Cut, Function<Article, Extraction>> pipeline;
    /** Whether the pipeline takes another cut (newskg's own does; an extractor given as it is does not). */
    private final boolean cuts;
    private final Supplier<MentionFinder> finder;

    /**
     * What the options change in the pipeline scored: its minimum confidence (null: its default) and whether the
     * entity calibration is left out.
     */
    public record Cut(Double minConfidence, boolean uncalibrated) {
        /** The pipeline with this cut. */
        public Pipeline apply(Pipeline p) {
            Pipeline q = uncalibrated ? p.withCalibrator(EntityCalibrator.NONE) : p;
            return minConfidence == null ? q : q.withMinConfidence(minConfidence);
        }

        boolean isDefault() {
            return minConfidence == null && !uncalibrated;
        }
    }

    @Spec
    CommandSpec spec;

    // not picocli-required, so that subcommands run without them; checked in call()
    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of gold files NAME.json.")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR", description = "Folder of articles NAME.txt.")
    Path articles;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", description = "Also list, per article, each missed gold item (-) and each false "
            + "prediction (+).")
    boolean errors;

    @Option(names = "--min-confidence", paramLabel = "C", description = "Score the pipeline with this minimum "
            + "entity confidence, 0 to 1, instead of its default (0 keeps every entity).")
    Double minConfidence;

    @Option(names = "--uncalibrated", description = "Score the pipeline without the entity calibration (its raw "
            + "confidence then cut at 0.4, or at --min-confidence).")
    boolean uncalibrated;

    /** Scores the extractor the supplier gives, as it is (the cut options are refused, exit 2). */
    public EvalCommand(Supplier<Function<Article, Extraction>> pipeline, Supplier<MentionFinder> finder) {
        Objects.requireNonNull(pipeline, "pipeline");
        this.pipeline = cut -> pipeline.get();
        this.cuts = false;
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    /** Scores the pipeline the function gives for the cut the options ask for. */
    public EvalCommand(Function<Cut, Function<Article, Extraction>> pipeline, Supplier<MentionFinder> finder) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.cuts = true;
        this.finder = Objects.requireNonNull(finder, "finder");
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (gold == null || articles == null) {
            err.println("newskg eval: --gold DIR and --articles DIR are both needed (or a subcommand: ner, convert, "
                    + "re3d, agreement)");
            return BAD_INPUT;
        }
        for (Path dir : List.of(gold, articles)) {
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                err.println("newskg eval: " + dir + ": not a readable folder");
                return BAD_INPUT;
            }
        }
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            err.println("newskg eval: --min-confidence must be between 0 and 1, not " + minConfidence);
            return BAD_INPUT;
        }
        Cut cut = new Cut(minConfidence, uncalibrated);
        if (!cuts && !cut.isDefault()) {
            err.println("newskg eval: --min-confidence and --uncalibrated need newskg's own pipeline");
            return BAD_INPUT;
        }
        EvalReport report;
        try {
            report = new Evaluator(pipeline.apply(cut)).evaluate(gold, articles);
        } catch (IOException | GoldException | ArticleException e) {
            err.println("newskg eval: " + e.getMessage());
            return BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            report.writeJson(out, errors);
        } else {
            report.writeText(out, errors);
        }
        return 0;
    }

    @Command(name = "re3d", mixinStandardHelpOptions = true,
            description = "Score relations against re3d's (open-licence sources; types mapped as in "
                    + "docs/relations-re3d.md).")
    int re3d(@Option(names = "--dir", required = true, paramLabel = "DIR",
                     description = "The re3d folder, or one of its source folders.") Path dir,
             @Option(names = "--exclude-articles", paramLabel = "DIR",
                     description = "Skip re3d documents that are articles of this folder (e.g. eval/articles);"
                             + " repeatable.")
             List<Path> exclude,
             @Option(names = "--details", description = "Also list every judged prediction and missed relation.")
             boolean details) {
        PrintWriter err = spec.commandLine().getErr();
        Re3dRelationEval.Report report;
        try {
            Set<String> skip = new HashSet<>();
            for (Path d : exclude == null ? List.<Path>of() : exclude) {
                skip.addAll(Re3dRelationEval.articleTexts(d));
            }
            report = Re3dRelationEval.evaluate(dir, pipeline.apply(new Cut(null, false)), skip);
        } catch (IOException e) {
            err.println("newskg eval re3d: " + e.getMessage());
            return BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        report.writeText(out);
        if (details) {
            report.details().forEach(out::println);
            out.flush();
        }
        return 0;
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Score the mention finder alone on a CoNLL NER file (exact spans per type).")
    int ner(@Option(names = "--conll", required = true, paramLabel = "FILE",
                    description = "CoNLL file: token first column, IOB1/IOB2 tag last.") Path conll,
            @Option(names = "--json", description = "Print the scores as JSON.") boolean asJson,
            @Option(names = "--errors", description = "Also list each false name (+, with what the data has there) "
                    + "and each missed one (-), with its sentence, by document.") boolean withErrors) {
        PrintWriter err = spec.commandLine().getErr();
        List<ConllDocument> docs;
        try {
            docs = Conll.read(conll);
        } catch (IOException e) {
            err.println("newskg eval ner: " + (e.getMessage() != null && e.getMessage().contains(conll.toString())
                    ? e.getMessage() : conll + ": unreadable (" + e + ")"));
            return BAD_INPUT;
        }
        NerReport report = new NerEvaluator(finder.get(), new ConllAnalyzer(NlpModels.english())).evaluate(docs);
        PrintWriter out = spec.commandLine().getOut();
        if (asJson) {
            report.writeJson(out);
        } else {
            report.writeText(out, withErrors);
        }
        return 0;
    }
}
