package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.extract.StatementTests.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.newskg.resolve.ResolvedText;
import org.newskg.testing.TestTexts;

class QuoteStatementExtractorTest {

    // ------------------------------------------------------------ quote styles and attributions

    @Test
    void straightQuotesWithSpeakerThenVerb() {
        Statement s = only(extract("\"We will win the election,\" Smith said on Monday.", person("John Smith",
                "Smith")));
        assertEquals("We will win the election", s.text());
        assertEquals(List.of("John Smith"), names(s.speakers()));
        assertEquals("Smith", s.speakerText());
        assertTrue(s.direct());
        assertEquals("on Monday", s.time());
        assertNull(s.date());
        assertEquals("quote:said-after", s.rule());
    }

    @Test
    void curlyQuotesWithVerbThenSpeaker() {
        Statement s = only(extract("\u201CThe merger is dead,\u201D said Jane Doe, the company\u2019s chief "
                + "executive.", person("Jane Doe")));
        assertEquals("The merger is dead", s.text());
        assertEquals(List.of("Jane Doe"), names(s.speakers()));
        assertEquals("quote:said-inverted", s.rule());
    }

    @Test
    void curlySingleQuotesWithAddressee() {
        Statement s = only(extract("\u2018We are not going anywhere,\u2019 Klopp told the BBC.",
                person("Jurgen Klopp", "Klopp"), organization("BBC")));
        assertEquals("We are not going anywhere", s.text());
        assertEquals(List.of("Jurgen Klopp"), names(s.speakers()));
        assertEquals("BBC", s.addressee().name());
    }

