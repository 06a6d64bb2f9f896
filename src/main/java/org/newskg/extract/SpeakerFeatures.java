package org.newskg.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * The candidate speakers of a quotation and the general evidence for each, as features of the speaker ranker
 * ({@link MaxentSpeakerRanker}). Candidates: the persons and organisations with a mention (name, or a pronoun or
 * description the resolver linked) in the quotation's sentences, the sentence before and after, or the
 * paragraph, and the rules' own speakers. Features never hold the words of a name: type, position, distance,
 * speech verbs and their lemma, the construction linking mention and verb, the rules' choice and rule.
 *
 * <pre>
 * List&lt;SpeakerFeatures.Candidate&gt; cs = SpeakerFeatures.candidates(resolved, statement, previousDirect, all);
 * String[] f = cs.get(0).features();
 * </pre>
 *
 * <p>Changing a feature changes what a trained model means: retrain ({@code newskg train-speakers}) after.
 */
public final class SpeakerFeatures {

    private static final Set<String> NOMINAL = Set.of("DET", "ADJ", "NOUN", "PROPN", "NUM");

    private SpeakerFeatures() {
    }

    /**
     * One candidate speaker of a quotation.
     *
     * @param entity   the candidate
     * @param mention  its mention nearest to the quotation in the window, or null (a rules' speaker named farther)
     * @param features its features, in a fixed order
     */
    public record Candidate(Entity entity, Mention mention, String[] features) {
    }

