package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Constructions of {@link LexiconRelationExtractor} for posts written after a name with their scope ("the head
 * trader for Y", "Y's senior vice president for Z", "chairman of Y and a member of the board"), unit commanders
 * ("Col. X, 12th Fighter Wing commander", "The Y Commander, Maj. Gen. X"), ranks between a post and a name, "his
 * post as", "serving as", campaigns to take a place, claims of responsibility, place appositions and containers,
 * coordination across a date, and offensives on places; each with a case that must give nothing.
 */
class RelationScopeConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 5);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    // --- posts after a name, with their scope ------------------------------------------------------------

    @Test
    void postForAnOrganisationAfterTheName() {
        Set<String> t = triples("\"Prices will fall,\" said Dana Whitfield, the head trader for Marlow Securities.",
                person("Dana Whitfield"), organization("Marlow Securities"));
        assertTrue(t.contains("Dana Whitfield holdsPosition \"head trader\""), t::toString);
        assertTrue(t.contains("Dana Whitfield employedBy Marlow Securities"), t::toString);
    }

    @Test
    void postWithAFieldAfterAPossessiveOrganisation() {
        Set<String> t = triples("The unit will be run by Omar Haddad, Nokia's senior vice president for network "
                + "software.", person("Omar Haddad"), organization("Nokia"));
        assertTrue(t.contains("Omar Haddad holdsPosition \"senior vice president\""), t::toString);
        assertTrue(t.contains("Omar Haddad employedBy Nokia"), t::toString);
        assertFalse(t.contains("Omar Haddad leads Nokia"), t::toString);
    }

    @Test
    void twoPostsInOneApposition() {
        Set<String> t = triples("Ruth Adler, chairman of Biogen and a member of the board, said the deal was fair.",
                person("Ruth Adler"), organization("Biogen"));
        assertTrue(t.contains("Ruth Adler holdsPosition \"chairman\""), t::toString);
        assertTrue(t.contains("Ruth Adler leads Biogen"), t::toString);
    }

    @Test
    void occupationAtAnOrganisationIsEmploymentWithoutPosition() {
        Set<String> t = triples("Lena Park, a management expert at Columbia University, disagreed.",
                person("Lena Park"), organization("Columbia University"));
        assertEquals(Set.of("Lena Park employedBy Columbia University"), t);
    }

    @Test
    void commanderOfSomethingThatIsNoEntityEndingTheSentence() {
        Set<String> t = triples("\"We are ready,\" said Capt. Hugo Marin, commander of Resolute.",
                person("Hugo Marin"));
        assertEquals(Set.of("Hugo Marin holdsPosition \"commander\""), t);
    }

    // --- unit commanders and ranks -------------------------------------------------------------------------

    @Test
    void unitCommanderAfterTheNameWithTheUnitNumber() {
        Set<String> t = triples("\"We are proud,\" said Col. Amy Reyes, 12th Fighter Wing commander.",
                person("Amy Reyes"), organization("Fighter Wing"));
        assertTrue(t.contains("Amy Reyes holdsPosition \"commander\""), t::toString);
        assertTrue(t.contains("Amy Reyes commands Fighter Wing"), t::toString);
    }

    @Test
    void titleBeforeARankedName() {
        Set<String> t = triples("The Task Group Bravo Commander, Maj. Gen. Paul Okoro, issued a statement.",
                person("Paul Okoro"));
        assertTrue(t.contains("Paul Okoro holdsPosition \"Commander\""), t::toString);
        Set<String> u = triples("Kremlin press director Army Maj. Ivan Sokolov said today the talks had ended.",
                organization("Kremlin"), organization("Army"), person("Ivan Sokolov"));
        assertTrue(u.contains("Ivan Sokolov holdsPosition \"press director\""), u::toString);
        assertTrue(u.contains("Ivan Sokolov employedBy Kremlin"), u::toString);
        assertTrue(u.stream().noneMatch(s -> s.startsWith("Army ")), u::toString);
    }

    @Test
    void aWordOfARankIsNoPost() {
        Set<String> t = triples("Navy Senior Chief Petty Officer Sam Ortiz died on Monday.", organization("Navy"),
                person("Sam Ortiz"));
        assertEquals(Set.of("Sam Ortiz memberOf Navy"), t);
    }

    @Test
    void aRankWordOpeningTheTextIsReadWithoutLookingBeforeIt() {
        // the role word is the very first token: nothing before it may be inspected
        Set<String> t = triples("Commander Lena Holt leads the Northern Fleet.", person("Lena Holt"),
                organization("Northern Fleet"));
        assertTrue(t.stream().noneMatch(s -> s.contains("holdsPosition \"Commander\" ") && s.startsWith("Northern")),
                t::toString);
    }

    @Test
    void aHeadOfADepartmentIsEmployedNotTheLeader() {
        Set<String> t = triples("\"Rates will rise,\" said Ana Ruiz, head of research at Corvo Bank.",
                person("Ana Ruiz"), organization("Corvo Bank"));
        assertTrue(t.contains("Ana Ruiz holdsPosition \"head of research\""), t::toString);
        assertTrue(t.contains("Ana Ruiz employedBy Corvo Bank") && !t.contains("Ana Ruiz leads Corvo Bank"),
                t::toString);
    }

    @Test
    void twoPostsOfOneOrganisationBeforeTheName() {
        Set<String> t = triples("Talvo chairman and chief executive Ben Ortega announced the cuts.",
                organization("Talvo"), person("Ben Ortega"));
        assertTrue(t.containsAll(Set.of("Ben Ortega holdsPosition \"chairman\"",
                "Ben Ortega holdsPosition \"chief executive\"", "Ben Ortega leads Talvo")), t::toString);
        // without an organisation, two titles before a name are two people
        Set<String> u = triples("Prime Minister and President Duval met in Lyon.", person("Duval"), place("Lyon"));
        assertFalse(u.contains("Duval holdsPosition \"Prime Minister\""), u::toString);
    }

    // --- "his post as", "serving as" ------------------------------------------------------------------------

    @Test
    void postAsAfterAPossessor() {
        Set<String> t = triples("Karl Berg has decided to leave his post as chief executive of Orion.",
                person("Karl Berg", "his"), organization("Orion"));
        assertTrue(t.contains("Karl Berg holdsPosition \"chief executive\""), t::toString);
        assertTrue(t.contains("Karl Berg leads Orion"), t::toString);
        Set<String> u = triples("Karl Berg will keep steering Orion from his position as chairman of the board.",
                person("Karl Berg", "his"), organization("Orion"));
        assertTrue(u.contains("Karl Berg holdsPosition \"chairman of the board\""), u::toString);
        assertEquals(Set.of(), triples("Karl Berg spoke of his former post as chief executive of Orion.",
                person("Karl Berg", "his"), organization("Orion")));
    }

    @Test
    void servingAsAPost() {
        Set<String> t = triples("Mia Holt was picked by the board last year and has been serving as interim "
                + "president since May.", person("Mia Holt"));
        assertTrue(t.contains("Mia Holt holdsPosition \"interim president\""), t::toString);
        assertEquals(Set.of(), triples("Mia Holt will serve as interim president.", person("Mia Holt")));
    }

    @Test
    void copulaAfterAClauseWithBeAsMainVerb() {
        Set<String> t = triples("She has been with Unilever for 20 years, and is now the global head of marketing.",
                person("Joan Reid", "She"), organization("Unilever"));
        assertTrue(t.contains("Joan Reid holdsPosition \"global head of marketing\""), t::toString);
    }

    @Test
    void sharedSubjectSkipsAWhereAside() {
        Set<String> t = triples("Tom Hale raised the situation in Ruritania, where there are continued clashes, and "
                + "stressed the need for a ceasefire.", person("Tom Hale"), place("Ruritania"));
        assertTrue(t.contains("Tom Hale calledFor \"a ceasefire\""), t::toString);
    }

    // --- campaigns to take a place, claims of responsibility, offensives ----------------------------------

    @Test
    void campaignToTakeAPlaceIsAnAdvance() {
        Set<String> t = triples("In the campaign to liberate the city of Dara, the Kuna Brigade has made gains.",
                place("Dara"), organization("Kuna Brigade"));
        assertTrue(t.contains("Kuna Brigade advancedOn Dara"), t::toString);
        Set<String> u = triples("The Kuna Brigade has begun the second phase of the effort to isolate the town of "
                + "Dara.", place("Dara"), organization("Kuna Brigade"));
        assertTrue(u.contains("Kuna Brigade advancedOn Dara"), u::toString);
        assertEquals(Set.of(), triples("The Kuna Brigade is planning an effort to isolate the town of Dara.",
                place("Dara"), organization("Kuna Brigade")));
    }

    @Test
    void claimOfResponsibilityIsAnAttack() {
        assertEquals(Set.of("Black Banner attacked Dara"),
                triples("Black Banner claimed responsibility for the bombing in Dara.", organization("Black Banner"),
                        place("Dara")));
        Set<String> t = triples("Officials condemned the attacks today in the town of Dara in the province of Sela, "
                        + "and the port city of Rin, for which Black Banner has claimed responsibility.",
                organization("Black Banner"), place("Dara"), place("Sela"), place("Rin"));
        assertTrue(t.contains("Black Banner attacked Dara"), t::toString);
        assertTrue(t.contains("Black Banner attacked Rin"), t::toString);
        assertFalse(t.contains("Black Banner attacked Sela"), t::toString);
        assertEquals(Set.of(), triples("No group has claimed responsibility for the attack on Dara.", place("Dara")));
        assertEquals(Set.of(), triples("Black Banner has not claimed responsibility for the attack on Dara.",
                organization("Black Banner"), place("Dara")));
    }

    @Test
    void offensiveAgainstAPlaceIsAnAdvanceAgainstAGroupAnAttack() {
        assertEquals(Set.of("Kuna Brigade advancedOn Dara"),
                triples("The Kuna Brigade launched an offensive against Dara.", organization("Kuna Brigade"),
                        place("Dara")));
        assertEquals(Set.of("Kuna Brigade attacked Black Banner"),
                triples("The Kuna Brigade launched an offensive against Black Banner.", organization("Kuna Brigade"),
                        organization("Black Banner")));
        // the backer in "the UN-backed government" is not what was attacked
        assertTrue(triples("The Kuna Brigade launched an offensive against the UN-backed government.",
                organization("Kuna Brigade"), organization("UN")).stream().noneMatch(s -> s.contains("attacked")));
    }

    // --- places ------------------------------------------------------------------------------------------------

    @Test
    void placeAppositionWithAGroupModifyingThePlaceNoun() {
        Set<String> t = triples("Fighters entered Dara, a self-proclaimed Black Banner capital in Ruritania.",
                place("Dara"), organization("Black Banner"), place("Ruritania"));
        assertTrue(t.contains("Dara locatedIn Ruritania"), t::toString);
    }

    @Test
    void whereAPlaceIsCountsInsideAQuotation() {
        Set<String> t = triples("\"The operation will cut off militants in Dara, Ruritania,\" Tom Hale said.",
                place("Dara"), place("Ruritania"), person("Tom Hale"));
        assertTrue(t.contains("Dara locatedIn Ruritania"), t::toString);
    }

    @Test
    void placeCommaPlaceBeforeAPurpose() {
        Set<String> t = triples("Airmen deployed to Sela Air Base, Ruritania to support the mission.",
                place("Sela Air Base"), place("Ruritania"));
        assertEquals(Set.of("Sela Air Base locatedIn Ruritania"), t);
    }

    @Test
    void placeInAnUnknownCapitalisedPhraseIsNoContainment() {
        assertEquals(Set.of(), triples("Dara in Next Isolation Phase", place("Dara"), place("Next Isolation Phase")));
        assertEquals(Set.of("Dara locatedIn Ruritania"),
                triples("Clashes broke out near Dara in northern Ruritania.", place("Dara"), place("Ruritania")));
    }

    @Test
    void visitsCoordinatedAcrossADate() {
        Set<String> t = triples("Tom Hale visited Ruritania on 4 May and Zembla from 6-7 May.", person("Tom Hale"),
                place("Ruritania"), place("Zembla"));
        assertTrue(t.contains("Tom Hale visited Ruritania"), t::toString);
        assertTrue(t.contains("Tom Hale visited Zembla"), t::toString);
    }
}
