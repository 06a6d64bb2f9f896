package org.newskg.eval;

import java.nio.file.Path;

/** A gold file that cannot be read or does not follow the gold format: names the file and the reason. */
public class GoldException extends Exception {

    public GoldException(Path file, String reason) {
        super(file + ": " + reason);
    }
}
