package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Venues named by a two-word head ("Convention Center") are places, while "Center" alone leaves the type to other
 * evidence; programmes ("the Troubled Asset Relief Program", "the TARP programme") are no entities (guideline E3),
 * while bodies named "Programme" that the gazetteer knows stay; on sentences written for the test.
 */
class VenuesAndProgrammesTest {

    @Test
    void aConventionOrExhibitionCentreIsAPlace() {
        assertEquals(EntityType.PLACE, type(STANDARD, "The phone was unveiled in the Moscone West Convention Center "
                + "in San Francisco.", "Moscone West Convention Center"));
        assertEquals(EntityType.PLACE, type(STANDARD, "The summit opened at the Riyadh International Convention "
                + "Centre on Sunday.", "Riyadh International Convention Centre"));
        assertEquals(EntityType.PLACE, type(STANDARD, "The rally was held at the Harbour Arena in Durban.",
                "Harbour Arena"));
    }

    @Test
    void aCentreThatIsABodyIsNoVenue() {
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, "The report was published by the Carter Center on "
                + "Monday.", "Carter Center"));
    }

    @Test
    void aProgrammeIsNoEntity() {
        List<String> ns = names(STANDARD, "The Treasury launched the Troubled Asset Relief Program (TARP) last year.");
        assertTrue(ns.stream().noneMatch(n -> n.contains("Program") || n.equals("TARP")), ns.toString());
        ns = names(STANDARD, "Kenya expanded the Export Credit Guarantee Programme after the drought.");
        assertTrue(ns.stream().noneMatch(n -> n.contains("Programme")), ns.toString());
        assertTrue(ns.contains("Kenya"), ns.toString());
    }

    @Test
    void anUnknownAcronymBeforeAProgrammeNounNamesTheProgramme() {
        List<String> ns = names(STANDARD, "The government may use the TARP [Troubled Assets Relief Program] "
                + "programme to prevent a collapse.");
        assertTrue(ns.isEmpty(), ns.toString());
        ns = names(STANDARD, "Banks that took money from the KDRP programme must repay it, and the KDRP rules tighten.");
        assertFalse(ns.contains("KDRP"), ns.toString());
    }

    @Test
    void aKnownBodyBeforeAProgrammeNounOrNamedProgrammeStays() {
        assertTrue(names(STANDARD, "The IMF programme requires deep cuts.").contains("IMF"));
        assertTrue(names(STANDARD, "Aid was delivered by the United Nations World Food Programme in Yemen.")
                .contains("United Nations World Food Programme"));
        assertTrue(names(STANDARD, "The UN Development Programme said the crisis deepened.")
                .contains("UN Development Programme"));
    }
}
