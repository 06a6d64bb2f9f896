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
 * Attributions after a quotation that stand a little apart from it: ", according to X" closing a clause with a
 * partial quotation, "a statement from X" after "according to" (the issuer speaks, eval S3), and a relative
 * clause between the speaker and "said" ("“…,” Lopes, who took over in March, said"). Each on sentences
 * written for the test.
 */
class QuoteTrailingAttributionTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    // ------------------------------------------------------------ ", according to X" after a partial quote

    @Test
    void accordingToClosingTheClauseOfAPartialQuote() {
        assertEquals(List.of("Omar Haddad"), directSpeakers("The army has been \u201Cfully prepared\u201D since "
                + "March, according to General Omar Haddad.", person("Omar Haddad")));
        assertEquals(List.of("Maria Lopes"), directSpeakers("The airline will be \u201Cback in profit\u201D in the "
                + "first quarter, according to Maria Lopes.", person("Maria Lopes")));
        assertEquals(List.of("Jan Berg"), directSpeakers("Demand for steel was \u201Cremarkably weak\u201D, "
                + "according to Jan Berg, an analyst at Nordholm Securities.", person("Jan Berg"),
                organization("Nordholm Securities")));
    }

    @Test
    void quotedModifierBeforeANounOrAVerbIsNotAttributedByAccordingTo() {
        assertEquals(List.of(), directSpeakers("The takeover bid includes a \u201Cpoison pill\u201D clause, "
                + "according to documents seen by the Daily Courier.", organization("Daily Courier")));
        assertEquals(List.of(), directSpeakers("Sales of \u201Csmart glasses\u201D rose 4 percent last year, "
                + "according to Harlow Research.", organization("Harlow Research")));
    }

    @Test
    void statementFromABodyAfterAccordingToIsThatBodys() {
        assertEquals(List.of("Kestrel Airlines"), directSpeakers("The company will be \u201Cback in profit next "
                + "year\u201D, according to a statement from Kestrel Airlines.", organization("Kestrel Airlines")));
        assertEquals(List.of("Kestrel Airlines"), directSpeakers("According to a statement from Kestrel Airlines, "
                + "the company \u201Cwill be back in profit next year\u201D.", organization("Kestrel Airlines")));
        assertEquals(List.of(""), directSpeakers("According to a statement on the crisis, the company \u201Cwill be "
                + "back in profit next year\u201D.", organization("Kestrel Airlines")));
    }

    // ------------------------------------------------------------ relative clause before "said"

    @Test
    void relativeClauseBetweenSpeakerAndSaidAfterTheQuote() {
        assertEquals(List.of("Maria Lopes"), directSpeakers("\u201CWe have seen a strong recovery in bookings,"
                + "\u201D Maria Lopes, who took over in March, said.", person("Maria Lopes")));
        assertEquals(List.of("Kestrel Airlines"), directSpeakers("\u201CWe have no comment,\u201D Kestrel Airlines, "
                + "which is based in Lisbon, said in a statement.", organization("Kestrel Airlines")));
    }

    @Test
    void relativeClauseFollowedByAnotherVerbGivesNoSpeaker() {
        assertEquals(List.of(), directSpeakers("The \u201Cstrong recovery in bookings\u201D was a relief for Jan "
                + "Berg, who took over in March, and he expects more.", person("Jan Berg")));
    }
}
