package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Layouts of Wikinews texts rebuilt from corpus tokens (straight quotes, one paragraph per sentence): a
 * commentator introduced by a verbless sentence and quoted right after it, and an attribution paragraph of its
 * own ("X, the spokesman, said.") after a quotation closed by a comma. Each on sentences written for the test,
 * with the near-misses that must give nothing.
 */
class QuoteWikinewsLayoutTest {

    private static List<String> speakersOf(List<Statement> statements) {
        return statements.stream().filter(Statement::direct).map(s -> String.join("+", names(s.speakers())))
                .toList();
    }

    // ------------------------------------------------------------ verbless introduction

    @Test
    void personIntroducedWithoutVerbSpeaksTheQuotationAfter() {
        assertEquals(List.of("Nina Hartmann"), speakersOf(extract("Stocks fell in Frankfurt.\n\nNina Hartmann, of "
                + "Kessler Securities.\n\n\"Investors are worried about the banks and they are selling.\"",
                person("Nina Hartmann"), organization("Kessler Securities"))));
        assertEquals(List.of("Yuki Tanaka"), speakersOf(extract("Exports fell.\n\nYuki Tanaka, an economist at "
                + "Hoshi Research. \"Exports will keep falling until demand recovers.\"",
                person("Yuki Tanaka"), organization("Hoshi Research"))));
        assertEquals(List.of("Ian Ross"), speakersOf(extract("House prices fell again.\n\nIan Ross, of Dunmore "
                + "Estates.\n\n'Buyers are staying away until prices fall further.'",
                person("Ian Ross"), organization("Dunmore Estates"))));
        assertEquals(List.of("Paolo Ricci"), speakersOf(extract("Bond yields rose.\n\nPaolo Ricci, a bond "
                + "strategist.\n\n\"The market wants a clear plan from the government.\"", person("Paolo Ricci"))));
    }

    @Test
    void introductionWithAVerbOrOfAnOrganizationGivesNoSpeaker() {
        // a clause (a verb) is no introduction; an organization introduced the same way is no commentator
        assertTrue(speakersOf(extract("Stocks fell.\n\nNina Hartmann, of Kessler Securities, sold her shares."
                + "\n\n\"Investors are selling everything they can.\"", person("Nina Hartmann"),
                organization("Kessler Securities"))).isEmpty());
        assertTrue(speakersOf(extract("Steel fell.\n\nHarbor Steel, of Pittsburgh.\n\n\"The market is weak and "
                + "will stay weak for the year.\"", organization("Harbor Steel"))).isEmpty());
        // the introduction two paragraphs before is too far
        assertTrue(speakersOf(extract("Stocks fell.\n\nNina Hartmann, of Kessler Securities.\n\nThe index lost "
                + "3 percent.\n\n\"Investors are selling everything they can.\"", person("Nina Hartmann"),
                organization("Kessler Securities"))).isEmpty());
    }

    // ------------------------------------------------------------ attribution paragraph after “…,”

    @Test
    void attributionParagraphAfterAQuotationClosedByACommaIsItsSpeaker() {
        assertEquals(List.of("Paul Okafor"), speakersOf(extract("Flights were cancelled.\n\n\"The weather has "
                + "been the worst in a decade,\"\n\nPaul Okafor, the airline's spokesman, said.",
                person("Paul Okafor"))));
        assertEquals(List.of("Amy Walsh"), speakersOf(extract("Sales were weak.\n\n\"The Christmas season was "
                + "disappointing,\"\n\nAmy Walsh, the chief executive, said in a statement.", person("Amy Walsh"))));
    }

    @Test
    void paragraphReportingMoreAfterTheVerbIsNoAttribution() {
        // "Anton Weiss said the plant would close": his own reported speech, not the quotation's attribution
        assertTrue(speakersOf(extract("Steel prices rose.\n\n\"We expect the market to stay tight,\"\n\nAnton "
                + "Weiss said the plant would close in June.", person("Anton Weiss"))).isEmpty());
        // without the comma inside the marks the quotation is not cut off from the next paragraph
        assertTrue(speakersOf(extract("Steel prices rose.\n\n\"We expect the market to stay tight.\"\n\nAnton "
                + "Weiss, the plant manager, said.", person("Anton Weiss"))).isEmpty());
    }

    // ------------------------------------------------------------ a name after its article

    @Test
    void quotedNameAfterItsArticleIsNoInvertedQuotation() {
        assertTrue(speakersOf(extract("The new model, the \"Orion 5\", goes on sale in May.")).isEmpty());
        assertTrue(speakersOf(extract("The fund, the \"Blue Horizon\", said analysts, was closed.")).isEmpty());
        // a quotation with its inverted attribution still speaks
        assertEquals(List.of("Rolf Meier"), speakersOf(extract("Stocks rose.\n\n\"Investors are buying again,"
                + "\" said Rolf Meier, a strategist.", person("Rolf Meier"))));
    }
}
