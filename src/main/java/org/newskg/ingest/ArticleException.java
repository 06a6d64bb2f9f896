package org.newskg.ingest;

import java.nio.file.Path;

/** An article that cannot be read: names the file and the reason, for the user. */
public class ArticleException extends Exception {

    private final String location;
    private final String reason;

    public ArticleException(String location, String reason) {
        super(location + ": " + reason);
        this.location = location;
        this.reason = reason;
    }

    public ArticleException(Path path, String reason) {
        this(path.toString(), reason);
    }

    /** The file (or "-" for standard input). */
    public String location() {
        return location;
    }

    /** Why it could not be read, in a few words. */
    public String reason() {
        return reason;
    }
}
