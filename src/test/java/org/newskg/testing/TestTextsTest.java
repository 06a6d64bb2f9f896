package org.newskg.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

class TestTextsTest {

    @Test
    void declaredFormsAndPronounsBecomeMentions() {
        String text = "Khalifa Haftar spoke. Later Haftar said he would go.";
        ResolvedText t = TestTexts.resolved(text,
                TestTexts.person("Khalifa Haftar", "Haftar").pronouns("he"));
        Entity haftar = t.entities().get(0);
        assertEquals(3, haftar.mentions().size());
        assertEquals("person/khalifa-haftar", haftar.key());
        assertEquals(java.util.Set.of("Haftar"), haftar.aliases());
        assertEquals(haftar, t.entityAt(text.indexOf(" he ") + 1, text.indexOf(" he ") + 3).orElseThrow());
    }
}
