package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertNoNameContaining;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import org.junit.jupiter.api.Test;

/**
 * Names with a number glued on ("Cloud9", "4chan") become candidates like other words, while model codes,
 * units, times and diseases with digits stay none; an acronym with "&" the tokenizer splits ("A" "&M") stays in
 * the name it ends; an ordinal before a legion is part of its name ("501st Legion").
 */
class NumberedAndAmpersandNamesTest {

    private static final EntityType ORG = EntityType.ORGANIZATION;

    @Test
    void aWordWithANumberGluedOnIsAName() {
        assertEquals(ORG, type(STANDARD, "Cloud9 said it had signed two new players.", "Cloud9"));
        assertEquals(ORG, type(STANDARD, "The founder of 4chan said the site would close its forum.", "4chan"));
        assertEquals(ORG, type(STANDARD, "Quorvik7 said it had hired a new chief executive.", "Quorvik7"));
        assertEquals(ORG, type(STANDARD, "The founder of 9zentrix said the company would expand.", "9zentrix"));
    }

    @Test
    void modelCodesUnitsTimesAndDiseasesStayNone() {
        assertNoNameContaining(STANDARD, "The pilots flew F-16 and MiG-29 jets over the A380 hangar.", "16", "29", "380");
        assertNoNameContaining(STANDARD, "Police seized 5kg of cocaine and a 4x4 truck at 10am.", "kg", "4x4", "am");
        assertNoNameContaining(STANDARD, "The Covid19 outbreak closed factories, officials said.", "Covid19");
        assertNoNameContaining(STANDARD, "The shop stayed open 24hours a day in the 1990s, said Smith.", "24hours", "1990s");
    }

    @Test
    void anOrdinalBeforeALegionBelongsToIt() {
        assertTrue(names(STANDARD, "The 501st Legion raised money for charity.").contains("501st Legion"));
        assertTrue(names(STANDARD, "Veterans of the 13th Legion marched in Rome.").contains("13th Legion"));
        assertNoNameContaining(STANDARD, "He finished 2nd in the Legion Cup, officials said.", "2nd");
    }

    @Test
    void anAmpersandAcronymSplitByTheTokenizerStaysInTheName() {
        assertTrue(names(STANDARD, "The team from Texas A&M won the regional final.").contains("Texas A&M"));
        assertTrue(names(STANDARD, "She studied at Texas A&M University before joining Exxon.")
                .contains("Texas A&M University"));
        assertTrue(names(STANDARD, "Analysts at Brantex B&Q Holdings cut their forecast.")
                .contains("Brantex B&Q Holdings"));
        // a lone "&" between spaced words is the firms' own join ("Procter & Gamble"), unchanged
        assertTrue(names(STANDARD, "Procter & Gamble reported results.").contains("Procter & Gamble"));
        assertNoNameContaining(STANDARD, "He answered questions in a Q&A on Tuesday.", "Q&A");
    }
}
