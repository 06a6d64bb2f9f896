package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<String> quoted(String text) {
        return QuoteScanner.scan(text).stream().map(p -> text.substring(p.start(), p.end())).toList();
    }

    @Test
    void straightAndCurlyDoubleQuotes() {
        assertEquals(List.of("We will win", "and soon."),
                quoted("\"We will win,\" he said, \u201Cand soon.\u201D"));
    }

    @Test
    void openingMarkTypedForAClosingOneAfterACommaCloses() {
        assertEquals(List.of("The storm hit fast", "We lost power."),
                quoted("\u201CThe storm hit fast, \u201CDubois said. \u201CWe lost power.\u201D"));
        // balanced marks: a quote nested after a comma stays nested
        assertEquals(List.of("He told me, \u201CGo home,\u201D and left"),
                quoted("\u201CHe told me, \u201CGo home,\u201D and left,\u201D Dubois said."));
    }

    @Test
    void curlySingleQuotesAreToldFromApostrophes() {
        assertEquals(List.of("heavy heart"),
                quoted("Haftar\u2019s visit and Guterres\u2019 trip left him with \u2018heavy heart\u2019 in the "
                        + "\u201990s."));
    }

    @Test
    void straightSingleQuotesAreToldFromApostrophes() {
        assertEquals(List.of("We can't stop now"), quoted("'We can't stop now,' the coach's assistant said."));
    }

    @Test
    void anUnclosedSingleQuoteIsAnApostrophe() {
        assertEquals(List.of("real"), quoted("Rock 'n roll of the '90s and a \"real\" hit."));
    }

    @Test
    void quotesOfTheOtherKindNestInside() {
        assertEquals(List.of("They called it \u2018a betrayal\u2019 and we agree"),
                quoted("\u201CThey called it \u2018a betrayal\u2019 and we agree,\u201D Macron said."));
        assertEquals(List.of("He called it \u201Cmadness\u201D"),
                quoted("\u2018He called it \u201Cmadness\u201D,\u2019 she said."));
    }

    @Test
    void aQuoteRunsOnWhenTheNextParagraphOpensWithAQuote() {
        String text = "\u201CFirst part,\u201D she said. \u201CSecond part runs on.\n\n\u201CThird part ends.\u201D\n"
                + "Plain paragraph.";
        List<QuoteScanner.Piece> pieces = QuoteScanner.scan(text);
        assertEquals(List.of("First part", "Second part runs on.", "Third part ends."), quoted(text));
        assertEquals(-1, pieces.get(1).close());
        assertEquals(pieces.get(1).chain(), pieces.get(2).chain());
        assertEquals(false, pieces.get(0).chain() == pieces.get(1).chain());
    }

    @Test
    void anUnclosedDoubleQuoteStopsAtTheParagraphEnd() {
        assertEquals(List.of("No closing mark here"), quoted("He said \u201CNo closing mark here\nNext paragraph."));
    }

    @Test
    void guillemets() {
        assertEquals(List.of("Nous gagnerons"), quoted("Il a dit: \u00ABNous gagnerons\u00BB."));
    }

    @Test
    void pluralPossessiveInsideStraightSingleQuotesDoesNotClose() {
        assertEquals(List.of("The workers' patience has run out"),
                quoted("'The workers' patience has run out,' said the union leader."));
        // a closing mark with no punctuation-closed mark after it still closes
        assertEquals(List.of("We love the Beatles"), quoted("'We love the Beatles' says the sign on the wall."));
        assertEquals(List.of("rock n' roll"), quoted("He said the 'rock n' roll' days were over."));
        // apostrophes and inch marks alone are no quotations
        assertEquals(List.of(), quoted("The firms' profits rose. Its 15\" model and the 6'2\" mascot sold."));
    }
}
