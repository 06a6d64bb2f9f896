package org.newskg.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds time expressions in a sentence and normalises them to a date against the publication date.
 *
 * <pre>
 * Optional&lt;TimeExpression&gt; t = TimeExpressions.find(sentence, 0, sentence.tokens().size(),
 *         LocalDate.of(2019, 4, 5));
 * t.get().text();   // "on Thursday"
 * t.get().date();   // 2019-04-04
 * </pre>
 *
 * <p>Recognised: weekdays ("Friday", "on Friday", "last Friday", "next Friday", "on Friday morning"),
 * "yesterday", "today", "tonight", "tomorrow", "last night", explicit dates ("April 5, 2019", "5 April 2019",
 * "April 5", "2019-04-05"), and coarser periods kept as text without a date ("last week", "earlier this month",
 * "in April", "April 2019"): newskg keeps to day precision.
 *
 * <p>Normalisation choices, since news is mostly written in the past tense about the last few days:
 * a bare or "on" weekday is the most recent such day on or before the publication date (a Friday article
 * saying "on Friday" means that day); "last Friday" is strictly before it; "next Friday" strictly after. A day
 * and month without a year take the year that puts the date nearest to the publication date (so "December 30"
 * in a January article is the previous December). With no publication date, only explicit full dates are
 * normalised. Stateless and thread-safe.
 */
public final class TimeExpressions {

