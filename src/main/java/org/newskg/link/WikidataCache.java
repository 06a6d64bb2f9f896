package org.newskg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A persistent cache of Wikidata API answers, one JSON file per request key: {@code search/{hash}.json} for a
 * name search (the file names its query inside), {@code entity/Q90.json} for an item, so that a run without
 * network finds every answer an online run got. Files are written to a temporary name and moved into place, so
 * readers (and other processes) never see half a file. Thread-safe.
 *
 * <pre>
 * WikidataCache cache = new WikidataCache(Path.of("data/wikidata-cache"));
 * cache.put("entity/Q90", json);
 * cache.get("entity/Q90");   // Optional[json]
 * </pre>
 */
public final class WikidataCache {

    private static final Logger LOG = LoggerFactory.getLogger(WikidataCache.class);

    /** Default folder, relative to the working directory (beside the default store, data/store). */
    public static final Path DEFAULT_DIR = Path.of("data", "wikidata-cache");

    private final Path dir;

    public WikidataCache(Path dir) {
        this.dir = dir;
    }

    public Path directory() {
        return dir;
    }

    /** The cached answer for a key, if any; an unreadable file counts as absent. */
    public Optional<String> get(String key) {
        Path f = file(key);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("Wikidata cache file {} unreadable ({}); ignored", f, e.toString());
            return Optional.empty();
        }
    }

    /** Stores an answer, replacing any earlier one atomically. Failures are logged, not thrown: a cache is optional. */
    public void put(String key, String json) {
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), f.getFileName().toString(), ".tmp");
            try {
                Files.writeString(tmp, json, StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Wikidata cache {} not writable ({}); answer not cached", dir, e.toString());
        }
    }

    /** Keys "entity/Q90" map to entity/Q90.json; other keys to their kind and a hash of the rest. */
    private Path file(String key) {
        int slash = key.indexOf('/');
        String kind = slash < 0 ? "misc" : key.substring(0, slash);
        String rest = slash < 0 ? key : key.substring(slash + 1);
        String name = rest.matches("[QP]\\d{1,12}") ? rest : sha256(rest).substring(0, 24);
        return dir.resolve(kind).resolve(name + ".json");
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
