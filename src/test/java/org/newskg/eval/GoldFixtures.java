package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test fixtures of the trainers: development articles and their gold, copied aside to a small source. */
public final class GoldFixtures {

    private GoldFixtures() {
    }

    /**
     * Copies {@code eval/gold/NAME.json} and {@code eval/articles/NAME.txt} of each name into the two folders
     * (created if need be).
     */
    public static TrainingArticles.Source copy(Path gold, Path articles, String... names) throws IOException {
        Files.createDirectories(gold);
        Files.createDirectories(articles);
        for (String a : names) {
            Files.copy(Path.of("eval/gold", a + ".json"), gold.resolve(a + ".json"));
            Files.copy(Path.of("eval/articles", a + ".txt"), articles.resolve(a + ".txt"));
        }
        return new TrainingArticles.Source(gold, articles);
    }

    /** {@link #copy(Path, Path, String...)} into {@code dir/gold} and {@code dir/articles}. */
    public static TrainingArticles.Source copy(Path dir, String... names) throws IOException {
        return copy(dir.resolve("gold"), dir.resolve("articles"), names);
    }
}
