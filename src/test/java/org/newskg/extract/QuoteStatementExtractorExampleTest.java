package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.Entity;
import org.newskg.testing.TestTexts;

/** The example article examples/tripoli-clashes.txt, with its entities declared by hand. */
class QuoteStatementExtractorExampleTest {

    private static List<Statement> statements;

    @BeforeAll
    static void extract() throws IOException {
        String text = Files.readString(Path.of("examples/tripoli-clashes.txt"));
        statements = QuoteStatementExtractor.standard().extract(TestTexts.resolved(text,
                person("Antonio Guterres", "Guterres").pronouns("he@1", "he@2", "he@3"),
                person("Khalifa Hafter", "Haftar", "Hafter").pronouns("his@1", "his@2", "his@3"),
                organization("Libyan National Army", "LNA"), organization("UN"), organization("CNN"),
                place("United States"), place("France"), place("Britain"), place("Italy"),
                place("United Arab Emirates"), place("Tripoli"), place("Benghazi"), place("Libya"),
                place("Gharyan")), null);
    }

    private static Statement starting(String prefix) {
        return statements.stream().filter(s -> s.text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting '" + prefix + "' in " + statements));
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }

    @Test
    void findsEveryStatementAndNoScareQuote() {
        assertEquals(10, statements.size(), () -> statements.toString());
        assertTrue(statements.stream().noneMatch(s -> s.text().equals("heavy heart")
                || s.text().equals("terrorists")));
    }

    @Test
    void guterresOnTwitterAndHisAddedQuote() {
        Statement twitter = starting("I leave Libya");
        assertEquals(List.of("Antonio Guterres"), names(twitter.speakers()));
        assertEquals("Twitter", twitter.medium());
        assertTrue(twitter.text().endsWith("in and around Tripoli"));
        Statement added = starting("The UN is committed");
        assertEquals(List.of("Antonio Guterres"), names(added.speakers()));
        assertEquals("he", added.speakerText());
        assertEquals(List.of("Antonio Guterres"), names(starting("totally committed").speakers()));
    }

    @Test
    void haftarsOfficeAndTheAudio() {
        Statement office = starting("violent fighting");
        assertEquals(List.of("Khalifa Hafter"), names(office.speakers()));
        assertEquals("Haftar\u2019s office", office.speakerText());
        Statement audio = starting("We are coming Tripoli");
        assertEquals(List.of("Khalifa Hafter"), names(audio.speakers()));
        assertEquals("audio recording", audio.medium());
        Statement message = starting("Haftar, who commands");
        assertFalse(message.direct());
        assertEquals("audio message", message.medium());
        assertEquals("on Wednesday", message.time());
        assertEquals(List.of("Libyan National Army"), names(message.speakers()));
    }

    @Test
    void haftarToldGuterres() {
        Statement told = starting("his operation towards Tripoli");
        assertFalse(told.direct());
        assertEquals(List.of("Khalifa Hafter"), names(told.speakers()));
        assertEquals("Antonio Guterres", told.addressee().name());
        assertNull(told.medium());
    }

    @Test
    void jointStatementOfFiveCountries() {
        List<String> five = List.of("United States", "France", "Britain", "Italy", "United Arab Emirates");
        Statement called = starting("an immediate de-escalation");
        assertEquals(five, names(called.speakers()));
        assertEquals("joint statement", called.medium());
        assertEquals("on Thursday", called.time());
        Statement quote = starting("Our governments oppose");
        assertEquals(five, names(quote.speakers()));
        assertEquals("the statement", quote.speakerText());
        assertEquals(List.of("Libya"), names(quote.about()));
    }

    @Test
    void cnnReported() {
        assertEquals(List.of("CNN"), names(starting("the clashes impacted").speakers()));
    }
}
