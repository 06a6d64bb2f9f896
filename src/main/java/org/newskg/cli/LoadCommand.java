package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.RiotException;
import org.newskg.store.GraphStore;
import org.newskg.store.LoadReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newskg load}: RDF files into the store, each named graph replacing the stored graph of that name.
 *
 * <pre>
 * newskg load graph.trig                                   # into ./data/store
 * newskg load graph.trig --endpoint http://localhost:3030/news
 * </pre>
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads RDF files (TriG, N-Quads, Turtle, JSON-LD, ...) into the store. A named graph "
                + "replaces the stored graph of the same name, so loading an article again never duplicates it. "
                + "Files that cannot be parsed are reported and skipped; the rest load in one transaction.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files loaded", "1:some files were bad (reported), the rest loaded",
                "2:usage error", "3:nothing loaded"})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files; the format comes from the extension.")
    List<Path> files;

    @Mixin
    StoreOptions store;

    @Option(names = "--graph", paramLabel = "IRI",
            description = "Named graph for triples outside any graph (Turtle, N-Triples); without it they are refused.")
    String graph;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Dataset batch = DatasetFactory.createTxnMem();
        int ok = 0;
        int bad = 0;
        for (Path f : files) {
            try {
                Dataset one = DatasetFactory.create();
                // errors become our one-line report below, not also a riot log line on stderr
                RDFParser.source(f).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(one);
                copyInto(one, batch);
                ok++;
            } catch (RiotException | org.apache.jena.atlas.RuntimeIOException e) {
                err.println("newskg load: skipped " + f + ": " + UserErrors.message(e));
                bad++;
            }
        }
        if (ok == 0) {
            err.println("newskg load: nothing to load.");
            return ExitCodes.FAILED;
        }
        try (GraphStore target = store.open()) {
            LoadReport r = graph == null ? target.load(batch) : target.load(batch, graph);
            spec.commandLine().getOut().printf("Loaded %d graph%s (%d triples) into %s%n", r.graphCount(),
                    r.graphCount() == 1 ? "" : "s", r.triples(), target.location());
        }
        return ExitCodes.of(ok, bad);
    }

    /** Adds the quads of one parsed file to the batch; a graph named in two files is the merge of both. */
    private static void copyInto(Dataset from, Dataset to) {
        from.asDatasetGraph().find().forEachRemaining(to.asDatasetGraph()::add);
    }
}
