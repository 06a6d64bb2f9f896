package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.newskg.Extraction;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.ingest.ArticleReader;

/**
 * Runs an extractor on a folder of articles and scores it against a folder of gold annotations: article
 * {@code NAME.txt} against gold {@code NAME.json}.
 *
 * <pre>
 * Evaluator evaluator = new Evaluator(pipeline::process);
 * EvalReport report = evaluator.evaluate(Path.of("eval/gold"), Path.of("eval/articles"));
 * report.writeText(new PrintWriter(System.out, true));
 * </pre>
 *
 * <p>Articles without gold and gold without article are listed in the report, not errors; an unreadable article
 * or gold file is an error (it would silently change the scores).
 */
public final class Evaluator {

    private final Function<Article, Extraction> extractor;

    public Evaluator(Function<Article, Extraction> extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Evaluates every article that has gold, in name order. */
    public EvalReport evaluate(Path goldDir, Path articlesDir) throws IOException, GoldException, ArticleException {
        TreeSet<String> golds = names(goldDir, ".json");
        TreeSet<String> articles = names(articlesDir, ".txt");
        List<ArticleResult> results = new ArrayList<>();
        for (String name : articles) {
            if (golds.contains(name)) {
                GoldArticle gold = GoldReader.read(goldDir.resolve(name + ".json"));
                Article article = ArticleReader.read(articlesDir.resolve(name + ".txt"));
                results.add(ArticleScorer.score(gold, extractor.apply(article)));
            }
        }
        List<String> withoutGold = articles.stream().filter(n -> !golds.contains(n)).map(n -> n + ".txt").toList();
        List<String> withoutArticle = golds.stream().filter(n -> !articles.contains(n)).map(n -> n + ".json")
                .toList();
        return new EvalReport(results, withoutGold, withoutArticle);
    }

    /** Scores one extraction against its gold. */
    public ArticleResult evaluate(GoldArticle gold, Article article) {
        return ArticleScorer.score(gold, extractor.apply(article));
    }

    /** Names (without extension) of the regular files in {@code dir} ending in {@code extension}. */
    static TreeSet<String> names(Path dir, String extension) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(extension) && n.length() > extension.length())
                    .forEach(n -> names.add(n.substring(0, n.length() - extension.length())));
        }
        return names;
    }
}