    /**
     * The candidates of a direct statement, in text order of their nearest mention (the rules' speakers with no
     * mention in the window last).
     *
     * @param text     the article's sentences and entities
     * @param s        the statement
     * @param previous the direct statement before it in the text, or null
     * @param all      every statement of the article (to know which mentions lie inside other quotations)
     */
    public static List<Candidate> candidates(ResolvedText text, Statement s, Statement previous,
                                             List<Statement> all) {
        List<Sentence> sentences = text.analyzed().sentences();
        int qs = sentenceOf(sentences, s.start());
        int qe = sentenceOf(sentences, Math.max(s.start(), s.end() - 1));
        int para = sentences.get(qs).paragraph();
        int paraEnd = sentences.get(qe).paragraph();
        Map<Entity, Mention> nearest = new IdentityHashMap<>();
        Map<Entity, Integer> windowCount = new IdentityHashMap<>();
        List<Mention> window = new ArrayList<>();
        for (Mention m : text.mentions()) {
            if (m.type() == EntityType.PLACE || m.sentence() < 0 || m.sentence() >= sentences.size()) {
                continue;
            }
            Sentence ms = sentences.get(m.sentence());
            boolean near = m.sentence() >= qs - 1 && m.sentence() <= qe + 1
                    || ms.paragraph() >= para && ms.paragraph() <= paraEnd;
            Entity e = text.entityOf(m);
            if (!near || e == null || e.type() == EntityType.PLACE) {
                continue;
            }
            window.add(m);
            windowCount.merge(e, 1, Integer::sum);
            Mention best = nearest.get(e);
            if (best == null || distance(m, s) < distance(best, s)) {
                nearest.put(e, m);
            }
        }
        Map<Entity, Mention> cands = new LinkedHashMap<>();
        window.stream().filter(m -> nearest.get(text.entityOf(m)) == m)
                .forEach(m -> cands.put(text.entityOf(m), m));
        for (Entity e : s.speakers()) {
            Entity own = cands.keySet().stream().filter(c -> c.key().equals(e.key())).findFirst().orElse(null);
            if (own == null) {
                cands.put(e, null);
            }
        }
        Tokens toks = new Tokens(sentences);
        // the last person named before the quotation and the first after it
        Entity lastBefore = null;
        Entity firstAfter = null;
        Entity lastOrgBefore = null;
        for (Mention m : window) {
            Entity e = text.entityOf(m);
            if (m.end() <= s.start()) {
                if (e.type() == EntityType.PERSON) {
                    lastBefore = e;
                } else {
                    lastOrgBefore = e;
                }
            }
            if (m.start() >= s.end() && firstAfter == null && e.type() == EntityType.PERSON) {
                firstAfter = e;
            }
        }
        Entity salient = text.entities().stream().filter(e -> e.type() == EntityType.PERSON)
                .max((a, b) -> Integer.compare(a.mentions().size(), b.mentions().size())).orElse(null);
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<Entity, Mention> c : cands.entrySet()) {
            Entity e = c.getKey();
            Mention m = c.getValue();
            boolean rules = s.speakers().stream().anyMatch(r -> r.key().equals(e.key()));
            boolean prev = previous != null && previous.speakers().stream().anyMatch(r -> r.key().equals(e.key()));
            List<String> f = new ArrayList<>();
            String type = e.type().name();
            f.add("type=" + type);
            f.add("sub=" + (e.subclass() == null ? "-" : e.subclass()));
            f.add("rules=" + rules);
            f.add("rules=" + rules + "|type=" + type);
            f.add("rule=" + rulePrefix(s.rule()) + "|" + rules);
            f.add("rules-n=" + Math.min(2, s.speakers().size()) + "|" + rules);
            f.add("prev-speaker=" + prev);
            f.add("prev-speaker=" + prev + "|rules=" + rules);
            f.add("qlen=" + bin(words(s.text()), 3, 10, 25));
            f.add("salient=" + (e == salient));
            f.add("mentions=" + bin(e.mentions().size(), 1, 2, 5));
            f.add("win-mentions=" + bin(windowCount.getOrDefault(e, 0), 0, 1, 3));
            boolean opensPara = opensParagraph(sentences, qs, s);
            f.add("quote-opens-para=" + opensPara + "|prev=" + prev);
            if (m == null) {
                f.add("no-window-mention");
                f.add("no-window-mention|rules=" + rules);
                out.add(new Candidate(e, null, f.toArray(String[]::new)));
                continue;
            }
            String pos = m.end() <= s.start() ? "before" : m.start() >= s.end() ? "after" : "inside";
            int ms = m.sentence();
            int sd = ms < qs ? qs - ms : ms > qe ? ms - qe : 0;
            f.add("kind=" + m.kind());
            f.add("kind=" + m.kind() + "|type=" + type);
            f.add("pos=" + pos);
            f.add("pos=" + pos + "|sd=" + Math.min(sd, 2));
            f.add("pos=" + pos + "|type=" + type);
            f.add("pos=" + pos + "|rules=" + rules);
            f.add("same-para=" + (sentences.get(ms).paragraph() >= para && sentences.get(ms).paragraph() <= paraEnd));
            f.add("last-person-before=" + (e == lastBefore));
            f.add("first-person-after=" + (e == firstAfter));
            f.add("last-org-before=" + (e == lastOrgBefore));
            f.add("in-other-quote=" + insideOther(m, s, all));
            int mFrom = toks.first(m.start());
            int mTo = toks.last(m.end() - 1) + 1;
            int qFrom = toks.first(s.start());
            int qTo = toks.last(s.end() - 1) + 1;
            int gap = "before".equals(pos) ? qFrom - mTo : "after".equals(pos) ? mFrom - qTo : 0;
            f.add("tokdist=" + bin(gap, 1, 3, 6, 12, 25));
            f.add("tokdist=" + bin(gap, 1, 3, 6, 12, 25) + "|pos=" + pos);
            // a speech verb between the mention and the quotation, in the mention's sentence
            String between = null;
            int from = "before".equals(pos) ? mTo : qTo;
            int to = "before".equals(pos) ? qFrom : mFrom;
            for (int k = from; k < to && k - from < 15 && between == null; k++) {
                between = verbLemma(toks, k);
            }
            f.add("verb-between=" + (between != null));
            f.add("verb-between=" + (between != null) + "|pos=" + pos);
            if (between != null) {
                f.add("verb-between-lemma=" + between);
            }
            // the construction tying the mention to a speech verb
            String link = link(toks, mFrom, mTo);
            f.add("link=" + link);
            f.add("link=" + link + "|pos=" + pos);
            f.add("link=" + link + "|type=" + type);
            f.add("link=" + link + "|rules=" + rules);
            Token prevTok = mFrom > 0 ? toks.at(mFrom - 1) : null;
            boolean title = prevTok != null && "NOUN".equals(prevTok.pos())
                    && toks.sentence(mFrom - 1) == toks.sentence(mFrom);
            f.add("title-before=" + title);
            f.add("prev-tag=" + (prevTok == null || toks.sentence(mFrom - 1) != toks.sentence(mFrom) ? "^"
                    : prevTok.pos()));
            f.add("next-tag=" + (mTo < toks.size() && toks.sentence(mTo) == toks.sentence(mTo - 1)
                    ? toks.at(mTo).pos() : "$"));
            out.add(new Candidate(e, m, f.toArray(String[]::new)));
        }
        return out;
    }

    /**
     * The features without those that tell the rules' choice or rule: the evidence alone, so that the model judges
     * the candidates by the text rather than learn to repeat the rules (which the development texts were written
     * against).
     */
    public static String[] withoutRules(String[] features) {
        return java.util.Arrays.stream(features).filter(f -> !f.startsWith("rule") && !f.contains("|rules="))
                .toArray(String[]::new);
    }

    /** The rule's name without its detail: "quote:said-before" stays, "quote:continued+x" gives "quote:continued". */
    static String rulePrefix(String rule) {
        if (rule == null) {
            return "-";
        }
        int plus = rule.indexOf('+');
        return plus < 0 ? rule : rule.substring(0, plus);
    }

    /**
     * How the mention is tied to a speech verb in its sentence: "subject" (X said, X, who ..., said), "object"
     * (said X, said the minister X), "according" (according to X), "by" (was told by X), or "none".
     */
    private static String link(Tokens toks, int mFrom, int mTo) {
        int sent = toks.sentence(mFrom);
        if (mFrom >= 2 && toks.lower(mFrom - 2).equals("according") && toks.lower(mFrom - 1).equals("to")
                || mFrom >= 3 && toks.lower(mFrom - 3).equals("according") && toks.lower(mFrom - 2).equals("to")
                && "DET".equals(toks.at(mFrom - 1).pos())) {
            return "according";
        }
        // object: a speech verb before, only title words between
        for (int k = mFrom - 1; k >= 0 && k >= mFrom - 6 && toks.sentence(k) == sent; k--) {
            String lemma = verbLemma(toks, k);
            if (lemma != null) {
                return "object";
            }
            if (toks.lower(k).equals("by")) {
                return k > 0 && verbLemma(toks, k - 1) != null ? "by" : "none";
            }
            if (!NOMINAL.contains(toks.at(k).pos()) && !toks.lower(k).equals(",")) {
                break;
            }
        }
        // subject: a speech verb after, nothing but a nominal, a comma clause or an adverb between
        int commas = 0;
        for (int k = mTo; k < toks.size() && k < mTo + 12 && toks.sentence(k) == sent; k++) {
            if (verbLemma(toks, k) != null) {
                return commas == 0 && k - mTo <= 2 ? "subject" : "subject-far";
            }
            String w = toks.lower(k);
            if (w.equals(",")) {
                commas++;
                continue;
            }
            if (isQuoteMark(w)) {
                break;
            }
            if (commas == 0 && toks.at(k).isVerb() && !"AUX".equals(toks.at(k).pos())) {
                break;
            }
        }
        return "none";
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("''") || w.equals("``");
    }

    private static String verbLemma(Tokens toks, int k) {
        SpeechLexicon.Match<SpeechLexicon.Verb> v = SpeechLexicon.standard().verbAt(toks.sentenceTokens(k),
                toks.local(k));
        return v != null && v.entry().attributes() ? v.entry().lemma() : null;
    }

    private static boolean insideOther(Mention m, Statement s, List<Statement> all) {
        for (Statement o : all) {
            if (o != s && o.direct() && o.start() <= m.start() && m.end() <= o.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensParagraph(List<Sentence> sentences, int qs, Statement s) {
        Sentence first = sentences.get(qs);
        boolean firstOfPara = qs == 0 || sentences.get(qs - 1).paragraph() != first.paragraph();
        return firstOfPara && s.start() - first.start() <= 2;
    }

    private static int distance(Mention m, Statement s) {
        if (m.end() <= s.start()) {
            return s.start() - m.end();
        }
        if (m.start() >= s.end()) {
            return m.start() - s.end();
        }
        return 1_000_000; // inside the quotation: the last resort
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (int i = 0; i < sentences.size(); i++) {
            if (offset < sentences.get(i).end()) {
                return i;
            }
        }
        return sentences.size() - 1;
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static String bin(int n, int... bounds) {
        for (int b : bounds) {
            if (n <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    /** The article's tokens in one sequence, with their sentence. */
    private static final class Tokens {
        private final List<Token> all = new ArrayList<>();
        private final List<Integer> sentenceOf = new ArrayList<>();
        private final List<Sentence> sentences;

        Tokens(List<Sentence> sentences) {
            this.sentences = sentences;
            for (int i = 0; i < sentences.size(); i++) {
                for (Token t : sentences.get(i).tokens()) {
                    all.add(t);
                    sentenceOf.add(i);
                }
            }
        }

        int size() {
            return all.size();
        }

        Token at(int k) {
            return all.get(k);
        }

        String lower(int k) {
            return all.get(k).text().toLowerCase(Locale.ROOT);
        }

        int sentence(int k) {
            return sentenceOf.get(k);
        }

        List<Token> sentenceTokens(int k) {
            return sentences.get(sentenceOf.get(k)).tokens();
        }

        int local(int k) {
            return all.get(k).index();
        }

        /** The first token ending after {@code offset}. */
        int first(int offset) {
            int lo = 0;
            int hi = all.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (all.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return Math.min(lo, Math.max(0, all.size() - 1));
        }

        /** The last token starting at or before {@code offset}. */
        int last(int offset) {
            int k = first(offset);
            while (k > 0 && all.get(k).start() > offset) {
                k--;
            }
            return k;
        }
    }
}
