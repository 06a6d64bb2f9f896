package org.newskg.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.newskg.rdf.RdfFormat;
import org.newskg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg export}: the whole store as one RDF file.
 *
 * <pre>
 * newskg export -o graph.ttl          # Turtle: all articles merged
 * newskg export -o graph.trig         # TriG: one named graph per article
 * </pre>
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes every graph of the store to a file: TriG, N-Quads and JSON-LD keep one named graph "
                + "per article; Turtle and N-Triples merge them.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:exported", "2:usage error", "3:store unavailable or output not writable"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = {"-o", "--output"}, defaultValue = "-", paramLabel = "FILE",
            description = "Output file, or - for standard output (default).")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "turtle, trig, nquads, jsonld or ntriples. Default: from the extension; TriG on standard output.")
    String format;

    @Override
    public Integer call() throws IOException {
        RdfFormat rdfFormat = Formats.choose(format, output, RdfFormat.TRIG);
        try (GraphStore source = store.open()) {
            Dataset all = source.export();
            RdfOutput.write(all, rdfFormat, output, spec.commandLine().getOut());
            if (!"-".equals(output)) {
                spec.commandLine().getErr().printf("Exported %d graphs from %s to %s%n", source.graphCount(),
                        source.location(), output);
            }
        }
        return ExitCodes.OK;
    }
}
