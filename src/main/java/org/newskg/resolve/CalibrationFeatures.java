package org.newskg.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.newskg.extract.Mention;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * The evidence and shape features of a resolved entity that {@link MaxentEntityCalibrator} weighs: what found its
 * mentions, how often and where it is named, what its name looks like. Never the identity of a name: its first and
 * last word appear lower-cased only when they are common English words or words of the cue and head-word
 * lexicons ("ministry", "river", "party"), else as their shape ("Xx", "XX", "X.X."); the words right before and
 * after its mentions only when they are common words or punctuation ("in", "said", ","). So what is learnt
 * carries over to names never seen, and a head or context word can argue for another type.
 *
 * <pre>
 * List&lt;String&gt; f = CalibrationFeatures.of(entity, analyzed);
 * // [bias, type=ORGANIZATION, ORGANIZATION|src=rule:propn-chunk, ORGANIZATION|only=rule:propn-chunk, ...]
 * </pre>
 *
 * <p>Changing a feature changes what a trained model means: retrain ({@code newskg train-calibration}) after.
 */
public final class CalibrationFeatures {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]");

    private CalibrationFeatures() {
    }

    /** The features of one entity of a text, in a fixed order. */
    public static List<String> of(Entity e, AnalyzedText text) {
        String t = e.type().name();
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("type=" + t);
        f.add(t + "|sub=" + (e.subclass() == null ? "none" : "some"));
        f.add("linked=" + (e.wikidata() != null));
        f.add(t + "|linked=" + (e.wikidata() != null));

        List<Mention> names = e.mentions().stream().filter(Mention::isName).toList();
        f.add(t + "|names=" + bin(names.size(), 1, 2, 3, 5));
        Set<String> forms = new TreeSet<>();
        names.forEach(m -> forms.add(m.text().toLowerCase(Locale.ROOT)));
        f.add("forms=" + bin(forms.size(), 1, 2, 3));
        f.add("pronoun=" + e.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.PRONOUN));
        f.add("description=" + e.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.DESCRIPTION));

        String name = e.name();
        String[] words = SPACES.split(name.strip());
        f.add(t + "|words=" + bin(words.length, 1, 2, 3, 4));
        if (name.chars().anyMatch(Character::isLetter) && name.chars().filter(Character::isLetter)
                .allMatch(Character::isUpperCase)) {
            f.add(t + "|allcaps");
        }
        if (name.chars().anyMatch(Character::isDigit)) {
            f.add("digits");
        }
        f.add(t + "|common=" + commonShare(words));

        // sources: "gazetteer:countries+model:ner+context:word", each component with the type
        Set<String> sources = new TreeSet<>();
        for (Mention m : names) {
            for (String s : m.source().split("\\+")) {
                if (!s.isBlank()) {
                    sources.add(s.strip());
                }
            }
        }
        Set<String> kinds = new TreeSet<>();
        for (String s : sources) {
            f.add(t + "|src=" + s);
            int colon = s.indexOf(':');
            kinds.add(colon > 0 ? s.substring(0, colon) : s);
        }
        if (sources.size() == 1) {
            f.add(t + "|only=" + sources.iterator().next());
        }
        f.add(t + "|kinds=" + bin(kinds.size(), 0, 1, 2, 3));
        kinds.forEach(k -> f.add(t + "|kind=" + k));
        if (kinds.size() == 1) {
            f.add(t + "|onlykind=" + kinds.iterator().next());
        }

        f.add("conf=" + confBin(e.confidence()));
        f.add(t + "|conf=" + confBin(e.confidence()));
        double meanConf = names.stream().mapToDouble(Mention::confidence).average().orElse(e.confidence());
        f.add(t + "|meanconf=" + confBin(meanConf));

        if (!names.isEmpty()) {
            boolean headlineOnly = true;
            boolean startsOnly = true;
            int propn = 0;
            int tokens = 0;
            for (Mention m : names) {
                Sentence s = sentence(text, m);
                if (s == null) {
                    headlineOnly = false;
                    startsOnly = false;
                    continue;
                }
                headlineOnly &= s.paragraph() == 0;
                List<Token> in = s.tokensIn(m.start(), m.end());
                startsOnly &= !in.isEmpty() && in.get(0).index() == 0;
                for (Token k : in) {
                    tokens++;
                    if (k.isProperNoun()) {
                        propn++;
                    }
                }
            }
            if (headlineOnly) {
                f.add("headline-only");
            }
            if (startsOnly) {
                f.add(t + "|sentence-start-only");
            }
            f.add(t + "|propn=" + (tokens == 0 ? "none" : propn == tokens ? "all" : propn == 0 ? "none"
                    : propn * 2 >= tokens ? "most" : "few"));
            int first = names.get(0).start();
            f.add("first=" + (text.text().isEmpty() ? "0" : String.valueOf(Math.min(3, 4 * first
                    / Math.max(1, text.text().length())))));
        }
        f.add("aliases=" + bin(e.aliases().size(), 0, 1, 2));
        addWords(f, words, names, text);
        return f;
    }

    /** How many distinct context words (before and after the mentions) an entity contributes at most. */
    static final int MAX_CONTEXT = 16;

    /**
     * The name's last and first word (a lexicon word or a shape), its head word's type in the head-word lexicon,
     * and the bag of general words right before and after its name mentions.
     */
    private static void addWords(List<String> f, String[] words, List<Mention> names, AnalyzedText text) {
        Lexicons lex = Lexicons.standard();
        f.add("lastword=" + word(words[words.length - 1], lex));
        f.add("firstword=" + word(words[0], lex));
        Lexicons.Head head = lex.head(norm(words[words.length - 1]));
        if (head != null) {
            f.add("headtype=" + head.type());
        }
        Set<String> context = new LinkedHashSet<>();
        for (Mention m : names) {
            Sentence s = sentence(text, m);
            if (s == null) {
                continue;
            }
            List<Token> in = s.tokensIn(m.start(), m.end());
            if (in.isEmpty()) {
                continue;
            }
            int a = in.get(0).index();
            int b = in.get(in.size() - 1).index();
            List<Token> all = s.tokens();
            String before = a == 0 ? "<s>" : a - 1 < all.size() ? contextWord(all.get(a - 1).text(), lex) : null;
            String after = b + 1 < all.size() ? contextWord(all.get(b + 1).text(), lex) : null;
            if (before != null && context.size() < MAX_CONTEXT) {
                context.add("prev=" + before);
            }
            if (after != null && context.size() < MAX_CONTEXT) {
                context.add("next=" + after);
            }
        }
        f.addAll(context);
    }

    /** A word of a name as a feature: lower-cased when general (common or a lexicon word), else its shape. */
    static String word(String w, Lexicons lex) {
        String n = norm(w);
        return !n.isEmpty() && isGeneral(n, lex) ? n : shape(w);
    }

    /** A context word as a feature when general (common, lexicon word or punctuation), else null. */
    static String contextWord(String w, Lexicons lex) {
        String lower = w.toLowerCase(Locale.ROOT);
        if (!lower.isEmpty() && lower.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return lower.length() > 3 ? lower.substring(0, 3) : lower;
        }
        if (lower.equals("'s") || lower.equals("\u2019s")) {
            return "'s";
        }
        String n = norm(w);
        return !n.isEmpty() && isGeneral(n, lex) ? n : null;
    }

    private static boolean isGeneral(String n, Lexicons lex) {
        return lex.isCommonWord(n) || lex.head(n) != null || lex.isTitle(n) || !lex.before(n).isEmpty()
                || !lex.after(n).isEmpty() || !lex.role(n).isEmpty() || !lex.apposition(n).isEmpty()
                || lex.isPlacePrefix(n) || lex.isOrganizationPrefix(n) || lex.isLegalSuffix(n);
    }

    private static String norm(String w) {
        return NOT_WORD.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** "Xx", "XX", "X.X.", "Xx-Xx", "d": upper, lower and digit runs collapsed, other characters kept. */
    static String shape(String w) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != last || !(k == 'X' || k == 'x' || k == 'd')) {
                b.append(k);
            }
            last = k;
        }
        return b.length() > 8 ? b.substring(0, 8) : b.toString();
    }

    /** Share of the name's words that are common English words, binned (none / some / most / all). */
    private static String commonShare(String[] words) {
        int letters = 0;
        int common = 0;
        Lexicons lex = Lexicons.standard();
        for (String w : words) {
            String n = NOT_WORD.matcher(w.toLowerCase(Locale.ROOT)).replaceAll("");
            if (n.isEmpty() || !n.chars().allMatch(Character::isLetter)) {
                continue;
            }
            letters++;
            if (lex.isCommonWord(n)) {
                common++;
            }
        }
        if (letters == 0 || common == 0) {
            return "none";
        }
        return common == letters ? "all" : common * 2 >= letters ? "most" : "some";
    }

    private static Sentence sentence(AnalyzedText text, Mention m) {
        List<Sentence> ss = text.sentences();
        if (m.sentence() >= 0 && m.sentence() < ss.size() && ss.get(m.sentence()).index() == m.sentence()) {
            return ss.get(m.sentence());
        }
        return text.sentenceAt(m.start()).orElse(null);
    }

    /** The bin of n: the largest bound not above it ("5+" for the last), or "0" below the first. */
    private static String bin(int n, int... bounds) {
        String b = "0";
        for (int i = 0; i < bounds.length; i++) {
            if (n >= bounds[i]) {
                b = i == bounds.length - 1 ? bounds[i] + "+" : String.valueOf(bounds[i]);
            }
        }
        return b;
    }

    /** Confidence in tenths: 0.35 is "0.3". */
    private static String confBin(double c) {
        return String.format(Locale.ROOT, "%.1f", Math.min(0.9, Math.floor(c * 10 + 1e-9) / 10));
    }
}
