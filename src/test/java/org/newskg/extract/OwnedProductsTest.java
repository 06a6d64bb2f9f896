package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertDropped;
import static org.newskg.extract.NameFinding.assertKept;

import org.junit.jupiter.api.Test;

/**
 * A name right after an organisation's possessive, which only a list, its shape or the model takes for an
 * organisation, is the organisation's product (guideline E3): HybridMentionFinder#ownedName. Units with a head word,
 * acronyms, persons and names that act stay. Sentences written for the test.
 */
class OwnedProductsTest {

    @Test
    void namesInAListOfOwnersPossessivesAreProducts() {
        String text = "Microsoft's Bing and Google's Chrome are the most used, a survey found.";
        assertDropped(text, "Bing");
        assertKept(text, "Microsoft");
        assertDropped("Intel's Xeon and AMD's Opteron power most servers.", "Xeon");
        text = "Among the apps demonstrated were Sony's Loopy, Yahoo's Flick and a game.";
        assertDropped(text, "Loopy");
        assertDropped(text, "Flick");
        assertKept(text, "Yahoo");
        // interview style
        assertDropped("Honestly, I prefer Google's Picasa and Microsoft's Zune to anything else.", "Picasa");
    }

    @Test
    void aListStillGoingOnIsNoSubject() {
        // "instant" may be tagged a verb: only a list closed by "and" before the verb makes a subject
        assertDropped("Shown were Sony's Loopy, Yahoo's Flick instant messenger and a game.", "Loopy");
    }

    @Test
    void aListOfOwnedNamesThatActsStays() {
        assertKept("Intel's Xeon and AMD's Opteron announced price cuts on Friday.", "Xeon");
    }

    @Test
    void unitsWithAHeadWordAcronymsAndPersonsStay() {
        assertKept("Boeing's Defense Systems unit won the contract.", "Defense Systems");
        assertKept("Hamas's Qassam Brigades claimed the attack on Sunday.", "Qassam Brigades");
        assertKept("Troops of NATO's ISAF patrolled the road.", "ISAF");
        assertKept("Microsoft's Satya Nadella said the company would hire 500 engineers.", "Satya Nadella");
    }
}
