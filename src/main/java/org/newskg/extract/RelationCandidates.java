package org.newskg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * The entity pairs a relation classifier judges, with their features: within each sentence, every ordered pair of
 * distinct entities that both have a name mention there (their nearest mentions, at most {@link #MAX_DISTANCE}
 * tokens apart). The features are general evidence, never the words of a name: types, order, distance, the words
 * and verbs between, the words around, punctuation and other entities between, cue words of the relation lexicon,
 * and what the rules said of the pair.
 *
 * <pre>
 * List&lt;RelationCandidates.Pair&gt; pairs = RelationCandidates.of(resolved, ruleRelations, 0.5, false);
 * String[] features = pairs.get(0).features();
 * </pre>
 *
 * <p>Thread-safe: the cue lexicons are read once and shared read-only.
 */
public final class RelationCandidates {

    /** Pairs whose nearest name mentions are further apart (tokens between) are not candidates. */
    public static final int MAX_DISTANCE = 30;
    /** At most this many words between are features (the nearest to each end first). */
    static final int MAX_WORDS = 10;

    /** The predicates the classifier decides: those whose object is an entity. */
    public static final Set<Predicate> PREDICATES = entityValued();

    private RelationCandidates() {
    }

    /**
     * One ordered entity pair in one sentence.
     *
     * @param subject        the would-be subject
     * @param object         the would-be object
     * @param sentence       the sentence
     * @param subjectMention the subject's name mention nearest the object's
     * @param objectMention  the object's name mention nearest the subject's
     * @param rules          the predicates the rules gave this pair in this sentence, this direction
     * @param rulesReverse   the predicates the rules gave the reverse pair in this sentence
     * @param features       the classifier's features
     */
    public record Pair(Entity subject, Entity object, Sentence sentence, Mention subjectMention,
                       Mention objectMention, Set<Predicate> rules, Set<Predicate> rulesReverse,
                       String[] features) {

        /** The span from the first mention to the end of the second: the evidence of a relation on the pair. */
        public Evidence evidence() {
            return new Evidence(sentence.index(), Math.min(subjectMention.start(), objectMention.start()),
                    Math.max(subjectMention.end(), objectMention.end()));
        }

        /** Whether the rules gave this pair anything in this sentence, in either direction. */
        public boolean ruled() {
            return !rules.isEmpty() || !rulesReverse.isEmpty();
        }
    }

    /**
     * The candidate pairs of a text: pairs of entities both kept by the graph (confidence at least
     * {@code minEntityConfidence}, or linked), and any pair the rules related.
     *
     * @param text                the sentences and entities
     * @param rules               what the rules extracted from the text
     * @param minEntityConfidence the graph's entity cut
     * @param ruleFeature         whether what the rules said of the pair is a feature (stacking)
     */
    public static List<Pair> of(ResolvedText text, List<Relation> rules, double minEntityConfidence,
                                boolean ruleFeature) {
        Map<String, Set<Predicate>> ruled = new HashMap<>();
        for (Relation r : rules) {
            if (r.object() != null && PREDICATES.contains(r.predicate())) {
                ruled.computeIfAbsent(key(r.evidence().sentence(), r.subject(), r.object()),
                        k -> EnumSet.noneOf(Predicate.class)).add(r.predicate());
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (Sentence s : text.analyzed().sentences()) {
            Map<Entity, List<Mention>> names = new LinkedHashMap<>();
            List<Mention> inSentence = text.mentionsIn(s);
            for (Mention m : inSentence) {
                Entity e = text.entityOf(m);
                if (m.isName() && e != null) {
                    names.computeIfAbsent(e, k -> new ArrayList<>()).add(m);
                }
            }
            if (names.size() < 2) {
                continue;
            }
            for (Map.Entry<Entity, List<Mention>> a : names.entrySet()) {
                for (Map.Entry<Entity, List<Mention>> b : names.entrySet()) {
                    Entity sub = a.getKey();
                    Entity obj = b.getKey();
                    if (sub == obj || sub.key().equals(obj.key())) {
                        continue;
                    }
                    Mention[] near = nearest(s, a.getValue(), b.getValue());
                    if (near == null) {
                        continue;
                    }
                    Set<Predicate> forward = ruled.getOrDefault(key(s.index(), sub, obj), Set.of());
                    Set<Predicate> reverse = ruled.getOrDefault(key(s.index(), obj, sub), Set.of());
                    boolean kept = kept(sub, minEntityConfidence) && kept(obj, minEntityConfidence);
                    if (!kept && forward.isEmpty() && reverse.isEmpty()) {
                        continue;
                    }
                    String[] f = features(s, sub, obj, near[0], near[1], inSentence, forward, reverse,
                            ruleFeature);
                    pairs.add(new Pair(sub, obj, s, near[0], near[1], forward, reverse, f));
                }
            }
        }
        return pairs;
    }

    /** Whether the graph keeps the entity whatever relations are built on it. */
    public static boolean kept(Entity e, double minEntityConfidence) {
        return e.confidence() >= minEntityConfidence || e.wikidata() != null;
    }

    static String key(int sentence, Entity subject, Entity object) {
        return sentence + "|" + subject.key() + "|" + object.key();
    }

    /** The closest two mentions (tokens between), neither overlapping the other, or null when too far. */
    private static Mention[] nearest(Sentence s, List<Mention> as, List<Mention> bs) {
        Mention[] best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Mention a : as) {
            for (Mention b : bs) {
                if (a.overlaps(b.start(), b.end())) {
                    continue;
                }
                int gap = gap(s, a, b);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = new Mention[]{a, b};
                }
            }
        }
        return bestGap <= MAX_DISTANCE ? best : null;
    }

    private static int gap(Sentence s, Mention a, Mention b) {
        Mention first = a.start() < b.start() ? a : b;
        Mention second = first == a ? b : a;
        return between(s, first, second).size();
    }

    private static List<Token> between(Sentence s, Mention first, Mention second) {
        return s.tokensIn(first.end(), second.start());
    }

    private static String[] features(Sentence s, Entity sub, Entity obj, Mention ms, Mention mo,
                                     List<Mention> inSentence, Set<Predicate> forward, Set<Predicate> reverse,
                                     boolean ruleFeature) {
        Set<String> f = new LinkedHashSet<>();
        boolean fwd = ms.start() < mo.start();
        String order = fwd ? "fwd" : "rev";
        Mention first = fwd ? ms : mo;
        Mention second = fwd ? mo : ms;
        String ts = sub.type() + "|" + obj.type();
        f.add("types=" + ts);
        f.add("types+order=" + ts + "|" + order);
        f.add("classes=" + cls(sub) + "|" + cls(obj));
        f.add("subj=" + cls(sub));
        f.add("obj=" + cls(obj));
        f.add("order=" + order);
        List<Token> btw = between(s, first, second);
        f.add("dist=" + bin(btw.size()));
        f.add("dist+order=" + bin(btw.size()) + "|" + order);
        int words = 0;
        boolean comma = false;
        boolean paren = false;
        boolean possessive = false;
        boolean quote = false;
        boolean semicolon = false;
        StringBuilder verbs = new StringBuilder();
        for (int i = 0; i < btw.size(); i++) {
            Token t = btw.get(i);
            String text = t.text();
            comma |= text.equals(",");
            paren |= text.equals("(") || text.equals(")");
            possessive |= text.equals("'s") || text.equals("\u2019s") || text.equals("'");
            quote |= isQuote(text);
            semicolon |= text.equals(";") || text.equals(":");
            if (t.isProperNoun() || "PUNCT".equals(t.pos())) {
                continue;
            }
            String lemma = lower(t.lemma());
            if (words < MAX_WORDS) {
                f.add("w=" + lemma);
                words++;
            }
            if (t.isVerb()) {
                f.add("v=" + lemma + "|" + order);
                if (verbs.length() == 0) {
                    f.add("v1=" + lemma + "|" + order);
                }
                verbs.append(lemma).append(' ');
            }
        }
        if (verbs.length() == 0) {
            f.add("noverb");
        }
        if (btw.isEmpty()) {
            f.add("adjacent|" + order);
        } else if (btw.size() == 1) {
            f.add("only=" + lower(btw.get(0).lemma()) + "|" + order);
        }
        if (btw.size() <= 4) {
            f.add("shape=" + shape(btw) + "|" + order + "|" + ts);
        }
        f.add("before=" + neighbour(s, first.start(), -1));
        f.add("after=" + neighbour(s, second.end(), +1));
        f.add("after1=" + neighbour(s, first.end(), +1) + "|" + order);
        for (Mention m : inSentence) {
            if (m.start() >= first.end() && m.end() <= second.start()) {
                f.add("entity-between");
                break;
            }
        }
        if (comma) {
            f.add("comma");
        }
        if (paren) {
            f.add("paren");
        }
        if (possessive) {
            f.add("possessive|" + order);
        }
        if (quote) {
            f.add("quote");
        }
        f.add(semicolon || quote ? "other-clause" : "same-clause");
        Cues.add(btw, f);
        if (!ruleFeature) {
            return f.toArray(String[]::new);
        }
        if (forward.isEmpty() && reverse.isEmpty()) {
            f.add("rule=none");
        }
        for (Predicate p : forward) {
            f.add("rule=" + p.localName());
        }
        for (Predicate p : reverse) {
            f.add("rule-reverse=" + p.localName());
        }
        return f.toArray(String[]::new);
    }

    /** The words between, abstracted: punctuation, prepositions and verbs as themselves, other words by tag. */
    private static String shape(List<Token> btw) {
        StringBuilder b = new StringBuilder();
        for (Token t : btw) {
            String pos = t.pos();
            boolean keep = "PUNCT".equals(pos) || "ADP".equals(pos) || "PART".equals(pos) || t.isVerb();
            b.append(b.length() == 0 ? "" : " ").append(keep ? lower(t.lemma()) : pos);
        }
        return b.toString();
    }

    private static boolean isQuote(String text) {
        return text.equals("\"") || text.equals("\u201c") || text.equals("\u201d") || text.equals("``")
                || text.equals("''");
    }

    private static String cls(Entity e) {
        return e.subclass() != null ? e.subclass() : e.type().name();
    }

    private static String bin(int tokens) {
        if (tokens <= 2) {
            return Integer.toString(tokens);
        }
        return tokens <= 4 ? "3-4" : tokens <= 7 ? "5-7" : tokens <= 12 ? "8-12" : tokens <= 20 ? "13-20" : "21+";
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    /** The lemma of the token before {@code offset} (step -1) or from it on (step +1); proper nouns as PROPN. */
    private static String neighbour(Sentence s, int offset, int step) {
        Token found = null;
        for (Token t : s.tokens()) {
            if (step < 0 && t.end() <= offset) {
                found = t;
            } else if (step > 0 && t.start() >= offset) {
                found = t;
                break;
            }
        }
        if (found == null) {
            return step < 0 ? "<start>" : "<end>";
        }
        return found.isProperNoun() ? "<PROPN>" : lower(found.lemma());
    }

    private static Set<Predicate> entityValued() {
        Set<Predicate> ps = EnumSet.noneOf(Predicate.class);
        for (Predicate p : Predicate.values()) {
            if (!p.takesPhrase()) {
                ps.add(p);
            }
        }
        return Set.copyOf(ps);
    }

    /**
     * Cue words of the rules' lexicons ({@code relations.tsv}: a pattern's predicate or class;
     * {@code relation-cues.tsv}: a word's class), found among the lemmas between the two mentions.
     */
    private static final class Cues {
        /** Patterns (lemma lists) by their first lemma, each with its feature. */
        private static final Map<String, List<Map.Entry<String[], String>>> BY_FIRST = read();

        static void add(List<Token> btw, Set<String> f) {
            String[] lemmas = new String[btw.size()];
            for (int i = 0; i < lemmas.length; i++) {
                lemmas[i] = lower(btw.get(i).lemma());
            }
            for (int i = 0; i < lemmas.length; i++) {
                for (Map.Entry<String[], String> p : BY_FIRST.getOrDefault(lemmas[i], List.of())) {
                    if (matches(lemmas, i, p.getKey())) {
                        f.add(p.getValue());
                    }
                }
            }
        }

        private static boolean matches(String[] lemmas, int at, String[] pattern) {
            if (at + pattern.length > lemmas.length) {
                return false;
            }
            for (int k = 0; k < pattern.length; k++) {
                if (!pattern[k].equals(lemmas[at + k])) {
                    return false;
                }
            }
            return true;
        }

        private static Map<String, List<Map.Entry<String[], String>>> read() {
            Map<String, List<Map.Entry<String[], String>>> m = new HashMap<>();
            KnowledgeFiles.read("/org/newskg/extract/relations.tsv", row -> {
                if (row.length >= 3 && !row[1].isBlank()) {
                    String feature = Predicate.byLocalName(row[2]).map(p -> "cue=" + p.localName())
                            .orElse("cue-class=" + row[0] + ":" + row[2]);
                    put(m, row[1], feature);
                }
            });
            KnowledgeFiles.read("/org/newskg/extract/relation-cues.tsv", row -> {
                if (row.length >= 2) {
                    put(m, row[0], "cue-class=" + row[1]);
                }
            });
            return m;
        }

        private static void put(Map<String, List<Map.Entry<String[], String>>> m, String pattern, String feature) {
            String[] words = pattern.strip().toLowerCase(Locale.ROOT).split("\\s+");
            m.computeIfAbsent(words[0], k -> new ArrayList<>()).add(Map.entry(words, feature));
        }
    }
}
