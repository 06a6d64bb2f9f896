package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.extract.gazetteer.Names;

/**
 * The town list (towns.tsv, GeoNames towns of 15,000+) as a weak voter for PLACE on names the finder proposed:
 * a town alone, a town followed by its country or US state or UK nation, and the near-misses where the list must
 * say nothing (the verb "Reading", the adjective "Nice", a title before a surname that is a town, a company).
 */
class TownGazetteerTest {

    private static final HybridMentionFinder STANDARD = NameFinding.STANDARD;
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    private static Mention mention(String text, String name) {
        return NameFinding.mention(STANDARD, text, name);
    }

    @Test
    void theListHoldsSmallTownsButNotGivenNamesOrSurnames() {
        assertFalse(GAZETTEER.towns(Names.norm("Tarbes")).isEmpty());
        assertEquals("France", GAZETTEER.towns(Names.norm("Tarbes")).get(0).country());
        assertTrue(GAZETTEER.towns(Names.norm("McMinnville")).stream().anyMatch(t -> t.region().equals("Oregon")));
        assertTrue(GAZETTEER.towns(Names.norm("Florence")).isEmpty(), "a given name");
        assertTrue(GAZETTEER.towns(Names.norm("Davis")).isEmpty(), "a surname of officeholders");
        assertTrue(GAZETTEER.towns(Names.norm("Aberystwyth")).get(0).population() >= 15_000);
    }

    @Test
    void aTownNameVotesPlace() {
        for (String[] c : List.of(
                new String[] {"The festival drew thousands of visitors to Tarbes over the weekend.", "Tarbes"},
                new String[] {"Police in Rochdale arrested two men after the attack.", "Rochdale"},
                new String[] {"I was born in Tarbes and moved to Aberystwyth when I was ten.", "Aberystwyth"},
                new String[] {"We played a gig in Kidderminster last week and the crowd was great.", "Kidderminster"})) {
            Mention m = mention(c[0], c[1]);
            assertEquals(EntityType.PLACE, m.type(), c[0]);
            assertTrue(m.source().contains(RuleVoters.TOWN), m.source());
        }
    }

    @Test
    void aTownBeforeItsStateOrCountryIsSurelyAPlace() {
        for (String[] c : List.of(
                new String[] {"A museum in McMinnville, Oregon, holds the aircraft.", "McMinnville"},
                new String[] {"Police said the man was arrested in Dover, Delaware.", "Dover"},
                new String[] {"The team flew to Aberystwyth, Wales, for the match.", "Aberystwyth"},
                new String[] {"Farmers near Tarbes, France, lost their crops.", "Tarbes"})) {
            Mention m = mention(c[0], c[1]);
            assertEquals(EntityType.PLACE, m.type(), c[0]);
            assertTrue(m.source().contains("context:town-in-region"), c[0] + " " + m.source());
        }
    }

    @Test
    void aTownWithTheWrongRegionGetsNoRegionVote() {
        Mention m = mention("A museum in Tarbes, Oregon, holds the aircraft.", "Tarbes");
        assertFalse(m.source().contains("context:town-in-region"), m.source());
    }

    @Test
    void wordsAndTitledSurnamesGetNoTownVote() {
        String text = "Reading the report, the officials said it was a nice result for Mr Kidderminster.";
        for (Mention m : NameFinding.find(STANDARD, text)) {
            assertFalse(m.source().contains(RuleVoters.TOWN), m.toString());
        }
        Mention title = mention("Mr Tamworth told reporters the deal was done.", "Tamworth");
        assertNotEquals(EntityType.PLACE, title.type());
        assertTrue(NameFinding.find(STANDARD, "Reading is a pleasure, said the teacher.").isEmpty());
    }

    @Test
    void aTownWrittenInLowerCaseInTheSentenceIsAWord() {
        // "Summit" (New Jersey) is a word when "summit" is written in the same sentence
        assertFalse(GAZETTEER.towns(Names.norm("Summit")).isEmpty());
        for (Mention m : NameFinding.find(STANDARD, "Leaders met at Summit and said the summit went well.")) {
            assertFalse(m.source().contains(RuleVoters.TOWN), m.toString());
        }
    }

    @Test
    void aTownNameTheTextCallsAFirmIsAFirm() {
        String text = "The carmaker sold its stake to Tamworth, a British engineering company, last year. "
                + "Analysts said the Tamworth deal was a good one.";
        Mention m = mention(text, "Tamworth");
        assertNotEquals(EntityType.PLACE, m.type(), m.toString());
        assertFalse(m.source().contains(RuleVoters.TOWN), m.source());
    }

    @Test
    void aTownNameAfterTheArticleGetsNoTownVote() {
        // a town takes no article: "the Tamworths" won, "the Kidderminster" is a team or a ship
        String text = "Fans cheered as the Kidderminster won again on Saturday.";
        for (Mention m : NameFinding.find(STANDARD, text)) {
            assertFalse(m.source().contains(RuleVoters.TOWN), m.toString());
        }
    }
}
