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
 * A quotation paragraph with no attribution after a paragraph whose last sentence has a named person in
 * apposition as its subject ("The head of the rescue service, Erik Sand, told reporters ...", "Clara Voss, the
 * museum's director, said ..."): the quotation is that person's (disasters, culture, sport, health).
 */
class QuotePrecedingAppositiveSubjectTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    private static List<String> named(List<String> speakers) {
        return speakers.stream().filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void aNameAfterItsTitleAndCommas() {
        assertEquals(List.of("Erik Sand"), directSpeakers("The head of the rescue service, Erik Sand, told reporters "
                + "that the weather was improving.\n\n\u201CWe have two helicopters in the air.\u201D",
                person("Erik Sand")));
        assertEquals(List.of("Anna Berg"), directSpeakers("The coach of the national team, Anna Berg, praised her "
                + "players.\n\n\u201CThey fought for every ball.\u201D", person("Anna Berg")));
    }

    @Test
    void aNameBeforeItsTitleInCommas() {
        assertEquals(List.of("Clara Voss"), directSpeakers("Clara Voss, the museum's director, welcomed the return "
                + "of the painting.\n\n\u201CIt belongs here.\u201D", person("Clara Voss")));
        assertEquals(List.of("Amir Khan"), directSpeakers("Amir Khan, a doctor at Northfield General Hospital, "
                + "warned of more cases.\n\n\u201COur wards are full.\u201D", person("Amir Khan"),
                organization("Northfield General Hospital")));
    }

    @Test
    void aNameInCommasThatIsNoSubjectGivesNoSpeaker() {
        // the name is the object's apposition; a list of names is no one speaker
        assertEquals(List.of(), named(directSpeakers("Police questioned the owner, Tom Vance, on Monday.\n\n"
                + "\u201CWe have two helicopters in the air.\u201D", person("Tom Vance"))));
        assertEquals(List.of(), named(directSpeakers("Tom Vance, Ann Webb, and Lee Park met in Kelby.\n\n"
                + "\u201CIt was a good meeting.\u201D", person("Tom Vance"), person("Ann Webb"), person("Lee Park"))));
    }
}
