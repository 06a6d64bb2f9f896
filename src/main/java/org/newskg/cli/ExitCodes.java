package org.newskg.cli;

/**
 * newskg's exit codes, the same for every command.
 *
 * <ul>
 *   <li>0: everything succeeded;</li>
 *   <li>1: partly done: some inputs were bad (reported on standard error), the others were processed;</li>
 *   <li>2: usage error (unknown option, missing argument);</li>
 *   <li>3: nothing done: every input was bad, or the store, endpoint or output could not be used.</li>
 * </ul>
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int PARTIAL = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private ExitCodes() {
    }

    /** OK when nothing failed, FAILED when nothing succeeded, else PARTIAL. */
    public static int of(int succeeded, int failed) {
        if (failed == 0) {
            return OK;
        }
        return succeeded == 0 ? FAILED : PARTIAL;
    }
}
