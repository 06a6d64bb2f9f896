package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertDropped;
import static org.newskg.extract.NameFinding.assertKept;

import org.junit.jupiter.api.Test;

/**
 * A maker's name followed by a product's own name ("Toyota Prius", "Nokia Lumia"), which only the statistical model
 * takes for an organisation, is the maker's product (guideline E3): HybridMentionFinder#makerProduct. Units,
 * subsidiaries, bodies that act and names with a head word stay. Sentences written for the test.
 */
class MakerProductsTest {

    @Test
    void aMakerNamedAloneAndThenBeforeAProductNameGivesTheMakerOnly() {
        String text = "Honda said on Monday that it would stop building the Honda Civic in Canada.";
        assertDropped(text, "Honda Civic");
        assertKept(text, "Honda");
        text = "Samsung has told buyers of the Samsung Galaxy that they can return it.";
        assertDropped(text, "Samsung Galaxy");
        assertKept(text, "Samsung");
        // the maker an organization by a rule ("said it"), not by what the model makes of "Nokia unveiled"
        text = "Nokia said it would cut jobs in Helsinki. Analysts expect the Nokia Lumia to sell well in Asia.";
        assertDropped(text, "Nokia Lumia");
        assertKept(text, "Nokia");
        text = "Microsoft has warned users that the Microsoft Silverlight plug-in will lose support next year.";
        assertDropped(text, "Microsoft Silverlight");
    }

    @Test
    void aProductDescribedOrPassiveIsStillAProduct() {
        String text = "Volvo posted a profit. The Volvo Duett was originally built in Sweden in 1956.";
        assertDropped(text, "Volvo Duett");
        assertKept(text, "Volvo");
    }

    @Test
    void unitsSubsidiariesAndNamesWithAHeadWordStay() {
        assertKept("Sony said that Sony Music will cut 200 jobs in London.", "Sony Music");
        assertKept("Microsoft opened a lab in Cambridge, and Microsoft Research hired forty scientists.",
                "Microsoft Research");
        assertKept("Honda Motors reported a loss, and Honda shares fell in Tokyo.", "Honda Motors");
        // a second maker's name as the tail: a merged company, not a product
        assertKept("Shares of Sony Ericsson fell after Ericsson warned of losses.", "Sony Ericsson");
        assertKept("Honda opened a plant in Ohio, and workers at Honda Canada got a raise.", "Honda Canada");
    }

    @Test
    void aNameThatActsAsASubjectStays() {
        assertKept("CBS owns the channel. CBS Cable launched three new shows on Friday.", "CBS Cable");
        // precision: it acts; a sentence where the model reads the product's name as an organization (in "the
        // Samsung Galaxy can overheat" it sees no name at all, and no rule does either)
        assertKept("Samsung said that the Samsung Galaxy outsold rival phones.", "Samsung Galaxy");
    }
}
