package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertNoNameContaining;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Token shapes that look like names without being one: common-noun abbreviations in capitals (formats, protocols,
 * tests, licences, chat words), a common word capitalised for emphasis or a title while the article also writes it
 * in lower case, a generic head word alone (also in the plural), and a lawyer's title glued before a name. Each
 * class has near-misses that must stay names.
 */
class CapitalShapesWithoutEvidenceTest {

    @Test
    void commonNounAbbreviationsAreNoOrganizations() {
        assertNoNameContaining(STANDARD, "The data is exported as XML and JSON, and the team chats on IRC.",
                "XML", "JSON", "IRC");
        assertNoNameContaining(STANDARD, "The video was shot from the POV of the diver, and the ROV lit the reef.",
                "POV", "ROV");
        assertNoNameContaining(STANDARD, "Each applicant fills out the MMPI, and her SAT scores were high.",
                "MMPI", "SAT");
        assertNoNameContaining(STANDARD, "The code is released under the GPL by a volunteer in Oslo.", "GPL");
        assertNoNameContaining(STANDARD, "Troops in Kandahar were screened for PTSD after the patrol.", "PTSD");
    }

    @Test
    void organizationAcronymsWithoutDefinitionStay() {
        assertEquals(EntityType.ORGANIZATION,
                type(STANDARD, "Analysts at UBS said the merger would close in May.", "UBS"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, "This is the ARES group that handles the samples.",
                "ARES"));
        List<String> ns = names(STANDARD, "The agency is NASA, and the funding came from NATO.");
        assertTrue(ns.contains("NASA") && ns.contains("NATO"), ns.toString());
    }

    @Test
    void commonAbbreviationThatAGazetteerKnowsAsABodyNeedsItsFullName() {
        assertNoNameContaining(STANDARD, "Researchers extracted DNA from the ice cores near the station.", "DNA");
        List<String> ns = names(STANDARD,
                "The Democratic National Alliance (DNA) won seats. DNA leaders said they would join the coalition.");
        assertTrue(ns.contains("Democratic National Alliance") && ns.contains("DNA"), ns.toString());
    }

    @Test
    void acronymOfATitleCasePhraseThatNamesNothingIsNoName() {
        assertNoNameContaining(STANDARD,
                "We spoke to her for the Interview of the Month (IOTM) in Oslo. The IOTM runs monthly.", "IOTM");
        assertNoNameContaining(STANDARD,
                "The analyst said that Maintenance, Repair and Overhaul (MRO) work would go to a base in Texas.",
                "MRO");
        assertNoNameContaining(STANDARD, "Her Question of the Week (QOTW) column asked readers in Leeds.", "QOTW");
    }

    @Test
    void acronymOfAKeptNameStays() {
        List<String> ns = names(STANDARD,
                "Fighters of the Syrian Democratic Forces (SDF) entered the town. The SDF said it held the bridge.");
        assertTrue(ns.contains("SDF") && ns.contains("Syrian Democratic Forces"), ns.toString());
        ns = names(STANDARD, "The Badminton World Federation (BWF) met in Kuala Lumpur on Monday.");
        assertTrue(ns.contains("BWF"), ns.toString());
    }

    @Test
    void wordCapitalisedBesideItsLowerCaseTwinIsNoName() {
        assertNoNameContaining(STANDARD,
                "We must return government to the People. Our people deserve better, said Anna Kowalski.", "People");
        assertNoNameContaining(STANDARD,
                "The Cyclone weakened overnight, and forecasters in Dhaka said the cyclone would reach land.",
                "Cyclone");
        assertNoNameContaining(STANDARD,
                "I love the Ocean. The ocean near Perth was calm when the boat left.", "Ocean");
        assertNoNameContaining(STANDARD,
                "Our goal is a state open for Business, and business owners agree, Mayor Chen said.", "Business");
    }

    @Test
    void stressedModifierInCapitalsIsNoAcronym() {
        assertNoNameContaining(STANDARD, "The grains sit somewhere on a HUGE collector at the lab in Houston.", "HUGE");
        assertNoNameContaining(STANDARD, "It was the BIGGEST problem for the mayor of Lyon.", "BIGGEST");
        assertNoNameContaining(STANDARD, "Talks in Geneva ran late into a VERY long night.", "VERY");
        List<String> ns = names(STANDARD, "A BBC reporter and an FBI agent asked about the NATO summit in Riga.");
        assertTrue(ns.containsAll(List.of("BBC", "FBI", "NATO")), ns.toString());
    }

    @Test
    void lowerCaseTwinNearMissesStayNames() {
        List<String> ns = names(STANDARD, "Steve Jobs unveiled the phone. Jobs said the firm would not cut jobs.");
        assertTrue(ns.contains("Jobs"), ns.toString());
        ns = names(STANDARD, "Judge Young ruled on Monday. Young people protested outside, and young voters too.");
        assertTrue(ns.contains("Young"), ns.toString());
        ns = names(STANDARD, "Shares of Apple rose after the apple harvest report in Chile.");
        assertTrue(ns.contains("Apple") && ns.contains("Chile"), ns.toString());
    }

    @Test
    void genericHeadWordAloneIsNoBody() {
        assertNoNameContaining(STANDARD,
                "Term limits for Congress and the Courts would return power to voters, Smith said.", "Courts");
        assertNoNameContaining(STANDARD,
                "He was Director of Media and Communications at the open and later the Team Manager of Slovenia.",
                "Media", "Communications", "Team");
        assertNoNameContaining(STANDARD, "She wrote for the Magazine for ten years before moving to Boston.",
                "Magazine");
        List<String> ns = names(STANDARD, "The Supreme Court and Team Sky both issued statements in London.");
        assertTrue(ns.contains("Supreme Court") && ns.contains("London"), ns.toString());
    }

    @Test
    void attorneyBeforeANameIsATitle() {
        assertEquals(EntityType.PERSON, type(STANDARD,
                "Attorney Maria Lindqvist, the Green Party's candidate for mayor, answered our questions.",
                "Maria Lindqvist"));
        assertEquals(EntityType.PERSON,
                type(STANDARD, "U.S. Attorney Preet Bharara said the charges were serious.", "Preet Bharara"));
        assertEquals(EntityType.PERSON,
                type(STANDARD, "Attorney General Eric Holder met the ambassador in Rome.", "Eric Holder"));
    }
}
