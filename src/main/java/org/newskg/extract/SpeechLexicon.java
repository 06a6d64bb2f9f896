package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.nlp.Token;

/**
 * The speech verbs, media and outsiders that {@link QuoteStatementExtractor} reads, loaded from the resource files
 * {@code speech_verbs.tsv}, {@code media.tsv} and {@code outsiders.tsv} (their headers describe the columns).
 * Immutable.
 */
final class SpeechLexicon {

    enum Role { SPEECH, ADDRESS, OBJECT, LABEL, NAME, QUOTE, RELAY }

    /** A speech verb entry, matched by one of its forms. */
    record Verb(String lemma, Role role, boolean verbTagOnly, double confidence) {
        boolean attributes() {
            return role != Role.LABEL && role != Role.NAME;
        }

        /** Whether the word names or characterises something ("dubbed", "so-called") rather than reporting. */
        boolean labels() {
            return role == Role.LABEL || role == Role.NAME;
        }

        /** Whether the verb can introduce reported speech ("X said that ..."), not only a direct quotation. */
        boolean reports() {
            return role == Role.SPEECH || role == Role.ADDRESS || role == Role.OBJECT;
        }
    }

    /** A medium entry. */
    record Medium(String label, boolean document) {
    }

    /** An entry matched on {@code length} consecutive tokens. */
    record Match<T>(T entry, int length) {
    }

    private record Phrase<T>(String[] words, T entry) {
    }

    private final Map<String, List<Phrase<Verb>>> verbs;
    private final Map<String, List<Phrase<Medium>>> media;
    private final Set<String> documents;
    private final Set<String> outsiders;
    private final Set<String> people;

    private SpeechLexicon(Map<String, List<Phrase<Verb>>> verbs, Map<String, List<Phrase<Medium>>> media,
                          Set<String> outsiders, Set<String> people) {
        this.verbs = verbs;
        this.media = media;
        this.outsiders = outsiders;
        this.people = people;
        Set<String> docs = new HashSet<>();
        media.values().forEach(ps -> ps.stream().filter(p -> p.entry().document())
                .forEach(p -> docs.add(p.entry().label())));
        this.documents = Set.copyOf(docs);
    }

    private static final class Holder {
        static final SpeechLexicon STANDARD = load("speech_verbs.tsv", "media.tsv", "outsiders.tsv",
                "unnamed_speakers.tsv");
    }

    /** The lexicon bundled with newskg, loaded once. */
    static SpeechLexicon standard() {
        return Holder.STANDARD;
    }

    static SpeechLexicon load(String verbResource, String mediaResource, String outsiderResource,
                              String peopleResource) {
        Map<String, List<Phrase<Verb>>> verbs = new HashMap<>();
        for (String[] row : rows(verbResource, 5)) {
            Verb v = new Verb(row[0], Role.valueOf(row[1].toUpperCase(Locale.ROOT)), "verb".equals(row[2]),
                    Double.parseDouble(row[3]));
            for (String form : row[4].split("\\|")) {
                add(verbs, form, v);
            }
        }
        Map<String, List<Phrase<Medium>>> media = new HashMap<>();
        for (String[] row : rows(mediaResource, 3)) {
            add(media, row[0], new Medium(row[1], "yes".equals(row[2])));
        }
        return new SpeechLexicon(freeze(verbs), freeze(media), words(outsiderResource), words(peopleResource));
    }

    /** The first column of a one-column word list, as an immutable set. */
    private static Set<String> words(String resource) {
        Set<String> words = new HashSet<>();
        for (String[] row : rows(resource, 1)) {
            words.add(row[0]);
        }
        return Set.copyOf(words);
    }

    /** The speech or label word starting at token {@code i}, longest form first, or null. */
    Match<Verb> verbAt(List<Token> tokens, int i) {
        Match<Verb> m = longest(verbs, tokens, i);
        if (m == null) {
            return null;
        }
        Token t = tokens.get(i);
        if (m.entry().verbTagOnly() && m.length() == 1 && !t.isVerb()) {
            return null;
        }
        return m;
    }

    /**
     * The speech or label word starting at token {@code i} whatever its tag, for contexts that settle it is a
     * verb ("Acme notes, “…”", where the tagger reads "notes" as a noun), or null.
     */
    Match<Verb> verbAtAnyTag(List<Token> tokens, int i) {
        return longest(verbs, tokens, i);
    }

    /** Whether a medium label names a document that speaks for its issuers ("the statement said"). */
    boolean isDocument(String label) {
        return documents.contains(label);
    }

    /** Whether a (lower-case) noun names people outside the body named with them ("investors", "a customer of"). */
    boolean isOutsider(String word) {
        return outsiders.contains(word);
    }

    /**
     * Whether a (lower-case) noun names people a text quotes without naming them ("critics", "one trader"):
     * their labelling words are a statement with no speaker.
     */
    boolean isUnnamedSpeaker(String word) {
        return people.contains(word);
    }

    /** The medium phrase starting at token {@code i}, longest first, or null. */
    Match<Medium> mediumAt(List<Token> tokens, int i) {
        return longest(media, tokens, i);
    }

    private static <T> Match<T> longest(Map<String, List<Phrase<T>>> index, List<Token> tokens, int i) {
        List<Phrase<T>> candidates = index.get(tokens.get(i).text().toLowerCase(Locale.ROOT));
        if (candidates == null) {
            return null;
        }
        for (Phrase<T> p : candidates) {
            if (i + p.words().length <= tokens.size() && matches(p.words(), tokens, i)) {
                return new Match<>(p.entry(), p.words().length);
            }
        }
        return null;
    }

    private static boolean matches(String[] words, List<Token> tokens, int i) {
        for (int k = 1; k < words.length; k++) {
            if (!tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static <T> void add(Map<String, List<Phrase<T>>> index, String form, T entry) {
        String[] words = form.trim().toLowerCase(Locale.ROOT).split(" +");
        index.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Phrase<>(words, entry));
    }

    private static <T> Map<String, List<Phrase<T>>> freeze(Map<String, List<Phrase<T>>> index) {
        Map<String, List<Phrase<T>>> out = new HashMap<>();
        index.forEach((k, v) -> {
            List<Phrase<T>> sorted = new ArrayList<>(v);
            sorted.sort(Comparator.comparingInt((Phrase<T> p) -> p.words().length).reversed());
            out.put(k, List.copyOf(sorted));
        });
        return Map.copyOf(out);
    }

    private static List<String[]> rows(String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SpeechLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon not on the classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ":" + n + ": expected " + columns + " columns");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + resource, e);
        }
        return rows;
    }
}
