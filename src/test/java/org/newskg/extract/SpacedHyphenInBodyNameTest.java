package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertNoNameContaining;
import static org.newskg.extract.NameFinding.names;

import org.junit.jupiter.api.Test;

/**
 * A spaced hyphen after a nationality word inside a body's name that already has its head word ("Council on
 * American - Islamic Relations") keeps the name whole; sides joined by a hyphen outside such a name stay apart.
 */
class SpacedHyphenInBodyNameTest {

    @Test
    void aSpacedHyphenAfterANationalityInsideABodysNameKeepsItWhole() {
        assertTrue(names(STANDARD, "A spokesman for the Council on American - Islamic Relations criticised the ban.")
                .contains("Council on American - Islamic Relations"));
        assertTrue(names(STANDARD, "The Academy of Russian - Chinese Friendship held a forum in Harbin.")
                .contains("Academy of Russian - Chinese Friendship"));
        assertTrue(names(STANDARD, "The Foundation for Turkish - Greek Studies opened an office in Athens.")
                .contains("Foundation for Turkish - Greek Studies"));
        assertTrue(names(STANDARD, "The Council for Indian - Pakistani Trade Relations met in Delhi.")
                .contains("Council for Indian - Pakistani Trade Relations"));
    }

    @Test
    void sidesOutsideABodysNameStayApart() {
        assertNoNameContaining(STANDARD, "The American - Iranian talks ended in Geneva.", "American - Iranian");
        assertNoNameContaining(STANDARD, "The Paris - Berlin train was cancelled.", "Paris - Berlin");
        assertNoNameContaining(STANDARD, "Talks between the Palestinian Authority - Israeli negotiators stalled.",
                "Authority - Israeli");
    }
}