    /**
     * A time expression found in a sentence.
     *
     * @param text  the expression as written ("on Thursday")
     * @param start offset of its first character in the article text
     * @param end   offset after its last character
     * @param first index of its first token in the sentence
     * @param last  index of its last token in the sentence
     * @param date  the day it denotes, or null when it cannot be normalised to a day
     */
    public record TimeExpression(String text, int start, int end, int first, int last, LocalDate date) {
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    /** Whether a lower-case word names a day of the week ("monday"). */
    static boolean isWeekday(String lowerCaseWord) {
        return WEEKDAYS.containsKey(lowerCaseWord);
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final java.util.Set<String> PERIODS = java.util.Set.of("week", "month", "year", "weekend");
    private static final java.util.Set<String> DAY_PARTS = java.util.Set.of("morning", "afternoon", "evening",
            "night");

    private TimeExpressions() {
    }

    /** The first time expression starting in tokens [from, to) of the sentence, if any. */
    public static Optional<TimeExpression> find(Sentence s, int from, int to, LocalDate published) {
        List<Token> toks = s.tokens();
        int end = Math.min(to, toks.size());
        for (int i = Math.max(0, from); i < end; i++) {
            TimeExpression t = at(s, i, end, published);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Every time expression of the sentence, in order, not overlapping. */
    public static List<TimeExpression> findAll(Sentence s, LocalDate published) {
        List<TimeExpression> all = new ArrayList<>();
        int n = s.tokens().size();
        for (int i = 0; i < n; i++) {
            TimeExpression t = at(s, i, n, published);
            if (t != null) {
                all.add(t);
                i = t.last();
            }
        }
        return all;
    }

    /** A time expression starting exactly at token {@code i} (a leading "on"/"in" included), or null. */
    static TimeExpression at(Sentence s, int i, int to, LocalDate published) {
        List<Token> toks = s.tokens();
        String w = lower(toks.get(i));
        if ((w.equals("on") || w.equals("in") || w.equals("since")) && i + 1 < to) {
            TimeExpression core = core(s, i + 1, to, published);
            return core == null ? null : make(s, i, core.last(), core.date());
        }
        return core(s, i, to, published);
    }

    private static TimeExpression core(Sentence s, int i, int to, LocalDate published) {
        List<Token> toks = s.tokens();
        String w = lower(toks.get(i));
        switch (w) {
            case "yesterday":
                return make(s, i, dayPartAfter(toks, i, to), plus(published, -1));
            case "today":
            case "tonight":
                return make(s, i, i, published);
            case "tomorrow":
                return make(s, i, dayPartAfter(toks, i, to), plus(published, 1));
            default:
                break;
        }
        if ((w.equals("last") || w.equals("next") || w.equals("this")) && i + 1 < to) {
            String n = lower(toks.get(i + 1));
            DayOfWeek d = WEEKDAYS.get(n);
            if (d != null) {
                LocalDate date = published == null ? null : switch (w) {
                    case "last" -> published.with(TemporalAdjusters.previous(d));
                    case "next" -> published.with(TemporalAdjusters.next(d));
                    default -> published.with(TemporalAdjusters.previousOrSame(d));
                };
                return make(s, i, dayPartAfter(toks, i + 1, to), date);
            }
            if (w.equals("last") && n.equals("night")) {
                return make(s, i, i + 1, plus(published, -1));
            }
            if (PERIODS.contains(n)) {
                return make(s, i, i + 1, null);
            }
            return null;
        }
        if ((w.equals("earlier") || w.equals("later")) && i + 2 < to && lower(toks.get(i + 1)).equals("this")
                && PERIODS.contains(lower(toks.get(i + 2)))) {
            return make(s, i, i + 2, null);
        }
        DayOfWeek d = WEEKDAYS.get(w);
        if (d != null && toks.get(i).isCapitalized()) {
            LocalDate date = published == null ? null : published.with(TemporalAdjusters.previousOrSame(d));
            return make(s, i, dayPartAfter(toks, i, to), date);
        }
        Integer month = month(toks.get(i));
        if (month != null) {
            // "April 5", "April 5, 2019", "April 2019", "April"
            if (i + 1 < to && isDay(toks.get(i + 1))) {
                int day = dayOf(toks.get(i + 1));
                int last = i + 1;
                Integer year = null;
                if (last + 1 < to && isYear(toks.get(last + 1))) {
                    year = Integer.parseInt(toks.get(last + 1).text());
                    last++;
                } else if (last + 2 < to && toks.get(last + 1).text().equals(",") && isYear(toks.get(last + 2))) {
                    year = Integer.parseInt(toks.get(last + 2).text());
                    last += 2;
                }
                return make(s, i, last, date(year, month, day, published));
            }
            if (i + 1 < to && isYear(toks.get(i + 1))) {
                return make(s, i, i + 1, null);
            }
            // a bare month only after "in" (the caller includes it); "may" alone is a modal
            if (i > 0 && lower(toks.get(i - 1)).equals("in") && toks.get(i).isCapitalized()) {
                return make(s, i, i, null);
            }
            return null;
        }
        if (isDay(toks.get(i)) && i + 1 < to) {
            Integer m = month(toks.get(i + 1));
            if (m != null) {
                int last = i + 1;
                Integer year = null;
                if (last + 1 < to && isYear(toks.get(last + 1))) {
                    year = Integer.parseInt(toks.get(last + 1).text());
                    last++;
                }
                return make(s, i, last, date(year, m, dayOf(toks.get(i)), published));
            }
        }
        return iso(s, i, to);
    }

    /** "2019-04-05", whether the tokenizer kept it whole or split it. */
    private static TimeExpression iso(Sentence s, int i, int to) {
        List<Token> toks = s.tokens();
        String t = toks.get(i).text();
        if (t.length() < 4 || !Character.isDigit(t.charAt(0))) {
            return null;
        }
        StringBuilder b = new StringBuilder(t);
        int last = i;
        while (b.length() < 10 && last + 1 < to && toks.get(last + 1).start() == toks.get(last).end()) {
            last++;
            b.append(toks.get(last).text());
        }
        String x = b.toString();
        if (x.length() != 10 || x.charAt(4) != '-' || x.charAt(7) != '-') {
            return null;
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(x.substring(0, 4)), Integer.parseInt(x.substring(5, 7)),
                    Integer.parseInt(x.substring(8, 10)));
            return make(s, i, last, d);
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static int dayPartAfter(List<Token> toks, int i, int to) {
        return i + 1 < to && DAY_PARTS.contains(lower(toks.get(i + 1))) ? i + 1 : i;
    }

    private static TimeExpression make(Sentence s, int first, int last, LocalDate date) {
        Token a = s.tokens().get(first);
        Token b = s.tokens().get(last);
        return new TimeExpression(s.slice(a.start(), b.end()), a.start(), b.end(), first, last, date);
    }

    private static LocalDate plus(LocalDate d, int days) {
        return d == null ? null : d.plusDays(days);
    }

    private static LocalDate date(Integer year, int month, int day, LocalDate published) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (published == null) {
                return null;
            }
            // the year that puts the date nearest to the publication date
            LocalDate best = null;
            for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
                LocalDate c = safeDate(y, month, day);
                if (c != null && (best == null || distance(c, published) < distance(best, published))) {
                    best = c;
                }
            }
            return best;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static Integer month(Token t) {
        String w = lower(t);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return t.isCapitalized() ? MONTHS.get(w) : null;
    }

    private static boolean isDay(Token t) {
        int d = dayOf(t);
        return d >= 1 && d <= 31;
    }

    /** 5, 05, 5th, 1st, 22nd, 3rd; -1 when not a day number. */
    private static int dayOf(Token t) {
        String x = t.text();
        int n = 0;
        int i = 0;
        while (i < x.length() && Character.isDigit(x.charAt(i)) && i < 2) {
            n = n * 10 + (x.charAt(i) - '0');
            i++;
        }
        if (i == 0) {
            return -1;
        }
        String rest = x.substring(i).toLowerCase(Locale.ROOT);
        return rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th")
                ? n : -1;
    }

    private static boolean isYear(Token t) {
        String x = t.text();
        if (x.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(x.charAt(i))) {
                return false;
            }
        }
        int y = Integer.parseInt(x);
        return y >= 1900 && y <= 2100;
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
