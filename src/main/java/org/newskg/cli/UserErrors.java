package org.newskg.cli;

import java.io.UncheckedIOException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns the errors a user can cause (a store in use, an unreachable endpoint, an unwritable file) into one
 * line on standard error and exit code 3 (2 for a bad combination of arguments), without a stack trace. Set {@code NEWSKG_DEBUG=1} for the trace.
 */
final class UserErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        if (System.getenv("NEWSKG_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().println("newskg " + cl.getCommandName() + ": " + message(ex));
        cl.getErr().flush();
        return ex instanceof UsageException ? ExitCodes.USAGE : ExitCodes.FAILED;
    }

    static String message(Throwable ex) {
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            ex = u.getCause();
        }
        String m = ex.getMessage();
        return m == null || m.isBlank() ? ex.getClass().getSimpleName() : m;
    }
}
