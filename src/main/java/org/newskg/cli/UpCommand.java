package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.newskg.BatchExtractor;
import org.newskg.Pipeline;
import org.newskg.link.WikidataLinker;
import org.newskg.rdf.GraphBuilder;
import org.newskg.store.GraphStore;
import org.newskg.store.LoadReport;
import org.newskg.store.NewsKgServer;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newskg up}: extract, load and serve in one.
 *
 * <pre>
 * newskg up examples/                 # then open http://localhost:3030/
 * newskg up news/ --no-serve          # just build ./data/store
 * </pre>
 */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = "Extracts the articles, loads them into the embedded TDB2 store (replacing earlier versions "
                + "of the same articles) and serves the store with Fuseki until interrupted.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all articles loaded (and the server stopped)",
                "1:some articles were bad (reported), the rest loaded", "2:usage error",
                "3:no article could be read, or the store or port could not be used"})
final class UpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE", description = "Article files, folders, or - for standard input.")
    List<String> inputs;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: data/store).")
    Path store = Tdb2Store.DEFAULT_DIR;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: 3030; 0 picks a free one).")
    int port = 3030;



    @Option(names = "--no-serve", description = "Stop after loading.")
    boolean noServe;

    @Mixin
    BatchOptions batch = new BatchOptions();

    private final Supplier<Pipeline> pipeline;

    UpCommand(Supplier<Pipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchOptions.Batch b = batch.run(inputs, pipeline, err);
        BatchExtractor.Result r = b.result();
        WikidataLinker linker = b.linker();
        if (b.isEmpty()) {
            err.println("newskg up: no article could be read; nothing loaded.");
            return ExitCodes.FAILED;
        }
        out.println(Reports.summary(r.extractions(), r.failures().size(), b.nanos()));
        try (GraphStore target = Tdb2Store.open(store)) {
            Dataset graphs = new GraphBuilder().toDataset(r.extractions());
            if (linker != null) {
                LinkCommand.addEnrichment(graphs, target, linker.enrichment(
                        r.extractions().stream().flatMap(x -> x.entities().stream()).toList()));
            }
            LoadReport loaded = target.load(graphs);
            // the Wikidata enrichment graph is no article
            long held = target.graphCount() - (target.graphNames().contains(WikidataLinker.GRAPH) ? 1 : 0);
            int articles = r.extractions().size();
            out.printf("Loaded %d article graph%s (%d triples) into %s; the store now holds %d article%s.%n",
                    articles, articles == 1 ? "" : "s", loaded.triples(), target.location(),
                    held, held == 1 ? "" : "s");
        }
        out.flush();
        int code = ExitCodes.of(r.extractions().size(), r.failures().size());
        if (!noServe) {
            try (NewsKgServer server = ServeCommand.start(out, store, port, null, false, false, true)) {
                server.join();
            }
        }
        return code;
    }
}
