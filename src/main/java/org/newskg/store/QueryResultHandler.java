package org.newskg.store;

import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/**
 * Receives the result of a query run by {@link GraphStore#query}: exactly one method is called, according to
 * the query form, while the store is still reading (the result set is only valid during the call).
 */
public interface QueryResultHandler {

    /** SELECT: the solutions, streamed; valid only during this call. */
    void select(ResultSet results);

    /** ASK: the answer. */
    void ask(boolean answer);

    /** CONSTRUCT or DESCRIBE: the graph built, with the query's prefixes. */
    void graph(Model model);
}
