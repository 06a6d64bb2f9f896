package org.newskg.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a {@link GraphStore} from what the user typed: a directory (TDB2) or a dataset URL (remote).
 *
 * <pre>
 * try (GraphStore store = Stores.open(option == null ? Tdb2Store.DEFAULT_DIR.toString() : option)) { ... }
 * </pre>
 */
public final class Stores {

    private Stores() {
    }

    /** A local TDB2 store in {@code storeDir}, created if absent. */
    public static GraphStore open(Path storeDir) {
        return Tdb2Store.open(storeDir);
    }

    /**
     * A remote dataset when {@code location} starts with {@code http://} or {@code https://}, else a local
     * TDB2 directory.
     */
    public static GraphStore open(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("No store given: a directory or an http(s) dataset URL");
        }
        if (isUrl(location)) {
            return RemoteStore.connect(location);
        }
        try {
            return Tdb2Store.open(Path.of(location));
        } catch (InvalidPathException e) {
            throw new StoreException("Not a usable directory name: " + location);
        }
    }

    /** True for an http(s) URL. */
    public static boolean isUrl(String location) {
        String s = location.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }
}
