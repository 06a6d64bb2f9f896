package org.newskg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import opennlp.tools.ml.model.MaxentModel;
import org.newskg.extract.EntityType;
import org.newskg.extract.ner.NameShapeTrainer;
import org.newskg.nlp.MaxentModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg train-name-shapes}: trains the name-shape classifier of
 * {@link org.newskg.extract.NameShapeVoter} on the open name lists of the shared folder, scores it on the tenth of
 * the names held out (accuracy per class, confusion table) and writes it. Whether and how strongly the voter votes
 * is set in {@code name-shapes.properties} beside the model (see NAME-SHAPES.md).
 *
 * <pre>
 * newskg train-name-shapes --shared ../shared
 * newskg train-name-shapes --shared ../shared --per-class 5000 --out /tmp/name-shapes.bin
 * new CommandLine(new TrainNameShapesCommand()).execute("--shared", "../shared", "--out", "/tmp/m.bin");
 * </pre>
 *
 * <p>Exit codes: 0 done, 2 bad arguments or unreadable lists, 3 training or writing the model failed.
 */
@Command(name = "train-name-shapes", mixinStandardHelpOptions = true,
        description = "Train the name-shape classifier (person, organization, place from what a name looks like) "
                + "on open name lists (Wikidata, GeoNames).")
public final class TrainNameShapesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared data folder holding data/wikidata and data/geonames (default: ${DEFAULT-VALUE}).")
    Path shared = Path.of("../shared");

    @Option(names = "--out", paramLabel = "FILE", description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("src/main/resources/org/newskg/extract/name-shapes.bin");

    @Option(names = "--per-class", paramLabel = "N", description = "Names per class after balancing "
            + "(default: ${DEFAULT-VALUE}).")
    int perClass = NameShapeTrainer.Settings.DEFAULT.perClass();

    @Option(names = "--iterations", description = "GIS iterations (default: ${DEFAULT-VALUE}).")
    int iterations = NameShapeTrainer.Settings.DEFAULT.iterations();

    @Option(names = "--cutoff", description = "Least count of a feature (default: ${DEFAULT-VALUE}).")
    int cutoff = NameShapeTrainer.Settings.DEFAULT.cutoff();

    @Option(names = "--surnames", paramLabel = "N", description = "Also train one person in N on the surname "
            + "alone, 0 never (default: ${DEFAULT-VALUE}).")
    int surnames = NameShapeTrainer.Settings.DEFAULT.surnames();

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(shared.resolve("data/wikidata"))
                || !Files.isDirectory(shared.resolve("data/geonames"))) {
            err.println("newskg train-name-shapes: " + shared + " holds no data/wikidata and data/geonames folders "
                    + "(--shared: the shared data folder)");
            return ExitCodes.USAGE;
        }
        if (perClass < 1 || iterations < 1 || cutoff < 0 || surnames < 0) {
            err.println("newskg train-name-shapes: --per-class and --iterations must be 1 or more, --cutoff and "
                    + "--surnames 0 or more");
            return ExitCodes.USAGE;
        }
        NameShapeTrainer.Settings settings = new NameShapeTrainer.Settings(perClass, iterations, cutoff, surnames);
        NameShapeTrainer.Data data;
        try {
            data = NameShapeTrainer.read(shared);
        } catch (IOException | RuntimeException e) {
            err.println("newskg train-name-shapes: cannot read the lists: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        w.printf(Locale.ROOT, "names read per class %s; after dedupe %d to train on, %d held out; %s%n", data.read(),
                data.train().size(), data.test().size(), settings);
        try {
            MaxentModel model = NameShapeTrainer.train(data.train(), settings);
            report(w, NameShapeTrainer.confusion(model, data.test()));
            MaxentModels.write(model, out);
            w.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
        } catch (IOException e) {
            err.println("newskg train-name-shapes: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        w.flush();
        return ExitCodes.OK;
    }

    /** Accuracy per class (recall), precision, and the confusion table (rows gold, columns predicted). */
    static void report(PrintWriter w, int[][] c) {
        List<EntityType> types = List.of(EntityType.values());
        int right = 0;
        int all = 0;
        w.printf(Locale.ROOT, "held out: %-14s %8s %8s %8s   %6s %6s%n", "gold \\ model", "PERSON", "ORG", "PLACE",
                "recall", "prec.");
        for (EntityType g : types) {
            int row = 0;
            int col = 0;
            for (EntityType p : types) {
                row += c[g.ordinal()][p.ordinal()];
                col += c[p.ordinal()][g.ordinal()];
            }
            int d = c[g.ordinal()][g.ordinal()];
            right += d;
            all += row;
            int[] r = c[g.ordinal()];
            w.printf(Locale.ROOT, "          %-14s %8d %8d %8d   %6.3f %6.3f%n", g, r[0], r[1], r[2],
                    row == 0 ? 0 : (double) d / row, col == 0 ? 0 : (double) d / col);
        }
        w.printf(Locale.ROOT, "          accuracy %.3f of %d names (macro recall is the balanced figure)%n",
                all == 0 ? 0 : (double) right / all, all);
    }
}
