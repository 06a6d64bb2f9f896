package org.newskg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.extract.RuleVoters;
import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.extract.gazetteer.Names;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Resolves definite descriptions ("the minister", "the Eastern Commander", "the carmaker", "the capital") and
 * organization pronouns ("it", "its", "they", "their") to the entities an article has named, only when exactly
 * one entity fits; called by {@link NameResolver} after names are grouped.
 *
 * <ul>
 * <li>A title head ("the minister", "the defence minister") goes to the one person given a title of that class
 * before it: a title before the name ("Defence Minister Ali Said"), an apposition ("Ali Said, the defence
 * minister") or a copula ("Said was named defence minister"). Not when an unnamed holder was introduced
 * ("a minister said ... the minister added").</li>
 * <li>A kind-of-organization or place head ("the company", "the militia", "the capital") goes to the one entity
 * of a compatible kind named in this sentence or the three before it; the kind comes from the name's head word,
 * the subclass, a noun before the name ("carmaker Fiat") or an apposition ("Fiat, the Italian carmaker").</li>
 * <li>"it"/"its" goes to the organization that is the subject of this or the previous sentence when it is the only
 * organization there, and only with a cue that an organization is meant (pronoun-cues.tsv: "it said", "its
 * shares"); "they"/"their" likewise, only for an armed force and with no person in that sentence.</li>
 * <li>"we"/"our"/"us" outside quotations go to the organisation or country whose voice the text is ("The
 * Netherlands condemns ... We remain committed"), when the subjects before make it clear
 * ({@link FirstPersonPlural}).</li>
 * </ul>
 * Nothing inside a quotation is resolved. Mentions get kind DESCRIPTION or PRONOUN and a confidence below a name's.
 * The lexicons are lexicon/description-heads.tsv and lexicon/pronoun-cues.tsv.
 *
 * <pre>
 * List&lt;List&lt;Mention&gt;&gt; added = DescriptionResolver.standard().resolve(text, groups); // one list per group
 * </pre>
 * Thread-safe.
 */
public final class DescriptionResolver {

    /** An entity being resolved: its type, subclass (or null) and its name mentions. */
    public record Group(EntityType type, String subclass, List<Mention> names) {
    }

    /** A row of description-heads.tsv. */
    private record Head(String phrase, EntityType type, String kind, boolean open) {
    }

    /** A noun phrase after a determiner: modifiers from {@code from}, head tokens [head, end]. */
    private record Np(int from, int head, int end, Head h) {
    }

    private record Role(int group, String title, int offset) {
    }

    private static final String DIR = "/org/newskg/lexicon/";
    private static final int WINDOW = 3;
    private static final int MAX_MODIFIERS = 3;
    private static final Set<String> COPULA = Set.of("be", "become", "remain", "serve", "name", "appoint", "elect",
            "as");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another", "one");

    private final Map<String, Head> heads = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Set<String> verbCues = new HashSet<>();
    private final Set<String> nounCues = new HashSet<>();
    private final Lexicons lexicons;
    private int maxHeadWords = 1;

    private static final class Holder {
        static final DescriptionResolver STANDARD = new DescriptionResolver(Lexicons.standard());
    }

    /** The resolver on the bundled lexicons. */
    public static DescriptionResolver standard() {
        return Holder.STANDARD;
    }

    private DescriptionResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
        KnowledgeFiles.read(DIR + "description-heads.tsv", r -> {
            String phrase = Names.norm(r[0]);
            String kind = r[2].trim();
            heads.put(phrase, new Head(phrase, EntityType.valueOf(r[1].trim()), kind,
                    r.length > 4 && r[4].trim().equals("yes")));
            if (r.length > 3 && !r[3].isBlank()) {
                parentOf.put(kind, r[3].trim());
            }
            maxHeadWords = Math.max(maxHeadWords, phrase.split(" ").length);
        });
        KnowledgeFiles.read(DIR + "pronoun-cues.tsv", r -> (r[1].trim().equals("verb") ? verbCues : nounCues).add(r[0].trim()));
    }

    /**
     * @return for each group (same order), the description and pronoun mentions that refer to it
     */
    public List<List<Mention>> resolve(AnalyzedText text, List<Group> groups) {
        return new Run(text, groups).run();
    }

    /** The state of one call. */
    private final class Run {
        final AnalyzedText text;
        final List<Sentence> sentences;
        final List<Group> groups;
        final boolean[] quoted;
        /** Per sentence and token: the group of the name mention covering it, or -1. */
        final int[][] groupAt;
        /** Tokens that are part of an apposition or copula naming a kind or a role: not descriptions. */
        final Set<Long> evidence = new HashSet<>();
        final List<Role> roles = new ArrayList<>();
        final List<Set<String>> kinds = new ArrayList<>();
        final List<List<Mention>> out = new ArrayList<>();
        /** Resolved mentions by sentence (names and descriptions), for the pronouns. */
        final Map<Integer, List<int[]>> placed = new HashMap<>();

        Run(AnalyzedText text, List<Group> groups) {
            this.text = text;
            this.sentences = text.sentences();
            this.groups = groups;
            this.quoted = NameResolver.quoted(text.text());
            groupAt = new int[sentences.size()][];
            for (Sentence s : sentences) {
                groupAt[s.index()] = new int[s.tokens().size()];
                java.util.Arrays.fill(groupAt[s.index()], -1);
            }
            for (int g = 0; g < groups.size(); g++) {
                out.add(new ArrayList<>());
                kinds.add(new LinkedHashSet<>());
                for (Mention m : groups.get(g).names()) {
                    Sentence s = sentences.get(m.sentence());
                    for (Token t : s.tokens()) {
                        if (t.start() < m.end() && m.start() < t.end()) {
                            groupAt[s.index()][t.index()] = g;
                        }
                    }
                    place(m.sentence(), m.start(), g);
                }
            }
        }

        List<List<Mention>> run() {
            collectEvidence();
            for (Sentence s : sentences) {
                List<Token> toks = s.tokens();
                for (int i = 0; i < toks.size(); i++) {
                    if (toks.get(i).text().equalsIgnoreCase("the") && !quoted[toks.get(i).start()]) {
                        description(s, i);
                    }
                }
            }
            for (Sentence s : sentences) {
                List<Token> toks = s.tokens();
                for (int i = 0; i < toks.size(); i++) {
                    String w = toks.get(i).text().toLowerCase();
                    if ((w.equals("it") || w.equals("its") || w.equals("they") || w.equals("their"))
                            && !quoted[toks.get(i).start()]) {
                        pronoun(s, i, w);
                    }
                }
            }
            // "we"/"our" outside quotations: the body issuing the text
            List<List<Mention>> voice = new FirstPersonPlural(sentences, groups, groupAt, quoted).resolve();
            for (int g = 0; g < groups.size(); g++) {
                out.get(g).addAll(voice.get(g));
            }
            return out;
        }

        // ---- evidence: the titles of persons, the kinds of organizations and places ----

        private void collectEvidence() {
            for (int g = 0; g < groups.size(); g++) {
                Group gr = groups.get(g);
                if (gr.subclass() != null) {
                    kinds.get(g).add(gr.subclass());
                }
                for (Mention m : gr.names()) {
                    Sentence s = sentences.get(m.sentence());
                    int f = local(s, m.start());
                    int l = f;
                    while (l + 1 < s.tokens().size() && s.tokens().get(l + 1).start() < m.end()) {
                        l++;
                    }
                    if (f < 0) {
                        continue;
                    }
                    if (gr.type() == EntityType.PERSON) {
                        titleBefore(s, f, g, m.start());
                    } else {
                        String[] w = Names.norm(NameResolver.clean(m.text())).split(" ");
                        Head h = heads.get(w[w.length - 1]);
                        if (h != null && h.type() == gr.type() && w.length > 1) {
                            kinds.get(g).add(h.kind());
                        }
                        int b = f > 1 && s.tokens().get(f - 1).text().equals(",") ? f - 2 : f - 1;
                        if (b >= 0) {
                            Head before = heads.get(norm(s, b));
                            if (before != null && before.type() == gr.type() && groupAt(s, b) < 0) {
                                kinds.get(g).add(before.kind());   // "carmaker Fiat", "its parent company, EADS"
                                evidence.add(key(s, b));
                            }
                        }
                    }
                    after(s, l, g, gr.type(), m.start());
                }
            }
        }

        /** "Defence Minister Ali Said", "UN Secretary-General Antonio Guterres". */
        private void titleBefore(Sentence s, int f, int g, int offset) {
            for (int a = Math.max(0, f - 4); a < f; a++) {
                String phrase = Names.norm(s.slice(s.tokens().get(a).start(), s.tokens().get(f - 1).end()));
                if (lexicons.isTitle(phrase) && titleClass(phrase) != null) {
                    roles.add(new Role(g, phrase, offset));
                    return;
                }
            }
        }

        /** "X, the defence minister", "X, a carmaker", "X was named defence minister", "X is the capital". */
        private void after(Sentence s, int l, int g, EntityType type, int offset) {
            List<Token> toks = s.tokens();
            int p = l + 1;
            if (p < toks.size() && toks.get(p).text().equals(",")) {
                p++;
            } else {
                int q = p;
                while (q < toks.size() && q < p + 3 && (COPULA.contains(toks.get(q).lemma())
                        || "ADV".equals(toks.get(q).pos()))) {
                    q++;
                }
                if (q == p || !COPULA.contains(toks.get(q - 1).lemma())) {
                    return;
                }
                p = q;
            }
            int np = p;
            while (np < toks.size() && np < p + 4 && ("DET".equals(toks.get(np).pos())
                    || groupAt(s, np) >= 0 || toks.get(np).text().equals("'s") || toks.get(np).text().equals("'"))) {
                np++;   // "the", "Libya's", "Fiat's"
            }
            Np n = np(s, np, type);
            if (n == null) {
                return;
            }
            for (int k = p; k <= n.end(); k++) {
                evidence.add(key(s, k));
            }
            if (type == EntityType.PERSON) {
                String title = title(s, n);
                roles.add(new Role(g, title, offset));
            } else {
                kinds.get(g).add(n.h().kind());
            }
        }

        // ---- descriptions ----

        private void description(Sentence s, int det) {
            List<Token> toks = s.tokens();
            if (evidence.contains(key(s, det))) {
                return;
            }
            if (det > 0 && COPULA.contains(toks.get(det - 1).lemma()) && !toks.get(det - 1).text().equals("as")) {
                return;   // "it remains the largest carmaker": a predicate, not a reference
            }
            Np n = np(s, det + 1, null);
            if (n == null || evidence.contains(key(s, n.head()))) {
                return;
            }
            int next = n.end() + 1;
            if (next < toks.size() && (toks.get(next).text().equalsIgnoreCase("of")
                    || toks.get(next).text().equals(",") && next + 1 < toks.size() && groupAt(s, next + 1) >= 0
                    && groups.get(groupAt(s, next + 1)).type() == n.h().type())) {
                return;   // "the president of ...", "the minister, Ali Said," (the name is right there)
            }
            int start = toks.get(n.from()).start();
            int end = toks.get(n.end()).end();
            Set<Integer> fits = new LinkedHashSet<>();
            double confidence;
            if (n.h().type() == EntityType.PERSON) {
                String title = title(s, n);
                String cls = titleClass(title);
                if (unnamedBefore(s, n.h(), 0, start)) {
                    return;
                }
                for (Role r : roles) {
                    if (r.offset() < start && cls.equals(titleClass(r.title()))
                            && (title.equals(n.h().phrase()) || r.title().endsWith(title))) {
                        fits.add(r.group());
                    }
                }
                confidence = 0.7;
            } else {
                if (unnamedBefore(s, n.h(), WINDOW, start)) {
                    return;
                }
                // tiers: the kind itself or a narrower one ("the company": a carmaker), a broader one ("the
                // carmaker": a company), an unknown kind; the best tier with a fit decides
                List<Set<Integer>> tiers = List.of(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
                for (int g = 0; g < groups.size(); g++) {
                    if (groups.get(g).type() != n.h().type() || !namedIn(g, s.index() - WINDOW, start)) {
                        continue;
                    }
                    if (n.h().type() == EntityType.ORGANIZATION && !demonymsFit(s, n, g)) {
                        continue;   // "the Iraqi security forces" is not the task force named before
                    }
                    Set<String> ks = kinds.get(g);
                    String kind = n.h().kind();
                    if (ks.stream().anyMatch(k -> ancestorOrSelf(kind, k))) {
                        tiers.get(0).add(g);
                    } else if (ks.stream().anyMatch(k -> specific(k) && ancestorOrSelf(k, kind))) {
                        // "the carmaker" for a known company; not "the coalition" for any known "organization"
                        tiers.get(1).add(g);
                    } else if (ks.isEmpty() && n.h().open()) {
                        tiers.get(2).add(g);
                    }
                }
                int tier = 0;
                while (tier < 2 && tiers.get(tier).isEmpty()) {
                    tier++;
                }
                fits = tiers.get(tier);
                confidence = (n.h().type() == EntityType.PLACE ? 0.6 : 0.65) - 0.05 * tier;
            }
            if (fits.size() != 1) {
                return;
            }
            int g = fits.iterator().next();
            out.get(g).add(new Mention(start, end, text.text().substring(start, end), groups.get(g).type(), null,
                    s.index(), Mention.Kind.DESCRIPTION, confidence, "rule:description"));
            place(s.index(), start, g);
        }

        /**
         * "a minister said" (an unnamed holder of the role) before the description, in the article for a person,
         * in the window for an organization or place: "the minister" may be that one.
         */
        private boolean unnamedBefore(Sentence at, Head h, int window, int before) {
            int from = window == 0 ? 0 : Math.max(0, at.index() - window);
            for (int si = from; si <= at.index(); si++) {
                Sentence s = sentences.get(si);
                List<Token> toks = s.tokens();
                for (int i = 0; i < toks.size(); i++) {
                    if (toks.get(i).start() >= before) {
                        break;
                    }
                    if (!INDEFINITE.contains(toks.get(i).text().toLowerCase()) || evidence.contains(key(s, i))) {
                        continue;
                    }
                    Np n = np(s, i + 1, h.type());
                    if (n != null && !evidence.contains(key(s, n.head())) && sameClass(h, n.h())) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean sameClass(Head a, Head b) {
            return a.type() == EntityType.PERSON ? titleClass(a.phrase()).equals(titleClass(b.phrase()))
                    : a.kind().equals(b.kind());
        }

        /** Every nationality word among the modifiers is a word of one of the group's names. */
        private boolean demonymsFit(Sentence s, Np n, int g) {
            for (int k = n.from(); k < n.head(); k++) {
                String w = norm(s, k);
                if (lexicons.demonymCountry(w) != null && groups.get(g).names().stream()
                        .noneMatch(m -> List.of(Names.norm(m.text()).split(" ")).contains(w))) {
                    return false;
                }
            }
            return true;
        }

        private boolean namedIn(int g, int fromSentence, int before) {
            for (Mention m : groups.get(g).names()) {
                if (m.sentence() >= fromSentence && m.start() < before) {
                    return true;
                }
            }
            return false;
        }

        // ---- organization pronouns ----

        private void pronoun(Sentence s, int i, String w) {
            List<Token> toks = s.tokens();
            boolean possessive = w.equals("its") || w.equals("their");
            boolean plural = w.equals("they") || w.equals("their");
            if (possessive ? !nounCue(toks, i + 1) : !verbCue(toks, i)) {
                return;
            }
            int at = toks.get(i).start();
            int g = antecedent(s.index(), at);
            boolean sameSentence = g >= 0;
            if (g < 0 && s.index() > 0 && placed.getOrDefault(s.index(), List.of()).stream()
                    .noneMatch(m -> m[0] < at)) {   // another subject may own "its" ("the US sold its shares")
                g = antecedent(s.index() - 1, Integer.MAX_VALUE);
            }
            if (g < 0 || groups.get(g).type() != EntityType.ORGANIZATION) {
                return;
            }
            if (plural && (kinds.get(g).stream().noneMatch(k -> ancestorOrSelf("ArmedForce", k))
                    || hasPerson(sameSentence ? s.index() : s.index() - 1))) {
                return;
            }
            double confidence = plural ? 0.45 : sameSentence ? 0.6 : 0.55;
            out.get(g).add(new Mention(at, toks.get(i).end(), toks.get(i).text(), EntityType.ORGANIZATION, null,
                    s.index(), Mention.Kind.PRONOUN, confidence, "rule:pronoun-organization"));
        }

        /** "It said", "it has already cut", "they attacked"; not "it is expected" or "for it". */
        private boolean verbCue(List<Token> toks, int i) {
            if (i > 0 && "ADP".equals(toks.get(i - 1).pos())) {
                return false;
            }
            for (int j = i + 1; j < toks.size() && j <= i + 4; j++) {
                Token t = toks.get(j);
                if ("AUX".equals(t.pos()) || "ADV".equals(t.pos()) || "PART".equals(t.pos())) {
                    if (t.lemma().equals("be")) {
                        return false;
                    }
                    continue;
                }
                return "VERB".equals(t.pos()) && verbCues.contains(t.lemma());
            }
            return false;
        }

        private boolean nounCue(List<Token> toks, int j) {
            for (int k = j; k < toks.size() && k <= j + 2; k++) {
                Token t = toks.get(k);
                if ("NOUN".equals(t.pos())) {
                    return nounCues.contains(t.lemma());
                }
                if (!"ADJ".equals(t.pos())) {
                    return false;
                }
            }
            return false;
        }

        /**
         * The group of the sentence's subject (its first mention, before the first verb) when it is the only
         * organization mentioned in the sentence before {@code before}, else -1.
         */
        private int antecedent(int sentence, int before) {
            List<int[]> ms = placed.getOrDefault(sentence, List.of());
            Set<Integer> orgs = new LinkedHashSet<>();
            int first = -1;
            int firstAt = Integer.MAX_VALUE;
            for (int[] m : ms) {
                if (m[0] >= before) {
                    continue;
                }
                if (m[0] < firstAt) {
                    firstAt = m[0];
                    first = m[1];
                }
                if (groups.get(m[1]).type() == EntityType.ORGANIZATION) {
                    orgs.add(m[1]);
                }
            }
            if (orgs.size() != 1 || first != orgs.iterator().next()) {
                return -1;
            }
            for (Token t : sentences.get(sentence).tokens()) {
                if (t.isVerb()) {
                    return firstAt < t.start() ? first : -1;
                }
            }
            return -1;
        }

        private boolean hasPerson(int sentence) {
            return sentence >= 0 && placed.getOrDefault(sentence, List.of()).stream()
                    .anyMatch(m -> groups.get(m[1]).type() == EntityType.PERSON);
        }

        private void place(int sentence, int start, int g) {
            placed.computeIfAbsent(sentence, k -> new ArrayList<>()).add(new int[]{start, g});
        }

        // ---- noun phrases ----

        /**
         * A noun phrase "(modifiers) HEAD" starting at token {@code from}, whose head is a description head (of
         * the given type, or any when null) ending the phrase, with no name among its words; else null.
         */
        private Np np(Sentence s, int from, EntityType type) {
            List<Token> toks = s.tokens();
            for (int k = from; k < toks.size() && k <= from + MAX_MODIFIERS; k++) {
                for (int len = Math.min(maxHeadWords, toks.size() - k); len >= 1; len--) {
                    int e = k + len - 1;
                    Head h = heads.get(Names.norm(s.slice(toks.get(k).start(), toks.get(e).end())));
                    if (h != null && (type == null || h.type() == type) && phraseEnd(toks, e)
                            && noName(s, from, e)) {
                        return new Np(from, k, e, h);
                    }
                }
                Token t = toks.get(k);
                if (!(t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("PROPN")
                        || t.pos().equals("NUM") || t.text().equals("-"))) {
                    return null;
                }
            }
            return null;
        }

        private boolean phraseEnd(List<Token> toks, int e) {
            if (e + 1 >= toks.size()) {
                return true;
            }
            Token n = toks.get(e + 1);
            return !(n.pos().equals("NOUN") || n.pos().equals("PROPN") || n.text().equals("-"))
                    || n.text().equals("'s") || RuleVoters.compassPoints().contains(n.text().toLowerCase());
        }

        private boolean noName(Sentence s, int from, int to) {
            for (int k = from; k <= to; k++) {
                if (groupAt(s, k) >= 0) {
                    return false;
                }
            }
            return true;
        }

        /** The longest title of titles.txt that ends the phrase ("defence minister"), else the head itself. */
        private String title(Sentence s, Np n) {
            for (int a = n.from(); a < n.head(); a++) {
                String phrase = Names.norm(s.slice(s.tokens().get(a).start(), s.tokens().get(n.end()).end()));
                if (lexicons.isTitle(phrase)) {
                    return phrase;
                }
            }
            return n.h().phrase();
        }

        private int groupAt(Sentence s, int k) {
            return groupAt[s.index()][k];
        }

        private int local(Sentence s, int offset) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                if (toks.get(i).start() <= offset && offset < toks.get(i).end()) {
                    return i;
                }
            }
            return -1;
        }

        private String norm(Sentence s, int k) {
            return Names.norm(s.tokens().get(k).text());
        }

        private long key(Sentence s, int k) {
            return ((long) s.index() << 20) | k;
        }
    }

    /** The class of the longest person head that ends a title ("defence minister" -> minister), or null. */
    private String titleClass(String title) {
        String[] w = title.split(" ");
        for (int a = 0; a < w.length; a++) {
            Head h = heads.get(String.join(" ", java.util.Arrays.copyOfRange(w, a, w.length)));
            if (h != null && h.type() == EntityType.PERSON) {
                return h.kind();
            }
        }
        return null;
    }

    /**
     * Whether a kind says more than "an organization": it has a broader kind itself ("company" under
     * "organization"). A root kind fits no narrower description ("the vile organisation ISIL" is no coalition).
     */
    private boolean specific(String kind) {
        String parent = parentOf.get(kind);
        return parent != null && !parent.isEmpty();
    }

    /** {@code ancestor} is {@code kind} or a broader kind of it ("company" of "carmaker"). */
    private boolean ancestorOrSelf(String ancestor, String kind) {
        for (String k = kind; k != null; k = parentOf.get(k)) {
            if (k.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
