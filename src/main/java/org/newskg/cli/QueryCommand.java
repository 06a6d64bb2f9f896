package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.store.GraphStore;
import org.newskg.store.QueryRunner;
import org.newskg.store.ResultFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newskg query}: runs SPARQL over the store (the union of all article graphs is the default graph).
 *
 * <pre>
 * newskg query queries/who-commands-whom.rq
 * newskg query "SELECT ?p ?name { ?p a nkg:Person ; rdfs:label ?name }" --format csv
 * </pre>
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (a .rq file or the query text) over the store. The prefixes nkg, ent, "
                + "art, rdf, rdfs, skos, owl, xsd and wd are predeclared.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:query ran", "2:usage error", "3:syntax error, unreadable file, or store unavailable"})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "A file with the query (e.g. queries/took-control.rq), or the query text.")
    String query;

    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), csv, tsv or json for SELECT; CONSTRUCT and DESCRIBE give Turtle.")
    String format;

    @Override
    public Integer call() throws IOException {
        ResultFormat resultFormat;
        try {
            resultFormat = ResultFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String text = queryText(query);
        try (GraphStore target = store.open()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new QueryRunner(target).run(text, resultFormat, bytes);
            spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }

    /** A readable file's content, else the argument itself when it looks like a query. */
    static String queryText(String arg) throws IOException {
        Path p = Path.of(arg.length() < 1024 && !arg.contains("\n") ? arg : ".");
        if (!arg.contains("\n") && Files.isRegularFile(p)) {
            return Files.readString(p);
        }
        if (arg.endsWith(".rq") || arg.endsWith(".sparql")) {
            throw new UsageException("no such query file: " + arg);
        }
        return arg;
    }
}
