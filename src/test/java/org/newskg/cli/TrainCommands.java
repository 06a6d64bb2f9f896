package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Test harness of the train-* commands: each built so that any extraction fails the test. */
final class TrainCommands {

    private TrainCommands() {
    }

    static TrainCalibrationCommand calibration() {
        return new TrainCalibrationCommand(() -> a -> {
            throw new AssertionError("no extraction expected");
        });
    }

    static TrainRelationsCommand relations() {
        return new TrainRelationsCommand(() -> a -> {
            throw new AssertionError("no extraction expected");
        });
    }

    static TrainSpeakersCommand speakers() {
        return new TrainSpeakersCommand(st -> {
            throw new AssertionError("no pipeline expected");
        });
    }

    /** Runs the command as picocli does, its standard error into {@code err}, its standard output dropped. */
    static int run(Object command, StringWriter err, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }
}
