package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.newskg.BatchExtractor;
import org.newskg.Pipeline;
import org.newskg.link.WikidataLinker;
import org.newskg.rdf.GraphBuilder;
import org.newskg.rdf.RdfFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newskg extract}: articles in, RDF out.
 *
 * <pre>
 * newskg extract examples/ -o graph.ttl
 * cat article.txt | newskg extract - --format nquads --date 2019-04-05
 * newskg extract examples/ --link online -o graph.trig   # also ask the Wikidata API (answers cached)
 * </pre>
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts entities, relations and statements from news articles and writes them as RDF, "
                + "one named graph per article.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all articles extracted", "1:some articles were bad (reported), the rest written",
                "2:usage error", "3:no article could be read, or the output could not be written"})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ARTICLE",
            description = "Article files (plain text, UTF-8), folders (their .txt files), or - for standard input.")
    List<String> inputs;

    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "FILE",
            description = "Output file, or - for standard output (default).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "turtle, trig, nquads, jsonld or ntriples. Default: from the output file's extension; "
                    + "TriG on standard output.")
    String format;



    @Mixin
    BatchOptions batch = new BatchOptions();

    private final Supplier<Pipeline> pipeline;

    ExtractCommand(Supplier<Pipeline> pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        RdfFormat rdfFormat = Formats.choose(format, output, RdfFormat.TRIG);
        BatchOptions.Batch b = batch.run(inputs, pipeline, err);
        BatchExtractor.Result r = b.result();
        WikidataLinker linker = b.linker();
        if (b.isEmpty()) {
            err.println("newskg extract: no article could be read; nothing written.");
            return ExitCodes.FAILED;
        }
        Dataset dataset = new GraphBuilder().toDataset(r.extractions());
        if (linker != null) {
            Model wd = linker.enrichment(r.extractions().stream().flatMap(x -> x.entities().stream()).toList());
            if (!wd.isEmpty()) {
                dataset.addNamedModel(WikidataLinker.GRAPH, wd);
                dataset.getPrefixMapping().setNsPrefixes(wd.getNsPrefixMap());
            }
        }
        RdfOutput.write(dataset, rdfFormat, output, spec.commandLine().getOut());
        err.println(Reports.summary(r.extractions(), r.failures().size(), b.nanos())
                + ("-".equals(output) ? "" : " -> " + output));
        err.flush();
        return ExitCodes.of(r.extractions().size(), r.failures().size());
    }
}
