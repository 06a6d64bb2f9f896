package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingArticlesTest {

    @TempDir
    Path dir;

    @Test
    void selectsArticlesWithGoldInSourceThenNameOrderButExcludedAndRepeatedOnes() throws IOException {
        TrainingArticles.Source a = GoldFixtures.copy(dir.resolve("a"), "a380-flight-to-us", "a380-first-flight",
                "a380-engine-tour-delay");
        TrainingArticles.Source b = GoldFixtures.copy(dir.resolve("b"), "a380-first-flight",
                "a380-test-flight-bangkok-accident");
        Files.delete(a.gold().resolve("a380-engine-tour-delay.json")); // an article without gold
        Path test = Files.createDirectories(dir.resolve("test"));
        Files.writeString(test.resolve("a380-flight-to-us.txt"), "held out");
        Map<String, TrainingArticles.Source> s = TrainingArticles.select(List.of(b, a), List.of(test));
        assertEquals(List.of("a380-first-flight", "a380-test-flight-bangkok-accident"), new ArrayList<>(s.keySet()));
        assertEquals(b, s.get("a380-first-flight"));
    }

    @Test
    void collectReadsGoldAndArticleAndDropsNulls() throws Exception {
        TrainingArticles.Source a = GoldFixtures.copy(dir, "a380-first-flight", "a380-flight-to-us");
        List<String> got = TrainingArticles.collect(List.of(a), List.of(), (name, gold, article) ->
                name.equals("a380-first-flight") ? null
                        : name + " " + article.text().isEmpty() + " " + gold.entities().isEmpty());
        assertEquals(List.of("a380-flight-to-us false false"), got);
    }

    @Test
    void foldsHoldOutArticleIInFoldIModK() {
        List<Integer> data = List.of(0, 1, 2, 3, 4);
        assertEquals(List.of(1, 4), Folds.test(data, 3, 1));
        assertEquals(List.of(0, 2, 3), Folds.train(data, 3, 1));
        List<Integer> all = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            all.addAll(Folds.test(data, 3, k));
        }
        all.sort(null);
        assertEquals(data, all);
        assertThrows(IllegalArgumentException.class, () -> Folds.check(6, data.size()));
        assertThrows(IllegalArgumentException.class, () -> Folds.check(1, data.size()));
    }
}
