package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes query results: SELECT in a {@link ResultFormat}, ASK as {@code true}/{@code false} (SPARQL results
 * JSON in the json format), CONSTRUCT/DESCRIBE as Turtle. UTF-8 throughout; the stream is flushed, not closed.
 *
 * <pre>
 * long rows = ResultWriter.select(resultSet, ResultFormat.CSV, System.out, query.getPrefixMapping());
 * </pre>
 */
public final class ResultWriter {

    private ResultWriter() {
    }

    /**
     * Writes SELECT results.
     *
     * @param prefixes used by the table format to shorten IRIs (may be null)
     * @return the number of rows written
     */
    public static long select(ResultSet results, ResultFormat format, OutputStream out, PrefixMapping prefixes) {
        switch (format) {
            case TABLE -> ResultSetFormatter.out(out, results, prefixes);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            default -> throw new IllegalArgumentException(format.toString());
        }
        flush(out);
        return results.getRowNumber();
    }

    /** Writes an ASK answer: {@code true} or {@code false} on a line, or SPARQL results JSON. */
    public static void ask(boolean answer, ResultFormat format, OutputStream out) {
        if (format == ResultFormat.JSON) {
            ResultSetFormatter.outputAsJSON(out, answer);
        } else {
            PrintStream print = new PrintStream(out, false, StandardCharsets.UTF_8);
            print.println(answer);
            print.flush();
        }
        flush(out);
    }

    /** Writes a CONSTRUCT/DESCRIBE graph as Turtle; returns its number of triples. */
    public static long graph(Model model, OutputStream out) {
        RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
        flush(out);
        return model.size();
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new StoreException("Cannot write results: " + e.getMessage(), e);
        }
    }
}
