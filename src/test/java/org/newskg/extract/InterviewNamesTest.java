package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.RULES;
import static org.newskg.extract.NameFinding.assertNoNameContaining;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Names in interview-style text written for the test (a guest introduced, then questions and
 * answers in conversational English): a work's title after an owned work noun without quotation marks names
 * nothing; a camel-case brand shown to be an organization is found; "Y-based" before an organization noun makes
 * Y a place; studying, teaching or working "at" a name makes it an organization; the lower-case verb "miss" is
 * no title (a nationality before a body: NationalBodiesFieldsAndCampusesSpansTest). Each has a near-miss.
 */
class InterviewNamesTest {

    @Test
    void anOwnedWorksTitleWithoutQuotesNamesNothing() {
        assertNoNameContaining(RULES,
                "We talked about her new book, Under the Blue, and her work with the Ocean Trust.", "Blue");
        assertNoNameContaining(RULES, "She published her debut novel The Glass Orchard with Penrose Books in July.",
                "Glass Orchard");
        assertNoNameContaining(RULES, "Their game Starfall Online has two million players. Starfall Online is free.",
                "Starfall Online");
        assertNoNameContaining(RULES, "The band released their third album, Northern Lights, last month.",
                "Northern Lights");
        assertNoNameContaining(RULES, "His latest film Harbour Days opens in Leeds on Friday.", "Harbour Days");
        // near-miss: the publisher and a place after the title stay; no owner, no title ("the book Smith wrote")
        NameFinding.assertNames("She published her debut novel The Glass Orchard with Penrose Books in July.",
                List.of("Penrose Books"), List.of());
        NameFinding.assertNames("The book Smith wrote was praised by Tom Reid.", List.of("Smith", "Tom Reid"),
                List.of());
        NameFinding.assertNames("Her book, Paris, was a success.", List.of("Paris"), List.of());
    }

    @Test
    void aCamelCaseBrandShownToBeAnOrganizationIsFound() {
        NameFinding.assertNames("Jack Herrick, the founder of wikiHow, spoke to us. wikiHow is a website.",
                List.of("wikiHow"), List.of());
        NameFinding.assertNames("We met the founder of eBay in London.", List.of("eBay"), List.of());
        NameFinding.assertNames("Last year zipCart, the online retailer, hired 200 people.", List.of("zipCart"),
                List.of());
        NameFinding.assertNames("Many readers use fooWiki. fooWiki is a Boston-based charity.", List.of("fooWiki"),
                List.of());
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "Jack Herrick, the founder of wikiHow, spoke to us. wikiHow is a website.", "wikiHow"));
        // near-miss: a product in camel case with no organization cue stays out
        assertNoNameContaining(RULES, "She bought an iPod, a music player, in 2005.", "iPod");
        assertNoNameContaining(RULES, "The iPhone sold well in Japan.", "iPhone");
    }

    @Test
    void aNameBeforeBasedAndAnOrganizationNounIsAPlace() {
        String text = "Cloudnine Systems, a Bangalore-based software company, hired 40 engineers.";
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD, text, "Bangalore"));
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD,
                "The Kessington-based charity Ocean Aid said it would help.", "Kessington"));
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD,
                "wikiHow is a Palo Alto-based website that publishes guides.", "Palo Alto"));
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD,
                "Redline, a Tarrow-based record label, signed the band.", "Tarrow"));
        // near-miss: a platform before "-based" and a product noun is no place
        List<String> found = NameFinding.names(NameFinding.STANDARD, "They sell Linux-based software to banks.");
        assertTrue(found.stream().noneMatch(f -> f.contains("Linux"))
                || NameFinding.type(NameFinding.STANDARD, "They sell Linux-based software to banks.", "Linux")
                != EntityType.PLACE, found.toString());
    }

    @Test
    void studyingTeachingOrWorkingAtANameMakesItAnOrganization() {
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "Most of my engineers studied at IIT Madras.", "IIT Madras"));
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "Patel founded the company after working at Infosys for eight years.", "Infosys"));
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "She taught at Brookfield for twelve years before she retired.", "Brookfield"));
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "He graduated from Carnwell in 1998 and moved to Ohio.", "Carnwell"));
        // near-miss: studying "in" a town keeps the town a place
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD,
                "He studied in Leeds and then moved to Ohio.", "Leeds"));
    }

    @Test
    void theLowerCaseVerbMissIsNoTitle() {
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD,
                "In December I go home. I miss Madrid, and my family.", "Madrid"));
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD,
                "We all miss Chicago in the winter.", "Chicago"));
        // near-miss: the capitalised title still makes a person
        assertEquals(EntityType.PERSON, NameFinding.type(NameFinding.STANDARD,
                "The teacher, Miss Harding, read the names aloud.", "Harding"));
    }
}
