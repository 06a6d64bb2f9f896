package org.newskg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/** The graphs of a load batch, checked and named, shared by both stores. */
final class BatchGraphs {

    /** One graph to write: its IRI and its triples. */
    record Named(Node name, Graph graph) {
    }

    private BatchGraphs() {
    }

    /**
     * The named graphs of {@code batch}, sorted by name, plus its default graph under
     * {@code defaultGraphName} (merged with a named graph of that name if the batch has one too).
     *
     * @throws StoreException if a graph name is not an IRI, or the default graph has triples but no name
     */
    static List<Named> of(Dataset batch, String defaultGraphName) {
        DatasetGraph dsg = batch.asDatasetGraph();
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node name = it.next();
            if (!name.isURI()) {
                throw new StoreException("Graph names must be IRIs; the batch has a graph named " + name);
            }
            graphs.put(name, dsg.getGraph(name));
        }
        Graph defaultGraph = dsg.getDefaultGraph();
        if (!defaultGraph.isEmpty()) {
            if (defaultGraphName == null || defaultGraphName.isBlank()) {
                throw new StoreException("The batch has " + defaultGraph.size() + " triples outside any named"
                        + " graph; every triple must go into a named graph (give a graph name for them)");
            }
            Node name = NodeFactory.createURI(checkedIri(defaultGraphName));
            Graph named = graphs.get(name);
            if (named == null) {
                graphs.put(name, defaultGraph);
            } else {
                Graph merged = GraphFactory.createDefaultGraph();
                named.find().forEachRemaining(merged::add);
                defaultGraph.find().forEachRemaining(merged::add);
                graphs.put(name, merged);
            }
        }
        List<Named> out = new ArrayList<>();
        graphs.forEach((name, graph) -> out.add(new Named(name, graph)));
        out.sort(Comparator.comparing(n -> n.name().getURI()));
        return out;
    }

    private static String checkedIri(String iri) {
        boolean absolute;
        try {
            absolute = IRIx.create(iri).isAbsolute();
        } catch (IRIException e) {
            throw new StoreException("Graph name is not a valid IRI: " + iri);
        }
        if (!absolute) {
            throw new StoreException("Graph name must be an absolute IRI: " + iri);
        }
        return iri;
    }
}
