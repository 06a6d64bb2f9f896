package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OpenNlpAnalyzerTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();

    private static List<String> words(Sentence s) {
        return s.tokens().stream().map(Token::text).toList();
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "Headline here\n\nThe minister’s aide said “no”. Then he left.";
        AnalyzedText t = ANALYZER.analyze(text);
        for (Sentence s : t.sentences()) {
            assertEquals(s.text(), text.substring(s.start(), s.end()));
            for (Token tok : s.tokens()) {
                assertEquals(tok.text(), text.substring(tok.start(), tok.end()));
            }
        }
    }

    @Test
    void sentencesNeverCrossLines() {
        AnalyzedText t = ANALYZER.analyze("A title without a stop\nBody sentence one. Body sentence two.");
        assertEquals(3, t.sentences().size());
        assertEquals(0, t.sentences().get(0).paragraph());
        assertEquals(1, t.sentences().get(2).paragraph());
    }

    @Test
    void possessivesAndCurlyQuotesAreTheirOwnTokens() {
        Sentence s = ANALYZER.analyze("Merkel’s office said it was “deeply worried”.").sentences().get(0);
        List<String> w = words(s);
        assertTrue(w.contains("Merkel"), w.toString());
        assertTrue(w.contains("’s"), w.toString());
        assertTrue(w.contains("“"), w.toString());
        assertTrue(w.contains("worried"), w.toString());
    }

    @Test
    void companyAbbreviationsKeepTheirDotAndEndNoSentence() {
        AnalyzedText t = ANALYZER.analyze("Shares of Halvard Corp. rose 5 percent. Brenner Co. Chief Executive Ida Voss"
                + " spoke. Talks ended.");
        assertEquals(3, t.sentences().size(), "a lower-case word after \"Corp.\" goes on the sentence");
        assertTrue(words(t.sentences().get(0)).contains("Corp."), words(t.sentences().get(0)).toString());
        assertTrue(words(t.sentences().get(1)).contains("Co."), words(t.sentences().get(1)).toString());
    }

    @Test
    void noSentenceEndsInACommaAfterACompanyAbbreviation() {
        AnalyzedText t = ANALYZER.analyze("Ostrava Corp., based in Brno, makes pumps. Prices rose.");
        assertEquals(2, t.sentences().size());
        assertTrue(words(t.sentences().get(0)).contains("based"), words(t.sentences().get(0)).toString());
    }

    @Test
    void dottedAcronymsStayWhole() {
        Sentence s = ANALYZER.analyze("The U.N. envoy met U.S. officials.").sentences().get(0);
        assertTrue(words(s).contains("U.N."), words(s).toString());
        assertTrue(words(s).contains("U.S."), words(s).toString());
    }

    @Test
    void tagsAndLemmas() {
        Sentence s = ANALYZER.analyze("Rebels captured two towns near Aleppo.").sentences().get(0);
        Token captured = s.tokens().get(1);
        assertEquals("VERB", captured.pos());
        assertEquals("capture", captured.lemma());
        assertTrue(s.tokens().get(5).isProperNoun());
    }

    @Test
    void sentenceFinalFullStopIsItsOwnToken() {
        Sentence s = ANALYZER.analyze("Government forces shelled Aleppo.").sentences().get(0);
        assertEquals(List.of("Government", "forces", "shelled", "Aleppo", "."), words(s));
    }

    @Test
    void titleAbbreviationsNeitherEndSentencesNorLoseTheirDot() {
        AnalyzedText t = ANALYZER.analyze("Gen. Mattis arrived in Kabul on Monday. Dr. Jones left.");
        assertEquals(2, t.sentences().size());
        assertTrue(words(t.sentences().get(0)).contains("Gen."), words(t.sentences().get(0)).toString());
    }

    @Test
    void middleInitialsAndRanksDoNotEndSentences() {
        AnalyzedText t = ANALYZER.analyze("Spc. Lorraine Walsh met Lewis W. Teperman in Kabul. They talked.");
        assertEquals(2, t.sentences().size(), t.sentences().toString());
    }

    @Test
    void aStopGluedToTheNextSentenceStillEndsTheSentence() {
        // the stop glued to a capitalised word, in four topics: the name before it keeps no dot or next word
        for (String text : List.of("The motion went to the Security Council.In this respect, envoys met.",
                "The striker joined Real Sociedad.Then he scored twice.",
                "Police arrested two men in Leeds.The men were charged on Monday.",
                "The telescope was launched in 2021.Its first images came later.",
                "Critics asked who had paid for the new museum?Nobody in the city council answered.")) {
            AnalyzedText t = ANALYZER.analyze(text);
            assertEquals(2, t.sentences().size(), text + " -> " + t.sentences());
            List<String> first = words(t.sentences().get(0));
            assertTrue(List.of(".", "?").contains(first.get(first.size() - 1)), first.toString());
        }
        assertEquals("Council", words(ANALYZER.analyze("It went to the Security Council.In May it voted.")
                .sentences().get(0)).get(5));
    }

    @Test
    void webNamesInitialsAndTitlesGluedToAWordAreNoSentenceEnd() {
        for (String text : List.of("Shoppers moved to Booking.Com and other sites.",
                "He served in the U.S.Army for years.", "They met Mr.Smith at noon.",
                "Prices rose 3.5 percent in May.")) {
            assertEquals(1, ANALYZER.analyze(text).sentences().size(), text);
        }
    }
}
