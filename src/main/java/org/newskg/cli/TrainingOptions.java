package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newskg.eval.GoldException;
import org.newskg.eval.TrainingArticles;
import org.newskg.ingest.ArticleException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the {@code train-*} commands share: the gold and article folders, the folders to leave out, the
 * cross-validation folds, their checks, and how a usage error is reported ({@code newskg COMMAND: MESSAGE} on
 * standard error, exit code 2). Each command keeps its own {@code --out} (default and side files differ).
 *
 * <pre>
 * &#64;Mixin
 * TrainingOptions options = new TrainingOptions();
 *
 * public Integer call() {
 *     return options.run(() -&gt; {
 *         options.checkFolders(List.of(options.source()));   // "DIR: not a readable folder"
 *         options.checkFoldsAhead(List.of(options.source())); // before any extraction
 *         ...
 *         return ExitCodes.OK;
 *     });
 * }
 * </pre>
 */
final class TrainingOptions {

    /** The work of a command; a {@link UsageException} or unreadable input ends it with exit code 2. */
    @FunctionalInterface
    interface Work {
        int run() throws IOException, GoldException, ArticleException;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold files NAME.json.")
    Path gold;

    @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of articles NAME.txt.")
    Path articles;

    @Option(names = "--exclude-articles", paramLabel = "DIR",
            description = "Leave out the articles whose file name is in this folder, e.g. a test set (repeatable).")
    List<Path> exclude = new ArrayList<>();

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validation folds, 0 for none "
            + "(default: ${DEFAULT-VALUE}).")
    int folds = 5;

    /** {@code --gold} and {@code --articles}. */
    TrainingArticles.Source source() {
        return new TrainingArticles.Source(gold, articles);
    }

    /** Every folder of the sources, then of {@code --exclude-articles}, must be a readable folder. */
    void checkFolders(List<TrainingArticles.Source> sources) {
        List<Path> dirs = new ArrayList<>();
        sources.forEach(src -> dirs.addAll(List.of(src.gold(), src.articles())));
        dirs.addAll(exclude);
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                throw new UsageException(dir + ": not a readable folder");
            }
        }
    }

    /**
     * Checks {@code --folds} against the number of articles the sources give, from the folder listings alone, so
     * that a bad value is reported before minutes of extraction. Fewer than 2 articles are left to the command's
     * own message after extraction.
     */
    void checkFoldsAhead(List<TrainingArticles.Source> sources) throws IOException {
        int n = TrainingArticles.select(sources, exclude).size();
        if (n >= 2) {
            checkFolds(n);
        }
    }

    /** {@code --folds} must be 0 (no cross-validation), or between 2 and the number of articles. */
    void checkFolds(int articles) {
        if (folds < 0 || folds > 0 && (folds < 2 || folds > articles)) {
            throw new UsageException("--folds must be 0, or between 2 and " + articles);
        }
    }

    /** Runs the work; a usage error or unreadable input is reported on standard error, exit code 2. */
    int run(Work work) {
        try {
            return work.run();
        } catch (UsageException | IOException | GoldException | ArticleException e) {
            return usage(e.getMessage());
        }
    }

    /** Reports a usage error: {@code newskg COMMAND: MESSAGE} on standard error; returns exit code 2. */
    int usage(String message) {
        PrintWriter err = mixee.commandLine().getErr();
        err.println("newskg " + mixee.name() + ": " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
