package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Capitalised words that name no person, organization or place (guideline E3, E2): a work or vehicle after its
 * kind ("the film Foo", "the shuttle Foo"), a vehicle named with a two-word prefix ("Space Shuttle Foo"), hashtags
 * and handles, a numeral numbering a part, capitalised titles and measures ("VIP", "QC", "IQ") and bare generic
 * heads ("the Administration"). Each class has a near miss that must stay.
 */
class WorksVehiclesTagsAndCommonCapitalsTest {

    @Test
    void aKindOfWorkOrVehicleBeforeANameMakesItNoEntity() {
        assertFalse(names(STANDARD,
                "The 1972 film Quiet Lanterns was shown again on Friday in Oslo.").contains("Quiet Lanterns"));
        assertFalse(names(STANDARD,
                "The author presented her graphic novel Moonwolf Rising, with illustrator Peter Lund.")
                .contains("Moonwolf Rising"));
        assertFalse(names(STANDARD,
                "The shuttle Endurance will fly again next year, NASA said.").contains("Endurance"));
        assertFalse(names(STANDARD, "The Mars rover Perseverance found traces of water, scientists said.")
                .contains("Perseverance"));
        assertFalse(names(STANDARD, "Gamers lined up to try the video game Crimson Tide Legends at the expo.")
                .contains("Crimson Tide Legends"));
    }

    @Test
    void aMakerAfterAKindOfWorkStays() {
        List<String> found = names(STANDARD,
                "The film studio Paramount Pictures said sales rose. The film Universal Pictures "
                + "released last year earned $10 million.");
        assertTrue(found.contains("Paramount Pictures"), found.toString());
        assertTrue(found.contains("Universal Pictures"), found.toString());
        assertTrue(names(STANDARD, "The novelist Margaret Lane spoke in Toronto.").contains("Margaret Lane"));
    }

    @Test
    void aSpaceShuttleAndItsLaterShortNameAreNoEntities() {
        List<String> found = names(STANDARD,
                "Space Shuttle Intrepida lifted off from Cape Canaveral in 1985. Intrepida "
                + "returned to Florida a week later.");
        assertFalse(found.contains("Intrepida"), found.toString());
        assertFalse(found.contains("Space Shuttle Intrepida"), found.toString());
        assertTrue(found.contains("Cape Canaveral"), found.toString());
        assertTrue(names(STANDARD, "The Space Shuttle Program ended in 2011, NASA said.").contains("NASA"));
    }

    @Test
    void hashtagsAndHandlesNameNothing() {
        List<String> found = names(STANDARD,
                "Fans joined the hashtag #FreeTheBand and the singer's @TheRealSinger account "
                + "posted a video from Berlin.");
        assertFalse(found.contains("FreeTheBand"), found.toString());
        assertFalse(found.contains("TheRealSinger"), found.toString());
        assertTrue(found.contains("Berlin"), found.toString());
        assertTrue(names(STANDARD, "Tickets cost # 5 at the Odeon in Leeds.").contains("Leeds"));
    }

    @Test
    void aNumeralAfterACommonNounNumbersAPart() {
        List<String> found = names(STANDARD, "The report, part XVII of a series, was published by Reuters.");
        assertFalse(found.contains("XVII"), found.toString());
        assertTrue(found.contains("Reuters"), found.toString());
        assertTrue(names(STANDARD, "King Louis XIV built the palace at Versailles.").contains("Versailles"));
    }

    @Test
    void capitalisedTitlesAndMeasuresNameNothing() {
        List<String> found = names(STANDARD,
                "A VIP guest at the Berlin fair said the IQ scores of pupils rose, according to "
                + "Mark Jones, QC.");
        assertFalse(found.contains("VIP"), found.toString());
        assertFalse(found.contains("IQ"), found.toString());
        assertFalse(found.contains("QC"), found.toString());
        assertTrue(found.contains("Mark Jones"), found.toString());
        assertTrue(names(STANDARD, "The IMF said growth would slow.").contains("IMF"));
    }

    @Test
    void bareGenericHeadsOfGovernmentNameNothing() {
        List<String> found = names(STANDARD,
                "The senator criticised the Administration's decision, and the Municipality "
                + "asked Rome for funds.");
        assertFalse(found.contains("Administration"), found.toString());
        assertFalse(found.contains("Municipality"), found.toString());
        assertTrue(found.contains("Rome"), found.toString());
        assertTrue(names(STANDARD, "The Federal Aviation Administration grounded the jets.")
                .contains("Federal Aviation Administration"));
    }

    @Test
    void wordsForIdeasAndAttitudesNameNothing() {
        List<String> found = names(STANDARD,
                "Critics said the pupils faced Xenophobia and Antisemitism at school in Leeds.");
        assertFalse(found.contains("Xenophobia"), found.toString());
        assertFalse(found.contains("Antisemitism"), found.toString());
        assertTrue(found.contains("Leeds"), found.toString());
        assertTrue(names(STANDARD, "Shares of Acme Tourism Holdings rose in Athens.").contains("Athens"));
    }

    @Test
    void aPartyAdjectiveBeforeACommonNounNamesNothing() {
        List<String> found = names(STANDARD,
                "The Conservative government in Ottawa denied it, and Conservative MP Jane Smith "
                + "spoke.");
        assertFalse(found.contains("Conservative"), found.toString());
        assertTrue(found.contains("Jane Smith"), found.toString());
        assertTrue(found.contains("Ottawa"), found.toString());
        assertTrue(names(STANDARD,
                "The Conservative Party of Canada agreed on Monday.").contains("Conservative Party of Canada"));
    }

    @Test
    void aGenericHeadAndALetterLabelAPool() {
        List<String> found = names(STANDARD,
                "In the last game of Group C, Brazil beat Serbia in Moscow. In the first game of "
                + "Group E, Spain faced Iran in Kazan.");
        assertFalse(found.contains("Group C"), found.toString());
        assertFalse(found.contains("Group E"), found.toString());
        assertTrue(found.contains("Brazil"), found.toString());
        assertTrue(found.contains("Moscow"), found.toString());
        assertTrue(names(STANDARD, "The Volkswagen Group said sales rose.").contains("Volkswagen Group"));
    }
}
