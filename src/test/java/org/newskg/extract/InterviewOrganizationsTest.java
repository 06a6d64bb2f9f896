package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Organisations in interviews written for the test (a researcher and her institute and journal, a
 * charity and its partners): the words after a body's "of" are its field, not a person, even when they start with
 * a given name; a paper "in" a name is published by it; "a local NGO" in apposition makes an organization, and
 * "NGO" alone names nothing; a guest named after a title and a comma is a person; an app's title names
 * nothing, and a body after "at", "for" or "with" ends a title. Each has a near-miss.
 */
class InterviewOrganizationsTest {

    @Test
    void theFieldAfterABodysOfIsNoPerson() {
        NameFinding.assertNames("She did a postdoc at the Australian Institute of Marine Science in Townsville.",
                List.of("Australian Institute of Marine Science", "Townsville"), List.of("Marine Science"));
        NameFinding.assertNames("He joined the Institute of Marine Science in 2009.",
                List.of("Institute of Marine Science"), List.of("Marine Science"));
        NameFinding.assertNames("She taught at the Scottish Academy of Art and Design for ten years.",
                List.of(), List.of("Art", "Art and Design"));
        NameFinding.assertNames("He studied at the Irish College of Rose Growers in Cork.",
                List.of(), List.of("Rose Growers"));
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "He joined the Australian Institute of Marine Science in 2009.",
                "Australian Institute of Marine Science"));
        // near-miss: a title, "of" and a body, then the holder, still splits off the person
        NameFinding.assertNames("Secretary of State Hillary Clinton met the envoy.", List.of("Hillary Clinton"),
                List.of());
    }

    @Test
    void aPaperInANameIsPublishedByAnOrganization() {
        for (String text : List.of("She wrote a paper in Ocean Letters Weekly about the corals.",
                "Their paper in Nature Climate Change drew wide notice.",
                "Two papers in Coastal Policy Review cited the lab.",
                "He wrote a piece in Harbour Monthly about the strike.")) {
            List<Mention> ms = NameFinding.find(NameFinding.STANDARD, text);
            assertFalse(ms.isEmpty(), text);
            assertEquals(EntityType.ORGANIZATION, ms.get(0).type(), text + " " + ms);
        }
        // near-miss: a paper presented in a known city leaves the city a place
        assertEquals(EntityType.PLACE, NameFinding.type(NameFinding.STANDARD,
                "She presented her paper in Vienna in May.", "Vienna"));
    }

    @Test
    void aLocalNgoInAppositionIsAnOrganizationAndNgoAloneNamesNothing() {
        for (String[] t : List.of(new String[] {"Our main partner is Madzi Alipo, a local NGO.", "Madzi Alipo"},
                new String[] {"They work with Tumaini Letu, a Kenyan NGO, in the north.", "Tumaini Letu"},
                new String[] {"Funds go to Agua Clara, an NGO based in Leon.", "Agua Clara"},
                new String[] {"We met Ruth Nkosi, who runs Sakhile Kuhle, a small NGO.", "Sakhile Kuhle"})) {
            assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD, t[0], t[1]), t[0]);
        }
        NameFinding.assertNames("Every NGO in the region signed the letter.", List.of(), List.of("NGO"));
        NameFinding.assertNames("Two NGOs and Oxfam signed it.", List.of(), List.of("NGOs"));
        // near-miss: a person in apposition to a title stays a person
        assertEquals(EntityType.PERSON, NameFinding.type(NameFinding.STANDARD,
                "We met Ruth Nkosi, who runs Sakhile Kuhle, a small NGO.", "Ruth Nkosi"));
    }

    @Test
    void aGuestNamedAfterATitleAndACommaIsAPerson() {
        for (String[] t : List.of(
                new String[] {"Wikinews talked to its co-founder and chief executive, Priya Raman.", "Priya Raman"},
                new String[] {"We spoke to the team's coach, Jun-ho Park, after the final.", "Jun-ho Park"},
                new String[] {"The charity's director, Thandeka Mbeki, met us in Bristol.", "Thandeka Mbeki"},
                new String[] {"Wikinews asked the band's manager, Oluwaseun Bakare, about the tour.",
                    "Oluwaseun Bakare"})) {
            assertEquals(EntityType.PERSON, NameFinding.type(NameFinding.STANDARD, t[0], t[1]), t[0]);
        }
        // near-miss: a body after a title and a comma, or a name after a word that is no title, is no person
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "We spoke to its director, Kestrel Media, on Monday.", "Kestrel Media"));
        List<Mention> ms = NameFinding.find(NameFinding.STANDARD,
                "Our sponsor, Kestrel Energy, was thinking of leaving.");
        assertFalse(ms.stream().anyMatch(m -> m.text().equals("Kestrel Energy") && m.type() == EntityType.PERSON),
                ms.toString());
    }

    @Test
    void anAppsTitleNamesNothingAndABodyAfterATitleStaysFound() {
        NameFinding.assertNames("Our app, Skyline Planner, has two million users.", List.of(),
                List.of("Skyline Planner"));
        NameFinding.assertNames("She built the app Tidewatch in 2011 with Tom Hale.", List.of("Tom Hale"),
                List.of("Tidewatch"));
        NameFinding.assertNames("Their new app Harbour Notes is free.", List.of(), List.of("Harbour Notes"));
        NameFinding.assertNames("He designed the mobile game Quick Ledger at Brightline Media.",
                List.of("Brightline Media"), List.of("Quick Ledger"));
        NameFinding.assertNames("Her album Songs for the Harbour Foundation sold well.", List.of(),
                List.of("Songs for the Harbour Foundation"));
        NameFinding.assertNames("They made the documentary Night Shift for Kestrel Radio Network.",
                List.of("Kestrel Radio Network"), List.of("Night Shift"));
        // near-miss: "app" before a kind noun or a one-word maker before a verb leaves the company alone
        NameFinding.assertNames("The app maker Zynga hired 50 people.", List.of("Zynga"), List.of());
        NameFinding.assertNames("The taxi app Uber said it would appeal.", List.of("Uber"), List.of());
    }
}
