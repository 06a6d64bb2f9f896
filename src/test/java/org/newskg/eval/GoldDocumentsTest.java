package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldDocumentsTest {

    @TempDir
    Path dir;

    private static ConllDocument doc(String... sentences) {
        return new ConllDocument("d", List.of(sentences).stream()
                .map(s -> new ConllSentence(List.of(s.split(" ")), List.of())).toList());
    }

    @Test
    void aDocumentWhoseLongSentenceIsInAGoldArticleIsOneOfItsSources() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline added\n\nThe ministry said on Monday that the new "
                + "bridge over the river would open to traffic in the spring of next year.");
        GoldDocuments gold = GoldDocuments.of(List.of(dir));
        // tokens as a corpus gives them: punctuation split off, spacing lost
        assertTrue(gold.contains(doc("Short one .", "The ministry said on Monday that the new bridge over the river "
                + "would open to traffic in the spring of next year .")));
        assertFalse(gold.contains(doc("The ministry said on Monday that the old tunnel under the river would close "
                + "for repairs in the autumn .")));
        assertFalse(gold.contains(doc("The ministry said .")), "short sentences identify nothing");
    }
}
