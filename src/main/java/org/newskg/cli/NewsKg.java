package org.newskg.cli;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.newskg.Pipeline;
import org.newskg.extract.LexiconRelationExtractor;
import org.newskg.link.WikidataLinker;
import org.newskg.resolve.EntityCalibrator;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code newskg} command line: news articles in, a queryable knowledge graph out.
 *
 * <pre>
 * newskg up examples/                      # extract, load into ./data/store, serve on http://localhost:3030/
 * newskg extract examples/ -o graph.trig   # articles to RDF
 * newskg query queries/who-commands-whom.rq
 * </pre>
 *
 * Exit codes: see {@link ExitCodes}.
 */
@Command(name = "newskg", mixinStandardHelpOptions = true, versionProvider = NewsKg.Version.class,
        description = "Builds a knowledge graph from English news articles: actors, organizations, places, "
                + "relations and statements, as RDF, in a TDB2 store served by Fuseki.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:everything succeeded",
                "1:partly done: some inputs were bad (reported), the others were processed",
                "2:usage error",
                "3:nothing done: every input was bad, or the store/endpoint/output could not be used"},
        subcommands = {CommandLine.HelpCommand.class})
public final class NewsKg implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** The command line with every subcommand, sharing one lazily built pipeline. */
    public static CommandLine commandLine(Supplier<Pipeline> pipeline) {
        Supplier<Pipeline> shared = memoize(pipeline);
        CommandLine cl = new CommandLine(new NewsKg());
        cl.addSubcommand(new UpCommand(shared));
        cl.addSubcommand(new ExtractCommand(shared));
        cl.addSubcommand(new LoadCommand());
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new QueryCommand());
        cl.addSubcommand(new ExportCommand());
        cl.addSubcommand(new BuildGazetteerCommand());
        cl.addSubcommand(new TrainNerCommand());
        cl.addSubcommand(new BuildLinkIndexCommand());
        cl.addSubcommand(new LinkCommand());
        // eval scores the default behaviour of extract, offline linking included
        cl.addSubcommand(new EvalCommand((EvalCommand.Cut cut) -> cut.apply(shared.get()
                .withLinker(WikidataLinker.offline()))::process, Pipeline::englishMentionFinder));
        cl.addSubcommand(new BenchCommand(shared));
        // labels what eval scores (offline linking), every entity kept and uncalibrated: the cuts are simulated
        cl.addSubcommand(new TrainCalibrationCommand(() -> shared.get().withLinker(WikidataLinker.offline())
                .withCalibrator(EntityCalibrator.NONE).withMinConfidence(0)::process));
        // labels the rules' pairs as eval scores them (offline linking), the relation classifier left out
        cl.addSubcommand(new TrainRelationsCommand(() -> shared.get().withLinker(WikidataLinker.offline())
                .withRelations(LexiconRelationExtractor.standard())::process));
        cl.addSubcommand(new TrainSpeakersCommand());
        cl.addSubcommand(new TrainNameShapesCommand());
        cl.setExecutionExceptionHandler(new UserErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(Pipeline::english).execute(args));
    }

    static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    /** Version from the jar manifest, when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = NewsKg.class.getPackage().getImplementationVersion();
            return new String[]{"newskg " + (v == null ? "(development build)" : v)};
        }
    }
}
