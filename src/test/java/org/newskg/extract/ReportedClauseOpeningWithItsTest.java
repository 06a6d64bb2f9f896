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
 * "The union said its members had not had a pay rise" (health, sport, science, culture): a reported clause opening
 * with "its", which the tagger may read as "it's" (PRON+AUX), is the subject's reported statement like one opening
 * with "her" or "their".
 */
class ReportedClauseOpeningWithItsTest {

    private static List<String> reported(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(s -> !s.direct())
                .map(s -> String.join("+", names(s.speakers())) + ": " + s.text()).toList();
    }

    @Test
    void aClauseOpeningWithItsIsReported() {
        assertEquals(List.of("Ostvale Health Workers Union: its members had not had a pay rise for five years"),
                reported("The Ostvale Health Workers Union said its members had not had a pay rise for five years.",
                        organization("Ostvale Health Workers Union")));
        assertEquals(List.of("Arland Football Club: its stadium would be ready by August"),
                reported("Arland Football Club said its stadium would be ready by August.",
                        organization("Arland Football Club")));
        assertEquals(List.of("Keswick Space Agency: its probe had reached orbit"),
                reported("The Keswick Space Agency announced its probe had reached orbit.",
                        organization("Keswick Space Agency")));
        assertEquals(List.of("Lena Moor: its actors would not be paid"),
                reported("Lena Moor said its actors would not be paid.", person("Lena Moor")));
    }

    @Test
    void itsOpeningAnObjectGivesNothing() {
        // no clause: "its" opens the object of "announced"
        assertEquals(List.of(), reported("The Keswick Space Agency announced its new probe on Monday.",
                organization("Keswick Space Agency")));
    }
}
