package org.newskg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newskg.link.LinkIndexBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Regenerates the offline Wikidata link index from the Wikidata-derived lists (and GeoNames beside them).
 *
 * <pre>
 * newskg build-link-index --from ../shared/data/wikidata --to src/main/resources/org/newskg/link/
 * </pre>
 */
@Command(name = "build-link-index", mixinStandardHelpOptions = true,
        description = "Build the offline Wikidata link index (TSV) from the Wikidata lists: countries, cities, "
                + "international organizations, news agencies, parties and officeholders.")
public final class BuildLinkIndexCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "../shared/data/wikidata",
            description = "Folder of the Wikidata TSV lists; GeoNames is read from ../geonames beside it "
                    + "(default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "src/main/resources/org/newskg/link",
            description = "Folder to write the index into (default: ${DEFAULT-VALUE}).")
    Path to;

    @Override
    public Integer call() throws Exception {
        LinkIndexBuilder.Summary s = LinkIndexBuilder.build(from, to);
        System.out.printf("link index written to %s: %d items %s; %d of %d cities placed in a country%n",
                s.file(), s.rows(), s.byKind(), s.citiesWithCountry(), s.cities());
        return 0;
    }
}
