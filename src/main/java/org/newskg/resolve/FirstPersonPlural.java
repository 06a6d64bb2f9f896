package org.newskg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * "We", "our", "us" outside quotations: the voice of a text issued by a body (a government's or a command's
 * press release: "The Netherlands condemns the attack. We remain committed to ..."). Called by
 * {@link DescriptionResolver}.
 *
 * <p>The antecedent is the subject of the main clause (a clause not opened by a subordinator such as "as",
 * "while", "where") of this sentence before the pronoun, or of one of the {@value #WINDOW} sentences before it
 * (within this and the previous paragraph), the nearest first, passing over subjects that are "we" themselves or a
 * common noun in the singular. The nearest decisive subject must be one organisation or country. It is unclear,
 * and nothing is resolved, when it is a person (an unquoted speech after "X said:" is X's), "he"/"she"/"they",
 * a plural noun phrase ("Local fighters continue") or a coordination ("The UK, the Coalition and Iraq are
 * committed ... We have" may be all three). The first body found is the text's voice: a later "we" whose nearest
 * subject is a person, a plural or nothing still speaks for it, one whose nearest subject is another body is
 * left unresolved (unclear). Inside quotations "we" is the speaker's and is left to the statement extractor.
 *
 * <pre>
 * // "The Netherlands condemns the bombing. We remain committed to supporting the Afghan government."
 * // -&gt; "We" is a PRONOUN mention of the Netherlands
 * List&lt;List&lt;Mention&gt;&gt; added = new FirstPersonPlural(sentences, groups, groupAt, quoted).resolve();
 * </pre>
 */
final class FirstPersonPlural {

    static final int WINDOW = 3;

    private static final Set<String> FORMS = Set.of("we", "our", "us", "ours");
    /** Words opening a clause that is not a sentence's main clause. */
    private static final Set<String> SUBORDINATORS = Set.of("as", "while", "when", "whenever", "where", "after",
            "before", "if", "unless", "because", "although", "though", "since", "whereas", "once", "until",
            "which", "who", "whose", "that", "so", "whether");
    private static final Set<String> PERSONAL = Set.of("he", "she", "i");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "these", "those");

    /** What the main clause of a sentence has as subject. */
    private enum Kind { ENTITY, FIRST, PERSON, PLURAL, COORDINATION, OTHER, NONE }

    private record Subject(Kind kind, int group) {
        static final Subject NONE = new Subject(Kind.NONE, -1);
    }

    private final List<Sentence> sentences;
    private final List<DescriptionResolver.Group> groups;
    private final int[][] groupAt;
    private final boolean[] quoted;

    /**
     * @param sentences the text's sentences
     * @param groups    the entities being resolved
     * @param groupAt   per sentence and token, the group of the name covering it, or -1
     * @param quoted    per character of the text, whether it is inside a quotation
     */
    FirstPersonPlural(List<Sentence> sentences, List<DescriptionResolver.Group> groups, int[][] groupAt,
                      boolean[] quoted) {
        this.sentences = sentences;
        this.groups = groups;
        this.groupAt = groupAt;
        this.quoted = quoted;
    }

    /** The pronoun mentions found, one list per group (same order as the groups). */
    List<List<Mention>> resolve() {
        List<List<Mention>> out = new ArrayList<>();
        groups.forEach(g -> out.add(new ArrayList<>()));
        int voice = -1;
        boolean first = true;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (!FORMS.contains(t.text().toLowerCase(Locale.ROOT)) || !"PRON".equals(t.pos())
                        && !"DET".equals(t.pos()) || quoted[t.start()]) {
                    continue;
                }
                boolean inclusive = inclusive(s, t.index());
                Subject near = inclusive ? Subject.NONE : antecedent(s, t.index());
                if (first) {
                    // the first "we" of the text says whose voice it is; when it is unclear (a person speaks,
                    // "As I conveyed ... we", nothing before it) no later "we" is resolved
                    first = false;
                    if (near.kind() != Kind.ENTITY) {
                        return out;
                    }
                    voice = near.group();
                }
                // a later "we" keeps the voice, unless another body or a coordination is nearer
                int g = inclusive || near.kind() == Kind.COORDINATION ? -1
                        : near.kind() == Kind.ENTITY && near.group() != voice ? -1 : voice;
                if (g >= 0) {
                    out.get(g).add(new Mention(t.start(), t.end(), t.text(), groups.get(g).type(), null, s.index(),
                            Mention.Kind.PRONOUN, 0.5, "rule:pronoun-first-plural"));
                }
            }
        }
        return out;
    }

    /**
     * "our two countries", "we must all act", "we both", "as we strive together": a "we" that takes in the one
     * addressed or everyone, not the voice alone.
     */
    private static boolean inclusive(Sentence s, int i) {
        List<Token> toks = s.tokens();
        if (i + 1 < toks.size()) {
            Token n = toks.get(i + 1);
            String w = n.text().toLowerCase(Locale.ROOT);
            if ("NUM".equals(n.pos()) || w.equals("both") || w.equals("all") || w.equals("together")) {
                return true;
            }
        }
        for (int k = i + 1; k < toks.size() && k <= i + 5; k++) {
            String w = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (w.equals(",") || w.equals(";") || w.equals(".")) {
                break;
            }
            if (w.equals("together") || w.equals("all") && "AUX".equals(toks.get(k - 1).pos())) {
                return true;
            }
        }
        return false;
    }

    /** The nearest decisive main-clause subject before token {@code at} of sentence {@code s}. */
    private Subject antecedent(Sentence s, int at) {
        Subject here = mainSubject(s, at);
        if (here.kind() == Kind.ENTITY && predicative(s, at)) {
            return new Subject(Kind.OTHER, -1);   // "France is one of our partners": not France's
        }
        if (decisive(here)) {
            return here;
        }
        int comma = firstComma(s);
        if (here.kind() == Kind.NONE && !s.tokens().isEmpty() && comma > at
                && SUBORDINATORS.contains(s.tokens().get(0).text().toLowerCase(Locale.ROOT))) {
            // "As we have made clear, the United States supports ...": the main clause after the fronted one
            Subject main = mainSubject(s, s.tokens().size());
            if (decisive(main)) {
                return main;
            }
        }
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - WINDOW; k--) {
            Sentence p = sentences.get(k);
            if (p.paragraph() < s.paragraph() - 1) {
                break;
            }
            Subject sub = mainSubject(p, p.tokens().size());
            if (decisive(sub)) {
                return sub;
            }
        }
        return Subject.NONE;
    }

    private static int firstComma(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.text().equals(",")) {
                return t.index();
            }
        }
        return -1;
    }

    /** A form of "be" as the main verb before token {@code at}: "we/our" is in what the subject is said to be. */
    private static boolean predicative(Sentence s, int at) {
        List<Token> toks = s.tokens();
        for (int k = 0; k < at; k++) {
            Token t = toks.get(k);
            if (t.isVerb()) {
                if (!"be".equals(t.lemma())) {
                    return false;
                }
                int q = k + 1;
                while (q < at && "ADV".equals(toks.get(q).pos())) {
                    q++;
                }
                return !toks.get(q).isVerb();
            }
        }
        return false;
    }

    private static boolean decisive(Subject s) {
        return s.kind() != Kind.NONE && s.kind() != Kind.FIRST;
    }

    /**
     * The subject of the first main clause of the sentence that starts before token {@code before}: clauses open
     * at the start, after a comma, semicolon or colon and after "and"/"but"; one opened by a subordinator is
     * passed over, and so is an opening not followed by a subject and its verb ("Last week, we ...").
     */
    private Subject mainSubject(Sentence s, int before) {
        List<Token> toks = s.tokens();
        for (int i = 0; i < before && i < toks.size(); i++) {
            boolean opening = i == 0 || isBreak(toks.get(i - 1));
            if (!opening || quoted[toks.get(i).start()]) {
                continue;
            }
            if (SUBORDINATORS.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Subject sub = subjectAt(s, i, before);
            if (sub.kind() != Kind.NONE) {
                return sub;
            }
        }
        return Subject.NONE;
    }

    private static boolean isBreak(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("and") || w.equals("but");
    }

    /** The subject starting at token {@code i} when a verb follows it, else NONE. */
    private Subject subjectAt(Sentence s, int i, int before) {
        List<Token> toks = s.tokens();
        String w = toks.get(i).text().toLowerCase(Locale.ROOT);
        if ("PRON".equals(toks.get(i).pos()) || PLURAL_PRONOUNS.contains(w)) {
            if (!verbAfter(toks, i + 1, before)) {
                return Subject.NONE;
            }
            return w.equals("we") ? new Subject(Kind.FIRST, -1)
                    : PERSONAL.contains(w) ? new Subject(Kind.PERSON, -1)
                    : PLURAL_PRONOUNS.contains(w) ? new Subject(Kind.PLURAL, -1) : Subject.NONE;
        }
        int k = i;
        while (k < toks.size() && "DET".equals(toks.get(k).pos()) && group(s, k) < 0) {
            k++;
        }
        int g = group(s, k);
        if (g >= 0) {
            int e = k;
            while (e + 1 < toks.size() && group(s, e + 1) == g) {
                e++;
            }
            if (e + 1 < toks.size() && (toks.get(e + 1).text().equals("'s") || toks.get(e + 1).text().equals("'")
                    || toks.get(e + 1).text().equals("\u2019s"))) {
                return Subject.NONE;   // "X's forces took": X is no subject
            }
            if (coordinated(s, e + 1, before)) {
                return new Subject(Kind.COORDINATION, -1);
            }
            if (!verbAfter(toks, e + 1, before) && !nounForVerb(toks, e + 1, before)) {
                return Subject.NONE;
            }
            EntityType type = groups.get(g).type();
            return new Subject(type == EntityType.PERSON ? Kind.PERSON : Kind.ENTITY, g);
        }
        // a common noun phrase: "These atrocities show", "Local fighters continue"
        int e = k;
        while (e < toks.size() && e < k + 5 && group(s, e) < 0 && ("ADJ".equals(toks.get(e).pos())
                || "NOUN".equals(toks.get(e).pos()) || "PROPN".equals(toks.get(e).pos())
                || "NUM".equals(toks.get(e).pos()))) {
            e++;
        }
        if (e == k || !verbAfter(toks, e, before)) {
            return Subject.NONE;
        }
        Token head = toks.get(e - 1);
        String h = head.text().toLowerCase(Locale.ROOT);
        // "Local fighters continue", "Syrians face" (a people's name is no entity)
        boolean plural = h.endsWith("s") && !h.endsWith("ss") && (head.lemma() != null && !head.lemma().equalsIgnoreCase(head.text())
                || "PROPN".equals(head.pos()));
        // "This resolution gives us": a thing or a body the text does not name may be what "we" is about
        return new Subject(plural ? Kind.PLURAL : Kind.OTHER, -1);
    }

    /** "X, Y and Z are", "X and Y have": another name joined to the subject before its verb. */
    private boolean coordinated(Sentence s, int from, int before) {
        List<Token> toks = s.tokens();
        if (from >= toks.size() || !(toks.get(from).text().equals(",") || toks.get(from).text().equals("and"))) {
            return false;
        }
        for (int k = from; k < toks.size() && k < from + 8; k++) {
            Token t = toks.get(k);
            if (t.isVerb() && group(s, k) < 0) {
                return false;
            }
            if (t.text().equalsIgnoreCase("and") && k + 1 < toks.size()) {
                int j = k + 1;
                while (j < toks.size() && "DET".equals(toks.get(j).pos())) {
                    j++;
                }
                while (j < toks.size() && "ADJ".equals(toks.get(j).pos()) && group(s, j) < 0) {
                    j++;
                }
                return j < toks.size() && (group(s, j) >= 0 || "NOUN".equals(toks.get(j).pos())
                        || "PROPN".equals(toks.get(j).pos()));
            }
        }
        return false;
    }

    /**
     * A present-tense verb the tagger read as a noun right after a name ("The Coalition complies/NOUN with"): a
     * lower-case noun in -s followed by a preposition, determiner or adverb.
     */
    private static boolean nounForVerb(List<Token> toks, int k, int before) {
        if (k + 1 >= toks.size() || k >= before) {
            return false;
        }
        Token t = toks.get(k);
        String next = toks.get(k + 1).pos();
        return "NOUN".equals(t.pos()) && !t.isCapitalized() && t.text().endsWith("s") && !t.text().endsWith("ss")
                && ("ADP".equals(next) || "DET".equals(next) || "ADV".equals(next));
    }

    /** A verb (or auxiliary) right after {@code k}, past adverbs and particles, before token {@code before}. */
    private static boolean verbAfter(List<Token> toks, int k, int before) {
        int j = k;
        while (j < toks.size() && j < k + 3 && ("ADV".equals(toks.get(j).pos()) || "PART".equals(toks.get(j).pos()))) {
            j++;
        }
        return j < toks.size() && toks.get(j).isVerb() && j <= before;
    }

    private int group(Sentence s, int k) {
        return k >= 0 && k < groupAt[s.index()].length ? groupAt[s.index()][k] : -1;
    }
}
