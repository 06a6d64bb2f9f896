package org.newskg.cli;

import java.nio.file.Path;

import org.newskg.store.GraphStore;
import org.newskg.store.RemoteStore;
import org.newskg.store.Tdb2Store;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where the graph lives: an embedded TDB2 folder (default {@code ./data/store}) or a remote Fuseki dataset. */
final class StoreOptions {

    @ArgGroup(exclusive = true)
    Target target = new Target();

    static final class Target {
        @Option(names = "--store", paramLabel = "DIR",
                description = "Embedded TDB2 store folder (default: data/store).")
        Path store;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "A remote Fuseki dataset instead, e.g. http://localhost:3030/news "
                        + "(SPARQL query and Graph Store Protocol).")
        String endpoint;
    }

    Path storeDir() {
        return target.store != null ? target.store : Tdb2Store.DEFAULT_DIR;
    }

    GraphStore open() {
        return target.endpoint != null ? RemoteStore.connect(target.endpoint) : Tdb2Store.open(storeDir());
    }
}
