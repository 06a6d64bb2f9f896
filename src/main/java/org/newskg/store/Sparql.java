package org.newskg.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;
import org.newskg.rdf.NKG;

/**
 * Parses SPARQL query text for the store, with newskg's prefixes predeclared (see docs/rdf-model.md), so
 * {@code SELECT ?p { ?p a nkg:Person }} works without PREFIX lines; prefixes declared in the text win.
 *
 * <pre>
 * Query q = Sparql.parse("SELECT ?name { ?e rdfs:label ?name }");
 * </pre>
 */
public final class Sparql {

    /** Prefixes every query may use without declaring them. */
    public static final PrefixMapping PREFIXES = NKG.PREFIXES;

    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+), column (\\d+)");

    private Sparql() {
    }

    /**
     * Parses a query (SPARQL 1.1 plus ARQ extensions).
     *
     * @throws StoreException for a syntax error, with its line and column
     */
    public static Query parse(String text) {
        Query query = new Query();
        query.getPrefixMapping().setNsPrefixes(PREFIXES);
        try {
            return QueryFactory.parse(query, text, null, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new StoreException(syntaxMessage(e), e);
        } catch (QueryException e) {
            throw new StoreException("Bad SPARQL query: " + firstLine(e.getMessage()), e);
        }
    }

    private static String syntaxMessage(QueryParseException e) {
        String message = firstLine(e.getMessage());
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = LINE_COLUMN.matcher(message);
        if (line <= 0 && at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        String detail = message.replaceFirst("^Line -?\\d+, column -?\\d+:\\s*", "")
                .replaceFirst("\\s*at line -?\\d+, column -?\\d+\\.?", "")
                .strip();
        if (line > 0) {
            return "SPARQL syntax error at line " + line + ", column " + column + ": " + detail;
        }
        return "SPARQL syntax error: " + detail;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
