package org.newskg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.extract.gazetteer.GazetteerBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Regenerates the gazetteer resource files from the Wikidata-derived lists.
 *
 * <pre>
 * newskg build-gazetteer --from ../shared/data/wikidata --geonames ../shared/data/geonames/cities1000.tsv \
 *     --to src/main/resources/org/newskg/gazetteer \
 *     --gmb ../shared/data/ner/gmb/ner_dataset.csv.zip \
 *     --conll ../shared/data/ner/wikigold/CONLL-format/data/wikigold.conll.txt --re3d ../shared/data/re3d
 * newskg build-gazetteer --dictionary /usr/share/dict/american-english --dictionary-only
 * </pre>
 */
@Command(name = "build-gazetteer", mixinStandardHelpOptions = true,
        description = "Build the gazetteer TSV resources (countries, cities, organizations, news agencies, "
                + "parties, given names) from the Wikidata lists, the towns from GeoNames, and more given names from "
                + "the person annotations of open NER corpora (--gmb, --conll, --re3d).")
public final class BuildGazetteerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "../shared/data/wikidata",
            description = "Folder of the Wikidata TSV lists (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--geonames", paramLabel = "FILE", defaultValue = "../shared/data/geonames/cities1000.tsv",
            description = "GeoNames cities1000.tsv, for the towns list (default: ${DEFAULT-VALUE}).")
    Path geonames;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "src/main/resources/org/newskg/gazetteer",
            description = "Folder to write the gazetteer files into (default: ${DEFAULT-VALUE}).")
    Path to;

    @Option(names = "--dictionary", paramLabel = "FILE",
            description = "An English word list (one word a line, proper nouns capitalised: Debian wamerican's "
                    + "/usr/share/dict/american-english): also writes common-words.txt.")
    Path dictionary;

    @Option(names = "--gmb", paramLabel = "FILE",
            description = "GMB NER CSV (ner_dataset.csv or its .zip): add the given names of its person spans.")
    Path gmb;

    @Option(names = "--conll", paramLabel = "FILE",
            description = "CoNLL NER file (IOB1/IOB2, PER) such as wikigold: add the given names of its persons "
                    + "(repeatable).")
    List<Path> conll = new ArrayList<>();

    @Option(names = "--re3d", paramLabel = "DIR",
            description = "re3d folder (one subfolder per source): add the given names of its Person entities "
                    + "(share-alike sources left out).")
    Path re3d;

    @Option(names = "--min-corpus-names", paramLabel = "N", defaultValue = "2",
            description = "Distinct full names a corpus given name needs (default: ${DEFAULT-VALUE}).")
    int minCorpusNames;

    @Option(names = "--min-given-name-persons", paramLabel = "N",
            defaultValue = "" + GazetteerBuilder.DEFAULT_MIN_GIVEN_NAME_PERSONS,
            description = "Officeholders an officeholder's given name needs (below 3 only names that pass the "
                    + "rare-name guards; default: ${DEFAULT-VALUE}).")
    int minGivenNamePersons;

    @Option(names = "--dictionary-only", description = "Write only common-words.txt from --dictionary.")
    boolean dictionaryOnly;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (dictionaryOnly && dictionary == null) {
            throw new UsageException("--dictionary-only needs --dictionary FILE (the word list to read)");
        }
        if (minGivenNamePersons < 1) {
            throw new UsageException("--min-given-name-persons must be 1 or more, not " + minGivenNamePersons);
        }
        if (dictionary != null) {
            int words = GazetteerBuilder.writeCommonWords(dictionary, to.resolve("common-words.txt"));
            out.println("common words: " + words + " rows");
            if (dictionaryOnly) {
                out.println("common words written to " + to);
                out.flush();
                return 0;
            }
        }
        GazetteerBuilder.build(from, geonames, to,
                new GazetteerBuilder.PersonCorpora(gmb, conll, re3d, minCorpusNames), minGivenNamePersons);
        out.println("gazetteer written to " + to);
        out.flush();
        return 0;
    }
}
