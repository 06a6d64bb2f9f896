package org.newskg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a name looks like, as features for {@link NameShapeVoter}'s classifier: the name alone, no context. Per
 * word, lower-cased and stripped of accents: character n-grams of 2 to 4 letters of {@code ^word$}, the n-grams
 * at the word's start or end also with the word's place in the name (only, first, middle, last: "ov$" of a last
 * word, "^al" of a first); the whole word only when it is short ("of", "bin", "de", "van"), so that the model
 * learns shapes (surname endings, place endings, organisation words) rather than memorising long names; a
 * particle glued by a hyphen or apostrophe ("al-", "d'"); the word count; the capitalisation shape.
 *
 * <pre>
 * String[] f = NameShapeFeatures.features("Borislav Kadunov");
 * // n=2, s=Xx_Xx, g=^bo, ..., L$=ov$, L$=nov$, F^=^bo, ...
 * </pre>
 *
 * <p>Thread-safe: no state.
 */
public final class NameShapeFeatures {

    /** Longest word whose identity is a feature: "of", "bin", "van", "abu", "san", "bay". */
    public static final int SHORT_WORD = 3;
    /** Particles written glued to the next word ("al-Assad", "d'Estaing", "O'Neill", "bin-Laden"). */
    private static final Pattern GLUED = Pattern.compile("^([\\p{L}]{1,3})[-'\u2019](\\p{L}.*)$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Glued particles kept as such; a longer prefix before a hyphen is a word of its own ("Abdel-Aziz"). */
    private static final Set<String> PARTICLES = Set.of("al", "el", "ad", "as", "an", "ar", "at", "az", "ash", "ul",
            "d", "l", "o", "mc", "bin", "ibn", "abu", "abd", "ben", "ba", "da", "de", "di", "du", "la", "le");

    private NameShapeFeatures() {
    }

    /** The features of a name as written ("Raila Odinga", "al-Shabaab", "Ougadabad"). */
    public static String[] features(String name) {
        List<String> words = new ArrayList<>();
        List<String> shapes = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String raw : name.strip().split("[\\s\u00A0]+")) {
            if (raw.isEmpty()) {
                continue;
            }
            String w = raw;
            var m = GLUED.matcher(w);
            if (m.matches() && PARTICLES.contains(fold(m.group(1)))) {
                out.add("part=" + fold(m.group(1)) + "-");
                w = m.group(2);
            }
            // "Abdel-Aziz", "Baden-Baden": the parts of a hyphenated word are words of the name
            for (String part : w.split("-")) {
                String core = part.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
                if (!core.isEmpty()) {
                    words.add(fold(core));
                    shapes.add(shape(core));
                }
            }
        }
        int n = words.size();
        out.add("n=" + Math.min(n, 5));
        out.add("s=" + String.join("_", shapes.subList(0, Math.min(n, 4))));
        for (int i = 0; i < n; i++) {
            String w = words.get(i);
            String pos = n == 1 ? "O" : i == 0 ? "F" : i == n - 1 ? "L" : "M";
            out.add(pos + "s=" + shapes.get(i));
            if (w.length() <= SHORT_WORD) {
                out.add("w=" + w);
                out.add(pos + "w=" + w);
            }
            String b = "^" + w + "$";
            for (int len = 2; len <= 4; len++) {
                for (int k = 0; k + len <= b.length(); k++) {
                    String g = b.substring(k, k + len);
                    out.add("g=" + g);
                    if (k == 0) {
                        out.add(pos + "^=" + g);
                    }
                    if (k + len == b.length()) {
                        out.add(pos + "$=" + g);
                    }
                }
            }
        }
        return out.toArray(new String[0]);
    }

    /** Lower case without accents: "Ćosić" and "Cosic" look alike. */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** "Xx" capitalised, "X" one capital, "XX" all capitals, "x" lower case, "XxX" inner capital, "d" with digits. */
    static String shape(String w) {
        boolean digit = false;
        int upper = 0;
        int lower = 0;
        boolean innerUpper = false;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (Character.isDigit(ch)) {
                digit = true;
            } else if (Character.isUpperCase(ch)) {
                upper++;
                innerUpper |= i > 0 && lower > 0;
            } else if (Character.isLowerCase(ch)) {
                lower++;
            }
        }
        if (digit) {
            return "d";
        }
        if (lower == 0) {
            return upper == 1 ? "X" : "XX";
        }
        if (upper == 0) {
            return "x";
        }
        return innerUpper ? "XxX" : "Xx";
    }
}
