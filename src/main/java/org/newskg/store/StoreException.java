package org.newskg.store;

/**
 * A store that cannot be opened, read or written, or a query that cannot run: the message is meant for the
 * user as it is (what failed and why, in one line), so callers print {@link #getMessage()}, not a stack trace.
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
