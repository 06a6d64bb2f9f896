package org.newskg.store;

import java.util.List;

/**
 * What one {@link GraphStore#load} did.
 *
 * @param graphs  names (IRIs) of the graphs written, each replacing any graph of the same name
 * @param triples triples written over all those graphs
 */
public record LoadReport(List<String> graphs, long triples) {

    public LoadReport {
        graphs = List.copyOf(graphs);
    }

    public int graphCount() {
        return graphs.size();
    }
}
