package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted stretches of an article on the character level, in every quote style news uses: straight
 * and curly double quotes, guillemets, straight and curly single quotes (told apart from apostrophes), quotes
 * of the other kind nested inside, and quotes running over several paragraphs (a paragraph that ends inside a
 * quote continues when the next paragraph opens with a quote mark of the same kind). One linear pass per
 * paragraph; stateless and thread-safe.
 */
final class QuoteScanner {

    /**
     * A quoted stretch inside one paragraph.
     *
     * @param open   offset of the opening mark
     * @param close  offset of the closing mark, or -1 when the quote runs on to the next paragraph (or, unclosed,
     *               to the paragraph's end)
     * @param start  offset of the quoted text (marks, surrounding blanks and a trailing comma left out)
     * @param end    offset after it
     * @param chain  pieces of one quotation running over several paragraphs share the chain number
     * @param single whether single quote marks delimit it
     */
    record Piece(int open, int close, int start, int end, int chain, boolean single) {
    }

    private QuoteScanner() {
    }

    static List<Piece> scan(String text) {
        List<Piece> pieces = new ArrayList<>();
        int chains = 0;
        int continuing = -1;        // chain carried over from the previous paragraph, or -1
        boolean continuingSingle = false;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int first = firstNonBlank(text, lineStart, lineEnd);
            if (first < 0) {
                lineStart = lineEnd + 1;
                continue;
            }
            int openAt = -1;
            int depth = 0;
            boolean single = false;
            int chain = -1;
            int skipSingle = -1;    // a single-quote opener found to be an apostrophe after all
            if (continuing >= 0 && opens(text, first, continuingSingle)) {
                openAt = first;
                depth = 1;
                single = continuingSingle;
                chain = continuing;
            }
            continuing = -1;
            // more curly openers than closers: a “ typed for ” after a comma (“Nobody knew, “Berg said.) closes
            boolean unbalanced = count(text, lineStart, lineEnd, '\u201C') > count(text, lineStart, lineEnd, '\u201D');
            int i = openAt >= 0 ? openAt + 1 : lineStart;
            while (true) {
                if (i >= lineEnd) {
                    if (openAt < 0) {
                        break;
                    }
                    int next = nextParagraphStart(text, lineEnd);
                    if (next >= 0 && opens(text, next, single)) {
                        add(pieces, text, openAt, -1, lineEnd, chain);
                        continuing = chain;
                        continuingSingle = single;
                        break;
                    }
                    if (single) {
                        // no closing mark: it was an apostrophe ('90s, 'em); scan on after it
                        skipSingle = openAt;
                        i = openAt + 1;
                        openAt = -1;
                        continue;
                    }
                    add(pieces, text, openAt, -1, lineEnd, chain);
                    break;
                }
                char c = text.charAt(i);
                if (openAt < 0) {
                    if (isDoubleOpener(text, i)) {
                        openAt = i;
                        depth = 1;
                        single = false;
                        chain = chains++;
                    } else if (i != skipSingle && isSingleOpener(text, i)) {
                        openAt = i;
                        single = true;
                        chain = chains++;
                    }
                } else if (!single) {
                    if (c == '\u201C' && unbalanced && depth == 1 && afterComma(text, i)) {
                        add(pieces, text, openAt, i, i, chain);
                        openAt = -1;
                    } else if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u201F') {
                        depth++;
                    } else if (c == '\u201D' || c == '\u00BB' || c == '"') {
                        depth = c == '"' ? 0 : depth - 1;
                        if (depth == 0) {
                            add(pieces, text, openAt, i, i, chain);
                            openAt = -1;
                        }
                    }
                } else if (isSingleCloser(text, i) && !pluralPossessive(text, i, lineEnd)) {
                    add(pieces, text, openAt, i, i, chain);
                    openAt = -1;
                }
                i++;
            }
            lineStart = lineEnd + 1;
        }
        return pieces;
    }

    private static void add(List<Piece> pieces, String text, int open, int close, int limit, int chain) {
        int s = open + 1;
        int e = limit;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        if (e > s) {
            pieces.add(new Piece(open, close, s, e, chain, isSingle(text.charAt(open))));
        }
    }

    private static boolean isSingle(char c) {
        return c == '\'' || c == '\u2018';
    }

    /** Whether a quote of the given kind opens at {@code i} (used at the start of a continuing paragraph). */
    private static boolean opens(String text, int i, boolean single) {
        return single ? isSingleOpener(text, i) : isDoubleOpener(text, i);
    }

    private static boolean isDoubleOpener(String text, int i) {
        char c = text.charAt(i);
        if (c == '\u201C' || c == '\u201E' || c == '\u00AB' || c == '\u201F') {
            return true;
        }
        // a straight quote glued to the word before it and followed by a blank is a stray closer
        return c == '"' && !(i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }

    /** ‘ or ' after a non-word character and before a letter; not an elision like '90s. */
    private static boolean isSingleOpener(String text, int i) {
        char c = text.charAt(i);
        if (c != '\u2018' && c != '\'') {
            return false;
        }
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        if (i + 1 >= text.length()) {
            return false;
        }
        char next = text.charAt(i + 1);
        return c == '\u2018' ? !Character.isWhitespace(next) && !Character.isDigit(next) : Character.isLetter(next);
    }

    /** ’ or ' after a non-blank and not before a letter or digit (so not the apostrophe of "Haftar’s"). */
    private static boolean isSingleCloser(String text, int i) {
        char c = text.charAt(i);
        if (c != '\u2019' && c != '\'') {
            return false;
        }
        if (i == 0 || Character.isWhitespace(text.charAt(i - 1))) {
            return false;
        }
        if (c == '\'' && i >= 2 && Character.isLowerCase(text.charAt(i - 1)) && text.charAt(i - 2) == ' '
                && i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isLowerCase(text.charAt(i + 2))) {
            return false;   // a one-letter elision inside the quote: 'rock n' roll', 'cup o' tea'
        }
        return i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /**
     * Whether the straight ' at {@code i}, inside a single-quoted passage, is the apostrophe of a plural
     * possessive ('The workers' patience has run out,' said ...): after a word of four or more letters ending
     * in s, before a blank and a lower-case word, with a closing mark after punctuation (,' .') later in the
     * paragraph to end the quotation instead.
     */
    private static boolean pluralPossessive(String text, int i, int lineEnd) {
        if (text.charAt(i) != '\'' || i < 4 || text.charAt(i - 1) != 's' || i + 2 >= lineEnd
                || text.charAt(i + 1) != ' ' || !Character.isLowerCase(text.charAt(i + 2))) {
            return false;
        }
        for (int k = i - 2; k >= i - 4; k--) {
            if (!Character.isLetter(text.charAt(k))) {
                return false;
            }
        }
        for (int k = i + 2; k < lineEnd; k++) {
            if ((text.charAt(k) == '\'' || text.charAt(k) == '\u2019') && ",.?!".indexOf(text.charAt(k - 1)) >= 0
                    && isSingleCloser(text, k)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String text, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** Whether a comma, maybe with one blank after it, stands right before offset {@code i}. */
    private static boolean afterComma(String text, int i) {
        return i > 0 && text.charAt(i - 1) == ',' || i > 1 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ',';
    }

    private static int firstNonBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The first non-blank character of the next non-blank line after {@code lineEnd}, or -1. */
    private static int nextParagraphStart(String text, int lineEnd) {
        for (int i = lineEnd; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
