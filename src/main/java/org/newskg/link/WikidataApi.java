package org.newskg.link;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Wikidata API ({@code wbsearchentities}, {@code wbgetentities}) behind a persistent cache: every answer is
 * cached, and read back from the cache first, so a later run without network sees the same answers.
 *
 * <p>Online calls follow Wikimedia's API etiquette: a descriptive User-Agent (name/version and a contact URL),
 * one request at a time with a minimum interval between them, {@code maxlag=5}, and retries with exponential
 * back-off on 429, 5xx and {@code maxlag} answers, honouring Retry-After (capped by the settings, so a test or a
 * batch run never waits for long). {@code wbgetentities} is called with up to 50 ids per request.
 *
 * <p>Failures never escape {@link #search} and {@link #entities}: the first call that fails for good (timeout,
 * server errors after the retries, a malformed answer) logs one warning and switches this instance to the
 * cache alone for the rest of the run, so linking degrades to offline instead of hanging on every entity.
 *
 * <pre>
 * WikidataApi api = new WikidataApi(WikidataApi.Settings.defaults(), new WikidataCache(dir), true);
 * List&lt;String&gt; ids = api.search("Paris");                 // [Q90, Q830149, ...]
 * Map&lt;String, LinkCandidate&gt; items = api.entities(ids);   // labels, P31, P17, P625, sitelinks
 * </pre>
 * Thread-safe (requests are serialised, as Wikimedia asks).
 */
public final class WikidataApi {

    private static final Logger LOG = LoggerFactory.getLogger(WikidataApi.class);

    /** wbgetentities accepts at most this many ids per request. */
    public static final int MAX_IDS = 50;

    /**
     * How to reach the API.
     *
     * @param apiUrl         the api.php endpoint
     * @param userAgent      User-Agent header: name/version (contact URL)
     * @param connectTimeout TCP connect timeout
     * @param requestTimeout time allowed for one answer
     * @param minInterval    least time between the starts of two requests (rate limit)
     * @param maxRetries     retries after the first attempt, on timeouts, 429, 5xx and maxlag
     * @param initialBackoff wait before the first retry; doubled for each further one
     * @param maxBackoff     longest wait before a retry, Retry-After included
     * @param searchLimit    candidates asked of wbsearchentities per name
     */
    public record Settings(URI apiUrl, String userAgent, Duration connectTimeout, Duration requestTimeout,
                           Duration minInterval, int maxRetries, Duration initialBackoff, Duration maxBackoff,
                           int searchLimit) {

        public static final URI DEFAULT_API = URI.create("https://www.wikidata.org/w/api.php");

        /** Wikidata itself, 10 s timeouts, 10 requests a second at most, 3 retries from 1 s up to 30 s. */
        public static Settings defaults() {
            String v = WikidataApi.class.getPackage().getImplementationVersion();
            return new Settings(DEFAULT_API, "newskg/" + (v == null ? "dev" : v)
                    + " (https://w3id.org/newskg; news knowledge-graph entity linking) java.net.http",
                    Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofMillis(100), 3,
                    Duration.ofSeconds(1), Duration.ofSeconds(30), 7);
        }

        public Settings withApiUrl(URI url) {
            return new Settings(url, userAgent, connectTimeout, requestTimeout, minInterval, maxRetries,
                    initialBackoff, maxBackoff, searchLimit);
        }

        public Settings withTimeouts(Duration connect, Duration request) {
            return new Settings(apiUrl, userAgent, connect, request, minInterval, maxRetries, initialBackoff,
                    maxBackoff, searchLimit);
        }

        public Settings withRetries(int retries, Duration initial, Duration max) {
            return new Settings(apiUrl, userAgent, connectTimeout, requestTimeout, minInterval, retries, initial,
                    max, searchLimit);
        }

        public Settings withMinInterval(Duration interval) {
            return new Settings(apiUrl, userAgent, connectTimeout, requestTimeout, interval, maxRetries,
                    initialBackoff, maxBackoff, searchLimit);
        }

        /** The HTTP client both Wikidata clients use: these connect timeouts, redirects followed, HTTP/1.1. */
        HttpClient httpClient() {
            return HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
                    .version(HttpClient.Version.HTTP_1_1).build();
        }
    }

