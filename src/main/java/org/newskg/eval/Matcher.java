package org.newskg.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.resolve.Entity;

/**
 * The rules by which an extracted entity, relation or statement matches a gold one (see
 * {@code docs/evaluation.md}).
 *
 * <pre>
 * Matcher m = new Matcher(gold);
 * m.entity(extracted, gold.entities().get(0));   // same name or alias (normalised) and same type
 * Matcher.normalize("The U.N.'s");               // "un"
 * </pre>
 */
public final class Matcher {

    /** How many words of a gold {@code quote_start} an extracted statement's text must contain. */
    static final int QUOTE_WORDS = 5;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=[\\p{L}\\p{N}.])'s\\b");
    private static final Pattern DROPPED = Pattern.compile("[.']");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern QID = Pattern.compile("Q[0-9]+");

    private final GoldArticle gold;

    public Matcher(GoldArticle gold) {
        this.gold = gold;
    }

    /**
     * Lower case, accents and possessive {@code 's} removed, dots and apostrophes dropped ({@code U.N.} = {@code UN}),
     * other punctuation as spaces, a leading "the" removed.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        t = MARKS.matcher(t).replaceAll("");
        t = t.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
        t = POSSESSIVE.matcher(t).replaceAll("");
        t = DROPPED.matcher(t).replaceAll("");
        t = SEPARATORS.matcher(t).replaceAll(" ").strip();
        return t.startsWith("the ") ? t.substring(4) : t;
    }

    /** The Q-id in a Wikidata id or IRI ("Q42", "http://www.wikidata.org/entity/Q42"), or null. */
    public static String qid(String id) {
        if (id == null) {
            return null;
        }
        java.util.regex.Matcher m = QID.matcher(id);
        return m.find() ? m.group() : null;
    }

    /** An extracted entity matches a gold one when a name or alias of each is equal (normalised) and types agree. */
    public boolean entity(Entity e, GoldEntity g) {
        return e.type() == g.type() && sharesName(e, g.names());
    }

    /** Whether an extracted entity is the thing gold names {@code name}: through its gold entity, else by name. */
    public boolean entityNamed(Entity e, String name) {
        Optional<GoldEntity> g = gold.entityNamed(name);
        return g.isPresent() ? entity(e, g.get()) : sharesName(e, List.of(name));
    }

    /** Predicate and both ends match; {@code met} in either direction. */
    public boolean relation(Relation r, GoldRelation g) {
        if (r.predicate() != g.predicate()) {
            return false;
        }
        boolean forward = entityNamed(r.subject(), g.subject()) && object(r, g.object());
        if (forward || !r.predicate().isSymmetric() || r.object() == null) {
            return forward;
        }
        return entityNamed(r.object(), g.subject()) && entityNamed(r.subject(), g.object());
    }

    /**
     * The object of an extracted relation matches a gold object: a gold entity through entity matching (or, when
     * the extractor gave only a phrase, the phrase equal to one of its names); a phrase when one normalised
     * string contains the other.
     */
    boolean object(Relation r, String goldObject) {
        Optional<GoldEntity> g = gold.entityNamed(goldObject);
        if (g.isPresent()) {
            return r.object() != null ? entity(r.object(), g.get()) : sameName(r.objectText(), g.get().names());
        }
        String want = normalize(goldObject);
        Set<String> have = new HashSet<>();
        have.add(normalize(r.objectText()));
        if (r.object() != null) {
            have.addAll(names(r.object()));
        }
        return have.stream().anyMatch(h -> !h.isEmpty() && !want.isEmpty() && (h.contains(want) || want.contains(h)));
    }

    /**
     * The speaker matches (any speaker, or none, when gold has none; any of several speakers) and the text
     * contains the first {@value #QUOTE_WORDS} words of {@code quote_start} (normalised).
     */
    public boolean statement(Statement s, GoldStatement g) {
        boolean speaker = g.speaker() == null || s.speakers().stream().anyMatch(e -> entityNamed(e, g.speaker()));
        return speaker && (" " + normalize(s.text()) + " ").contains(" " + firstWords(g.quoteStart()) + " ");
    }

    static String firstWords(String quote) {
        String[] words = normalize(quote).split(" ");
        return String.join(" ", Arrays.copyOf(words, Math.min(words.length, QUOTE_WORDS)));
    }

    /** The entity's name and aliases, normalised. */
    static Set<String> names(Entity e) {
        Set<String> n = e.aliases().stream().map(Matcher::normalize).collect(Collectors.toCollection(HashSet::new));
        n.add(normalize(e.name()));
        n.remove("");
        return n;
    }

    private static boolean sharesName(Entity e, List<String> goldNames) {
        Set<String> have = names(e);
        return goldNames.stream().map(Matcher::normalize).anyMatch(have::contains);
    }

    private static boolean sameName(String text, List<String> goldNames) {
        String n = normalize(text);
        return !n.isEmpty() && goldNames.stream().map(Matcher::normalize).anyMatch(n::equals);
    }
}
