package org.newskg.extract.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalisation of names for lookups: case, accents, apostrophes and whitespace folded. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Names() {
    }

    /**
     * Lower case, accents stripped, typographic apostrophes and dashes to ASCII, whitespace runs to one space,
     * invisible format characters dropped (a left-to-right mark or zero-width space copied from a web page glues
     * to a word: "Minister\u200E" is still the title "minister").
     */
    public static String norm(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String t = ascii ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '`' -> c = '\'';
                case '\u2010', '\u2011', '\u2013', '\u2014', '\u2212' -> c = '-';
                default -> { }
            }
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** An acronym's key: dots and spaces removed, upper case ("U.N." -> "UN"). */
    public static String acronymKey(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '.' && c != ' ') {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    /**
     * Whether a word is written as an acronym: 2 to 8 characters, upper-case letters (and digits, '&' or
     * dots between letters), at least two upper-case letters: "UN", "U.N.", "LNA", "G7" is not (one letter).
     */
    public static boolean isAcronym(String s) {
        int n = s.length();
        if (n < 2 || n > 10) {
            return false;
        }
        int upper = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (c == '.' && i > 0) {
                continue;
            } else if (!(Character.isDigit(c) || c == '&') || i == 0) {
                return false;
            }
        }
        return upper >= 2 && upper <= 8;
    }

    /** "5th", "1st", "22nd", "507th". */
    public static boolean isOrdinal(String w) {
        int k = 0;
        while (k < w.length() && Character.isDigit(w.charAt(k))) {
            k++;
        }
        String suffix = w.substring(k).toLowerCase(Locale.ROOT);
        return k > 0 && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"));
    }

    /** A unit's acronym with its number: an ordinal, a space and an acronym ("507th ARW", "407th AEG"). */
    public static boolean isUnitAcronym(String s) {
        int sp = s.indexOf(' ');
        return sp > 0 && isOrdinal(s.substring(0, sp)) && isAcronym(s.substring(sp + 1).strip());
    }

    /** Whether the word starts with an upper-case letter. */
    public static boolean isCapitalized(String s) {
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
    }

    /** Levenshtein distance, stopping early once it exceeds {@code max} (then returns max + 1). */
    public static int editDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * Whether an acronym spells out a name loosely: the initial of each capitalised word, in order, with further
     * letters taken in order from inside those words ("SIA" of "Singapore Airlines", "CENTCOM" of "Central
     * Command"); a leading acronym ("U.S. Central Command") may be left out. Lower-case words ("of", "and") are
     * skipped. For acronyms a text uses without defining them, when their initials fit no name.
     */
    public static boolean spellsOut(String acronym, String name) {
        String acr = acronymKey(acronym);
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s\u2013\u2014-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                words.add(w.toUpperCase(Locale.ROOT));
            }
        }
        if (acr.length() < 3 || words.size() < 2) {
            return false;
        }
        return spells(acr, 0, words, 0, 0)
                || words.size() >= 3 && isAcronym(name.split("\\s+")[0]) && spells(acr, 0, words.subList(1, words.size()), 0, 0);
    }

    /** acr[i..] spells words[w..] when word w is entered at letter p (0: its initial must come next). */
    private static boolean spells(String acr, int i, List<String> words, int w, int p) {
        if (w >= words.size()) {
            return false;
        }
        String word = words.get(w);
        if (p == 0) {
            return i < acr.length() && word.charAt(0) == acr.charAt(i) && spells(acr, i + 1, words, w, 1);
        }
        if (i == acr.length()) {
            return w == words.size() - 1;
        }
        if (spells(acr, i, words, w + 1, 0)) {
            return true;
        }
        for (int k = p; k < word.length(); k++) {
            if (word.charAt(k) == acr.charAt(i) && spells(acr, i + 1, words, w, k + 1)) {
                return true;
            }
        }
        return false;
    }
}
