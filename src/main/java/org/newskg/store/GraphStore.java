package org.newskg.store;

import java.io.OutputStream;
import java.util.List;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Where the knowledge graph lives: one named graph per article, queried as the union of all of them.
 * Implemented by {@link Tdb2Store} (a local TDB2 directory) and {@link RemoteStore} (a Fuseki dataset);
 * {@link Stores#open(String)} picks one.
 *
 * <pre>
 * try (GraphStore store = Stores.open(Path.of("data/store"))) {
 *     LoadReport r = store.load(batch);              // each named graph replaces the stored one
 *     ResultSetRewindable rows = store.select("SELECT ?name { ?p a nkg:Person ; rdfs:label ?name }");
 * }
 * </pre>
 *
 * <p>Every failure is a {@link StoreException} whose message can be shown to the user as it is.
 */
public interface GraphStore extends AutoCloseable {

    /** The store directory or dataset URL, for messages. */
    String location();

    /**
     * Writes every named graph of {@code batch}, each REPLACING the stored graph of the same name, so loading
     * an article again never duplicates its triples.
     *
     * @param defaultGraphName IRI of the graph that receives the triples of the batch's default graph;
     *                         {@code null} to refuse a batch whose default graph is not empty
     * @throws StoreException if the batch is refused or cannot be written; a {@link Tdb2Store} is then left
     *                        exactly as it was (one transaction per batch)
     */
    LoadReport load(Dataset batch, String defaultGraphName);

    /** {@link #load(Dataset, String)} for a batch that holds named graphs only. */
    default LoadReport load(Dataset batch) {
        return load(batch, null);
    }

    /**
     * Runs a query, the default graph being the union of all named graphs, and hands the result to
     * {@code handler} (one call, by query form) while it can still be read.
     *
     * @throws StoreException if the query fails (timeout, server error, unreachable endpoint ...)
     */
    void query(Query query, QueryResultHandler handler);

    /** Parses (see {@link Sparql#parse}) and runs a query. */
    default void query(String sparql, QueryResultHandler handler) {
        query(Sparql.parse(sparql), handler);
    }

    /** Runs a SELECT query and keeps all its rows. */
    default ResultSetRewindable select(String sparql) {
        Query query = Sparql.parse(sparql);
        if (!query.isSelectType()) {
            throw new StoreException("Expected a SELECT query");
        }
        ResultSetRewindable[] rows = new ResultSetRewindable[1];
        query(query, QueryResultHandlers.onSelect(rs -> rows[0] = ResultSetFactory.copyResults(rs)));
        return rows[0];
    }

    /** Runs an ASK query. */
    default boolean ask(String sparql) {
        Query query = Sparql.parse(sparql);
        if (!query.isAskType()) {
            throw new StoreException("Expected an ASK query");
        }
        boolean[] answer = new boolean[1];
        query(query, QueryResultHandlers.onAsk(a -> answer[0] = a));
        return answer[0];
    }

    /** Runs a CONSTRUCT or DESCRIBE query. */
    default Model construct(String sparql) {
        Query query = Sparql.parse(sparql);
        if (!query.isConstructType() && !query.isDescribeType()) {
            throw new StoreException("Expected a CONSTRUCT or DESCRIBE query");
        }
        Model[] model = new Model[1];
        query(query, QueryResultHandlers.onGraph(m -> model[0] = m));
        return model[0];
    }

    /** All named graphs, copied into memory (the default graph is not exported: it is the union). */
    Dataset export();

    /** Writes all named graphs, e.g. as {@link RDFFormat#TRIG_BLOCKS} or {@link RDFFormat#NQUADS}. */
    default void export(OutputStream out, RDFFormat format) {
        RDFDataMgr.write(out, export(), format);
    }

    /** Names (IRIs) of the stored named graphs, sorted. */
    List<String> graphNames();

    /** Number of non-empty named graphs. */
    long graphCount();

    /** Number of triples over all named graphs (a triple in two graphs counts twice). */
    long tripleCount();

    /** Releases the store; no checked exception. */
    @Override
    void close();
}
