package org.newskg.eval;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/**
 * The result of {@link NerEvaluator}: exact-span scores per type, and what the data held.
 *
 * @param scores    scores by type (PERSON, ORGANIZATION, PLACE)
 * @param documents documents read
 * @param sentences sentences read
 * @param tokens    tokens read
 * @param ignored   gold spans left out, by label (MISC, ...)
 */
public record NerReport(ScoreTable scores, int documents, int sentences, int tokens, Map<String, Integer> ignored) {

    public NerReport {
        ignored = Map.copyOf(ignored);
    }

    public void writeText(PrintWriter out) {
        out.printf(Locale.ROOT, "%d document(s), %d sentence(s), %d token(s)%n", documents, sentences, tokens);
        Scores t = scores.total();
        out.printf(Locale.ROOT, "%-14s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", "names",
                t.precision(), t.recall(), t.f1(), t.tp(), t.fp(), t.fn());
        scores.byKey().forEach((k, s) -> out.printf(Locale.ROOT,
                "  %-12s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                k, s.precision(), s.recall(), s.f1(), s.tp(), s.fp(), s.fn()));
        if (!ignored.isEmpty()) {
            out.println("ignored gold spans: " + new TreeMap<>(ignored));
        }
        out.flush();
    }

    public void writeJson(PrintWriter out) {
        JsonObject o = new JsonObject();
        o.put("documents", documents);
        o.put("sentences", sentences);
        o.put("tokens", tokens);
        o.put("names", EvalReport.json(scores));
        JsonObject ign = new JsonObject();
        new TreeMap<>(ignored).forEach((k, v) -> ign.put(k, v.longValue()));
        o.put("ignored", ign);
        out.println(JSON.toString(o));
        out.flush();
    }
}
