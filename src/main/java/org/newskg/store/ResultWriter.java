package org.newskg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;

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
        if (format == ResultFormat.TABLE) {
            // The table needs every row for its column widths: keep them, and count them.
            ResultSetRewindable rows = ResultSetFactory.copyResults(results);
            ResultSetFormatter.out(out, rows, prefixes);
            flush(out);
            return rows.size();
        }
        Counting rows = new Counting(results);
        switch (format) {
            case CSV -> ResultSetFormatter.outputAsCSV(out, rows);
            case JSON -> ResultSetFormatter.outputAsJSON(out, rows);
            case TSV -> ResultSetFormatter.outputAsTSV(out, rows);
            default -> throw new IllegalArgumentException(format.toString());
        }
        flush(out);
        return rows.count;
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

    /** Counts the rows the writers take, streaming (Jena's own row number is not kept by all writers). */
    private static final class Counting implements ResultSet {
        private final ResultSet rs;
        private long count;

        Counting(ResultSet rs) {
            this.rs = rs;
        }

        @Override
        public boolean hasNext() {
            return rs.hasNext();
        }

        @Override
        public QuerySolution next() {
            count++;
            return rs.next();
        }

        @Override
        public void forEachRemaining(Consumer<? super QuerySolution> action) {
            while (hasNext()) {
                action.accept(next());
            }
        }

        @Override
        public QuerySolution nextSolution() {
            count++;
            return rs.nextSolution();
        }

        @Override
        public Binding nextBinding() {
            count++;
            return rs.nextBinding();
        }

        @Override
        public int getRowNumber() {
            return (int) count;
        }

        @Override
        public List<String> getResultVars() {
            return rs.getResultVars();
        }

        @Override
        public Model getResourceModel() {
            return rs.getResourceModel();
        }

        @Override
        public void close() {
            rs.close();
        }
    }
}
