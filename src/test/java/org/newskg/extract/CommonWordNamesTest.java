package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.assertDropped;
import static org.newskg.extract.NameFinding.assertKept;

import org.junit.jupiter.api.Test;
import org.newskg.extract.gazetteer.Lexicons;

/**
 * A one-word capitalised name that is a common English word with no proper-noun spelling (gazetteer
 * common-words.txt, from the SCOWL word list) and that nothing but the model or its capital supports is no name;
 * the same word with a cue (a kind noun, a verb it is the subject of, a title, a place after a comma) stays, and
 * words the list also spells as proper nouns ("Treasury", "Shell", "Apple") are never touched.
 */
class CommonWordNamesTest {

    private static final Lexicons LEX = Lexicons.standard();

    @Test
    void wordListKnowsCommonWordsWithoutProperNounSpelling() {
        assertTrue(LEX.isCommonWord("galaxy") && LEX.isCommonWord("business") && LEX.isCommonWord("oath"));
        assertFalse(LEX.isCommonWord("treasury") || LEX.isCommonWord("shell") || LEX.isCommonWord("apple"));
        assertFalse(LEX.isCommonWord("congress") || LEX.isCommonWord("senate"));
        assertFalse(LEX.isCommonWord("of"), "words under 3 letters are left out");
        assertTrue(LEX.isCommonWord("aardvark") && LEX.isCommonWord("zygotes"), "first and last lines are found");
        assertFalse(LEX.isCommonWord("galax") || LEX.isCommonWord("galaxys") || LEX.isCommonWord(""));
    }

    @Test
    void commonWordCapitalisedWithoutEvidenceIsNoName() {
        assertDropped("Voters in Ohio want a state that is open for Business and for families.", "Business");
        assertDropped("Each new senator in Canberra swore the Oath before the session began.", "Oath");
        assertDropped("In Manila, the company started a Countdown on its website before the launch.", "Countdown");
        assertDropped("The probe sent back images of the Galaxy and of its spiral arms.", "Galaxy");
    }

    @Test
    void bodiesTheWordListSpellsAsProperNounsStay() {
        assertKept("Bond prices fell after the Treasury said it would borrow more in March.", "Treasury");
        assertKept("He worked at Shell for ten years before he moved to Nairobi.", "Shell");
        assertKept("Analysts expect Apple's profit to rise in the third quarter.", "Apple");
    }

    @Test
    void commonWordWithACueStaysAName() {
        assertKept("The band Harmony played to ten thousand fans in Dublin on Friday.", "Harmony");
        assertKept("The airline Comet cancelled 40 flights out of Lagos on Tuesday.", "Comet");
        assertKept("The record label Orbit signed the singer in Seoul last year.", "Orbit");
        assertKept("Analysts in London said Beacon would cut 300 jobs this year.", "Beacon");
        assertKept("The sergeant, a native of Liberty, Missouri, joined the army in 2003.", "Liberty");
    }

    @Test
    void pluralAfterTheIsATeamOrBandName() {
        assertKept("The college's athletic teams, known as the Hornets, compete in the Ohio Valley Conference.", "Hornets");
        assertDropped("Voters in Ohio want a state that is open for Business and for families.", "Business");
    }

    @Test
    void commonWordInsideALongerNameOfTheArticleStays() {
        assertKept("Shares of Pioneer Natural Resources rose. Pioneer said output grew in Texas.", "Pioneer");
    }
}
