package org.newskg.cli;

/** A bad combination of arguments found while running a command: exit code 2, the message, no trace. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
