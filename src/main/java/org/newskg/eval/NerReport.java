package org.newskg.eval;

import java.io.PrintWriter;
import java.util.List;
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
 * @param errors    every false name (+) and missed gold name (-), in document and text order
 */
public record NerReport(ScoreTable scores, int documents, int sentences, int tokens, Map<String, Integer> ignored,
                        List<Error> errors) {

    /**
     * One false or missed name.
     *
     * @param document index of the document in the data (from 0)
     * @param offset   character offset of the name in the document's text
     * @param sign     '+' a name found that the data does not have with this span and type, '-' a missed one
     * @param type     our type of the name (found or gold)
     * @param text     the name as written
     * @param note     what the data has there ("gold: MISC \"...\"", "gold: nothing") or what was found there
     * @param sentence the sentence it is in
     */
    public record Error(int document, int offset, char sign, String type, String text, String note, String sentence) {
    }

    public NerReport {
        ignored = Map.copyOf(ignored);
        errors = List.copyOf(errors);
    }

    /** The scores, and with {@code errors} every false and missed name with its sentence, by document. */
    public void writeText(PrintWriter out, boolean withErrors) {
        writeText(out);
        if (withErrors) {
            int doc = -1;
            for (Error e : errors) {
                if (e.document() != doc) {
                    doc = e.document();
                    out.println("document " + (doc + 1));
                }
                out.printf(Locale.ROOT, "    %c %s \"%s\"  (%s)  in: %s%n", e.sign(), e.type(), e.text(), e.note(),
                        e.sentence());
            }
            out.flush();
        }
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
