package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.store.NewsKgServer;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg serve}: Fuseki (SPARQL endpoint and UI) over the store, dataset {@code /news}.
 *
 * <pre>
 * newskg serve                       # http://localhost:3030/news, read-only, localhost only
 * newskg serve --port 8080 --writable
 * </pre>
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the store with Apache Jena Fuseki (configured by fuseki-config/newskg.ttl): SPARQL at "
                + "/news, the Fuseki UI at /. Read-only and bound to localhost unless told otherwise. Runs until "
                + "interrupted (Ctrl-C).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage error", "3:store unavailable or port in use"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: data/store).")
    Path store = Tdb2Store.DEFAULT_DIR;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: 3030; 0 picks a free one).")
    int port = 3030;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: fuseki-config/newskg.ttl, else the built-in copy).")
    Path config;

    @Option(names = "--writable", description = "Also accept SPARQL Update and Graph Store Protocol writes.")
    boolean writable;

    @Option(names = "--public", description = "Listen on all network interfaces, not only localhost.")
    boolean publicAccess;

    @Option(names = "--no-ui", negatable = true, description = "Serve without the Fuseki UI.")
    boolean ui = true;

    @Override
    public Integer call() {
        try (NewsKgServer server = start(spec.commandLine().getOut(), store, port, config, writable, publicAccess, ui)) {
            server.join();
        }
        return ExitCodes.OK;
    }

    /** Starts the server and prints where it is; shared with {@code up}. */
    static NewsKgServer start(PrintWriter out, Path store, int port, Path config, boolean writable,
                              boolean publicAccess, boolean ui) {
        NewsKgServer.Builder b = NewsKgServer.builder().store(store).port(port).localhostOnly(!publicAccess)
                .writable(writable).ui(ui);
        if (config != null) {
            b.config(config);
        }
        NewsKgServer server = b.build().start();
        out.println("SPARQL endpoint: " + server.datasetUrl() + (writable ? " (writable)" : " (read-only)"));
        server.uiUrl().ifPresent(u -> out.println("Fuseki UI:       " + u));
        out.println("Query it:        ./newskg query queries/who-commands-whom.rq --endpoint " + server.datasetUrl());
        out.println("Stop with Ctrl-C.");
        out.flush();
        return server;
    }
}
