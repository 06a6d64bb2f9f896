package org.newskg.eval;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The result of an evaluation: scores per article, their micro-average (counts summed over articles, then
 * P/R/F1), and the files that could not be paired.
 *
 * <pre>
 * report.total().entities().total().f1();
 * report.writeJson(out);
 * </pre>
 *
 * @param articles       per-article results, in name order
 * @param withoutGold    article files that have no gold file
 * @param withoutArticle gold files that have no article file
 */
public record EvalReport(List<ArticleResult> articles, List<String> withoutGold, List<String> withoutArticle) {

    public static final String MICRO = "micro-average";

    public EvalReport {
        articles = List.copyOf(articles);
        withoutGold = List.copyOf(withoutGold);
        withoutArticle = List.copyOf(withoutArticle);
    }

    /** Counts summed over every article. */
    public ArticleResult total() {
        ArticleResult sum = new ArticleResult(MICRO, ScoreTable.EMPTY, ScoreTable.EMPTY, Scores.ZERO,
                LinkCounts.ZERO, List.of());
        for (ArticleResult r : articles) {
            sum = sum.plus(MICRO, r);
        }
        return sum;
    }

    public void writeText(PrintWriter out) {
        writeText(out, false);
    }

    /** The text report; with {@code errors}, each article's missed ("-") and false ("+") items after its scores. */
    public void writeText(PrintWriter out, boolean errors) {
        for (ArticleResult r : articles) {
            out.println("article " + r.name());
            writeText(out, r);
            if (errors) {
                r.errors().forEach(e -> out.println("    " + e));
            }
        }
        out.println(MICRO + " over " + articles.size() + " article(s)");
        writeText(out, total());
        writeIntervals(out);
        if (!withoutGold.isEmpty()) {
            out.println("articles without gold: " + String.join(", ", withoutGold));
        }
        if (!withoutArticle.isEmpty()) {
            out.println("gold without article: " + String.join(", ", withoutArticle));
        }
        out.flush();
    }

    /** The 95% bootstrap intervals of the three F1s, when there are articles enough to resample. */
    private void writeIntervals(PrintWriter out) {
        Map<String, Bootstrap.Interval> ci = intervals();
        if (ci.isEmpty()) {
            return;
        }
        StringBuilder b = new StringBuilder("  F1 95% interval (bootstrap over articles):");
        ci.forEach((k, i) -> b.append(String.format(Locale.ROOT, " %s %.3f-%.3f,", k, i.low(), i.high())));
        b.setLength(b.length() - 1);
        out.println(b);
    }

    /** Entities, relations and statements: their F1 intervals; empty for fewer than two articles. */
    public Map<String, Bootstrap.Interval> intervals() {
        Map<String, Bootstrap.Interval> ci = new LinkedHashMap<>();
        Bootstrap.Interval e = Bootstrap.f1(articles, r -> r.entities().total());
        if (e != null) {
            ci.put("entities", e);
            ci.put("relations", Bootstrap.f1(articles, r -> r.relations().total()));
            ci.put("statements", Bootstrap.f1(articles, ArticleResult::statements));
        }
        return ci;
    }

    private static void writeText(PrintWriter out, ArticleResult r) {
        table(out, "entities", r.entities());
        table(out, "relations", r.relations());
        line(out, "  ", "statements", r.statements());
        LinkCounts l = r.links();
        out.printf(Locale.ROOT, "  %-16s correct %d, wrong %d (spurious %d), missing %d%n", "wikidata links",
                l.correct(), l.wrong(), l.spurious(), l.missing());
    }

    private static void table(PrintWriter out, String label, ScoreTable t) {
        line(out, "  ", label, t.total());
        t.byKey().forEach((k, s) -> line(out, "    ", k, s));
    }

    static void line(PrintWriter out, String indent, String label, Scores s) {
        out.printf(Locale.ROOT, "%s%-" + (18 - indent.length()) + "s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                indent, label, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn());
    }

    public void writeJson(PrintWriter out) {
        writeJson(out, false);
    }

    /** The JSON report; with {@code errors}, each article carries an "errors" list of lines as in the text. */
    public void writeJson(PrintWriter out, boolean errors) {
        out.println(JSON.toString(toJson(errors)));
        out.flush();
    }

    /** The object {@link #writeJson} prints. */
    JsonObject toJson(boolean errors) {
        JsonObject root = new JsonObject();
        JsonArray list = new JsonArray();
        articles.forEach(r -> {
            JsonObject o = json(r);
            if (errors) {
                o.put("errors", strings(r.errors()));
            }
            list.add(o);
        });
        root.put("articles", list);
        root.put(MICRO, json(total()));
        JsonObject ci = new JsonObject();
        intervals().forEach((k, i) -> {
            JsonArray bounds = new JsonArray();
            bounds.add(round(i.low()));
            bounds.add(round(i.high()));
            ci.put(k, bounds);
        });
        root.put("f1Interval95", ci);
        root.put("articlesWithoutGold", strings(withoutGold));
        root.put("goldWithoutArticle", strings(withoutArticle));
        return root;
    }

    static JsonObject json(ArticleResult r) {
        JsonObject o = new JsonObject();
        o.put("name", r.name());
        o.put("entities", json(r.entities()));
        o.put("relations", json(r.relations()));
        o.put("statements", json(r.statements()));
        LinkCounts l = r.links();
        JsonObject links = new JsonObject();
        links.put("correct", l.correct());
        links.put("wrong", l.wrong());
        links.put("spurious", l.spurious());
        links.put("missing", l.missing());
        o.put("links", links);
        return o;
    }

    /** A score table as {"total": {...}, "byKey": {key: {...}}}. */
    public static JsonObject json(ScoreTable t) {
        JsonObject o = new JsonObject();
        o.put("total", json(t.total()));
        JsonObject by = new JsonObject();
        for (Map.Entry<String, Scores> e : t.byKey().entrySet()) {
            by.put(e.getKey(), json(e.getValue()));
        }
        o.put("byKey", by);
        return o;
    }

    /** Scores as {"precision", "recall", "f1", "tp", "fp", "fn"}, ratios rounded to 4 decimals. */
    public static JsonObject json(Scores s) {
        JsonObject o = new JsonObject();
        o.put("precision", round(s.precision()));
        o.put("recall", round(s.recall()));
        o.put("f1", round(s.f1()));
        o.put("tp", s.tp());
        o.put("fp", s.fp());
        o.put("fn", s.fn());
        return o;
    }

    private static JsonNumber round(double d) {
        return JsonNumber.value(Math.round(d * 10000) / 10000.0);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
