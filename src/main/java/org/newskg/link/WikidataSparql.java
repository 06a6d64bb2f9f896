package org.newskg.link;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.newskg.extract.EntityType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Wikidata Query Service (SPARQL, through Jena's {@link QueryExecutionHTTP}) behind the same persistent cache
 * as {@link WikidataApi}, keyed by query text: the linker asks it, in one query per article, which candidates are
 * persons, organizations or places (their classes, {@code wdt:P31/wdt:P279*}, against the short list of
 * {@value #TYPE_CLASSES_FILE}), and, in one query per batch, the facts of the linked items for the enrichment
 * graph (English label, {@code schema:description}, {@code wdt:P31}, {@code P17}, {@code P27}, {@code P625}).
 *
 * <p>Calls follow the API's policy ({@link WikidataApi.Settings}): its User-Agent, timeouts (the request timeout
 * bounds the whole answer, body included), queries starting at least {@code minInterval} apart, and retries
 * with exponential back-off on timeouts, network errors, 429 and 5xx. The first query that fails for good (a
 * malformed answer is not retried) logs one warning and switches this instance to the cache alone, so linking
 * falls back to what the API and the offline index give.
 *
 * <pre>
 * WikidataSparql wdqs = new WikidataSparql(WikidataSparql.DEFAULT_ENDPOINT, WikidataApi.Settings.defaults(),
 *         new WikidataCache(dir), true);
 * wdqs.types(List.of("Q90", "Q7186"));   // {Q90=[PLACE], Q7186=[PERSON]}
 * Model facts = wdqs.facts(List.of("Q90"));  // wd:Q90 rdfs:label "Paris"@en; wdt:P17 wd:Q142; ...
 * </pre>
 * Thread-safe.
 */
public final class WikidataSparql {

    private static final Logger LOG = LoggerFactory.getLogger(WikidataSparql.class);

    public static final URI DEFAULT_ENDPOINT = URI.create("https://query.wikidata.org/sparql");
    /** Resource (in this package) listing the classes that decide a type. */
    public static final String TYPE_CLASSES_FILE = "wikidata-type-classes.tsv";
    /** Items per query: keeps a GET short and the service's work bounded; more items make more queries. */
    public static final int MAX_ITEMS = 200;

    static final String WD = "http://www.wikidata.org/entity/";
    private static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX schema: <http://schema.org/>
            """;
    /** Properties of the enrichment facts, as prefixed names. */
    private static final List<String> FACTS = List.of("rdfs:label", "schema:description", "wdt:P31", "wdt:P17",
            "wdt:P27", "wdt:P625");

    private static final Map<String, EntityType> TYPE_CLASSES = loadTypeClasses();

    private final URI endpoint;
    private final WikidataApi.Settings settings;
    private final WikidataCache cache;
    private final boolean online;
    private final HttpClient http;
    private final ExecutorService executor;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicInteger requests = new AtomicInteger();
    private final Throttle throttle;

    /**
     * @param endpoint the SPARQL endpoint
     * @param settings User-Agent, timeouts, rate limit and retries (the API's; its URL is not used)
     * @param cache    where answers are kept, or null for none
     * @param online   whether the network may be used; false reads the cache alone
     */
    public WikidataSparql(URI endpoint, WikidataApi.Settings settings, WikidataCache cache, boolean online) {
        this.endpoint = endpoint;
        this.settings = settings;
        this.throttle = new Throttle(settings);
        this.cache = cache;
        this.online = online;
        this.http = online ? settings.httpClient() : null;
        // daemon threads: a query left hanging by a server must not keep the JVM alive
        this.executor = online ? Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "wikidata-sparql");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Whether queries are still sent (false when offline, or after a failure switched to the cache). */
    public boolean isOnline() {
        return online && !down.get();
    }

    /** HTTP requests sent so far (attempts, retries included). */
    public int requestCount() {
        return requests.get();
    }

    /** The classes deciding an entity type, by Q-id, as {@value #TYPE_CLASSES_FILE} lists them. */
    public static Map<String, EntityType> typeClasses() {
        return TYPE_CLASSES;
    }

    // ---- types ----

    /**
     * The types each item has by its classes: an item with classes (P31) none of which leads to a listed class
     * maps to an empty set (it is something else: a film, a name, a disambiguation page); items the service does
     * not know, has no class for, or could not be asked about are left out.
     */
    public Map<String, Set<EntityType>> types(Collection<String> qids) {
        Map<String, Set<EntityType>> out = new TreeMap<>();
        String supers = TYPE_CLASSES.keySet().stream().map(q -> "wd:" + q).collect(Collectors.joining(" "));
        for (List<String> batch : batches(qids)) {
            // the UNION's second branch marks items with any class, so that "none of ours" can be told apart
            // from "unknown"; the path starts from the item's own classes, so the closure stays small
            String q = PREFIXES + "SELECT DISTINCT ?item ?super WHERE {\n"
                    + "  VALUES ?item { " + values(batch) + " }\n"
                    + "  { ?item wdt:P31 ?class . ?class wdt:P279* ?super .\n"
                    + "    VALUES ?super { " + supers + " } }\n"
                    + "  UNION { ?item wdt:P31 ?any }\n"
                    + "}";
            select(q).ifPresent(rows -> rows.forEachRemaining(s -> {
                String item = qid(s.get("item"));
                if (item == null) {
                    return;
                }
                Set<EntityType> types = out.computeIfAbsent(item, k -> EnumSet.noneOf(EntityType.class));
                EntityType t = TYPE_CLASSES.get(qid(s.get("super")));
                if (t != null) {
                    types.add(t);
                }
            }));
        }
        return out;
    }

    // ---- facts ----

    /**
     * The enrichment facts of these items: English label and description, classes (P31), country (P17),
     * citizenship (P27), coordinates (P625, a {@code geo:wktLiteral}); an empty model when nothing is known.
     */
    public Model facts(Collection<String> qids) {
        Model m = ModelFactory.createDefaultModel();
        for (List<String> batch : batches(qids)) {
            // one row per triple (no cross product of the properties' values); other languages filtered out
            String q = PREFIXES + "SELECT ?item ?p ?o WHERE {\n"
                    + "  VALUES ?item { " + values(batch) + " }\n"
                    + "  VALUES ?p { " + String.join(" ", FACTS) + " }\n"
                    + "  ?item ?p ?o .\n"
                    + "  FILTER(!isLiteral(?o) || LANG(?o) = \"en\" || LANG(?o) = \"\")\n"
                    + "}";
            select(q).ifPresent(rows -> rows.forEachRemaining(s -> {
                RDFNode item = s.get("item");
                RDFNode p = s.get("p");
                RDFNode o = s.get("o");
                if (item != null && item.isURIResource() && p != null && p.isURIResource() && o != null) {
                    m.add(m.createResource(item.asResource().getURI()), m.createProperty(p.asResource().getURI()),
                            o);
                }
            }));
        }
        return m;
    }

    /** Sorted, valid Q-ids in groups of {@link #MAX_ITEMS}: the same items always make the same query. */
    private static List<List<String>> batches(Collection<String> qids) {
        List<String> ids = new ArrayList<>(new TreeSet<>(qids.stream().filter(q -> q != null
                && q.matches("Q\\d{1,12}")).toList()));
        List<List<String>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += MAX_ITEMS) {
            out.add(ids.subList(from, Math.min(ids.size(), from + MAX_ITEMS)));
        }
        return out;
    }

    private static String values(List<String> qids) {
        return qids.stream().map(q -> "wd:" + q).collect(Collectors.joining(" "));
    }

    private static String qid(RDFNode n) {
        if (n == null || !n.isURIResource() || !n.asResource().getURI().startsWith(WD)) {
            return null;
        }
        return n.asResource().getURI().substring(WD.length());
    }

    // ---- queries ----

    /** A SELECT query's answer from the cache, else from the service (then cached); empty when neither has it. */
    Optional<ResultSetRewindable> select(String query) {
        String key = "sparql/" + query;
        if (cache != null) {
            Optional<String> hit = cache.get(key);
            if (hit.isPresent()) {
                try {
                    return Optional.of(parse(hit.get()));
                } catch (RuntimeException e) {
                    LOG.warn("Wikidata cache entry for a SPARQL query is not SPARQL JSON ({}); ignored", e.toString());
                }
            }
        }
        if (!isOnline()) {
            return Optional.empty();
        }
        try {
            String json = call(query);
            ResultSetRewindable rs = parse(json);
            if (cache != null) {
                cache.put(key, json);
            }
            return Optional.of(rs);
        } catch (WikidataException e) {
            if (down.compareAndSet(false, true)) {
                LOG.warn("Wikidata Query Service at {} failed ({}); linking goes on with the API, the index and "
                        + "the cache for this run", endpoint, e.getMessage());
            }
            return Optional.empty();
        }
    }

    private static ResultSetRewindable parse(String json) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        return ResultSetFactory.makeRewindable(rs);
    }

    /**
     * Sends one query, retrying on timeouts, network errors, 429 and 5xx; returns the answer as SPARQL JSON.
     *
     * @throws WikidataException when no good answer came
     */
    String call(String query) {
        String problem = "no attempt";
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            throttle.awaitSlot();
            requests.incrementAndGet();
            AtomicReference<QueryExecution> running = new AtomicReference<>();
            Future<String> answer = executor.submit(() -> execute(query, running));
            try {
                return answer.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // a server that answers its headers and then trickles the body: abort closes the stream
                problem = "timeout after " + settings.requestTimeout().toMillis() + " ms";
                abort(running.get());
                answer.cancel(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abort(running.get());
                throw new WikidataException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                int status = status(cause);
                if (status == 429 || status >= 500 || status <= 0 && isNetwork(cause)) {
                    problem = status > 0 ? "HTTP " + status : brief(cause);
                } else if (status > 0) {
                    throw new WikidataException("HTTP " + status + " from " + endpoint, cause);
                } else {
                    throw new WikidataException("malformed SPARQL answer: " + brief(cause), cause);
                }
            }
            if (attempt < settings.maxRetries()) {
                Duration wait = throttle.backoff(attempt);
                LOG.debug("Wikidata Query Service: {}; retry {} in {} ms", problem, attempt + 1, wait.toMillis());
                Throttle.sleep(wait);
            }
        }
        throw new WikidataException(problem + " (after " + settings.maxRetries() + " retries)");
    }

    /** Runs the query and reads the whole answer (so a malformed one fails here, before anything is cached). */
    private String execute(String query, AtomicReference<QueryExecution> running) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint.toString()).query(query).httpClient(http)
                .httpHeader("User-Agent", settings.userAgent())
                .acceptHeaderSelectQuery("application/sparql-results+json")
                .timeout(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            running.set(qe);
            ResultSet rs = qe.execSelect();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsJSON(out, rs);
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** A failure in a line: its class and the start of its message (Jena's repeat the whole query URL). */
    private static String brief(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        int url = m.indexOf("http");
        if (url > 0) {
            m = m.substring(0, url).strip();
        }
        m = m.length() > 160 ? m.substring(0, 160) + "..." : m;
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return t.getClass().getSimpleName() + (m.isEmpty() ? "" : ": " + m)
                + (root == t ? "" : " (" + root.getClass().getSimpleName() + ")");
    }

    private static void abort(QueryExecution qe) {
        if (qe != null) {
            try {
                qe.abort();
            } catch (RuntimeException e) {
                LOG.debug("abort: {}", e.toString());
            }
        }
    }

    /** The HTTP status of a failure, or -1 when there was no HTTP answer (or no HTTP failure at all). */
    private static int status(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) {
                return q.getStatusCode();
            }
            if (c instanceof HttpException h && h.getStatusCode() > 0) {
                return h.getStatusCode();
            }
        }
        return -1;
    }

    /**
     * Whether a failure without an HTTP status came from the network (refused, reset, timed out) rather than from
     * reading the answer (whose parser reports an unexpected end of input as an IOException too).
     */
    private static boolean isNetwork(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ResultSetException || c instanceof RiotException || c instanceof JsonException) {
                return false;
            }
            if (c instanceof IOException || c instanceof QueryExceptionHTTP || c instanceof HttpException) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, EntityType> loadTypeClasses() {
        Map<String, EntityType> out = new LinkedHashMap<>();
        try (InputStream in = WikidataSparql.class.getResourceAsStream(TYPE_CLASSES_FILE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + TYPE_CLASSES_FILE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length < 2 || !c[0].strip().matches("Q\\d+")) {
                    throw new IllegalStateException(TYPE_CLASSES_FILE + ": bad line: " + line);
                }
                out.put(c[0].strip(), EntityType.valueOf(c[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
