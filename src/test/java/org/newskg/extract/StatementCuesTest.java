package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.testing.TestTexts.person;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.extract.QuoteStatementExtractor.StatementCues;
import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.testing.TestTexts.EntitySpec;

/** The word classes of {@code statement-cues.tsv}: the file loads, and a listed word takes effect. */
class StatementCuesTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void everyClassLoadsWithItsWords() {
        for (String cls : StatementCues.CLASSES) {
            assertFalse(StatementCues.of(cls).isEmpty(), cls);
        }
        assertTrue(StatementCues.of("wording").contains("motto"));
        assertTrue(StatementCues.of("as-verb").contains("regard"));
        assertTrue(StatementCues.of("firm").contains("corporation"));
        assertTrue(StatementCues.of("in-words").contains("opinion"));
        assertTrue(StatementCues.of("refusal").contains("refused"));
    }

    @Test
    void purposeVerbsAreSpeechVerbsToo() {
        Set<String> lemmas = new HashSet<>();
        KnowledgeFiles.read("/org/newskg/extract/speech_verbs.tsv", r -> lemmas.add(r[0].strip()));
        for (String verb : StatementCues.of("purpose")) {
            assertTrue(lemmas.contains(verb), verb + " is in speech_verbs.tsv");
        }
    }

    @Test
    void quotationAfterAWordingNounOfTheFileIsNoStatement() {
        assertEquals(List.of(), directSpeakers("Lena Hart said the club played that season under the motto "
                + "\u201CNever give up, never look back\u201D.", person("Lena Hart")));
        // the same quotation without the wording noun is her statement
        assertEquals(List.of("Lena Hart"), directSpeakers("Lena Hart said the club played that season "
                + "\u201Cwith no fear at all, never looking back\u201D.", person("Lena Hart")));
    }

    @Test
    void refusalVerbOfTheFileNegatesTheSpeechVerbAfterIt() {
        assertEquals(List.of(), extract("Lena Hart refused to say that the club would be sold.",
                person("Lena Hart")));
        assertEquals(1, extract("Lena Hart said that the club would be sold.", person("Lena Hart")).size());
    }
}
