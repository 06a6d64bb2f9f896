package org.newskg.link;

/** The Wikidata API could not answer: unreachable, too slow, overloaded after retries, or a malformed answer. */
public final class WikidataException extends RuntimeException {
    public WikidataException(String message) {
        super(message);
    }

    public WikidataException(String message, Throwable cause) {
        super(message, cause);
    }
}
