package org.newskg.link;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the Wikidata API ({@code /w/api.php}) answering wbsearchentities and wbgetentities in
 * Wikidata's response format, from a few items given by the test; a fault hook can answer instead.
 */
final class FakeWikidata implements AutoCloseable {

    /** A fault: given the request number (from 1), a response to send instead, or null to answer normally. */
    record Fault(int status, String body, Map<String, String> headers, long delayMs) {
    }

    private final HttpServer server;
    private final Map<String, String> items = new LinkedHashMap<>();
    private final Map<String, List<String>> searches = new LinkedHashMap<>();
    final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();
    final List<String> userAgents = new CopyOnWriteArrayList<>();
    volatile Function<Integer, Fault> fault = n -> null;

    FakeWikidata() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/w/api.php", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/w/api.php");
    }

    /** An item as wbgetentities describes it. */
    FakeWikidata item(String qid, String label, String description, List<String> p31, String p17, String p27,
                      double[] coords, int sitelinks) {
        StringBuilder claims = new StringBuilder();
        List<String> props = new ArrayList<>();
        if (!p31.isEmpty()) {
            props.add("\"P31\":[" + String.join(",", p31.stream().map(q -> itemClaim("P31", q)).toList()) + "]");
        }
        if (p17 != null) {
            props.add("\"P17\":[" + itemClaim("P17", p17) + "]");
        }
        if (p27 != null) {
            props.add("\"P27\":[" + itemClaim("P27", p27) + "]");
        }
        if (coords != null) {
            props.add("\"P625\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"P625\",\"datavalue\":"
                    + "{\"value\":{\"latitude\":" + coords[0] + ",\"longitude\":" + coords[1] + ",\"altitude\":null,"
                    + "\"precision\":0.0001,\"globe\":\"http://www.wikidata.org/entity/Q2\"},\"type\":\"globecoordinate\"},"
                    + "\"datatype\":\"globe-coordinate\"},\"type\":\"statement\",\"rank\":\"normal\"}]");
        }
        claims.append(String.join(",", props));
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < sitelinks; i++) {
            links.append(i == 0 ? "" : ",").append("\"wiki").append(i).append("\":{\"site\":\"wiki").append(i)
                    .append("\",\"title\":\"").append(label).append("\",\"badges\":[]}");
        }
        items.put(qid, "{\"type\":\"item\",\"id\":\"" + qid + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\""
                + label + "\"}},\"descriptions\":{\"en\":{\"language\":\"en\",\"value\":\"" + description + "\"}},"
                + "\"aliases\":{},\"claims\":{" + claims + "},\"sitelinks\":{" + links + "}}");
        return this;
    }

    /** What wbsearchentities finds for a search text, best first. */
    FakeWikidata search(String text, String... qids) {
        searches.put(text, List.of(qids));
        return this;
    }

    private static String itemClaim(String p, String q) {
        return "{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\"" + p + "\",\"datavalue\":{\"value\":"
                + "{\"entity-type\":\"item\",\"numeric-id\":" + q.substring(1) + ",\"id\":\"" + q + "\"},"
                + "\"type\":\"wikibase-entityid\"},\"datatype\":\"wikibase-item\"},\"type\":\"statement\","
                + "\"rank\":\"normal\"}";
    }

    private void handle(HttpExchange x) throws IOException {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = x.getRequestURI().getRawQuery();
        for (String kv : raw == null ? new String[0] : raw.split("&")) {
            int eq = kv.indexOf('=');
            q.put(URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
        requests.add(q);
        userAgents.add(x.getRequestHeaders().getFirst("User-Agent"));
        Fault f = fault.apply(requests.size());
        if (f != null) {
            if (f.delayMs() > 0) {
                try {
                    Thread.sleep(f.delayMs());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            f.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
            send(x, f.status(), f.body());
            return;
        }
        String body;
        if ("wbsearchentities".equals(q.get("action"))) {
            List<String> hits = new ArrayList<>();
            for (String id : searches.getOrDefault(q.get("search"), List.of())) {
                hits.add("{\"id\":\"" + id + "\",\"title\":\"" + id + "\",\"pageid\":1,\"repository\":\"wikidata\","
                        + "\"concepturi\":\"http://www.wikidata.org/entity/" + id + "\",\"url\":\"//www.wikidata.org/wiki/"
                        + id + "\",\"label\":\"" + q.get("search") + "\",\"match\":{\"type\":\"label\",\"language\":\"en\","
                        + "\"text\":\"" + q.get("search") + "\"}}");
            }
            body = "{\"searchinfo\":{\"search\":\"" + q.get("search") + "\"},\"search\":[" + String.join(",", hits)
                    + "],\"success\":1}";
        } else if ("wbgetentities".equals(q.get("action"))) {
            List<String> es = new ArrayList<>();
            for (String id : q.get("ids").split("\\|")) {
                es.add("\"" + id + "\":" + items.getOrDefault(id, "{\"id\":\"" + id + "\",\"missing\":\"\"}"));
            }
            body = "{\"entities\":{" + String.join(",", es) + "},\"success\":1}";
        } else {
            body = "{\"error\":{\"code\":\"badvalue\",\"info\":\"unknown action\"}}";
        }
        send(x, 200, body);
    }

    private static void send(HttpExchange x, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        x.sendResponseHeaders(status, b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
