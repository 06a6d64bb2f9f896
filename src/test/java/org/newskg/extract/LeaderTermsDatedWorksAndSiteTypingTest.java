package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.NameFinding.RULES;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.assertDropped;
import static org.newskg.extract.NameFinding.assertKept;
import static org.newskg.extract.NameFinding.type;

import org.junit.jupiter.api.Test;

/**
 * Types and non-entities of wave 21: a leader's term ("the Bush Administration", HybridMentionFinder#leaderTerm),
 * a work dated by its year ("1992's Batman Returns", #yearPossessive), a post's field before its holder ("Minister
 * of Health, Ana Ruiz": RuleVoters#personConjunct), the kind "capital" before a place, facilities, palaces and
 * forums of cooperation (head-words.tsv), classes of ships (non-entities.tsv) and the kind "channel"
 * (context-words.tsv). Sentences written for the test.
 */
class LeaderTermsDatedWorksAndSiteTypingTest {

    @Test
    void aLeadersAdministrationOrPresidencyIsNoBody() {
        assertDropped("The Obama Administration said it would appeal the ruling.", "Obama Administration");
        assertDropped("Critics of the Carter Administration met in Ohio on Monday.", "Carter Administration");
        assertDropped("Historians of the Reagan Presidency gathered in Denver.", "Reagan Presidency");
    }

    @Test
    void aSurnameBeforeALowerCaseAdministrationIsAPerson() {
        assertEquals(EntityType.PERSON, type(STANDARD,
                "The Kowalski administration has pledged $30 million in aid.", "Kowalski"));
        assertEquals(EntityType.PERSON, type(STANDARD,
                "Exports grew during the Okonjo presidency, officials said.", "Okonjo"));
        // near-miss: a known place before the word names the place's government, not a person
        assertEquals(EntityType.PLACE, type(STANDARD,
                "The Ontario administration has pledged $30 million in aid.", "Ontario"));
    }

    @Test
    void agenciesNamedAdministrationStay() {
        // near-misses: a common word or two words before the head make an agency
        assertKept("The Maritime Administration approved the loan on Friday.", "Maritime Administration");
        assertKept("The Social Security Administration will pay the benefits.", "Social Security Administration");
        assertKept("The Veterans Administration runs dozens of hospitals.", "Veterans Administration");
    }

    @Test
    void aTitleAfterAYearsPossessiveIsAWork() {
        assertDropped("She has not had a hit since 2008's Iron Tide, a thriller.", "Iron Tide");
        assertDropped("Fans still quote 1977's Star Voyage at conventions.", "Star Voyage");
        assertDropped("Critics compared it with 1999's Dark Meridian Returns.", "Dark Meridian Returns");
    }

    @Test
    void aBodyAfterAYearsPossessiveStays() {
        // near-miss: a head word says the name is a body's ("the 2008 collapse of the bank")
        assertKept("Experts compared it to 2008's Lehman Brothers collapse.", "Lehman Brothers");
    }

    @Test
    void aPostsFieldBeforeItsHolderIsNoPerson() {
        String text = "The Portuguese Minister of Health, Ana Ruiz, said the hospitals were full.";
        assertDropped(text, "Health");
        assertEquals(EntityType.PERSON, type(STANDARD, text, "Ana Ruiz"));
        assertDropped("The Secretary of Transport, David Kern, resigned on Tuesday.", "Transport");
    }

    @Test
    void aPersonNextToAPersonIsStillAPerson() {
        // near-miss: a name in a pair with a full name, with no post before it; the rules' own type (a model may
        // read "went to Kowalczyk" as a place)
        assertEquals(EntityType.PERSON,
                type(RULES, "The prize went to Kowalczyk and Ana Ruiz on Friday.", "Kowalczyk"));
    }

    @Test
    void aNameAfterTheKindCapitalIsAPlace() {
        assertEquals(EntityType.PLACE, type(STANDARD,
                "The reporter, stationed in the provincial capital Kota Marah, said roads were cut.", "Kota Marah"));
        assertEquals(EntityType.PLACE, type(STANDARD,
                "Aid convoys reached the regional capital Sela Bandu on Monday.", "Sela Bandu"));
        // near-miss: "capital" as a modifier of another noun says nothing of the person after it
        assertEquals(EntityType.PERSON, type(STANDARD,
                "Venture capital investor Maria Lopez backed the firm.", "Maria Lopez"));
    }

    @Test
    void facilitiesAndPalacesArePlaces() {
        assertEquals(EntityType.PLACE, type(STANDARD,
                "The engines were tested at the Marlow Test Facility in Ohio.", "Marlow Test Facility"));
        assertEquals(EntityType.PLACE, type(STANDARD,
                "The king received the envoys at the Royal Palace in Phnom Penh.", "Royal Palace"));
    }

    @Test
    void aForumOfCooperationIsAnOrganization() {
        assertEquals(EntityType.ORGANIZATION, type(STANDARD,
                "Leaders will meet at the Black Sea Economic Cooperation summit in Sofia.",
                "Black Sea Economic Cooperation"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD,
                "Ana Ruiz spoke at the annual Euro-Asian Economic Cooperation summit.",
                "Euro-Asian Economic Cooperation"));
    }

    @Test
    void aClassOfShipsIsNoEntity() {
        assertDropped("The navy said a Kilo Class submarine was seen near the coast.", "Kilo Class");
        assertDropped("The Nimitz Class carrier sailed on Monday.", "Nimitz Class");
    }

    @Test
    void aNameAfterTheKindChannelIsAnOrganization() {
        assertEquals(EntityType.ORGANIZATION, type(STANDARD,
                "The series was shown on the channel Sky Atlantic last year.", "Sky Atlantic"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD,
                "The interview was aired by the news channel Rusa Today on Monday.", "Rusa Today"));
    }

    @Test
    void aRegionsAdjectiveIsNoName() {
        String text = "The elections in the Southern African nation Mozambique ended on Monday.";
        assertDropped(text, "Southern African");
        assertEquals(EntityType.PLACE, type(STANDARD, text, "Mozambique"));
        assertDropped("West African leaders met in Accra on Monday.", "West African");
        assertDropped("Latin American governments criticised the plan.", "Latin American");
    }

    @Test
    void aBodyOpenedByARegionsAdjectiveStays() {
        // near-miss: the adjective opens a body's own name
        assertEquals(EntityType.ORGANIZATION, type(STANDARD,
                "The African Wildlife Foundation said the herd was safe.", "African Wildlife Foundation"));
        assertKept("The Asian Development Bank cut its forecast.", "Asian Development Bank");
    }

    @Test
    void aCompoundOfAPlaceOpensNoPersonsName() {
        // "Asia" is a given name too; joined to another word by a hyphen it is the place
        assertEquals(java.util.Optional.empty(), NameFinding.find(STANDARD,
                "Delegates discussed the Asia-Pacific Trade Forum in Lima.").stream()
                .filter(m -> m.type() == EntityType.PERSON).findFirst());
        // near-miss: a hyphenated given name stays a person's
        assertEquals(EntityType.PERSON, type(STANDARD,
                "Marie-Claire Dupont said the talks would resume.", "Marie-Claire Dupont"));
    }
}
