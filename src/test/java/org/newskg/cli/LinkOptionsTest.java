package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.Pipeline;

import com.sun.net.httpserver.HttpServer;

import picocli.CommandLine;

/**
 * {@code --wikidata-sparql}: {@code newskg extract --link online} takes the enrichment facts from the SPARQL
 * endpoint it names (an embedded Fuseki with Wikidata-shaped RDF); "none" leaves the service out.
 */
class LinkOptionsTest {

    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModels() {
        pipeline = Pipeline.english();
    }

    @Test
    void noneMeansNoSparqlEndpoint() {
        assertNull(LinkOptions.sparqlEndpoint("none"));
        assertNull(LinkOptions.sparqlEndpoint(" "));
        assertEquals(URI.create("http://localhost:3030/wd/sparql"),
                LinkOptions.sparqlEndpoint("http://localhost:3030/wd/sparql"));
    }

    @Test
    void extractOnlineTakesTheEnrichmentFromTheSparqlEndpoint() throws IOException {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFDataMgr.read(ds.getDefaultModel(),
                LinkOptionsTest.class.getResource("/org/newskg/link/wikidata-shaped.ttl").toString());
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/sparql", ds).build().start();
        // an API that finds nothing: candidates come from the index alone
        HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        api.createContext("/w/api.php", x -> {
            byte[] b = "{\"search\":[],\"entities\":{},\"success\":1}".getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json");
            x.sendResponseHeaders(200, b.length);
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
        });
        api.start();
        try {
            Path article = dir.resolve("a.txt");
            Files.writeString(article, "Talks in Paris\n\nOfficials met in Paris, France, on Monday.");
            String apiUrl = "http://127.0.0.1:" + api.getAddress().getPort() + "/w/api.php";
            String sparql = "http://localhost:" + fuseki.getHttpPort() + "/sparql";
            String cache = dir.resolve("cache").toString();

            String with = extract(article, "--link", "online", "--link-cache", cache, "--wikidata-api", apiUrl,
                    "--wikidata-sparql", sparql);
            assertTrue(with.contains("capital and largest city of France"), with);

            String without = extract(article, "--link", "online", "--link-cache", dir.resolve("c2").toString(),
                    "--wikidata-api", apiUrl, "--wikidata-sparql", "none");
            assertFalse(without.contains("capital and largest city of France"), without);
            assertTrue(without.contains("wd:Q90"), "linked from the index all the same: " + without);
        } finally {
            fuseki.stop();
            api.stop(0);
        }
    }

    private String extract(Path article, String... link) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".trig");
        String[] args = new String[link.length + 4];
        args[0] = "extract";
        args[1] = article.toString();
        args[2] = "-o";
        args[3] = out.toString();
        System.arraycopy(link, 0, args, 4, link.length);
        CommandLine cl = NewsKg.commandLine(() -> pipeline);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        assertEquals(0, cl.execute(args), err.toString());
        return Files.readString(out);
    }
}
