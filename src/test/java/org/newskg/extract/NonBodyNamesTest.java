package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertDropped;
import static org.newskg.extract.NameFinding.assertKept;

import org.junit.jupiter.api.Test;

/**
 * Capitalised names of systems, markets, plans and studies (non-body-heads.txt) are no organisation when only the
 * model and the name's shape say they are (guideline E3): HybridMentionFinder#nonBodyName. Bodies named after their
 * field, bodies that act and known bodies stay. Sentences written for the test.
 */
class NonBodyNamesTest {

    @Test
    void aSystemWithItsAcronymIsNoOrganization() {
        String text = "Officials said the Emergency Management Information System (EMIS) was shut down on Monday.";
        assertDropped(text, "Emergency Management Information System");
        assertDropped(text, "EMIS");
    }

    @Test
    void aMarketAndAStudyAreNoOrganizations() {
        assertDropped("The European Commission wants a Single Market for digital music.", "Single Market");
        // near-miss: the body that wants the market stays
        assertKept("The European Commission wants a Single Market for digital music.", "European Commission");
        assertDropped("Results of the National Sleep Study were published by Harvard.", "National Sleep Study");
    }

    @Test
    void bodiesNamedAfterTheirFieldOrThatActStay() {
        assertKept("The Centre for Strategic Studies published a report.", "Centre for Strategic Studies");
        assertKept("The Federal Reserve System said rates would rise.", "Federal Reserve System");
    }
}
