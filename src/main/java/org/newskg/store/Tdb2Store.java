package org.newskg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A TDB2 database in a local directory (default {@code ./data/store}), created on first use.
 *
 * <pre>
 * try (Tdb2Store store = Tdb2Store.open(Path.of("data/store"))) {
 *     store.load(batch);
 *     System.out.println(store.graphCount() + " graphs, " + store.tripleCount() + " triples");
 * }
 * </pre>
 *
 * <p>Each {@link #load} is one write transaction: a failure part-way leaves the store as it was. Queries see
 * the union of the named graphs as their default graph. TDB2 allows one process per directory: a second
 * process (say a running {@code newskg serve}) gets a {@link StoreException} naming the lock; instances in the
 * same process share the database, and the last one closed releases it.
 */
public final class Tdb2Store implements GraphStore {

    /** Where the store lives unless told otherwise (relative to the working directory). */
    public static final Path DEFAULT_DIR = Path.of("data", "store");

    /** Open instances per directory: the database files are released when the count drops to zero. */
    private static final Map<Path, Integer> OPEN = new HashMap<>();

    private final Path dir;
    private final Dataset dataset;
    private boolean closed;

    private Tdb2Store(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * Opens (creating if needed) the TDB2 store in {@code dir}.
     *
     * @throws StoreException if the directory cannot be created, read or written, holds files that are not a
     *                        TDB2 database, or is locked by another process
     */
    public static Tdb2Store open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        checkDirectory(abs);
        synchronized (OPEN) {
            Dataset dataset;
            try {
                dataset = TDB2Factory.connectDataset(Location.create(abs));
            } catch (RuntimeException e) {
                throw new StoreException(openFailure(abs, e), e);
            }
            OPEN.merge(abs, 1, Integer::sum);
            return new Tdb2Store(abs, dataset);
        }
    }

    /** The store directory (absolute). */
    public Path directory() {
        return dir;
    }

    @Override
    public String location() {
        return dir.toString();
    }

    @Override
    public LoadReport load(Dataset batch, String defaultGraphName) {
        checkOpen();
        List<BatchGraphs.Named> graphs = BatchGraphs.of(batch, defaultGraphName);
        DatasetGraph dsg = dataset.asDatasetGraph();
        long[] triples = new long[1];
        try {
            Txn.executeWrite(dsg, () -> {
                for (BatchGraphs.Named g : graphs) {
                    Node name = g.name();
                    dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                    g.graph().find().forEachRemaining(t -> {
                        dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                        triples[0]++;
                    });
                }
            });
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("Loading into " + dir + " failed, nothing was written: "
                    + Sparql.firstLine(String.valueOf(e.getMessage())), e);
        }
        return new LoadReport(graphs.stream().map(g -> g.name().getURI()).toList(), triples[0]);
    }

    @Override
    public void query(Query query, QueryResultHandler handler) {
        checkOpen();
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                        .set(TDB2.symUnionDefaultGraph, true).build()) {
                    QueryResultHandlers.deliver(query, qe, handler);
                }
            });
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("Query failed on " + dir + ": "
                    + Sparql.firstLine(String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public Dataset export() {
        checkOpen();
        DatasetGraph dsg = dataset.asDatasetGraph();
        Dataset out = DatasetFactory.create();
        out.asDatasetGraph().prefixes().putAll(PrefixMapFactory.create(Sparql.PREFIXES));
        Txn.executeRead(dsg, () -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(out.asDatasetGraph()::add));
        return out;
    }

    @Override
    public List<String> graphNames() {
        checkOpen();
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> names.add(n.toString()));
            names.sort(null);
            return names;
        });
    }

    @Override
    public long graphCount() {
        checkOpen();
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg, () -> (long) Iter.count(dsg.listGraphNodes()));
    }

    @Override
    public long tripleCount() {
        checkOpen();
        DatasetGraph dsg = dataset.asDatasetGraph();
        return Txn.calculateRead(dsg,
                () -> (long) Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Releases the database files once no other open instance uses this directory. */
    @Override
    public void close() {
        synchronized (OPEN) {
            if (closed) {
                return;
            }
            closed = true;
            int left = OPEN.merge(dir, -1, Integer::sum);
            if (left <= 0) {
                OPEN.remove(dir);
                TDBInternal.expel(dataset.asDatasetGraph());
            }
        }
    }

    @Override
    public String toString() {
        return "TDB2 store " + dir;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("Store " + dir + " is closed");
        }
    }

    /** Checks (or creates) a store directory; shared with {@link NewsKgServer}. */
    static void checkDirectory(Path dir) {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new StoreException("Store location " + dir + " is a file, not a directory");
            }
            if (!Files.isReadable(dir) || !Files.isWritable(dir) || !Files.isExecutable(dir)) {
                throw new StoreException("Store directory " + dir + " cannot be read and written (permissions)");
            }
            if (!looksLikeTdb2(dir)) {
                throw new StoreException("Store directory " + dir + " holds other files and is not a TDB2"
                        + " database; choose an empty or new directory");
            }
        } else {
            try {
                Files.createDirectories(dir);
            } catch (IOException | SecurityException e) {
                throw new StoreException("Cannot create store directory " + dir + ": " + e.getMessage(), e);
            }
        }
    }

    /** Empty, or has TDB2's lock file or data generations (Data-0001 ...). */
    private static boolean looksLikeTdb2(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            return names.isEmpty()
                    || names.stream().anyMatch(n -> n.equals("tdb.lock") || n.startsWith("Data-"));
        } catch (IOException e) {
            throw new StoreException("Cannot read store directory " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String openFailure(Path dir, RuntimeException e) {
        String message = Sparql.firstLine(String.valueOf(e.getMessage()));
        String locked = lockedMessage(dir, message);
        return locked != null ? locked : "Cannot open TDB2 store " + dir + ": " + message;
    }

    /** The user's message when TDB2 failed because another process holds the store's lock, else null. */
    static String lockedMessage(Path dir, String message) {
        if (!message.contains("Failed to get a lock") && !message.contains("locked")) {
            return null;
        }
        Matcher pid = Pattern.compile("(?:held by process|locked by PID) (\\d+)").matcher(message);
        return "Store " + dir + " is in use by another process" + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                + ": stop it (a running newskg serve or Fuseki?), or query it through its SPARQL endpoint URL";
    }
}