    @Test
    void straightSingleQuotes() {
        Statement s = only(extract("'Prices will rise again next year,' Powell said.", person("Jerome Powell",
                "Powell")));
        assertEquals("Prices will rise again next year", s.text());
        assertEquals(List.of("Jerome Powell"), names(s.speakers()));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), extract("Haftar\u2019s forces entered the city as Guterres\u2019 convoy left and "
                + "the \u201990s-era tanks stayed in the army's depots.", person("Khalifa Haftar", "Haftar"),
                person("Antonio Guterres", "Guterres")));
    }

    @Test
    void attributionBeforeTheQuote() {
        Statement s = only(extract("Merkel said: \u201CEurope must stand together against this threat.\u201D",
                person("Angela Merkel", "Merkel")));
        assertEquals("Europe must stand together against this threat.", s.text());
        assertEquals(List.of("Angela Merkel"), names(s.speakers()));
        assertEquals("quote:said-before", s.rule());
    }

    @Test
    void accordingToBeforeAndAfter() {
        Statement before = only(extract("According to Reuters, \u201Cthe talks collapsed late on Friday.\u201D",
                organization("Reuters")));
        assertEquals(List.of("Reuters"), names(before.speakers()));
        assertEquals("quote:according-to", before.rule());
        Statement after = only(extract("\u201CThe driver fled the scene,\u201D according to the police.",
                organization("Reuters")));
        assertEquals(List.of(), after.speakers(), "nobody named: no speaker guessed");
        assertEquals("the police", after.speakerText());
    }

    @Test
    void quoteSplitByItsAttributionGivesTheSameSpeaker() {
        List<Statement> ss = extract("\u201CWe will win,\u201D he said, \u201Cand we will win soon.\u201D",
                person("Boris Johnson").pronouns("he"));
        assertEquals(2, ss.size());
        assertEquals("We will win", ss.get(0).text());
        assertEquals("and we will win soon.", ss.get(1).text());
        assertEquals(List.of("Boris Johnson"), names(ss.get(0).speakers()));
        assertEquals(ss.get(0).speakers(), ss.get(1).speakers());
    }

    @Test
    void nextQuotedSentenceInTheParagraphContinuesTheSpeaker() {
        List<Statement> ss = extract("\u201CWe played well,\u201D Guardiola said. \u201CThe title is not won.\u201D",
                person("Pep Guardiola", "Guardiola"));
        assertEquals(2, ss.size());
        assertEquals(List.of("Pep Guardiola"), names(ss.get(1).speakers()));
        assertEquals("quote:continued", ss.get(1).rule());
    }

    @Test
    void quoteRunningOverParagraphsKeepsItsSpeaker() {
        String text = "\u201CThe economy is growing faster than anyone expected,\u201D Yellen said. \u201CInflation "
                + "is falling.\n\u201CBut we remain cautious about the months ahead.\u201D\nMarkets rose.";
        List<Statement> ss = extract(text, person("Janet Yellen", "Yellen"));
        assertEquals(List.of("The economy is growing faster than anyone expected", "Inflation is falling.",
                "But we remain cautious about the months ahead."), ss.stream().map(Statement::text).toList());
        ss.forEach(s -> assertEquals(List.of("Janet Yellen"), names(s.speakers())));
    }

    @Test
    void attributionAtTheEndOfAMultiParagraphQuote() {
        String text = "\u201CWe have waited for years for this decision.\n\u201CIt is a great day for the city,\u201D "
                + "the mayor, Anne Hidalgo, told reporters.";
        List<Statement> ss = extract(text, person("Anne Hidalgo"));
        assertEquals(2, ss.size());
        ss.forEach(s -> assertEquals(List.of("Anne Hidalgo"), names(s.speakers())));
    }

    @Test
    void nestedQuoteIsPartOfTheOuterStatement() {
        Statement s = only(extract("\u201CThey called it \u2018a betrayal\u2019 and we agree,\u201D Macron said.",
                person("Emmanuel Macron", "Macron")));
        assertEquals("They called it \u2018a betrayal\u2019 and we agree", s.text());
    }

    @Test
    void partialQuoteIntroducedBySpeechVerb() {
        Statement s = only(extract("Johnson said the plan was \u201Cdead in the water\u201D after the vote.",
                person("Boris Johnson", "Johnson")));
        assertEquals("dead in the water", s.text());
        assertEquals(List.of("Boris Johnson"), names(s.speakers()));
        assertTrue(s.direct());
        assertEquals("quote:partial", s.rule());
    }

    @Test
    void institutionSpeaksForItsOwner() {
        Statement s = only(extract("Apple\u2019s spokesman said the company was \u201Cvery pleased\u201D with "
                + "the results.", organization("Apple")));
        assertEquals(List.of("Apple"), names(s.speakers()));
        assertEquals("Apple\u2019s spokesman", s.speakerText());
        assertEquals("quote:partial+institution", s.rule());
    }

    @Test
    void unresolvedPronounTakesThePreviousSpeaker() {
        List<Statement> ss = extract("\u201CWe need more time,\u201D Smith said.\n\n\u201CThe market is not ready "
                + "for this product,\u201D he added.", person("Anna Smith", "Smith"));
        assertEquals(2, ss.size());
        assertEquals(List.of("Anna Smith"), names(ss.get(1).speakers()));
        assertEquals("he", ss.get(1).speakerText());
        assertTrue(ss.get(1).rule().endsWith("+previous-speaker"));
        assertTrue(ss.get(1).confidence() < ss.get(0).confidence());
    }

    @Test
    void jointStatementAndTheStatementSaid() {
        String text = "Germany, France and Italy said in a joint statement on Tuesday that the sanctions would "
                + "remain in place.\n\u201CWe stand united with the people of Ukraine,\u201D the statement said.";
        List<Statement> ss = extract(text, place("Germany"), place("France"), place("Italy"), place("Ukraine"));
        assertEquals(2, ss.size());
        Statement reported = ss.get(0);
        assertFalse(reported.direct());
        assertEquals("the sanctions would remain in place", reported.text());
        assertEquals(List.of("Germany", "France", "Italy"), names(reported.speakers()));
        assertEquals("joint statement", reported.medium());
        assertEquals("on Tuesday", reported.time());
        Statement quote = ss.get(1);
        assertEquals(List.of("Germany", "France", "Italy"), names(quote.speakers()));
        assertEquals("the statement", quote.speakerText());
        assertEquals("joint statement", quote.medium());
        assertEquals(List.of("Ukraine"), names(quote.about()));
    }

    @Test
    void mediumFromTheAttribution() {
        Statement s = only(extract("\u201CGreat win for the team tonight!\u201D Trump wrote on Twitter.",
                person("Donald Trump", "Trump")));
        assertEquals("Twitter", s.medium());
        Statement c = only(extract("Speaking at a news conference in Geneva on Thursday, Guterres said the "
                + "ceasefire \u201Cmust hold\u201D.", person("Antonio Guterres", "Guterres"), place("Geneva")));
        assertEquals("must hold", c.text());
        assertEquals("news conference", c.medium());
        assertEquals("on Thursday", c.time());
    }

    @Test
    void evidenceCoversQuoteAndAttribution() {
        String text = "Markets fell. \u201CWe are watching closely,\u201D Lagarde said.";
        Statement s = only(extract(text, person("Christine Lagarde", "Lagarde")));
        assertEquals("\u201CWe are watching closely,\u201D Lagarde said",
                text.substring(s.evidence().start(), s.evidence().end()));
        assertEquals(1, s.evidence().sentence());
    }

    @Test
    void aboutListsTheEntitiesInsideTheText() {
        Statement s = only(extract("\u201CRussia must leave Ukraine now,\u201D Biden said.", person("Joe Biden",
                "Biden"), place("Russia"), place("Ukraine")));
        assertEquals(List.of("Russia", "Ukraine"), names(s.about()));
    }

    // ------------------------------------------------------------ not statements

    @Test
    void scareQuotesAfterANamingWordAreNotStatements() {
        assertEquals(List.of(), extract("The rebels, whom the government dubbed as \u2018terrorists\u2019, seized "
                + "the town.", place("Tripoli")));
        assertEquals(List.of(), extract("The so-called \u201Cpeace plan\u201D was rejected by both sides.",
                place("Tripoli")));
    }

    @Test
    void headlineFragmentAndTitlesAreNotStatements() {
        assertEquals(List.of(), extract("Guterres leaves Libya with \u2018heavy heart\u2019\n\nThe UN chief left "
                + "on Friday.", person("Antonio Guterres", "Guterres"), place("Libya")));
        assertEquals(List.of(), extract("The film \u201CThe Lord of the Rings\u201D opened in cinemas on Friday.",
                place("Tripoli")));
    }

    @Test
    void longUnattributedQuoteIsNoStatement() {
        assertEquals(List.of(), extract("Fans sang outside the stadium.\n\u201CThis is the darkest day in the "
                + "history of our club.\u201D", organization("Liverpool")));
    }

    @Test
    void negatedOrInfinitiveSpeechIsNotReported() {
        assertEquals(List.of(), extract("Smith declined to say whether the company would sell the unit.",
                person("Anna Smith", "Smith")));
        assertEquals(List.of(), extract("Smith did not say when the talks would resume.", person("Anna Smith",
                "Smith")));
    }

    // ------------------------------------------------------------ reported speech

    @Test
    void toldSomeoneThat() {
        Statement s = only(extract("Haftar told Guterres that his operation would continue.",
                person("Khalifa Haftar", "Haftar"), person("Antonio Guterres", "Guterres")));
        assertFalse(s.direct());
        assertEquals("his operation would continue", s.text());
        assertEquals(List.of("Khalifa Haftar"), names(s.speakers()));
        assertEquals("Antonio Guterres", s.addressee().name());
        assertEquals("reported:that", s.rule());
    }

    @Test
    void saidWithoutThat() {
        Statement s = only(extract("Toyota said sales rose 5 percent in March.", organization("Toyota")));
        assertEquals("sales rose 5 percent in March", s.text());
        assertEquals(List.of("Toyota"), names(s.speakers()));
        assertEquals("reported:clause", s.rule());
    }

    @Test
    void saidAfterTheReportedClause() {
        Statement s = only(extract("The talks have collapsed, officials said on Monday.", place("Geneva")));
        assertEquals("The talks have collapsed", s.text());
        assertEquals("officials", s.speakerText());
        assertEquals(List.of(), s.speakers());
        assertEquals("on Monday", s.time());
    }

    @Test
    void noReportedSpeechWhenTheVerbIntroducesADirectQuote() {
        List<Statement> ss = extract("Smith said: \u201CWe will appeal the ruling.\u201D Ruiz said that \u201Cthe "
                + "ruling is fair\u201D.", person("Anna Smith", "Smith"), person("Carlos Ruiz", "Ruiz"));
        assertEquals(2, ss.size());
        assertTrue(ss.stream().allMatch(Statement::direct));
    }

    @Test
    void datelineIsNotPartOfTheSpeaker() {
        Statement s = only(extract("LONDON (Reuters) - British Prime Minister Rishi Sunak said on Monday he would "
                + "\"do whatever it takes\" to cut migration.", person("Rishi Sunak", "Sunak"),
                organization("Reuters")));
        assertEquals("British Prime Minister Rishi Sunak", s.speakerText());
        assertEquals(List.of("Rishi Sunak"), names(s.speakers()));
        assertEquals("on Monday", s.time());
    }

    @Test
    void unresolvedPronounPrefersAPersonNamedSinceThePreviousStatement() {
        List<Statement> ss = extract("\u201CWe are seeing record demand,\u201D Nadella said.\nArsenal manager "
                + "Mikel Arteta was upbeat. \u2018We showed real character today,\u2019 he said.",
                person("Satya Nadella", "Nadella"), person("Mikel Arteta"));
        assertEquals(List.of("Mikel Arteta"), names(ss.get(1).speakers()));
        assertTrue(ss.get(1).rule().endsWith("+nearest-person"));
    }

    @Test
    void unresolvedPronounAmongSeveralNewPersonsGetsNoSpeaker() {
        List<Statement> ss = extract("\u201CWe need more time,\u201D Smith said.\nLater Jones met Brown in "
                + "Paris. \u201CThe market is not ready for this,\u201D he said.", person("Anna Smith", "Smith"),
                person("Tom Jones", "Jones"), person("Gordon Brown", "Brown"));
        assertEquals(List.of(), ss.get(1).speakers());
        assertEquals("he", ss.get(1).speakerText());
    }

    @Test
    void participleClauseTakesTheSubjectOfTheSentence() {
        List<Statement> ss = extract("\u201CWe are confident,\u201D Nadella said in an interview with Reuters, "
                + "adding that profits would rise.", person("Satya Nadella", "Nadella"), organization("Reuters"));
        assertEquals(2, ss.size());
        assertEquals("interview", ss.get(0).medium());
        Statement adding = ss.get(1);
        assertFalse(adding.direct());
        assertEquals("profits would rise", adding.text());
        assertEquals(List.of("Satya Nadella"), names(adding.speakers()));
    }

    @Test
    void reportedClauseStopsBeforeTheReportersAside() {
        Statement s = only(extract("Reuters reported on Friday that Russia and Ukraine had agreed a prisoner swap, "
                + "citing two sources.", organization("Reuters"), place("Russia"), place("Ukraine")));
        assertEquals("Russia and Ukraine had agreed a prisoner swap", s.text());
        assertEquals("on Friday", s.time());
        assertEquals(List.of("Russia", "Ukraine"), names(s.about()));
    }

    @Test
    void reportedClauseOpeningWithAPossessive() {
        Statement s = only(extract("Arteta says his team can still win the league.", person("Mikel Arteta",
                "Arteta")));
        assertEquals("his team can still win the league", s.text());
    }

    @Test
    void degenerateTextsGiveNoStatement() {
        assertEquals(List.of(), extract("", place("Paris")));
        assertEquals(List.of(), extract("\"\" \u201C\u201D '' \u2018", place("Paris")));
    }

    // ------------------------------------------------------------ thread safety

    @Test
    void sameResultFromManyThreads() {
        StatementExtractor extractor = QuoteStatementExtractor.standard();
        ResolvedText t = TestTexts.resolved("\u201CWe will win,\u201D Smith said. Jones told Smith that the "
                + "vote was rigged.", person("Anna Smith", "Smith"), person("Tom Jones", "Jones"));
        List<Statement> expected = extractor.extract(t, null);
        assertEquals(2, expected.size());
        IntStream.range(0, 16).parallel().forEach(i -> assertEquals(expected, extractor.extract(t, null)));
    }
}
