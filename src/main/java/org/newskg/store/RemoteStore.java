package org.newskg.store;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.sparql.modify.request.UpdateDrop;
import org.apache.jena.update.UpdateRequest;

/**
 * A dataset on a SPARQL server, by its URL (for Fuseki, e.g. {@code http://localhost:3030/news}): a batch is
 * written as ONE SPARQL Update request (drop each graph of the batch, then insert them all), so a server that
 * runs an update in one transaction, as Fuseki does, applies the whole batch or nothing; graphs are read with
 * SPARQL queries. Both at the dataset URL, through Jena's {@link RDFConnection}.
 *
 * <pre>
 * try (RemoteStore store = RemoteStore.connect("http://localhost:3030/news")) {
 *     store.load(batch);
 * }
 * </pre>
 *
 * <p>Limits: the batch travels in one request, built in memory (load large collections in several batches, as
 * {@code newskg load} does per run); the default graph seen by queries is the server's choice (newskg's Fuseki
 * configuration makes it the union of the named graphs); writing needs a server that accepts SPARQL Update at the
 * dataset URL ({@code newskg serve --writable}, or any Fuseki dataset with an update endpoint).
 */
public final class RemoteStore implements GraphStore {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String url;
    private final RDFConnection conn;

    private RemoteStore(String url, RDFConnection conn) {
        this.url = url;
        this.conn = conn;
    }

    /**
     * Connects to a dataset URL and checks that it answers a SPARQL query.
     *
     * @throws StoreException if the URL is not http(s), or the server cannot be reached or does not answer
     */
    public static RemoteStore connect(String datasetUrl) {
        String url = checkedUrl(datasetUrl);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        RDFConnection conn = RDFConnectionRemote.newBuilder().destination(url).httpClient(http).build();
        RemoteStore store = new RemoteStore(url, conn);
        try {
            conn.queryAsk("ASK {}");
        } catch (RuntimeException e) {
            conn.close();
            throw new StoreException(failure(url, "No SPARQL endpoint at", e), e);
        }
        return store;
    }

    @Override
    public String location() {
        return url;
    }

    /**
     * Replaces every graph of the batch in one SPARQL Update request: {@code DROP SILENT GRAPH} for each, then
     * one {@code INSERT DATA} with all their triples. One request, so a transactional server (Fuseki) keeps either
     * the whole batch or, on any failure, its previous state; never a batch half-written.
     */
    @Override
    public LoadReport load(Dataset batch, String defaultGraphName) {
        List<BatchGraphs.Named> graphs = BatchGraphs.of(batch, defaultGraphName);
        UpdateRequest request = new UpdateRequest();
        QuadDataAcc quads = new QuadDataAcc();
        List<String> names = new ArrayList<>();
        long triples = 0;
        for (BatchGraphs.Named g : graphs) {
            request.add(new UpdateDrop(g.name(), true));
            g.graph().find().forEachRemaining(t -> quads.addQuad(Quad.create(g.name(), t)));
            names.add(g.name().getURI());
            triples += g.graph().size();
        }
        if (graphs.isEmpty()) {
            return new LoadReport(names, 0);
        }
        request.add(new UpdateDataInsert(quads));
        try {
            conn.update(request);
        } catch (RuntimeException e) {
            throw new StoreException(failure(url, "Writing " + graphs.size() + " graph(s) in one update failed at",
                    e), e);
        }
        return new LoadReport(names, triples);
    }

    @Override
    public void query(Query query, QueryResultHandler handler) {
        try (QueryExecution qe = conn.query(query)) {
            QueryResultHandlers.deliver(query, qe, handler);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException(failure(url, "Query failed at", e), e);
        }
    }

    @Override
    public Dataset export() {
        Dataset all;
        try {
            all = conn.fetchDataset();
        } catch (RuntimeException e) {
            throw new StoreException(failure(url, "Export failed at", e), e);
        }
        Dataset out = DatasetFactory.create();
        out.asDatasetGraph().prefixes().putAll(PrefixMapFactory.create(Sparql.PREFIXES));
        all.asDatasetGraph().findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(out.asDatasetGraph()::add);
        return out;
    }

    @Override
    public List<String> graphNames() {
        List<String> names = new ArrayList<>();
        select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
                .forEachRemaining(row -> names.add(row.getResource("g").getURI()));
        return names;
    }

    @Override
    public long graphCount() {
        return count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    @Override
    public long tripleCount() {
        return count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    @Override
    public void close() {
        conn.close();
    }

    @Override
    public String toString() {
        return "SPARQL dataset " + url;
    }

    private long count(String sparql) {
        return select(sparql).next().getLiteral("n").getLong();
    }

    private static String checkedUrl(String datasetUrl) {
        URI uri;
        try {
            uri = URI.create(datasetUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new StoreException("Not a URL: " + datasetUrl);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new StoreException("A remote store needs an http(s) dataset URL, e.g."
                    + " http://localhost:3030/news; got " + datasetUrl);
        }
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** One line for the user: what failed, where, and the HTTP status or network reason. */
    static String failure(String url, String what, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return what + " " + url + ": cannot connect (is the server running?)";
            }
            if (t instanceof UnknownHostException) {
                return what + " " + url + ": unknown host";
            }
            if (t instanceof HttpConnectTimeoutException || t instanceof HttpTimeoutException) {
                return what + " " + url + ": timed out";
            }
        }
        int status = -1;
        String statusLine = null;
        if (e instanceof HttpException he) {
            status = he.getStatusCode();
            statusLine = he.getStatusLine();
        } else if (e instanceof QueryExceptionHTTP qe) {
            status = qe.getStatusCode();
            statusLine = qe.getStatusLine();
        }
        if (status > 0) {
            String reason = statusLine == null || statusLine.isBlank() ? "" : " " + Sparql.firstLine(statusLine);
            String hint = switch (status) {
                case 404 -> " (no dataset or endpoint at this URL)";
                case 401, 403 -> " (not allowed)";
                case 405 -> " (operation not enabled: is the dataset read-only?)";
                default -> "";
            };
            return what + " " + url + ": HTTP " + status + reason + hint;
        }
        return what + " " + url + ": " + Sparql.firstLine(String.valueOf(e.getMessage()));
    }
}
