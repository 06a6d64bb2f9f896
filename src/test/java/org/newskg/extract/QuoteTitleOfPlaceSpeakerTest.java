package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * A speaker named by title only ("the bishop said") after being introduced as "The TITLE of Y, X" (religion,
 * local politics, courts, sport): the title's "of" phrase before the name gives the title to the name.
 */
class QuoteTitleOfPlaceSpeakerTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void aTitleOfAPlaceBeforeTheNameNamesTheLaterTitledSpeaker() {
        assertEquals(List.of("Malik Perera"), directSpeakers("The Bishop of Galle, Malik Perera, called for calm. "
                + "\u201CWe stand together,\u201D the bishop said.", place("Galle"), person("Malik Perera")));
        assertEquals(List.of("Janet Moss"), directSpeakers("The Mayor of New Arden, Janet Moss, closed the bridge. "
                + "\u201CSafety comes first,\u201D the mayor said.", place("New Arden"), person("Janet Moss")));
        assertEquals(List.of("Omar Haddad"), directSpeakers("The Governor of Kessa Province, Omar Haddad, "
                + "visited the camp. \u201CHelp is coming,\u201D the governor told reporters.",
                place("Kessa Province"), person("Omar Haddad")));
        assertEquals(List.of("Ana Ruiz"), directSpeakers("The Archbishop of Dunmore, Ana Ruiz, led the service. "
                + "\u201CWe pray for peace,\u201D the archbishop said.", place("Dunmore"), person("Ana Ruiz")));
    }

    @Test
    void anotherTitleOfAPlaceGivesNoSpeaker() {
        // the mayor is not the bishop: the title must be the one the speaker is called by
        assertEquals(List.of(""), directSpeakers("The Mayor of Galle, Malik Perera, called for calm. "
                + "\u201CWe stand together,\u201D the bishop said.", place("Galle"), person("Malik Perera")));
    }
    @Test
    void aTitledNameInAppositionAfterSaidIsTheSpeaker() {
        assertEquals(List.of("Ingrid Dahl"), directSpeakers("\u201CIt is a disaster,\u201D said Hansen's colleague, "
                + "Professor Ingrid Dahl.", person("Ole Hansen", "Hansen"), person("Ingrid Dahl")));
        assertEquals(List.of("Paul Ekwe"), directSpeakers("\u201CWe pray for them,\u201D said the parish priest, "
                + "Father Paul Ekwe.", person("Paul Ekwe")));
        assertEquals(List.of("Grace Otieno"), directSpeakers("\u201CThe law is clear,\u201D said the court's "
                + "president, Judge Grace Otieno.", person("Grace Otieno")));
        assertEquals(List.of("Helen Moss"), directSpeakers("\u201CThe signal is strong,\u201D said the team "
                + "leader, Dr. Helen Moss.", person("Helen Moss")));
    }

    @Test
    void aTitleAfterTheSpeakersOwnNameNamesNoOther() {
        assertEquals(List.of("Ole Hansen"), directSpeakers("\u201CIt is a disaster,\u201D said Ole Hansen, "
                + "Professor of History.", person("Ole Hansen")));
    }
}
