package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Quotations that name a work or a sign rather than report speech (a headline, a slogan, a hashtag, however
 * long: eval S2), and titles before a speaker's name that the tagger mistakes for prepositions ("said union
 * leader X" with "union" tagged ADP). Each on sentences written for the test.
 */
class QuoteNamesAndTitlesTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    // ------------------------------------------------------------ names of works and signs

    @Test
    void quotationAfterAHeadlineOrSloganNounIsAName() {
        assertEquals(List.of(), directSpeakers("Under the headline \u201CRetail in crisis\u201D, the Daily Courier "
                + "reported falling sales.", organization("Daily Courier")));
        assertEquals(List.of(), directSpeakers("Under the headline \u201CWhy the high street is dying and who is "
                + "to blame\u201D, the Daily Courier reported falling sales.", organization("Daily Courier")));
        assertEquals(List.of(), directSpeakers("The Morning Star carried the headline \u201CBank bosses must "
                + "go\u201D on Friday.", organization("Morning Star")));
        assertEquals(List.of(), directSpeakers("Harlow Union marched under the slogan \u201CBuy local, buy "
                + "now\u201D through the city.", organization("Harlow Union")));
        assertEquals(List.of(), directSpeakers("Thousands of Kestrel Airlines staff posted the hashtag "
                + "\u201C#Fair Pay Now\u201D on Monday.", organization("Kestrel Airlines")));
    }

    @Test
    void wordsSaidAboutAHeadlineAreStillStatements() {
        assertEquals(List.of("Maria Lopes"), directSpeakers("Maria Lopes said the headline was \u201Ccompletely "
                + "false\u201D.", person("Maria Lopes")));
        assertEquals(List.of("Maria Lopes"), directSpeakers("\u201CWe will fight on,\u201D Maria Lopes said, "
                + "repeating the union's slogan.", person("Maria Lopes")));
    }

    // ------------------------------------------------------------ titles the tagger takes for prepositions

    @Test
    void titleNounMistaggedAsPrepositionStillLeadsToTheName() {
        assertEquals(List.of("Paolo Gatti"), directSpeakers("\u201CThose figures are invented,\u201D said union "
                + "leader Paolo Gatti.", person("Paolo Gatti")));
        assertEquals(List.of("Paolo Gatti"), directSpeakers("\u201CThose figures are invented,\u201D said union "
                + "boss Paolo Gatti.", person("Paolo Gatti")));
        assertEquals(List.of("Paolo Gatti"), directSpeakers("\u201CThose figures are invented,\u201D union leader "
                + "Paolo Gatti said.", person("Paolo Gatti")));
    }

    @Test
    void realPrepositionAfterTheNameStaysOutOfTheSpeaker() {
        List<Statement> found = extract("\u201CThose figures are invented,\u201D said Paolo Gatti throughout the "
                + "meeting.", person("Paolo Gatti"));
        assertEquals(List.of("Paolo Gatti"), names(found.get(0).speakers()));
        assertEquals("Paolo Gatti", found.get(0).speakerText());
    }
}
