package org.newskg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.newskg.Pipeline;

import picocli.CommandLine;

/**
 * Runs {@code newskg} commands in the test's JVM on the real standard pipeline (built once for all test
 * classes), capturing what they print.
 *
 * <pre>
 * TestConsole console = new TestConsole();
 * assertEquals(0, console.run("extract", "examples/", "-o", out.toString()));
 * console.err();   // what the command printed on standard error
 * </pre>
 */
final class TestConsole {

    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.english();
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs one command line; returns its exit code. */
    int run(String... args) {
        CommandLine cl = NewsKg.commandLine(() -> Shared.PIPELINE);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Forgets what was printed so far. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
