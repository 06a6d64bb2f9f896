package org.newskg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.ingest.ArticleReader;

/**
 * Agreement between two annotators: annotation B of each article scored against annotation A with the scorer of
 * {@code newskg eval} ({@link ArticleScorer}, B rebuilt by {@link GoldExtraction}), so that agreement and system
 * scores read alike; and, for the symmetric view, A scored against B.
 *
 * <pre>
 * Agreement a = Agreement.compare(Path.of("eval/gold"), Path.of("eval/agreement/gold"), Path.of("eval/articles"));
 * a.writeText(out, false);
 * a.bAgainstA().total().entities().total().f1();   // = a.aAgainstB()'s: entity F1 is symmetric
 * </pre>
 *
 * <p>Entity matching is symmetric (same name or alias, same type, one-to-one), so swapping A and B swaps entity
 * precision and recall and leaves F1 unchanged. Relations and statements are nearly so: the predictions side is
 * deduplicated and a repeat of a found fact is not counted, and a statement is matched on the gold side's first
 * words of {@code quote_start} inside the other side's whole quotation.
 *
 * @param bAgainstA the main view: B as predictions, A as gold; B files without A are its "articles without
 *                  gold"
 * @param aAgainstB the swapped view over the same articles
 * @param notes     what could not be rebuilt exactly, as "NAME (A|B): note"
 */
public record Agreement(EvalReport bAgainstA, EvalReport aAgainstB, List<String> notes) {

    public Agreement {
        notes = List.copyOf(notes);
    }

    /**
     * Scores every {@code NAME.json} of {@code otherDir} (B) that has a {@code NAME.json} in {@code goldDir} (A),
     * with article {@code articlesDir/NAME.txt} when there is one; in name order.
     */
    public static Agreement compare(Path goldDir, Path otherDir, Path articlesDir)
            throws IOException, GoldException, ArticleException {
        TreeSet<String> a = Evaluator.names(goldDir, ".json");
        TreeSet<String> b = Evaluator.names(otherDir, ".json");
        List<ArticleResult> main = new ArrayList<>();
        List<ArticleResult> swapped = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String name : b) {
            if (!a.contains(name)) {
                continue;
            }
            GoldArticle goldA = GoldReader.read(goldDir.resolve(name + ".json"));
            GoldArticle goldB = GoldReader.read(otherDir.resolve(name + ".json"));
            Path txt = articlesDir.resolve(name + ".txt");
            Article article = Files.isRegularFile(txt) ? ArticleReader.read(txt) : null;
            GoldExtraction xb = GoldExtraction.of(goldB, article);
            GoldExtraction xa = GoldExtraction.of(goldA, article);
            xb.notes().forEach(n -> notes.add(name + " (B): " + n));
            // the article note is said once, not for both sides
            xa.notes().stream().filter(n -> article != null).forEach(n -> notes.add(name + " (A): " + n));
            main.add(ArticleScorer.score(goldA, xb.extraction()));
            swapped.add(ArticleScorer.score(goldB, xa.extraction()));
        }
        List<String> withoutA = b.stream().filter(n -> !a.contains(n)).map(n -> n + ".json").toList();
        return new Agreement(new EvalReport(main, withoutA, List.of()), new EvalReport(swapped, List.of(), List.of()),
                notes);
    }

    /** The report of {@code newskg eval} for B against A, then the swapped micro-average and the notes. */
    public void writeText(PrintWriter out, boolean errors) {
        out.println("B (predictions) scored against A (gold); B files without A are listed as articles without "
                + "gold");
        bAgainstA.writeText(out, errors);
        ArticleResult s = aAgainstB.total();
        out.println("swapped: A scored against B (entity F1 is the same both ways, P and R trade places)");
        EvalReport.line(out, "  ", "entities", s.entities().total());
        EvalReport.line(out, "  ", "relations", s.relations().total());
        EvalReport.line(out, "  ", "statements", s.statements());
        if (!notes.isEmpty()) {
            out.println("notes:");
            notes.forEach(n -> out.println("  " + n));
        }
        out.flush();
    }

    /** The JSON of {@code newskg eval} for B against A, with {@code "swapped"} (A against B) and {@code "notes"}. */
    public void writeJson(PrintWriter out, boolean errors) {
        JsonObject root = bAgainstA.toJson(errors);
        root.put("swapped", EvalReport.json(aAgainstB.total()));
        JsonArray n = new JsonArray();
        notes.forEach(n::add);
        root.put("notes", n);
        out.println(JSON.toString(root));
        out.flush();
    }
}
