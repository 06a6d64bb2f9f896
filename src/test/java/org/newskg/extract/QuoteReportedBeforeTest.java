package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * A quotation opening a sentence of its own, with no attribution, right after a sentence of the same paragraph
 * that reports what a named person said ("Berg noted the findings were clear. “…”") or that says the person
 * issued a document ("Berg issued a statement on the ruling. “…”"): the quotation goes on in that person's own
 * words (science, culture, politics, sport news).
 */
class QuoteReportedBeforeTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void aQuotationAfterReportedSpeechOfANamedPerson() {
        assertEquals(List.of("Lena Hart"), directSpeakers("Lena Hart noted the results show that cleaner air "
                + "pays off. \u201CWe can measure the gain in every field we studied.\u201D", person("Lena Hart")));
        assertEquals(List.of("Omar Said"), directSpeakers("The coach, Omar Said, also said the team was tired. "
                + "\u201CWe played three games in six days and it showed.\u201D", person("Omar Said")));
        assertEquals(List.of("Rita Moss"), directSpeakers("Rita Moss told the council the bridge would stay "
                + "closed. \"The engineers found cracks in two of the piers.\"", person("Rita Moss")));
    }

    @Test
    void aQuotationAfterAPersonIssuingAStatement() {
        assertEquals(List.of("Paul Ekwe"), directSpeakers("Senator Paul Ekwe issued a statement on the closure of "
                + "the base. \u201CThis decision will cost our region thousands of jobs.\u201D",
                person("Paul Ekwe")));
    }

    @Test
    void noSpeakerWhenTheSentenceBeforeReportsNothingOrIsInAnotherParagraph() {
        // no speech verb: visiting is no saying
        assertEquals(List.of(), directSpeakers("Lena Hart visited the farm on Monday. \u201CThe harvest is "
                + "the worst in years.\u201D", person("Lena Hart")));
        // a negated speech verb
        assertEquals(List.of(), directSpeakers("Lena Hart did not say when the study would end. \u201CThe "
                + "harvest is the worst in years.\u201D", person("Lena Hart")));
        // the quotation does not close its sentence: it is the subject of what follows
        assertEquals(List.of(), directSpeakers("Lena Hart said the vote was close. \u201CThe People's Choice\u201D "
                + "won the award last year.", person("Lena Hart")));
        // the speaker is an organisation named as subject: not this rule's
        assertEquals(List.of(), directSpeakers("Acme Bank said profits fell. \u201CThe market was weak in the "
                + "spring.\u201D", organization("Acme Bank")).stream().filter(s -> !s.isEmpty()).toList());
    }

    @Test
    void aTitleWithABodyBeforeTheSpeakersName() {
        assertEquals(List.of("Paul Ekwe"), directSpeakers("U.S. Senator Paul Ekwe, Democrat from Ohio, issued a "
                + "statement on the closure. \u201CThis decision will cost our region thousands of jobs.\u201D",
                person("Paul Ekwe"), place("U.S."), place("Ohio")));
        assertEquals(List.of("Jana Novak"), directSpeakers("Veltra chief executive Jana Novak told staff the plant "
                + "would close. \u201CWe tried everything to keep it open.\u201D", person("Jana Novak"),
                organization("Veltra")));
    }

    @Test
    void aBodysTitleWithItsOwnOfPhraseInTheAppositive() {
        assertEquals(List.of("Maria Olsen"), directSpeakers("Maria Olsen, NSU associate professor of economics, "
                + "said, \u201CI think the tax is as important as the budget.\u201D", person("Maria Olsen"),
                organization("NSU")));
        assertEquals(List.of("Tom Reyes"), directSpeakers("Tom Reyes, Kelby Hospital head of surgery, said: "
                + "\u201CWe operated through the night.\u201D", person("Tom Reyes"), organization("Kelby Hospital")));
    }

    @Test
    void aQuotationAfterAsThePersonToldOrSaid() {
        assertEquals(List.of("Lena Hart"), directSpeakers("As Lena Hart told the BBC, river levels have fallen "
                + "since May. \u201CWe have never seen the lake this low in fifty years.\u201D", person("Lena Hart")));
        // "as" with no speech verb frames no speech
        assertEquals(List.of(), directSpeakers("As Lena Hart arrived, the river rose. \u201CWe have never seen "
                + "the lake this low in fifty years.\u201D", person("Lena Hart")));
    }
}