    private final Settings settings;
    private final WikidataCache cache;
    private final boolean online;
    private final HttpClient http;
    private final AtomicBoolean down = new AtomicBoolean();
    private final Throttle throttle;
    private final AtomicInteger requests = new AtomicInteger();

    /**
     * @param settings how to reach the API
     * @param cache    where answers are kept, or null for none
     * @param online   whether the network may be used; false reads the cache alone
     */
    public WikidataApi(Settings settings, WikidataCache cache, boolean online) {
        this.settings = settings;
        this.throttle = new Throttle(settings);
        this.cache = cache;
        this.online = online;
        this.http = online ? settings.httpClient() : null;
    }

    /** Whether online calls are still made (false when offline, or after a failure switched to the cache). */
    public boolean isOnline() {
        return online && !down.get();
    }

    /** HTTP requests sent so far (attempts, retries included). */
    public int requestCount() {
        return requests.get();
    }

    // ---- search ----

    /** Q-ids wbsearchentities finds for an English name, best first; empty when unknown or unreachable. */
    public List<String> search(String name) {
        String query = name.strip();
        String key = "search/en|" + settings.searchLimit() + "|" + query;
        Optional<JsonObject> answer = cached(key);
        if (answer.isEmpty() && isOnline()) {
            Map<String, String> p = new LinkedHashMap<>();
            p.put("action", "wbsearchentities");
            p.put("search", query);
            p.put("language", "en");
            p.put("uselang", "en");
            p.put("type", "item");
            p.put("limit", Integer.toString(settings.searchLimit()));
            answer = guarded(p).map(o -> {
                if (!o.hasKey("search") || !o.get("search").isArray()) {
                    throw new WikidataException("wbsearchentities answer without a 'search' array");
                }
                store(key, o);
                return o;
            });
        }
        List<String> ids = new ArrayList<>();
        answer.ifPresent(o -> o.get("search").getAsArray().forEach(hit -> {
            String id = string(hit, "id");
            if (id != null && id.matches("Q\\d+") && !ids.contains(id)) {
                ids.add(id);
            }
        }));
        return ids;
    }

    // ---- entities ----

