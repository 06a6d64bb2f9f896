package org.newskg.cli;

import java.io.PrintWriter;
import java.util.List;

import org.newskg.BatchExtractor;
import org.newskg.Extraction;

/** The lines commands print about a batch. */
final class Reports {

    private Reports() {
    }

    static void failures(PrintWriter err, List<BatchExtractor.Failure> failures) {
        for (BatchExtractor.Failure f : failures) {
            err.println("newskg: skipped " + f.location() + ": " + f.reason());
        }
    }

    static String summary(List<Extraction> xs, int failed, long nanos) {
        int entities = xs.stream().mapToInt(x -> x.entities().size()).sum();
        int relations = xs.stream().mapToInt(x -> x.relations().size()).sum();
        int statements = xs.stream().mapToInt(x -> x.statements().size()).sum();
        return String.format("Extracted %d article%s%s: %d entities, %d relations, %d statements (%.1f s)",
                xs.size(), xs.size() == 1 ? "" : "s", failed > 0 ? " (" + failed + " skipped)" : "",
                entities, relations, statements, nanos / 1e9);
    }
}
