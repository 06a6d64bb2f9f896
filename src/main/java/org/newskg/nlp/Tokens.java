package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.util.Span;

/** Fix-ups of the statistical tokenizer's output that news text needs, on (folded) sentence text. */
final class Tokens {

    /**
     * Abbreviations that end with a dot but seldom end a sentence: titles before names. The sentence model
     * splits after some of them ("Gen. Mattis"); they never end a sentence here.
     */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "col", "lt",
            "maj", "capt", "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "sen", "rep", "gov", "prof", "rev", "st",
            "messrs", "mt", "ft", "no", "vs", "gens", "sens", "reps", "spc", "pfc", "sfc", "ssgt", "msgt", "cdr",
            "lieut", "supt", "insp", "det", "hon", "amb", "pres", "sec");

    /** Word-like tokens that keep their final dot at the end of a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("inc", "corp", "ltd", "co", "jr", "sr", "etc",
            "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "bros", "plc");

    /** Company abbreviations ("Ford Motor Co. Chief Executive X"): one token with their dot. */
    private static final Set<String> COMPANY_ABBREVIATIONS = Set.of("inc", "corp", "ltd", "co", "bros", "plc");

    private Tokens() {
    }

    /** Sentence spans, trimmed, with spans that end in a title abbreviation joined to the next one. */
    static List<int[]> joinAfterTitles(String line, Span[] spans) {
        List<int[]> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            Span trimmed = span.trim(line);
            if (trimmed.getEnd() <= trimmed.getStart()) {
                continue;
            }
            List<int[]> pieces = splitGlued(line, trimmed.getStart(), trimmed.getEnd());
            for (int[] piece : pieces.subList(0, pieces.size() - 1)) {
                out.add(piece);
            }
            int[] cur = pieces.get(pieces.size() - 1);
            if (pieces.size() == 1 && !out.isEmpty() && (endsWithTitle(line, out.get(out.size() - 1))
                    || endsWithAbbreviation(line, out.get(out.size() - 1)) && !startsSentence(line, cur[0])
                    || endsWithComma(line, out.get(out.size() - 1))
                    || endsWithQuotedInitials(line, out.get(out.size() - 1)))) {
                out.get(out.size() - 1)[1] = cur[1];
            } else {
                out.add(cur);
            }
        }
        return out;
    }

    /**
     * The tokenizer model splits some hyphenated given names written without spaces, unpredictably: "Kim
     * Jong-un" as "Jong" "-" "un", "Ko Wen-je" as "Wen" "-je", "Wong Pik-wan" as "Pik-" "wan", while "Chun-yu"
     * stays whole. A name cut at its hyphen loses its end, so a capitalised token and a touching lower-case
     * syllable after a hyphen are made one token again. Other splits are left as they are: English modifiers
     * ("Chicago-based", "Kremlin-led"), lower-case words ("vice-president"), two names ("UK-France"), spaced
     * dashes ("Wal - Mart") and double hyphens.
     */
    static List<int[]> joinHyphenated(String s, List<int[]> tokens) {
        List<int[]> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int[] token = tokens.get(i);
            int[] prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev[1] == token[0]) {
                if (token[1] - token[0] == 1 && s.charAt(token[0]) == '-' && i + 1 < tokens.size()
                        && tokens.get(i + 1)[0] == token[1] && hyphenatedName(s, prev[0], token[0], tokens.get(i + 1)[1])) {
                    out.set(out.size() - 1, new int[]{prev[0], tokens.get(++i)[1]}); // "Jong" "-" "un"
                    continue;
                }
                int hyphen = s.charAt(prev[1] - 1) == '-' ? prev[1] - 1 : s.charAt(token[0]) == '-' ? token[0] : -1;
                if (hyphen > prev[0] && hyphen < token[1] - 1 && hyphenatedName(s, prev[0], hyphen, token[1])) {
                    out.set(out.size() - 1, new int[]{prev[0], token[1]}); // "Pik-" "wan", "Wen" "-je"
                    continue;
                }
            }
            out.add(token);
        }
        return out;
    }

    /**
     * Whether the text from {@code start} to {@code end} is a capitalised word, a hyphen at {@code hyphen} and a
     * lower-case syllable of at most four letters (or a one-syllable "-ng" of up to six: "Tak-shing") that is no
     * English modifier head.
     */
    private static boolean hyphenatedName(String s, int start, int hyphen, int end) {
        if (!Character.isUpperCase(s.charAt(start)) || !Character.isLetter(s.charAt(hyphen - 1))) {
            return false;
        }
        for (int i = hyphen + 1; i < end; i++) {
            if (!Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        String syllable = s.substring(hyphen + 1, end);
        return (syllable.length() <= 4 || HyphenWords.isNasalSyllable(syllable)) && !HyphenWords.isModifierHead(syllable);
    }


    /** Top-level domains: "Amazon.Com" is a web name, not two sentences. */
    private static final Set<String> DOMAINS = Set.of("com", "net", "org", "gov", "edu", "co", "uk", "de", "fr",
            "info", "io", "tv");

    /**
     * [start, end) cut where a sentence's stop is glued to the next one, which the sentence model misses
     * ("the Security Council.In this respect"): a full stop, question or exclamation mark between a lower-case
     * letter or a digit and a capitalised word ("In", "The") of lower-case letters. Not a web name
     * ("Booking.Com") nor dotted initials ("U.S.Army": the letter before the stop is upper case).
     */
    static List<int[]> splitGlued(String line, int start, int end) {
        List<int[]> out = new ArrayList<>(1);
        int from = start;
        for (int i = start + 2; i + 2 < end; i++) {
            char c = line.charAt(i);
            if ((c == '.' || c == '?' || c == '!')
                    && (Character.isLowerCase(line.charAt(i - 1)) || Character.isDigit(line.charAt(i - 1)))
                    && Character.isLetterOrDigit(line.charAt(i - 2))
                    && Character.isUpperCase(line.charAt(i + 1)) && Character.isLowerCase(line.charAt(i + 2))) {
                int v = i;
                while (v > start && Character.isLetter(line.charAt(v - 1))) {
                    v--;
                }
                String before = line.substring(v, i).toLowerCase(Locale.ROOT);
                if (TITLE_ABBREVIATIONS.contains(before) || ABBREVIATIONS.contains(before)) {
                    continue; // "Mr.Smith", "Corp.The" stay as the sentence model cut them
                }
                int w = i + 1;
                while (w < end && Character.isLetter(line.charAt(w))) {
                    w++;
                }
                if (DOMAINS.contains(line.substring(i + 1, w).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                out.add(new int[]{from, i + 1});
                from = i + 1;
            }
        }
        out.add(new int[]{from, end});
        return out;
    }

    /** "Acme Corp." before "rose 5 percent": a company or other abbreviation (see {@link #ABBREVIATIONS}). */
    private static boolean endsWithAbbreviation(String line, int[] span) {
        int i = dottedWordStart(line, span);
        return i >= 0 && span[1] - span[0] >= 3
                && ABBREVIATIONS.contains(line.substring(i, span[1] - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Where the word before a span's final dot starts, when that word stands alone (nothing letter-like glued
     * before it); -1 when the span does not end in such a word and a dot.
     */
    private static int dottedWordStart(String line, int[] span) {
        if (span[1] - span[0] < 2 || line.charAt(span[1] - 1) != '.') {
            return -1;
        }
        int i = span[1] - 1;
        while (i > span[0] && Character.isLetter(line.charAt(i - 1))) {
            i--;
        }
        return i == span[0] || !Character.isLetterOrDigit(line.charAt(i - 1)) ? i : -1;
    }

    /** "Acme Corp., based in X": the detector split after an abbreviation's dot; no sentence ends in a comma. */
    private static boolean endsWithComma(String line, int[] span) {
        return line.charAt(span[1] - 1) == ',';
    }

    /**
     * "Col. John \u201CJ.D.\u201D Dorrian": the detector split after initials in quotes, a nickname inside a name; no
     * sentence ends in one quoted word of initials.
     */
    private static boolean endsWithQuotedInitials(String line, int[] span) {
        int close = span[1] - 1;
        if (close - span[0] < 4 || !isQuote(line.charAt(close)) || line.charAt(close - 1) != '.') {
            return false;
        }
        int open = close - 1;
        while (open > span[0] && (Character.isLetter(line.charAt(open - 1)) || line.charAt(open - 1) == '.')) {
            open--;
        }
        open--;
        return open > span[0] && isQuote(line.charAt(open)) && line.charAt(open - 1) == ' '
                && line.substring(open + 1, close).matches("(\\p{Lu}\\.){1,3}");
    }

    /** A sentence starts with a capital, a digit, a quotation mark or a bracket, never with a lower-case word. */
    private static boolean startsSentence(String line, int at) {
        return at >= line.length() || !Character.isLowerCase(line.charAt(at));
    }

    private static boolean endsWithTitle(String line, int[] span) {
        int i = dottedWordStart(line, span);
        if (i < 0) {
            return false;
        }
        String word = line.substring(i, span[1] - 1);
        // a middle initial ("Lewis W. Teperman"): one capital letter after a capitalised word
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0)) && i >= span[0] + 2
                && line.charAt(i - 1) == ' ' && (Character.isLetter(line.charAt(i - 2)) || initialBefore(line, span, i));
        return initial || TITLE_ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A second initial written with a space after the first ("J. K. Rowling", "C. S. Lewis"): the word before
     * is one capital letter and a dot, standing alone.
     */
    private static boolean initialBefore(String line, int[] span, int i) {
        int dot = i - 2;
        return dot - 1 >= span[0] && line.charAt(dot) == '.' && Character.isUpperCase(line.charAt(dot - 1))
                && (dot - 1 == span[0] || !Character.isLetterOrDigit(line.charAt(dot - 2)));
    }

    /**
     * Splits possessive {@code 's} and quotes glued to words off their token, and joins dotted acronyms
     * ({@code U.N.}, {@code U.S.}) and title abbreviations ({@code Gen.}) that the tokenizer split before their last dot.
     */
    static List<int[]> fixUp(String s, Span[] spans) {
        List<int[]> split = new ArrayList<>(spans.length + 8);
        for (Span span : spans) {
            splitToken(s, span.getStart(), span.getEnd(), split);
        }
        splitFinalDot(s, split);
        List<int[]> out = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            int[] cur = split.get(i);
            if (i + 1 < split.size() && (isOpenAcronym(s, cur) || initialBeforeName(s, cur, split.get(i + 1)))
                    && s.charAt(split.get(i + 1)[0]) == '.'
                    && split.get(i + 1)[1] - split.get(i + 1)[0] == 1 && split.get(i + 1)[0] == cur[1]) {
                out.add(new int[]{cur[0], cur[1] + 1});
                i++;
            } else {
                out.add(cur);
            }
        }
        return joinHyphenated(s, out);
    }

    /**
     * The tokenizer leaves the sentence's full stop, question or exclamation mark on a final word ("Aleppo.",
     * "Aleppo?"): split it off, unless the word is an abbreviation or a dotted acronym whose dot doubles as the
     * full stop.
     */
    private static void splitFinalDot(String s, List<int[]> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        int[] last = tokens.get(tokens.size() - 1);
        String word = s.substring(last[0], last[1]);
        if (word.length() >= 2 && (word.endsWith("?") || word.endsWith("!"))
                && Character.isLetterOrDigit(word.charAt(word.length() - 2))) {
            // "Did you discuss Aleppo?": a question or exclamation mark is never part of the word
            splitLastChar(tokens, last);
            return;
        }
        if (word.length() < 3 || !word.endsWith(".")) {
            return;
        }
        String stem = word.substring(0, word.length() - 1);
        if (stem.endsWith(".") && stem.length() >= 2 && Character.isLetter(stem.charAt(stem.length() - 2))) {
            // "King Jr..": an abbreviation's dot, then the full stop
            splitLastChar(tokens, last);
            return;
        }
        if (stem.indexOf('.') >= 0 || ABBREVIATIONS.contains(stem.toLowerCase(Locale.ROOT))
                || TITLE_ABBREVIATIONS.contains(stem.toLowerCase(Locale.ROOT))) {
            return;
        }
        splitLastChar(tokens, last);
    }

    /** Replaces the last token (span {@code last}) by its text less the final character, then that character. */
    private static void splitLastChar(List<int[]> tokens, int[] last) {
        tokens.set(tokens.size() - 1, new int[]{last[0], last[1] - 1});
        tokens.add(new int[]{last[1] - 1, last[1]});
    }

    private static void splitToken(String s, int start, int end, List<int[]> out) {
        // leading quotes and brackets
        while (end - start > 1 && isQuote(s.charAt(start))) {
            out.add(new int[]{start, start + 1});
            start++;
        }
        List<int[]> tail = new ArrayList<>(2);
        while (end - start > 1 && isQuote(s.charAt(end - 1))) {
            tail.add(0, new int[]{end - 1, end});
            end--;
        }
        if (end - start > 2 && s.charAt(end - 2) == '\'' && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
                && Character.isLetter(s.charAt(end - 3))) {
            out.add(new int[]{start, end - 2});
            out.add(new int[]{end - 2, end});
        } else {
            out.add(new int[]{start, end});
        }
        out.addAll(tail);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    /**
     * An initial the tokenizer split from its dot before more of a name ("C" "." of "C. S. Lewis", "B" "." of
     * "W. B. Yeats"): one capital letter standing alone, its dot glued, then a space and a capital.
     */
    private static boolean initialBeforeName(String s, int[] span, int[] dot) {
        int after = dot[1] + 1;
        return span[1] - span[0] == 1 && Character.isUpperCase(s.charAt(span[0]))
                && (span[0] == 0 || !Character.isLetterOrDigit(s.charAt(span[0] - 1))) && dot[1] == dot[0] + 1
                && after < s.length() && s.charAt(dot[1]) == ' ' && Character.isUpperCase(s.charAt(after));
    }

    /**
     * "U.N" or "U.S" (single letters separated by dots), a title abbreviation or a company one ("Co", "Corp"),
     * with the final dot missing.
     */
    private static boolean isOpenAcronym(String s, int[] span) {
        String t = s.substring(span[0], span[1]).toLowerCase(Locale.ROOT);
        return TITLE_ABBREVIATIONS.contains(t) || COMPANY_ABBREVIATIONS.contains(t)
                || s.substring(span[0], span[1]).matches("(\\p{Lu}\\.)+\\p{Lu}");
    }
}