    /** The items with these Q-ids, by Q-id (redirected ids under the id asked for); absent ones left out. */
    public Map<String, LinkCandidate> entities(Collection<String> qids) {
        Map<String, LinkCandidate> out = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String q : new LinkedHashSet<>(qids)) {
            Optional<JsonObject> c = cached("entity/" + q);
            if (c.isPresent()) {
                WikidataJson.candidate(c.get()).ifPresent(x -> out.put(q, x));
            } else {
                missing.add(q);
            }
        }
        for (int from = 0; from < missing.size() && isOnline(); from += MAX_IDS) {
            List<String> batch = missing.subList(from, Math.min(missing.size(), from + MAX_IDS));
            Map<String, String> p = new LinkedHashMap<>();
            p.put("action", "wbgetentities");
            p.put("ids", String.join("|", batch));
            p.put("props", "labels|aliases|descriptions|claims|sitelinks");
            p.put("languages", "en");
            Optional<JsonObject> answer = guarded(p);
            if (answer.isEmpty()) {
                break;
            }
            JsonValue entities = answer.get().get("entities");
            if (entities == null || !entities.isObject()) {
                fail(new WikidataException("wbgetentities answer without an 'entities' object"));
                break;
            }
            for (String q : batch) {
                JsonValue e = entities.getAsObject().get(q);
                if (e == null || !e.isObject()) {
                    continue;
                }
                store("entity/" + q, e.getAsObject());
                WikidataJson.candidate(e.getAsObject()).ifPresent(x -> out.put(q, x));
            }
        }
        return out;
    }

    // ---- HTTP ----

    private Optional<JsonObject> cached(String key) {
        if (cache == null) {
            return Optional.empty();
        }
        return cache.get(key).flatMap(s -> {
            try {
                return Optional.of(JSON.parse(s));
            } catch (RuntimeException e) { // Jena's parser throws more than JsonException on broken input
                LOG.warn("Wikidata cache entry {} is not JSON; ignored", key);
                return Optional.empty();
            }
        });
    }

    private void store(String key, JsonObject o) {
        if (cache != null) {
            cache.put(key, JSON.toString(o));
        }
    }

    /** One API call, or empty after a failure (which switches the instance to the cache). */
    private Optional<JsonObject> guarded(Map<String, String> params) {
        try {
            return Optional.of(call(params));
        } catch (WikidataException e) {
            fail(e);
            return Optional.empty();
        }
    }

    private void fail(WikidataException e) {
        if (down.compareAndSet(false, true)) {
            LOG.warn("Wikidata API at {} failed ({}); linking goes on offline (index and cache) for this run",
                    settings.apiUrl(), e.getMessage());
        }
    }

    /**
     * Sends one API request, retrying on timeouts, 429, 5xx and maxlag; returns the parsed answer.
     *
     * @throws WikidataException when no good answer came
     */
    JsonObject call(Map<String, String> params) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.put("format", "json");
        p.put("maxlag", "5");
        String query = p.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(settings.apiUrl() + "?" + query);
        String problem = "no attempt";
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            Duration wait;
            try {
                HttpResponse<String> r = send(uri);
                int status = r.statusCode();
                if (status == 200) {
                    JsonObject o = parse(r.body());
                    JsonValue error = o.get("error");
                    if (error == null) {
                        return o;
                    }
                    String code = string(error, "code");
                    if (!"maxlag".equals(code)) {
                        throw new WikidataException("API error " + code + ": " + string(error, "info"));
                    }
                    problem = "maxlag";
                    wait = retryAfter(r).orElse(throttle.backoff(attempt));
                } else if (status == 429 || status >= 500) {
                    problem = "HTTP " + status;
                    wait = retryAfter(r).orElse(throttle.backoff(attempt));
                } else {
                    throw new WikidataException("HTTP " + status + " from " + settings.apiUrl());
                }
            } catch (HttpTimeoutException e) {
                problem = "timeout after " + settings.requestTimeout().toMillis() + " ms";
                wait = throttle.backoff(attempt);
            } catch (IOException e) {
                problem = e.toString();
                wait = throttle.backoff(attempt);
            }
            if (attempt < settings.maxRetries()) {
                LOG.debug("Wikidata API: {}; retry {} in {} ms", problem, attempt + 1, wait.toMillis());
                Throttle.sleep(wait);
            }
        }
        throw new WikidataException(problem + " (after " + settings.maxRetries() + " retries)");
    }

    private HttpResponse<String> send(URI uri) throws IOException {
        throttle.awaitSlot();
        requests.incrementAndGet();
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(settings.requestTimeout())
                .header("User-Agent", settings.userAgent()).header("Accept", "application/json").GET().build();
        try {
            return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WikidataException("interrupted", e);
        }
    }

    private static JsonObject parse(String body) {
        try {
            return JSON.parse(body);
        } catch (RuntimeException e) { // Jena's parser throws more than JsonException on broken input
            throw new WikidataException("malformed JSON answer: " + e, e);
        }
    }

    /** Retry-After in seconds or as an HTTP date, capped by maxBackoff. */
    private Optional<Duration> retryAfter(HttpResponse<?> r) {
        return r.headers().firstValue("Retry-After").map(String::strip).flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration d = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return Optional.of(d.isNegative() ? Duration.ZERO : d);
                } catch (DateTimeParseException x) {
                    return Optional.empty();
                }
            }
        }).map(d -> d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d);
    }

    static String string(JsonValue o, String key) {
        if (o == null || !o.isObject()) {
            return null;
        }
        JsonValue v = o.getAsObject().get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }
}
