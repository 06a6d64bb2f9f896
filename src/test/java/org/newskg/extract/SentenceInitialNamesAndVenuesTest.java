package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 32 of name spans: a lone word opening a sentence that the tagger reads as a proper noun and that acts as
 * the subject of a verb is a name, though nothing else in the text marks it; common nouns opening sentences
 * ("Officials said", "Witnesses reported") stay out. Venues named by a hotel, casino or theatre are places.
 */
class SentenceInitialNamesAndVenuesTest {

    private static void assertNone(String text, String unwanted) {
        List<String> found = NameFinding.names(NameFinding.STANDARD, text);
        assertFalse(found.stream().anyMatch(f -> f.contains(unwanted)), unwanted + " in " + found);
    }

    @Test
    void aProperNounOpeningASentenceBeforeAVerbIsAName() {
        NameFinding.assertNames("Kavanagh told worshippers on Tuesday that the church would be rebuilt.",
                List.of("Kavanagh"), List.of());
        NameFinding.assertNames("Brannigan told the court on Monday that he had never met the victim.",
                List.of("Brannigan"), List.of());
        NameFinding.assertNames("Adeyemi told the assembly on Friday that the budget would be cut.",
                List.of("Adeyemi"), List.of());
        NameFinding.assertNames("Lindqvist told reporters that the telescope had found a second planet.",
                List.of("Lindqvist"), List.of());
    }

    @Test
    void commonNounsOpeningSentencesStayOut() {
        for (String s : List.of("Officials said a fault was found in a fuel valve.",
                "Analysts expect further delays this year.", "Residents fled the city centre.",
                "Shares fell sharply on Monday.", "Witnesses reported seeing two men near the church.",
                "Doctors treated dozens for injuries.", "Farmers lost their crops.",
                "Management said the plan would cut costs.", "Staff said they were worried.",
                "Inflation rose to four percent.", "Unemployment fell in April.", "Rain fell across the region.",
                "Traffic slowed on the bridge.", "Attendance dropped sharply.", "Demand rose in May.",
                "Production fell sharply.", "Investment grew.", "Police said the fire was started deliberately.")) {
            String first = s.substring(0, s.indexOf(' '));
            assertNone(s, first);
        }
    }

    @Test
    void hotelsCasinosAndTheatresAreVenues() {
        String text = "The awards gala was held at the Mark Regent Hotel in the city. Guests later moved to the "
                + "Golden Crown Casino. The festival opened at the Royal Elm Theatre on Sunday. Critics praised "
                + "the show at the Linden Theater.";
        for (String venue : List.of("Mark Regent Hotel", "Golden Crown Casino", "Royal Elm Theatre",
                "Linden Theater")) {
            assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD, text, venue), venue);
        }
        // near-misses: a head word opening a sentence before a common noun is no short form of the venue; a
        // person whose surname is the head word after a given name alone stays a person
        String staff = "The Harbour Hotel was fully booked. Hotel staff worked late. Casino workers went on strike.";
        NameFinding.assertNames(staff, List.of("Harbour Hotel"), List.of());
        assertNone(staff, "Casino");
    }
}
