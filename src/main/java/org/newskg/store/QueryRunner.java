package org.newskg.store;

import java.io.OutputStream;
import java.util.Objects;

import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/**
 * Runs SPARQL text against a {@link GraphStore} and prints the result (see {@link ResultWriter} for the forms).
 *
 * <pre>
 * try (GraphStore store = Stores.open("data/store")) {
 *     QueryRunner.Summary s = new QueryRunner(store).run("SELECT * { ?s a nkg:Person }", ResultFormat.TABLE, System.out);
 *     System.err.println(s.results() + " results");
 * } catch (StoreException e) {
 *     System.err.println(e.getMessage());          // e.g. "SPARQL syntax error at line 1, column 9: ..."
 * }
 * </pre>
 */
public final class QueryRunner {

    /**
     * What a run printed.
     *
     * @param form    SELECT, ASK, CONSTRUCT or DESCRIBE
     * @param results rows (SELECT), triples (CONSTRUCT/DESCRIBE), or 1 if an ASK is true and 0 if false
     */
    public record Summary(String form, long results) {
    }

    private final GraphStore store;

    public QueryRunner(GraphStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Parses and runs {@code sparql}, writing its result to {@code out} (flushed, not closed).
     *
     * @throws StoreException for a syntax error (with line and column) or a failing query
     */
    public Summary run(String sparql, ResultFormat format, OutputStream out) {
        Query query = Sparql.parse(sparql);
        return run(query, format, out);
    }

    /** Runs a parsed query, writing its result to {@code out}. */
    public Summary run(Query query, ResultFormat format, OutputStream out) {
        Summary[] summary = new Summary[1];
        store.query(query, new QueryResultHandler() {
            @Override
            public void select(ResultSet results) {
                summary[0] = new Summary("SELECT",
                        ResultWriter.select(results, format, out, query.getPrefixMapping()));
            }

            @Override
            public void ask(boolean answer) {
                ResultWriter.ask(answer, format, out);
                summary[0] = new Summary("ASK", answer ? 1 : 0);
            }

            @Override
            public void graph(Model model) {
                summary[0] = new Summary(query.isDescribeType() ? "DESCRIBE" : "CONSTRUCT",
                        ResultWriter.graph(model, out));
            }
        });
        return summary[0];
    }
}
