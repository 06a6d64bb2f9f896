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
 * "the council said", "the university wrote", "the museum said" after the organisation was named earlier but was
 * not the last sentence's subject (religion, science, culture, sport): the one organisation named before whose
 * name's head noun (its last word, or the word before its first "of") is that noun speaks.
 */
class QuoteOrganizationNameHeadSpeakerTest {

    private static List<String> speakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void theHeadNounOfTheOnlyOrganisationSoNamedGivesTheSpeaker() {
        assertEquals(List.of("Kessa Council of Churches"), speakers("Leaders of the Kessa Council of Churches met on "
                + "Monday. Hundreds attended a vigil.\n\n\u201CWe stand with the families,\u201D the council said.",
                organization("Kessa Council of Churches")));
        assertEquals(List.of("University of Keswick"), speakers("Astronomers at the University of Keswick found "
                + "water. The team published its results on Friday. \u201CWe are planning a new mission,\u201D the "
                + "university wrote on Twitter.", organization("University of Keswick")));
        assertEquals(List.of("Halvern Art Museum"), speakers("A painting stolen from the Halvern Art Museum was "
                + "returned. Police found it in Belgium. \u201CWe never gave up hope,\u201D the museum said.",
                organization("Halvern Art Museum")));
        assertEquals(List.of("Borvia Football Federation"), speakers("Fans blamed the Borvia Football Federation "
                + "for the chaos. The match was abandoned. \u201CWe will review the security plan,\u201D the "
                + "federation said.", organization("Borvia Football Federation")));
    }

    @Test
    void twoOrganisationsWithThatHeadGiveNoSpeaker() {
        // which museum speaks is not for us to guess
        assertEquals(List.of(""), speakers("The Halvern Art Museum lent the painting to the Brenton City Museum. "
                + "Police found it in Belgium. \u201CWe never gave up hope,\u201D the museum said.",
                organization("Halvern Art Museum"), organization("Brenton City Museum")));
    }

    @Test
    void anotherHeadNounOrAPersonGivesNoSpeaker() {
        assertEquals(List.of(""), speakers("A painting stolen from the Halvern Art Museum was returned. Police "
                + "found it in Belgium. \u201CWe never gave up hope,\u201D the gallery said.",
                organization("Halvern Art Museum")));
        assertEquals(List.of(""), speakers("Ruth Council met the fans. The match was abandoned. \u201CWe will "
                + "review the plan,\u201D the council said.", person("Ruth Council")));
    }
}
