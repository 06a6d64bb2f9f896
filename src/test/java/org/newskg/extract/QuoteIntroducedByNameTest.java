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
 * Introductions the tagger or the subject finder used to miss: a present-tense speech verb the tagger reads as a
 * noun ("Acme notes, “…”"); a colon after a clause whose subject is a name in apposition ("The bishop, Jan Berg,
 * has called the ruling unfair: “…”"); "in the words of" a title with the name in apposition. Sentences written
 * for the test (science, religion, courts, health).
 */
class QuoteIntroducedByNameTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void aPresentTenseSpeechVerbTaggedAsANoun() {
        assertEquals(List.of("Kelby Water Board"), directSpeakers("The Kelby Water Board notes, \u201CLead pipes "
                + "cause more harm than all other sources combined\u201D, highlighting the need for repairs.",
                organization("Kelby Water Board")));
        assertEquals(List.of("Jan Berg"), directSpeakers("Jan Berg writes: \u201CThe museum has never had so many "
                + "visitors.\u201D", person("Jan Berg")));
    }

    @Test
    void aNounBetweenNoNameAndTheQuotationIsNoVerb() {
        // "field notes" after no name: the word stays a noun, and the quotation a title
        assertEquals(List.of(), directSpeakers("She kept her field notes, \u201CA Summer on the Ice\u201D, in a box."));
    }

    @Test
    void aColonAfterAClauseWithASubjectInApposition() {
        assertEquals(List.of("Marco Rossi"), directSpeakers("The bishop, Marco Rossi, has called the ruling "
                + "\u201Cunfair\u201D and \u201Cpolitical\u201D: \u201CWe face a hard time. The court was wrong.\u201D",
                person("Marco Rossi")));
        assertEquals(List.of("Ines Duarte"), directSpeakers("Ines Duarte, the head of the nurses' union, "
                + "answered the minister: \u201COur members have waited two years for this.\u201D",
                person("Ines Duarte")));
    }

    @Test
    void aColonAfterAClauseWhoseNameIsTheObjectGivesNoSpeaker() {
        assertEquals(List.of(), directSpeakers("The court fined the owner, Tom Vance, for the fire: \u201CSafety "
                + "was ignored for years.\u201D", person("Tom Vance")).stream().filter(s -> !s.isEmpty()).toList());
    }

    @Test
    void inTheWordsOfATitleWithTheNameInApposition() {
        assertEquals(List.of("Ann Lee"), directSpeakers("In the words of the prosecutor, Ann Lee, \u201CShe cried "
                + "every night for five months.\u201D", person("Ann Lee")));
        assertEquals(List.of("Omar Farid"), directSpeakers("The dam held, and in the words of the chief engineer, "
                + "Omar Farid, QC, \u201Cwe were lucky this time.\u201D", person("Omar Farid")));
    }

    @Test
    void quotedWordingAfterTheWordsOrTheSloganIsNoStatement() {
        assertEquals(List.of(), directSpeakers("The ministry renamed the fund, adding the words \u201Cand "
                + "Recovery\u201D to its name.", organization("Acme")));
        assertEquals(List.of(), directSpeakers("Jan Berg said the march went ahead under the slogan \"Jobs for all "
                + "workers\".", person("Jan Berg")));
        // a quotation after a speech verb stays one
        assertEquals(List.of("Jan Berg"), directSpeakers("Jan Berg said the words were hard to find: \u201CWe "
                + "lost three friends today.\u201D", person("Jan Berg")));
    }
}
