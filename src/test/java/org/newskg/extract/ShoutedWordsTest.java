package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertNames;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A word in capitals for emphasis or a scheme's nickname ("UNLESS", "the CARS rebate"), written in lower case
 * elsewhere in the same text, is no acronym of a body; a known or defined acronym stays. Sentences written for the
 * test.
 */
class ShoutedWordsTest {

    @Test
    void aWordInCapitalsThatTheTextAlsoWritesInLowerCaseIsNoName() {
        assertNames("UNLESS you pay now, the offer ends, unless you call. It was SO loud, and so cold.",
                List.of(), List.of("UNLESS"));
        assertNames("The CARS programme paid owners to scrap old cars.", List.of(), List.of("CARS"));
        assertNames("She said the ROOF fell in; the roof was new. Reporters from Reuters saw it.",
                List.of("Reuters"), List.of("ROOF"));
    }

    @Test
    void aDefinedOrKnownAcronymStaysThoughTheWordIsCommon() {
        assertNames("The Cooperative for Assistance and Relief Everywhere (CARE) said it would care for refugees.",
                List.of("CARE"), List.of());
        assertNames("NATO said who would pay, and the WHO agreed.", List.of("NATO", "WHO"), List.of());
    }

    @Test
    void anAcronymTheTextNeverWritesInLowerCaseStays() {
        assertNames("The NAACP and the ACLU sued the city.", List.of("NAACP", "ACLU"), List.of());
    }
}
