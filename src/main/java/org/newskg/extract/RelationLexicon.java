package org.newskg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.nlp.Token;

/**
 * The relation lexicon ({@code relations.tsv}) in hash maps: verb and role patterns by their first word, place,
 * base and force nouns, cue words by class, and verb forms. Immutable once loaded; thread-safe.
 */
final class RelationLexicon {

    enum Kind { VERB, PHRASE, STATE, MOTION, ROLE, PLACENOUN, BASENOUN, FORCE, EVENTNOUN, RANK, CUE, FORM }

    /** One lexicon row. {@code words} is the pattern split into words ("take", "control", "of"). */
    record Entry(Kind kind, String pattern, List<String> words, Predicate predicate, Set<EntityType> subjectTypes,
                 Set<EntityType> objectTypes, double confidence, Set<String> flags) {
        /** No entry: for constructions that look for a subject without a lexicon verb. */
        static final Entry NONE = new Entry(Kind.CUE, "", List.of(), null, Set.of(), Set.of(), 0, Set.of());

        boolean has(String flag) {
            return flags.contains(flag);
        }
    }

    /** A pattern matched on tokens [first, last]. */
    record Match(Entry entry, int first, int last) {
    }

    private final Map<String, List<Entry>> verbs = new HashMap<>();
    private final Map<String, Entry> motions = new HashMap<>();
    private final Map<String, List<Entry>> roles = new HashMap<>();
    private final Map<String, Entry> placeNouns = new HashMap<>();
    private final Map<String, Entry> baseNouns = new HashMap<>();
    private final Map<String, Entry> forceNouns = new HashMap<>();
    private final Map<String, List<Entry>> eventNouns = new HashMap<>();
    private final Map<String, Entry> ranks = new HashMap<>();
    private final Map<String, Set<String>> cues = new HashMap<>();
    private final Map<String, String> formToLemma = new HashMap<>();
    private final Set<String> pastForms = new HashSet<>();

