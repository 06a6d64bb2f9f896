package org.newskg.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on standard error, shown only on a terminal and for batches worth it, so that logs
 * and pipes stay clean.
 */
final class Progress implements IntConsumer {

    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final String what;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();

    Progress(PrintWriter err, int total, String what) {
        this.err = err;
        this.total = total;
        this.what = what;
        this.enabled = System.console() != null && total >= 5;
    }

    @Override
    public void accept(int done) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double secs = (System.nanoTime() - startNanos) / 1e9;
        err.printf("\r[%s%s] %d/%d %s  %.1f/s", "=".repeat(filled), " ".repeat(WIDTH - filled), done, total, what,
                secs > 0 ? done / secs : 0.0);
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
