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
 * "X told Wikinews the result was expected", "told the jury he was innocent" (politics, crime, sport, science):
 * with "that" left out, the addressee ends where the reported clause's own subject (a determiner or a subject
 * pronoun after a noun) begins, and the clause is X's reported statement.
 */
class ReportedToldAddresseeClauseTest {

    private static List<String> reported(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(s -> !s.direct())
                .map(s -> String.join("+", names(s.speakers())) + ": " + s.text()).toList();
    }

    @Test
    void theClauseAfterTheAddresseeIsReportedWithoutThat() {
        assertEquals(List.of("Maria Nyberg: the result was expected"),
                reported("Political scientist Maria Nyberg told Wikinews the result was expected.",
                        person("Maria Nyberg")));
        assertEquals(List.of("Tom Reyes: he had acted in self-defence"),
                reported("Tom Reyes told the jury he had acted in self-defence.", person("Tom Reyes")));
        assertEquals(List.of("Ruth Ellery: the team would play without fear"),
                reported("Coach Ruth Ellery told reporters the team would play without fear.",
                        person("Ruth Ellery")));
        assertEquals(List.of("Paul Ambrose: the ice could be ten kilometres thick"),
                reported("Paul Ambrose told the BBC the ice could be ten kilometres thick.",
                        person("Paul Ambrose"), organization("BBC")));
    }

    @Test
    void twoObjectsWithoutAClauseGiveNothing() {
        // two objects and no clause: what was told is a thing, not speech reported
        assertEquals(List.of(), reported("Anna Berg told the crowd the names of the winners.", person("Anna Berg")));
        assertEquals(List.of(), reported("Anna Berg told the children a story about the sea.", person("Anna Berg")));
    }
}
