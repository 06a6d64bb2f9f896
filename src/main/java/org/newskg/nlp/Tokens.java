package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.util.Span;

/** Fix-ups of the statistical tokenizer's output that news text needs, on (folded) sentence text. */
final class Tokens {

    private Tokens() {
    }

    /**
     * Splits possessive {@code 's} and quotes glued to words off their token, and joins dotted acronyms
     * ({@code U.N.}, {@code U.S.}) that the tokenizer split before their last dot.
     */
    static List<int[]> fixUp(String s, Span[] spans) {
        List<int[]> split = new ArrayList<>(spans.length + 8);
        for (Span span : spans) {
            splitToken(s, span.getStart(), span.getEnd(), split);
        }
        List<int[]> out = new ArrayList<>(split.size());
        for (int i = 0; i < split.size(); i++) {
            int[] cur = split.get(i);
            if (i + 1 < split.size() && isOpenAcronym(s, cur) && s.charAt(split.get(i + 1)[0]) == '.'
                    && split.get(i + 1)[1] - split.get(i + 1)[0] == 1 && split.get(i + 1)[0] == cur[1]) {
                out.add(new int[]{cur[0], cur[1] + 1});
                i++;
            } else {
                out.add(cur);
            }
        }
        return out;
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

    /** "U.N" or "U.S" : single letters separated by dots, with the final dot missing. */
    private static boolean isOpenAcronym(String s, int[] span) {
        String t = s.substring(span[0], span[1]);
        return t.matches("(\\p{Lu}\\.)+\\p{Lu}");
    }
}
