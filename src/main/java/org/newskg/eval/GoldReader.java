package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.newskg.extract.EntityType;
import org.newskg.extract.Predicate;

/**
 * Reads a gold annotation file ({@code NAME.json}, one JSON object per article; format in
 * {@code docs/evaluation.md}).
 *
 * <pre>
 * GoldArticle gold = GoldReader.read(Path.of("eval/gold/tripoli-clashes.json"));
 * gold.entities().get(0).name();   // "Khalifa Haftar"
 * </pre>
 *
 * <p>Unknown keys are errors (they are most likely typos that would silently drop annotations), except
 * {@code "comment"}, allowed anywhere for the annotator's notes.
 */
public final class GoldReader {

    private static final String COMMENT = "comment";

    private GoldReader() {
    }

    /** Reads one gold file; the article name is the file name without {@code .json}. */
    public static GoldArticle read(Path file) throws GoldException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldException(file, "unreadable (" + e.getMessage() + ")");
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return parse(file, name, text);
    }

    /** Parses gold JSON text; {@code file} names it in messages. */
    public static GoldArticle parse(Path file, String name, String text) throws GoldException {
        JsonObject root;
        try {
            JsonValue any = JSON.parseAny(text);
            if (!any.isObject()) {
                throw new GoldException(file, "expected a JSON object at the top level");
            }
            root = any.getAsObject();
        } catch (JsonParseException e) {
            String at = e.getLine() > 0 ? "line " + e.getLine() + ", column " + e.getColumn() + ": " : "";
            throw new GoldException(file, "invalid JSON: " + at + e.getMessage());
        } catch (JsonException e) {
            throw new GoldException(file, "invalid JSON: " + e.getMessage());
        } catch (RuntimeException e) {
            // Jena's JSON parser fails on some truncated input with a bare NullPointerException
            throw new GoldException(file, "invalid JSON: truncated or malformed"
                    + (e.getMessage() == null || e instanceof NullPointerException ? "" : " (" + e.getMessage() + ")"));
        }
        checkKeys(file, "the top level", root, Set.of("entities", "relations", "statements"));
        return new GoldArticle(name,
                items(file, root, "entities", o -> entity(file, o)),
                items(file, root, "relations", o -> relation(file, o)),
                items(file, root, "statements", o -> statement(file, o)));
    }

    private static GoldEntity entity(Path file, JsonObject o) throws GoldException {
        checkKeys(file, "an entity", o, Set.of("name", "type", "aliases", "wikidata"));
        String name = required(file, o, "name", "an entity");
        String type = required(file, o, "type", "entity '" + name + "'");
        EntityType t;
        try {
            t = EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GoldException(file, "entity '" + name + "': type '" + type
                    + "' is not PERSON, ORGANIZATION or PLACE");
        }
        List<String> aliases = new ArrayList<>();
        JsonValue a = o.get("aliases");
        if (a != null && !a.isNull()) {
            if (!a.isArray()) {
                throw new GoldException(file, "entity '" + name + "': aliases must be an array of strings");
            }
            for (JsonValue v : a.getAsArray()) {
                if (!v.isString()) {
                    throw new GoldException(file, "entity '" + name + "': aliases must be an array of strings");
                }
                aliases.add(v.getAsString().value());
            }
        }
        return new GoldEntity(name, t, aliases, optional(file, o, "wikidata", "entity '" + name + "'"));
    }

    private static GoldRelation relation(Path file, JsonObject o) throws GoldException {
        checkKeys(file, "a relation", o, Set.of("s", "p", "o", "evidence"));
        String s = required(file, o, "s", "a relation");
        String p = required(file, o, "p", "relation of '" + s + "'");
        String obj = required(file, o, "o", "relation '" + s + " " + p + "'");
        Predicate predicate = Predicate.byLocalName(p).orElseThrow(() -> new GoldException(file,
                "relation '" + s + " " + p + " " + obj + "': '" + p + "' is not an ontology relation"));
        return new GoldRelation(s, predicate, obj, optional(file, o, "evidence", "relation of '" + s + "'"));
    }

    private static GoldStatement statement(Path file, JsonObject o) throws GoldException {
        checkKeys(file, "a statement", o, Set.of("speaker", "quote_start", "medium"));
        return new GoldStatement(optional(file, o, "speaker", "a statement"),
                required(file, o, "quote_start", "a statement"),
                optional(file, o, "medium", "a statement"));
    }

    private interface ItemReader<T> {
        T read(JsonObject o) throws GoldException;
    }

    private static <T> List<T> items(Path file, JsonObject root, String key, ItemReader<T> reader)
            throws GoldException {
        JsonValue v = root.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new GoldException(file, "'" + key + "' must be an array");
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        for (JsonValue item : v.getAsArray()) {
            if (!item.isObject()) {
                throw new GoldException(file, "'" + key + "' item " + i + " must be an object");
            }
            out.add(reader.read(item.getAsObject()));
            i++;
        }
        return out;
    }

    private static void checkKeys(Path file, String what, JsonObject o, Set<String> allowed) throws GoldException {
        for (String k : o.keys()) {
            if (!allowed.contains(k) && !COMMENT.equals(k)) {
                throw new GoldException(file, "unknown key '" + k + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ", comment)");
            }
        }
    }

    private static String required(Path file, JsonObject o, String key, String what) throws GoldException {
        String v = optional(file, o, key, what);
        if (v == null || v.isBlank()) {
            throw new GoldException(file, what + ": missing '" + key + "'");
        }
        return v;
    }

    private static String optional(Path file, JsonObject o, String key, String what) throws GoldException {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new GoldException(file, what + ": '" + key + "' must be a string");
        }
        return v.getAsString().value();
    }
}
