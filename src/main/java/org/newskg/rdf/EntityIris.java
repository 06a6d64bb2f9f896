package org.newskg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.List;
import java.util.Map;

import org.newskg.extract.EntityType;
import org.newskg.resolve.Entity;

/**
 * The deterministic IRIs of docs/rdf-model.md: the same input gives the same IRI in every run and article.
 *
 * <pre>
 * EntityIris.slug("Khalifa Ḥaftar");                      // "khalifa-haftar"
 * EntityIris.key(EntityType.PERSON, "Khalifa Haftar");     // "person/khalifa-haftar"
 * EntityIris.entity("person/khalifa-haftar");              // "https://w3id.org/newskg/entity/person/khalifa-haftar"
 * EntityIris.sentence(article.uri(), 4);                   // article IRI + "/sentence/4"
 * </pre>
 */
public final class EntityIris {

    /** Latin letters that NFKD does not split into a base letter and an accent. */
    private static final Map<Integer, String> FOLD = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'đ', "d"), Map.entry((int) 'ð', "d"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'ı', "i"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ħ', "h"));

    private EntityIris() {
    }

    /**
     * The name normalised for keys and IRIs: NFKD, accents stripped, lower case, every run of characters that
     * are not letters or digits turned into one '-', no '-' at either end. Letters of non-Latin scripts are kept
     * (IRIs allow them); a name with no letter or digit at all gets "x" and a hash of the name.
     */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            String f = FOLD.get(c);
            if (f != null) {
                folded.append(f);
            } else {
                folded.appendCodePoint(c);
            }
        });
        String slug = folded.toString().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" + sha256Hex(name).substring(0, 12) : slug;
    }

    /** The key of an unlinked entity: its type's name in lower case, '/', the slug of its canonical name. */
    public static String key(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT) + "/" + slug(name);
    }

    /** The IRI of an entity: {@code ent:} + its key ("person/khalifa-haftar" or "Q1234"). */
    public static String entity(Entity e) {
        return entity(e.key());
    }

    /**
     * The IRI for an entity key. Characters that may not stand in an IRI path are percent-encoded, so keys made
     * by other means than {@link #key} still give valid IRIs.
     */
    public static String entity(String key) {
        StringBuilder b = new StringBuilder(NKG.ENTITY_NS);
        key.strip().codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || (c < 0x80 && "-._~/".indexOf(c) >= 0)) {
                b.appendCodePoint(c);
            } else {
                for (byte x : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    b.append('%').append(HexFormat.of().withUpperCase().toHexDigits(x));
                }
            }
        });
        return b.toString();
    }

    /** The Wikidata IRI of a Q-id. */
    public static String wikidata(String qid) {
        return NKG.WD_NS + qid.strip();
    }

    /** A sentence: {@code {article}/sentence/{index}}. */
    public static String sentence(String articleUri, int index) {
        return articleUri + "/sentence/" + index;
    }

    /** A mention: {@code {article}/mention/{start}-{end}}. */
    public static String mention(String articleUri, int start, int end) {
        return articleUri + "/mention/" + start + "-" + end;
    }

    /** A statement: {@code {article}/statement/{start}-{end}} (the span of its text). */
    public static String statement(String articleUri, int start, int end) {
        return articleUri + "/statement/" + start + "-" + end;
    }

    /**
     * A relation assertion: {@code {article}/fact/{hash}}, the hash being the first 16 hex digits of the SHA-256
     * of subject IRI, predicate IRI, object, start and end separated by spaces; {@code object} is
     * {@code <iri>} for an entity and the quoted phrase ({@code "Secretary-General"}) for a literal.
     */
    public static String fact(String articleUri, String subjectIri, String predicateIri, String object,
                              int start, int end) {
        String h = sha256Hex(subjectIri + " " + predicateIri + " " + object + " " + start + " " + end);
        return articleUri + "/fact/" + h.substring(0, 16);
    }

    /**
     * An event: {@code {article}/event/{hash}}, the hash being the first 16 hex digits of the SHA-256 of its type,
     * its actors' IRIs and its span, separated by spaces.
     */
    public static String event(String articleUri, String type, List<String> actorIris, int start, int end) {
        String h = sha256Hex(type + " " + String.join(" ", actorIris) + " " + start + " " + end);
        return articleUri + "/event/" + h.substring(0, 16);
    }

    private static String sha256Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
