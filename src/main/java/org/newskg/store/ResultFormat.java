package org.newskg.store;

import java.util.Locale;

/** How {@link ResultWriter} prints SELECT results (ASK and CONSTRUCT/DESCRIBE have fixed forms). */
public enum ResultFormat {
    /** Aligned text table, IRIs abbreviated with the query's prefixes. */
    TABLE,
    /** SPARQL 1.1 Query Results CSV. */
    CSV,
    /** SPARQL 1.1 Query Results JSON. */
    JSON,
    /** SPARQL 1.1 Query Results TSV. */
    TSV;

    /**
     * The format of that name, any case ("table", "csv", "json", "tsv").
     *
     * @throws StoreException naming the formats known
     */
    public static ResultFormat of(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException("Unknown result format '" + name + "': use table, csv, json or tsv");
        }
    }
}
