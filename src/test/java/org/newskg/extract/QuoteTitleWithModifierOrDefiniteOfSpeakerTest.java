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
 * A speaker named by title only later ("the minister said") after "The finance minister of Y, X" or "The
 * director of the agency, X" (politics, health, disasters, culture, sport): a modifier before the title and a
 * definite common noun after its "of" still give the title to the name.
 */
class QuoteTitleWithModifierOrDefiniteOfSpeakerTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void aModifiedTitleOfAPlaceNamesTheLaterTitledSpeaker() {
        assertEquals(List.of("Victor Stanek"), directSpeakers("The finance minister of Elbonia, Victor Stanek, "
                + "presented the budget. \u201CThis budget protects jobs,\u201D the minister said.",
                place("Elbonia"), person("Victor Stanek")));
        assertEquals(List.of("Ruth Ellery"), directSpeakers("The head coach of Arland, Ruth Ellery, named her squad. "
                + "\u201CWe are ready,\u201D the coach said.", place("Arland"), person("Ruth Ellery")));
    }

    @Test
    void aTitleOfADefiniteNounNamesTheLaterTitledSpeaker() {
        assertEquals(List.of("Elena Duarte"), directSpeakers("The minister of the interior, Elena Duarte, visited "
                + "the area. \u201CFunds will be released,\u201D the minister said.", person("Elena Duarte")));
        assertEquals(List.of("Carlos Ibarra"), directSpeakers("The director of the agency, Carlos Ibarra, spoke "
                + "on Friday. \u201CThe situation is critical,\u201D the director told reporters.",
                person("Carlos Ibarra")));
        assertEquals(List.of("Monique Laurent"), directSpeakers("The artistic director of the festival, Monique "
                + "Laurent, opened it. \u201CWe have more films than ever,\u201D the director said.",
                person("Monique Laurent")));
    }

    @Test
    void anotherTitleOrAnObjectGivesNoSpeaker() {
        // the director is not the minister, nor the minister the director; an organisation is no titled person
        assertEquals(List.of(""), directSpeakers("The minister of the interior, Elena Duarte, visited the area. "
                + "\u201CFunds will be released,\u201D the director said.", person("Elena Duarte")));
        assertEquals(List.of(""), directSpeakers("The director of the agency, Carlos Ibarra, spoke on Friday. "
                + "\u201CIt is critical,\u201D the minister said.", person("Carlos Ibarra")));
        assertEquals(List.of(""), directSpeakers("Police questioned the minister of a party, Acme Mining, on "
                + "Monday. \u201CIt was quiet,\u201D the minister said.", organization("Acme Mining")));
    }
}
