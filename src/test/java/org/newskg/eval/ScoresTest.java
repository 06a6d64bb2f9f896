package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoresTest {

    @Test
    void perfectPredictionScoresOne() {
        Scores s = new Scores(4, 0, 0);
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.f1());
    }

    @Test
    void emptyPredictionAgainstGoldScoresZero() {
        Scores s = new Scores(0, 0, 3);
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.f1());
    }

    @Test
    void predictionsAgainstEmptyGoldScoreZero() {
        Scores s = new Scores(0, 2, 0);
        assertEquals(0.0, s.precision());
        assertEquals(0.0, s.recall());
        assertEquals(0.0, s.f1());
    }

    @Test
    void nothingToFindAndNothingFoundScoresOne() {
        assertEquals(1.0, Scores.ZERO.precision());
        assertEquals(1.0, Scores.ZERO.recall());
        assertEquals(1.0, Scores.ZERO.f1());
    }

    @Test
    void halfFoundWithoutErrorsHasFullPrecisionHalfRecall() {
        Scores s = new Scores(1, 0, 1);
        assertEquals(1.0, s.precision());
        assertEquals(0.5, s.recall());
        assertEquals(0.667, s.f1(), 0.001);
    }

    @Test
    void mixedCounts() {
        Scores s = new Scores(3, 1, 2);
        assertEquals(0.75, s.precision());
        assertEquals(0.6, s.recall());
        assertEquals(2 * 0.75 * 0.6 / 1.35, s.f1(), 1e-9);
    }

    @Test
    void negativeCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Scores(-1, 0, 0));
    }

    @Test
    void tablesSumKeyWiseForMicroAveraging() {
        ScoreTable a = new ScoreTable(Map.of("PERSON", new Scores(1, 0, 1), "PLACE", new Scores(2, 1, 0)));
        ScoreTable b = new ScoreTable(Map.of("PERSON", new Scores(1, 1, 0)));
        ScoreTable sum = a.plus(b);
        assertEquals(new Scores(2, 1, 1), sum.byKey().get("PERSON"));
        assertEquals(new Scores(2, 1, 0), sum.byKey().get("PLACE"));
        assertEquals(new Scores(4, 2, 1), sum.total());
    }

    @Test
    void linkPrecisionAndRecallLeaveSpuriousLinksOutOfRecall() {
        LinkCounts l = new LinkCounts(2, 2, 1, 1);
        assertEquals(0.5, l.precision());
        assertEquals(0.5, l.recall());   // 2 correct of 2 + 1 wrong + 1 missing expected
    }
}
