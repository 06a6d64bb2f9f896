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
 * Quotations inside the appositive of a subject: the title of a work there ("Aziz, the author of “The Cost of
 * Money”, said rates would fall") is no statement, since "said" opens a clause of its own and "wrote “…”" names
 * a work; and an age appositive ("Jan Berg, 54, a pilot, said:") does not hide the speaker. Each on sentences
 * written for the test.
 */
class QuoteAppositionTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void titleOfAWorkInTheSubjectsAppositiveIsNoStatement() {
        assertEquals(List.of(), directSpeakers("Tariq Aziz, the author of \u201CThe Cost of Money\u201D, said rates "
                + "would fall.", person("Tariq Aziz")));
        assertEquals(List.of(), directSpeakers("The report, \u201CBanking on Failure\u201D, said the bank had been "
                + "badly run.", organization("Harlow Bank")));
        assertEquals(List.of(), directSpeakers("Jan Berg, who wrote \u201CFlying Blind: A Pilot's Story\u201D, said "
                + "the union would strike.", person("Jan Berg")));
    }

    @Test
    void quotationBeforeSaidAndItsSpeakerStillAttributed() {
        assertEquals(List.of("Jan Berg"), directSpeakers("\u201CThe union will strike,\u201D said Jan Berg, who "
                + "leads it.", person("Jan Berg")));
        assertEquals(List.of("Maria Lopes"), directSpeakers("\u201CWe will win,\u201D said Maria Lopes, adding that "
                + "fares would rise.", person("Maria Lopes")));
        assertEquals(List.of("Jan Berg"), directSpeakers("Jan Berg wrote: \u201CToday Is Not The End\u201D",
                person("Jan Berg")));
    }

    @Test
    void ageAppositiveBeforeADescriptionKeepsTheSpeaker() {
        assertEquals(List.of("Jan Berg"), directSpeakers("Jan Berg, 54, a pilot for 20 years, said: \u201CI feel "
                + "betrayed.\u201D", person("Jan Berg")));
        assertEquals(List.of("Lena Fischer"), directSpeakers("Lena Fischer, 38, a nurse at the city hospital, told "
                + "reporters: \u201CWe have no more beds.\u201D", person("Lena Fischer")));
    }

    @Test
    void numberBetweenCommasAfterNoNameIsNoAge() {
        assertEquals(List.of(""), directSpeakers("In the vote on Article 12, 54, a clear majority, said: \u201CWe "
                + "want change.\u201D"));
    }
}
