package org.newskg.cli;

import java.net.URI;
import java.nio.file.Path;

import org.newskg.Pipeline;
import org.newskg.link.EntityLinker;
import org.newskg.link.WikidataApi;
import org.newskg.link.WikidataCache;
import org.newskg.link.WikidataLinker;
import org.newskg.link.WikidataSparql;

import picocli.CommandLine.Option;

/**
 * How entities are linked to Wikidata: {@code --link offline|online|none}, the cache, the API's and the SPARQL
 * endpoint's URLs.
 */
final class LinkOptions {

    enum Mode { OFFLINE, ONLINE, NONE }

    @Option(names = "--link", paramLabel = "MODE", defaultValue = "offline",
            description = "Wikidata linking: offline (bundled index and cached answers; default), online (also "
                    + "ask the Wikidata API, caching every answer), or none.")
    Mode mode = Mode.OFFLINE;

    @Option(names = "--link-cache", paramLabel = "DIR",
            description = "Cache of Wikidata API answers (default: data/wikidata-cache).")
    Path cache = WikidataCache.DEFAULT_DIR;

    @Option(names = "--wikidata-api", paramLabel = "URL",
            description = "Wikidata API endpoint for --link online (default: https://www.wikidata.org/w/api.php).")
    URI api = WikidataApi.Settings.DEFAULT_API;

    @Option(names = "--wikidata-sparql", paramLabel = "URL",
            description = "Wikidata Query Service endpoint for --link online, which checks the candidates' types "
                    + "and gives the enrichment facts (default: https://query.wikidata.org/sparql; 'none': the API "
                    + "alone).")
    String sparql = WikidataSparql.DEFAULT_ENDPOINT.toString();

    /** The linker these options ask for, or null for none. */
    WikidataLinker linker() {
        return switch (mode) {
            case NONE -> null;
            case OFFLINE -> WikidataLinker.offline(cache);
            case ONLINE -> WikidataLinker.online(WikidataApi.Settings.defaults().withApiUrl(api),
                    sparqlEndpoint(sparql), cache);
        };
    }

    /** The SPARQL endpoint an option names, or null for "none". */
    static URI sparqlEndpoint(String option) {
        return option == null || option.isBlank() || "none".equalsIgnoreCase(option.strip()) ? null
                : URI.create(option.strip());
    }

    /** The pipeline with this linker (or none). */
    static Pipeline apply(Pipeline pipeline, WikidataLinker linker) {
        return pipeline.withLinker(linker == null ? EntityLinker.NONE : linker);
    }
}
