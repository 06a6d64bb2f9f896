package org.newskg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.Prefixes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Writes newskg graphs in any {@link RdfFormat}, with newskg's prefixes ({@link NKG#PREFIXES}).
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(Path.of("graph.trig"))) {
 *     RdfWriter.write(dataset, RdfFormat.TRIG, out);
 * }
 * </pre>
 *
 * <p>Syntaxes with named graphs (TriG, N-Quads, JSON-LD 1.1) keep one graph per article; Turtle and N-Triples get
 * the union of all graphs, merged. A transactional dataset (TDB2) is read inside a read transaction unless the
 * caller is already in one.
 */
public final class RdfWriter {

    private RdfWriter() {
    }

    /** Writes a dataset; the stream is flushed, not closed. */
    public static void write(Dataset ds, RdfFormat format, OutputStream out) {
        Runnable write = () -> {
            if (format.hasNamedGraphs()) {
                writeDataset(ds.asDatasetGraph(), format, out);
            } else {
                writeGraph(union(ds.asDatasetGraph()), format, out);
            }
        };
        if (ds.supportsTransactions()) {
            Txn.executeRead(ds, write);
        } else {
            write.run();
        }
    }

    /** Writes one graph; syntaxes with named graphs get it as their default graph. */
    public static void write(Model model, RdfFormat format, OutputStream out) {
        if (format.hasNamedGraphs()) {
            writeDataset(DatasetGraphFactory.wrap(model.getGraph()), format, out);
        } else {
            writeGraph(model.getGraph(), format, out);
        }
    }

    /** The default graph and all named graphs of a dataset, merged into a new in-memory graph. */
    public static Graph union(DatasetGraph dsg) {
        Graph g = GraphFactory.createDefaultGraph();
        dsg.find().forEachRemaining(q -> g.add(q.asTriple()));
        return g;
    }

    private static void writeGraph(Graph g, RdfFormat format, OutputStream out) {
        RDFWriterRegistry.getWriterGraphFactory(format.format()).create(format.format())
                .write(out, g, prefixes(), null, RIOT.getContext().copy());
        flush(out);
    }

    private static void writeDataset(DatasetGraph dsg, RdfFormat format, OutputStream out) {
        if (format == RdfFormat.JSONLD) {
            // Jena's JSON-LD 1.1 writer takes its @context from the dataset's own prefixes: write a copy
            // rather than change the caller's (possibly persistent) dataset
            DatasetGraph copy = DatasetGraphFactory.create();
            dsg.find().forEachRemaining(copy::add);
            copy.prefixes().putAll(prefixes());
            dsg = copy;
        }
        RDFWriterRegistry.getWriterDatasetFactory(format.format()).create(format.format())
                .write(out, dsg, prefixes(), null, RIOT.getContext().copy());
        flush(out);
    }

    private static PrefixMap prefixes() {
        return Prefixes.adapt(NKG.PREFIXES);
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
