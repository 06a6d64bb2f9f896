package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static ArticleResult article(String name, int tp, int fp, int fn) {
        return new ArticleResult(name, new ScoreTable(Map.of("PERSON", new Scores(tp, fp, fn))), ScoreTable.EMPTY,
                Scores.ZERO, LinkCounts.ZERO, List.of());
    }

    @Test
    void articlesThatAllScoreAlikeGiveAnIntervalOfNoWidth() {
        List<ArticleResult> same = List.of(article("a", 3, 1, 1), article("b", 3, 1, 1), article("c", 3, 1, 1));

        Bootstrap.Interval ci = Bootstrap.f1(same, r -> r.entities().total());

        assertEquals(0.75, ci.low(), 1e-9);
        assertEquals(0.75, ci.high(), 1e-9);
    }

    @Test
    void unevenArticlesGiveAnIntervalAroundTheMicroAverage() {
        List<ArticleResult> mixed = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            mixed.add(article("good" + i, 9, 1, 0));
            mixed.add(article("bad" + i, 2, 6, 5));
        }
        double f1 = new EvalReport(mixed, List.of(), List.of()).total().entities().total().f1();

        Bootstrap.Interval ci = Bootstrap.f1(mixed, r -> r.entities().total());

        assertTrue(ci.low() < f1 && f1 < ci.high(), ci + " around " + f1);
        assertTrue(ci.high() - ci.low() > 0.05, "wide enough to show the spread: " + ci);
        assertEquals(ci, Bootstrap.f1(mixed, r -> r.entities().total()), "same seed, same interval");
    }

    @Test
    void oneArticleHasNoInterval() {
        assertNull(Bootstrap.f1(List.of(article("a", 1, 0, 0)), r -> r.entities().total()));
        assertTrue(new EvalReport(List.of(article("a", 1, 0, 0)), List.of(), List.of()).intervals().isEmpty());
    }
}
