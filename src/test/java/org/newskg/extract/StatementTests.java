package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.newskg.resolve.Entity;
import org.newskg.testing.TestTexts;
import org.newskg.testing.TestTexts.EntitySpec;

/** What the statement tests share: the standard extractor on a text with declared entities, and small checks. */
final class StatementTests {

    private static final StatementExtractor EXTRACTOR = QuoteStatementExtractor.standard();

    private StatementTests() {
    }

    /** The statements of {@code text}; each statement's text must be the span at its offsets. */
    static List<Statement> extractOn(LocalDate published, String text, EntitySpec... entities) {
        List<Statement> found = EXTRACTOR.extract(TestTexts.resolved(text, entities), published);
        for (Statement s : found) {
            assertEquals(s.text(), text.substring(s.start(), s.end()), "text is the span at its offsets");
        }
        return found;
    }

    static List<Statement> extract(String text, EntitySpec... entities) {
        return extractOn(null, text, entities);
    }

    static Statement only(List<Statement> statements) {
        assertEquals(1, statements.size(), () -> "one statement expected: " + statements);
        return statements.get(0);
    }

    static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
