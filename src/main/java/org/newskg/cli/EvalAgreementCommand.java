package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.eval.Agreement;
import org.newskg.eval.GoldException;
import org.newskg.ingest.ArticleException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg eval agreement}: how far two annotators agree. Annotation B is scored against annotation A with
 * the scorer of {@code newskg eval}, so that agreement reads like a system score (and bounds it).
 *
 * <pre>
 * newskg eval agreement --gold eval/gold --other eval/agreement/gold [--articles eval/articles] [--json] [--errors]
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 bad arguments or unreadable input (folders, gold or article files).
 */
@Command(name = "agreement", mixinStandardHelpOptions = true,
        description = {"Score one gold annotation (B, --other) against another (A, --gold) with the scorer of "
                + "newskg eval: inter-annotator agreement, the ceiling of what an extractor can score.",
                "Each B/NAME.json with an A/NAME.json is compared; B files without A are listed. The text report "
                        + "also gives the swapped view (A against B): entity F1 is symmetric (P and R trade "
                        + "places); relation and statement F1 nearly so."})
public final class EvalAgreementCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Annotation A (taken as gold).")
    Path gold;

    @Option(names = "--other", required = true, paramLabel = "DIR",
            description = "Annotation B (taken as predictions), same format.")
    Path other;

    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "eval/articles",
            description = "Folder of articles NAME.txt, for the statements' whole quotations (default: "
                    + "${DEFAULT-VALUE}).")
    Path articles;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", description = "Also list, per article, each item of A that B lacks (-) and each "
            + "item of B that A lacks (+).")
    boolean errors;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        for (Path dir : List.of(gold, other, articles)) {
            if (!Files.isDirectory(dir) || !Files.isReadable(dir)) {
                err.println("newskg eval agreement: " + dir + ": not a readable folder");
                return EvalCommand.BAD_INPUT;
            }
        }
        Agreement agreement;
        try {
            agreement = Agreement.compare(gold, other, articles);
        } catch (IOException | GoldException | ArticleException e) {
            err.println("newskg eval agreement: " + e.getMessage());
            return EvalCommand.BAD_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            agreement.writeJson(out, errors);
        } else {
            agreement.writeText(out, errors);
        }
        return 0;
    }
}
