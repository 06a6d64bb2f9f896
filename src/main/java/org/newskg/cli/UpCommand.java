package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.newskg.BatchExtractor;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleInputs;
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

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that carry none.")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-serve", description = "Stop after loading.")
    boolean noServe;

    @Mixin
    LinkOptions link = new LinkOptions();

    private final Supplier<Pipeline> pipeline;

    UpCommand(Supplier<Pipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ArticleInputs.Input> in = ArticleInputs.expand(inputs, System.in);
        long t0 = System.nanoTime();
        WikidataLinker linker = link.linker();
        BatchExtractor.Result r = new BatchExtractor(LinkOptions.apply(pipeline.get(), linker), threads, date)
                .run(in, new Progress(err, in.size(), "articles"));
        Reports.failures(err, r.failures());
        if (r.extractions().isEmpty()) {
            err.println("newskg up: no article could be read; nothing loaded.");
            return ExitCodes.FAILED;
        }
        out.println(Reports.summary(r.extractions(), r.failures().size(), System.nanoTime() - t0));
        try (GraphStore target = Tdb2Store.open(store)) {
            Dataset batch = new GraphBuilder().toDataset(r.extractions());
            if (linker != null) {
                LinkCommand.addEnrichment(batch, target, linker.enrichment(
                        r.extractions().stream().flatMap(x -> x.entities().stream()).toList()));
            }
            LoadReport loaded = target.load(batch);
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