    static RelationLexicon load(InputStream in, String name) {
        RelationLexicon lex = new RelationLexicon();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    lex.add(line.split("\t"));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name, e);
        }
        // longest patterns first, so "take control of" wins over "take"
        lex.verbs.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        lex.roles.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        lex.eventNouns.values().forEach(l -> l.sort((a, b) -> b.words().size() - a.words().size()));
        return lex;
    }

    private void add(String[] c) {
        if (c.length < 3) {
            throw new IllegalArgumentException("expected at least 3 tab-separated columns");
        }
        Kind kind = Kind.valueOf(c[0].trim().toUpperCase(Locale.ROOT));
        String pattern = c[1].trim().toLowerCase(Locale.ROOT);
        String pred = c[2].trim();
        switch (kind) {
            case CUE -> cues.computeIfAbsent(pred, k -> new HashSet<>()).add(pattern);
            case FORM -> {
                formToLemma.put(pattern, pred);
                if (c.length > 6 && c[6].contains("past")) {
                    pastForms.add(pattern);
                }
            }
            default -> {
                if (c.length < 7) {
                    throw new IllegalArgumentException("expected 7 tab-separated columns");
                }
                Predicate p = pred.equals("-") ? null : Predicate.byLocalName(pred)
                        .orElseThrow(() -> new IllegalArgumentException("unknown predicate " + pred));
                Entry e = new Entry(kind, pattern, List.of(pattern.split(" ")), p, types(c[3]), types(c[4]),
                        Double.parseDouble(c[5].trim()), flags(c[6]));
                switch (kind) {
                    case VERB, PHRASE, STATE -> {
                        verbs.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
                        addForms(e.words().get(0));
                    }
                    case MOTION -> {
                        motions.put(pattern, e);
                        addForms(pattern);
                    }
                    case ROLE -> {
                        roles.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
                        // the tokenizer may split "secretary-general" into "secretary - general", or into
                        // "director -general", the hyphen glued to the second word
                        if (pattern.contains("-") && pattern.length() > 1) {
                            for (String split : List.of(pattern.replace("-", " - "), pattern.replace("-", " -"))) {
                                Entry s = new Entry(kind, pattern, List.of(split.trim().split(" +")), p,
                                        e.subjectTypes(), e.objectTypes(), e.confidence(), e.flags());
                                roles.computeIfAbsent(s.words().get(0), k -> new ArrayList<>()).add(s);
                            }
                        }
                    }
                    case PLACENOUN -> placeNouns.put(pattern, e);
                    case BASENOUN -> baseNouns.put(pattern, e);
                    case FORCE -> forceNouns.put(pattern, e);
                    case EVENTNOUN -> eventNouns.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
                    case RANK -> ranks.put(pattern, e);
                    default -> throw new IllegalStateException();
                }
            }
        }
    }

    /** Regular inflections of a verb lemma, so that a token the lemmatizer left alone still matches. */
    private void addForms(String lemma) {
        String stem;
        List<String> forms = new ArrayList<>();
        if (lemma.endsWith("e")) {
            stem = lemma.substring(0, lemma.length() - 1);
            forms.addAll(List.of(lemma + "s", lemma + "d", stem + "ing"));
        } else if (lemma.endsWith("y") && lemma.length() > 2 && !isVowel(lemma.charAt(lemma.length() - 2))) {
            stem = lemma.substring(0, lemma.length() - 1);
            forms.addAll(List.of(stem + "ies", stem + "ied", lemma + "ing"));
        } else if (lemma.endsWith("s") || lemma.endsWith("sh") || lemma.endsWith("ch") || lemma.endsWith("x")
                || lemma.endsWith("z")) {
            forms.addAll(List.of(lemma + "es", lemma + "ed", lemma + "ing"));
        } else {
            forms.addAll(List.of(lemma + "s", lemma + "ed", lemma + "ing"));
        }
        for (String f : forms) {
            formToLemma.putIfAbsent(f, lemma);
            if (f.endsWith("ed") || f.endsWith("d") && lemma.endsWith("e")) {
                pastForms.add(f);
            }
        }
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static Set<EntityType> types(String col) {
        String c = col.trim();
        if (c.equals("-") || c.isEmpty()) {
            return Set.of();
        }
        Set<EntityType> s = EnumSet.noneOf(EntityType.class);
        Arrays.stream(c.split(",")).map(String::trim).map(EntityType::valueOf).forEach(s::add);
        return Set.copyOf(s);
    }

    private static Set<String> flags(String col) {
        String c = col.trim();
        return c.equals("-") || c.isEmpty() ? Set.of() : Set.of(c.split(","));
    }

    /** The lemma of a verb token, corrected by the form table when the lemmatizer left it inflected. */
    String verbLemma(Token t) {
        String lemma = t.lemma();
        if (verbs.containsKey(lemma) || motions.containsKey(lemma)) {
            return lemma;
        }
        String f = formToLemma.get(t.text().toLowerCase(Locale.ROOT));
        return f != null ? f : lemma;
    }

    /** Whether a token can be the verb of a pattern: tagged VERB, or a known past form mis-tagged. */
    private boolean verbLike(Token t) {
        if ("VERB".equals(t.pos())) {
            return true;
        }
        String pos = t.pos();
        // the tagger also reads a rare past form as a particle or pronoun ("had pleaded/PRON before")
        return ("ADJ".equals(pos) || "NOUN".equals(pos) || "PROPN".equals(pos) || "PART".equals(pos)
                || "PRON".equals(pos))
                && pastForms.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** The longest verb, phrase, state or motion pattern starting at token {@code i}, or null. */
    Match matchVerb(List<Token> toks, int i) {
        return verbLike(toks.get(i)) ? matchVerbAt(toks, i) : null;
    }

    /**
     * Like {@link #matchVerb}, whatever the token's tag: for a token the context shows to be a verb though the
     * tagger read a noun ("who heads/NOUN Apple", "to meet/NOUN Macron").
     */
    Match matchVerbAt(List<Token> toks, int i) {
        String lemma = verbLemma(toks.get(i));
        List<Entry> candidates = verbs.getOrDefault(lemma, List.of());
        for (Entry e : candidates) {
            if (e.words().size() == 1) {
                break;   // sorted longest first: a motion with its destination wins over a one-word verb
            }
            int last = matchRest(toks, i, e.words(), true);
            if (last >= 0) {
                return new Match(e, i, last);
            }
        }
        Entry motion = motions.get(lemma);
        if (motion != null) {
            int k = i + 1;
            while (k < toks.size() && "ADV".equals(toks.get(k).pos()) && k < i + 3) {
                k++;   // "pushed deeper into", "flew back to"
            }
            if (k < toks.size() && cue("destination-" + motion.predicate().localName(), toks.get(k))) {
                return new Match(motion, i, k);
            }
        }
        for (Entry e : candidates) {
            if (e.words().size() == 1) {
                return new Match(e, i, i);
            }
        }
        return null;
    }

    /** Whether the token is a past form of a verb of the lexicon or of the form table ("taken", "based"). */
    boolean pastForm(Token t) {
        return pastForms.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /** Whether the lemma is a verb or motion verb of the lexicon. */
    boolean knownVerb(Token t) {
        String lemma = verbLemma(t);
        return verbs.containsKey(lemma) || motions.containsKey(lemma);
    }

    /** Whether the verb entry written {@code pattern} (as in a rule "lexicon:PATTERN/...") has {@code flag}. */
    boolean verbHas(String pattern, String flag) {
        List<Entry> candidates = verbs.get(pattern.split(" ")[0]);
        return candidates != null && candidates.stream().anyMatch(e -> e.pattern().equals(pattern) && e.has(flag));
    }

    /** Whether the role entry written {@code pattern} (as in a rule "role:PATTERN/...") has {@code flag}. */
    boolean roleHas(String pattern, String flag) {
        List<Entry> candidates = roles.get(pattern.split("[ -]")[0]);
        return candidates != null && candidates.stream().anyMatch(e -> e.pattern().equals(pattern) && e.has(flag));
    }

    Match matchRole(List<Token> toks, int i) {
        return matchRole(toks, i, false);
    }

    /**
     * The longest role pattern at token {@code i}; with {@code nominal} the context says it is a noun ("as both
     * chief executive and chairman/ADJ"), so a one-word role may have any tag.
     */
    Match matchRole(List<Token> toks, int i, boolean nominal) {
        List<Entry> candidates = roles.get(word(toks.get(i)));
        if (candidates == null) {
            candidates = roles.get(toks.get(i).text().toLowerCase(Locale.ROOT));
        }
        if (candidates == null) {
            return null;
        }
        Match single = null;
        for (Entry e : candidates) {
            int last = matchRest(toks, i, e.words(), false);
            if (last < 0) {
                continue;
            }
            String pos = toks.get(last).pos();
            // a one-word role must be a noun ("head" the noun, not the verb; "national" not the adjective)
            if (e.words().size() == 1 && !"NOUN".equals(pos) && !"PROPN".equals(pos) && !nominal) {
                continue;
            }
            if (e.words().size() == 1) {
                single = new Match(e, i, last);   // "chief" alone, unless "chief market strategist" follows
                break;
            }
            return new Match(e, i, last);
        }
        // "chief market economist", "chief investment officer": a field noun inside a role of several words
        for (Entry e : candidates) {
            int n = e.words().size();
            if (n < 2 || i + n >= toks.size()) {
                continue;
            }
            Token field = toks.get(i + n - 1);
            if (!"NOUN".equals(field.pos()) || field.isCapitalized()
                    || matchRest(toks, i, e.words().subList(0, n - 1), false) != i + n - 2
                    || !is(toks.get(i + n), e.words().get(n - 1))) {
                continue;
            }
            return new Match(e, i, i + n);
        }
        return single;
    }

    /**
     * Matches words 2.. of a pattern after token {@code i}; returns the last token's index or -1. In verb
     * patterns one adjective may come between words ("took full control of").
     */
    private int matchRest(List<Token> toks, int i, List<String> words, boolean allowAdjective) {
        int k = i;
        for (int w = 1; w < words.size(); w++) {
            k++;
            if (k >= toks.size()) {
                return -1;
            }
            if (!is(toks.get(k), words.get(w))) {
                if (allowAdjective && "ADJ".equals(toks.get(k).pos()) && k + 1 < toks.size()
                        && is(toks.get(k + 1), words.get(w))) {
                    k++;
                } else {
                    return -1;
                }
            }
        }
        return k;
    }

    private static boolean is(Token t, String word) {
        return word.equals(t.lemma()) || word.equalsIgnoreCase(t.text());
    }

    private static String word(Token t) {
        return t.lemma();
    }

    /**
     * The event-noun pattern ("attack on") starting at token {@code i}, or null. The noun may be tagged as a verb
     * ("Guterres's visit to"): the caller checks what stands before it. A plural noun matches its singular.
     */
    Match matchEventNoun(List<Token> toks, int i) {
        Token t = toks.get(i);
        String pos = t.pos();
        if (!"NOUN".equals(pos) && !"VERB".equals(pos) && !"PROPN".equals(pos)) {
            return null;
        }
        List<Entry> candidates = eventNouns.get(t.lemma());
        String w = t.text().toLowerCase(Locale.ROOT);
        if (candidates == null) {
            candidates = eventNouns.get(w);
        }
        if (candidates == null && w.endsWith("s")) {
            candidates = eventNouns.get(w.substring(0, w.length() - 1));
        }
        if (candidates == null) {
            return null;
        }
        for (Entry e : candidates) {
            int last = matchRest(toks, i, e.words(), false);
            if (last >= 0) {
                return new Match(e, i, last);
            }
        }
        return null;
    }

    /** Whether a token is the noun of an event-noun pattern, whatever follows it ("airstrikes", "attack"). */
    boolean eventNounWord(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return eventNouns.containsKey(t.lemma()) || eventNouns.containsKey(w)
                || w.endsWith("s") && eventNouns.containsKey(w.substring(0, w.length() - 1));
    }

    /** The rank or service-title entry of a token ("Lt.", "Sergeant"), or null. */
    Entry rank(Token t) {
        return ranks.get(t.text().toLowerCase(Locale.ROOT));
    }

    Entry placeNoun(Token t) {
        return noun(placeNouns, t);
    }

    Entry baseNoun(Token t) {
        return noun(baseNouns, t);
    }

    Entry forceNoun(Token t) {
        return "NOUN".equals(t.pos()) ? noun(forceNouns, t) : null;
    }

    /** By lemma, then by the lower-case text singularised: the lemmatizer leaves capitalised plurals alone. */
    private static Entry noun(Map<String, Entry> nouns, Token t) {
        Entry e = nouns.get(t.lemma());
        if (e != null) {
            return e;
        }
        String w = t.text().toLowerCase(Locale.ROOT);
        e = nouns.get(w);
        if (e == null && w.endsWith("ies")) {
            e = nouns.get(w.substring(0, w.length() - 3) + "y");
        }
        if (e == null && w.endsWith("s")) {
            e = nouns.get(w.substring(0, w.length() - 1));
        }
        return e;
    }

    /** Whether a word (not a token: the last word of an entity's name), lower-cased, is in a cue class. */
    boolean cueWord(String cueClass, String word) {
        Set<String> words = cues.get(cueClass);
        return words != null && words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the token (its lemma or its lower-case text) is a cue word of the class. */
    boolean cue(String cueClass, Token t) {
        Set<String> words = cues.get(cueClass);
        return words != null && (words.contains(t.lemma()) || words.contains(t.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * Whether the token, read as a verb (its {@link #verbLemma} or its lower-case text), is a cue word of the class:
     * "won support" matches "win" even when the tagger's lemma is not the verb's.
     */
    boolean cueVerb(String cueClass, Token t) {
        Set<String> words = cues.get(cueClass);
        return words != null && (words.contains(verbLemma(t)) || words.contains(t.text().toLowerCase(Locale.ROOT)));
    }
}
