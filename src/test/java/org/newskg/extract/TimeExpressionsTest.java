package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newskg.extract.TimeExpressions.TimeExpression;
import org.newskg.nlp.Sentence;
import org.newskg.testing.TestTexts;

class TimeExpressionsTest {

    private static final LocalDate FRIDAY = LocalDate.of(2019, 4, 5);

    private static Sentence sentence(String text) {
        return TestTexts.ANALYZER.analyze(text).sentences().get(0);
    }

    private static TimeExpression first(String text, LocalDate published) {
        Sentence s = sentence(text);
        return TimeExpressions.find(s, 0, s.tokens().size(), published).orElseThrow();
    }

    @Test
    void weekdayIsTheMostRecentOnOrBeforePublication() {
        TimeExpression t = first("Guterres met Haftar on Thursday.", FRIDAY);
        assertEquals("on Thursday", t.text());
        assertEquals(LocalDate.of(2019, 4, 4), t.date());
        assertEquals(FRIDAY, first("Clashes broke out on Friday.", FRIDAY).date());
        assertEquals(LocalDate.of(2019, 4, 6), first("Talks ended Saturday.", LocalDate.of(2019, 4, 9)).date());
    }

    @Test
    void lastAndNextWeekday() {
        assertEquals(LocalDate.of(2019, 3, 29), first("They met last Friday.", FRIDAY).date());
        assertEquals(LocalDate.of(2019, 4, 8), first("They meet next Monday.", FRIDAY).date());
    }

    @Test
    void dayPartIsPartOfTheExpression() {
        TimeExpression t = first("Shelling resumed on Tuesday morning.", FRIDAY);
        assertEquals("on Tuesday morning", t.text());
        assertEquals(LocalDate.of(2019, 4, 2), t.date());
    }

    @Test
    void relativeDays() {
        assertEquals(LocalDate.of(2019, 4, 4), first("The deal closed yesterday.", FRIDAY).date());
        assertEquals(FRIDAY, first("Markets fell today.", FRIDAY).date());
        assertEquals(LocalDate.of(2019, 4, 4), first("Rockets hit the city last night.", FRIDAY).date());
    }

    @Test
    void explicitDates() {
        assertEquals(LocalDate.of(2019, 4, 5), first("It began on April 5, 2019.", null).date());
        assertEquals(LocalDate.of(2018, 11, 5), first("It began on 5 November 2018 in Paris.", null).date());
        assertEquals(LocalDate.of(2019, 4, 5), first("Filed 2019-04-05 by the court.", null).date());
        TimeExpression t = first("It began on April 5, 2019.", null);
        assertEquals("on April 5, 2019", t.text());
    }

    @Test
    void dayAndMonthTakeTheNearestYear() {
        assertEquals(LocalDate.of(2019, 4, 2), first("The vote was held on April 2.", FRIDAY).date());
        assertEquals(LocalDate.of(2018, 12, 30),
                first("The vote was held on December 30.", LocalDate.of(2019, 1, 3)).date());
        assertEquals(LocalDate.of(2019, 3, 21), first("Talks began 21st March.", FRIDAY).date());
    }

    @Test
    void coarsePeriodsHaveTextButNoDate() {
        TimeExpression week = first("Prices rose last week.", FRIDAY);
        assertEquals("last week", week.text());
        assertNull(week.date());
        TimeExpression month = first("Elections are due in April.", FRIDAY);
        assertEquals("in April", month.text());
        assertNull(month.date());
    }

    @Test
    void noPublicationDateNoRelativeDate() {
        TimeExpression t = first("They met on Thursday.", null);
        assertEquals("on Thursday", t.text());
        assertNull(t.date());
    }

    @Test
    void mayAsModalAndNumbersAreNotDates() {
        Sentence s = sentence("Troops may advance 100 kilometres in 2 days.");
        assertEquals(Optional.empty(), TimeExpressions.find(s, 0, s.tokens().size(), FRIDAY));
    }

    @Test
    void findRespectsTheTokenRangeAndOffsets() {
        String text = "On Monday talks failed, and on Wednesday the army attacked.";
        Sentence s = sentence(text);
        int comma = s.tokenAt(text.indexOf(','));
        TimeExpression t = TimeExpressions.find(s, comma, s.tokens().size(), FRIDAY).orElseThrow();
        assertEquals("on Wednesday", t.text());
        assertEquals("on Wednesday", text.substring(t.start(), t.end()));
        assertEquals(LocalDate.of(2019, 4, 3), t.date());
        List<TimeExpression> all = TimeExpressions.findAll(s, FRIDAY);
        assertEquals(2, all.size());
        assertTrue(all.get(0).last() < all.get(1).first());
    }
}
