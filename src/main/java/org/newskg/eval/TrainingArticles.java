package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.ingest.ArticleReader;

/**
 * The gold articles the trainers of the learned components ({@link CalibrationTrainer}, {@link RelationTrainer},
 * {@link SpeakerTrainer}) learn from: every article NAME.txt of a folder that has a gold file NAME.json, in name
 * order, but those whose file name is in an excluded folder (e.g. a test set) or was met in an earlier source.
 *
 * <pre>
 * List&lt;TrainingArticles.Source&gt; sources = List.of(new TrainingArticles.Source(gold, articles));
 * int n = TrainingArticles.select(sources, List.of(testArticles)).size();     // no extraction yet
 * List&lt;MyData&gt; data = TrainingArticles.collect(sources, List.of(testArticles),
 *         (name, goldArticle, article) -&gt; label(name, goldArticle, pipeline.process(article)));
 * </pre>
 */
public final class TrainingArticles {

    /** A folder of gold files NAME.json and the folder of their articles NAME.txt. */
    public record Source(Path gold, Path articles) {

        /**
         * A pair written as one option value, {@code GOLD_DIR:ARTICLES_DIR} ("eval/train/gold:eval/train/articles").
         *
         * @throws IllegalArgumentException when it is not two non-empty parts around one ':'
         */
        public static Source parse(String pair) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1 || pair.indexOf(':', colon + 1) >= 0) {
                throw new IllegalArgumentException(pair + ": expected GOLD_DIR:ARTICLES_DIR, "
                        + "e.g. eval/train/gold:eval/train/articles");
            }
            return new Source(Path.of(pair.substring(0, colon)), Path.of(pair.substring(colon + 1)));
        }
    }

    /** What a trainer makes of one article and its gold; null leaves the article out. */
    @FunctionalInterface
    public interface Labeller<T> {
        T label(String name, GoldArticle gold, Article article);
    }

    private TrainingArticles() {
    }

    /**
     * The names of the articles to learn from, each with its source: in source order then name order, but those
     * whose file name is in an excluded folder or was met in an earlier source. Reads folder listings only.
     */
    public static Map<String, Source> select(List<Source> sources, List<Path> exclude) throws IOException {
        Set<String> skip = new HashSet<>();
        for (Path d : exclude) {
            skip.addAll(Evaluator.names(d, ".txt"));
        }
        Map<String, Source> selected = new LinkedHashMap<>();
        for (Source src : sources) {
            TreeSet<String> golds = Evaluator.names(src.gold(), ".json");
            for (String name : Evaluator.names(src.articles(), ".txt")) {
                if (golds.contains(name) && skip.add(name)) {
                    selected.put(name, src);
                }
            }
        }
        return selected;
    }

    /**
     * Reads the gold and the article of every {@link #select selected} name, in order, and keeps what the labeller
     * makes of them (but nulls).
     */
    public static <T> List<T> collect(List<Source> sources, List<Path> exclude, Labeller<T> labeller)
            throws IOException, GoldException, ArticleException {
        List<T> data = new ArrayList<>();
        for (Map.Entry<String, Source> e : select(sources, exclude).entrySet()) {
            String name = e.getKey();
            GoldArticle gold = GoldReader.read(e.getValue().gold().resolve(name + ".json"));
            T d = labeller.label(name, gold, ArticleReader.read(e.getValue().articles().resolve(name + ".txt")));
            if (d != null) {
                data.add(d);
            }
        }
        return data;
    }
}
