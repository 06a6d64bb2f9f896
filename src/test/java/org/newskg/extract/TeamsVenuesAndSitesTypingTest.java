package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertNames;
import static org.newskg.extract.NameFinding.find;
import static org.newskg.extract.NameFinding.mention;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 26 of the name typing, by probing sport, culture, politics and science news: teams named after a place,
 * venues and grounds, sites named in another language, and places named by a plural. Sentences written for the
 * test, with invented team, venue and park names.
 */
class TeamsVenuesAndSitesTypingTest {

    private static void assertType(EntityType want, String text, String name) {
        assertEquals(want, type(STANDARD, text, name), text);
    }

    @Test
    void aPlaceFollowedByACapitalisedPluralIsATeam() {
        assertType(EntityType.ORGANIZATION, "The Perth Stingrays beat the Leeds Mariners 98-91 on Sunday.",
                "Leeds Mariners");
        assertType(EntityType.ORGANIZATION, "The Perth Stingrays beat the Leeds Mariners 98-91 on Sunday.",
                "Perth Stingrays");
        assertType(EntityType.ORGANIZATION, "The Dundee Comets lost to the Calgary Hornets at home.", "Calgary Hornets");
        assertType(EntityType.ORGANIZATION, "Fans of the Marseille Ice Foxes protested outside the arena.",
                "Marseille Ice Foxes");
        assertType(EntityType.ORGANIZATION, "The Auckland Kestrels' coach resigned after the defeat.",
                "Auckland Kestrels");
    }

    @Test
    void aPluralAfterAGivenNameACountryOrAPlaceHeadIsNoTeam() {
        // near-misses: persons whose given name is a country's or a city's name, and plural places
        assertFalse(mention(STANDARD, "Jordan Brooks, a spokesman for the ministry, said the talks failed.",
                "Jordan Brooks").source().contains("team-name"));
        assertType(EntityType.PERSON, "Coach Dallas Roberts said the players were tired.", "Dallas Roberts");
        assertType(EntityType.PLACE, "Flooding closed roads near Niagara Falls on Tuesday.", "Niagara Falls");
    }

    @Test
    void venueAndGroundHeadWordsNamePlaces() {
        assertType(EntityType.PLACE, "Thousands of protesters gathered on Parliament Hill on Friday.", "Parliament Hill");
        assertType(EntityType.PLACE, "The concert in Larkmoor Park drew 20,000 fans.", "Larkmoor Park");
        assertType(EntityType.PLACE, "The final Test will be played at the Brambleford Ground in June.",
                "Brambleford Ground");
        assertType(EntityType.PLACE, "The Halvey Space Center Visitor Complex reopened after the storm.",
                "Halvey Space Center Visitor Complex");
        assertType(EntityType.PLACE, "The rally ended at Corrow Gardens, where a minister spoke.", "Corrow Gardens");
        assertType(EntityType.PLACE, "The final at Kelby Field was postponed because of rain.", "Kelby Field");
        // near-misses: a given name before a surname-like venue word, or no word of where before it, is a person's
        assertType(EntityType.PERSON, "Racing driver Graham Hill said the new circuit was too narrow.", "Graham Hill");
        assertTrue(find(STANDARD, "Damon Hill said the new circuit was too narrow.").stream()
                .noneMatch(m -> m.source().contains("venue-word")));
        assertNames("The strike was confirmed by Army Operations Director James Hill and the UN.",
                List.of("Army", "James Hill"), List.of());
    }

    @Test
    void aForeignStadiumWordStartsAPlace() {
        assertType(EntityType.PLACE, "Spain will play Portugal at the Estadio Ramón Aguirre next month.",
                "Estadio Ramón Aguirre");
        assertType(EntityType.PLACE, "The final was moved to the Stade Marcel Verlaine in Lorient.",
                "Stade Marcel Verlaine");
        assertType(EntityType.PLACE, "Police closed the Stadion Kowalczyk after the riot.", "Stadion Kowalczyk");
        assertType(EntityType.PLACE, "Fans filled the Estádio Jorge Amaral on Saturday.", "Estádio Jorge Amaral");
    }

    @Test
    void aPlaceFollowedByAPapersWordIsANewspaper() {
        assertType(EntityType.ORGANIZATION, "The Ottawa Citizen endorsed the mayor on Friday.", "Ottawa Citizen");
        assertType(EntityType.ORGANIZATION, "According to the Leeds Echo, the club will be sold.", "Leeds Echo");
        assertType(EntityType.ORGANIZATION, "The Brisbane Courier reported that two patients had died.",
                "Brisbane Courier");
        assertType(EntityType.ORGANIZATION, "A reporter for the Dundee Star was arrested at the protest.",
                "Dundee Star");
        // near-miss: the same word after no place keeps its sense (no paper's vote)
        assertTrue(find(STANDARD, "The crew of the Northern Star was rescued by a fishing boat.").stream()
                .noneMatch(m -> m.source().contains("paper-name")));
    }

    @Test
    void whatOnlyAPersonDoesTypesAOneWordName() {
        assertType(EntityType.PERSON, "Zanetti scored twice as the visitors won 3-1.", "Zanetti");
        assertType(EntityType.PERSON, "Marlenka married her long-time partner in a private ceremony in Prague.",
                "Marlenka");
        assertType(EntityType.PERSON, "Tarrant died in hospital on Sunday, his family said.", "Tarrant");
        assertType(EntityType.PERSON, "Velasco painted the mural in 1934.", "Velasco");
        // near-misses: a team scores too, and a firm retires its fleet: no person
        assertTrue(find(STANDARD, "The Wolves scored twice in the second half.").stream()
                .noneMatch(m -> m.type() == EntityType.PERSON));
        assertTrue(find(STANDARD, "Acme retired its old fleet of aircraft.").stream()
                .noneMatch(m -> m.type() == EntityType.PERSON));
    }
}
