package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Stances and attacks of a government's or a command's press release (round 8): "we" as the subject, linking verbs
 * before a word of stance, gerunds of defeating, helping someone "in defeating" a group, "in order to defeat",
 * "will continue to" an attack, governments named as organisations. Every sentence is written for the test.
 */
class RelationStanceVoiceConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), LocalDate.of(2020, 3, 6)));
    }

    @Test
    void linkingVerbBeforeAWordOfStance() {
        EntitySpec[] es = {place("Norway"), organization("Free Syrian Army")};
        assertEquals(Set.of("Norway supports Free Syrian Army"),
                triples("Norway remains committed to supporting the Free Syrian Army.", es));
        assertEquals(Set.of(), triples("Norway no longer remains committed to supporting the Free Syrian Army.", es));
    }

    @Test
    void gerundOfDefeatingAfterAWordOfStance() {
        assertEquals(Set.of("Norway opposes Boko Haram"), triples("Norway is committed to defeating Boko Haram.",
                place("Norway"), organization("Boko Haram")));
        // coordinated subjects each hold the stance
        assertEquals(Set.of("Norway opposes Boko Haram", "Chad opposes Boko Haram", "African Union opposes Boko Haram"),
                triples("Norway, Chad and the African Union are committed to defeating Boko Haram.", place("Norway"),
                        place("Chad"), organization("African Union"), organization("Boko Haram")));
    }

    @Test
    void weAsTheSubjectOfAStance() {
        assertEquals(Set.of("Norway supports Mali"), triples("Norway condemns the attack. We remain committed to "
                + "supporting Mali.", place("Norway").pronouns("We@1"), place("Mali")));
    }

    @Test
    void helpingSomeoneInDefeatingAGroup() {
        EntitySpec[] es = {place("Norway"), place("Mali"), organization("Ansar Dine")};
        assertEquals(Set.of("Norway supports Mali", "Mali opposes Ansar Dine", "Norway opposes Ansar Dine"),
                triples("Norway continues to support Mali in defeating Ansar Dine.", es));
        // the helped one's fight is stated even when the help is refused
        assertEquals(Set.of("Mali opposes Ansar Dine"),
                triples("Norway refused to help Mali in fighting Ansar Dine.", es));
    }

    @Test
    void governmentNamedAsAnOrganisationStandsForItsPlace() {
        assertEquals(Set.of("Norway supports Mali", "Mali opposes Ansar Dine", "Norway opposes Ansar Dine"),
                triples("Mali is far. Norway is committed to supporting the Government of Mali in defeating Ansar "
                        + "Dine.", place("Norway"), place("Mali"), organization("Government of Mali"),
                        organization("Ansar Dine")));
    }

    @Test
    void inOrderToDefeatStatesTheStanceOfTheClauseSubject() {
        EntitySpec[] es = {organization("NATO"), organization("Ansar Dine")};
        assertEquals(Set.of("NATO attacked Ansar Dine", "NATO opposes Ansar Dine"),
                triples("NATO conducted strikes against Ansar Dine in order to defeat Ansar Dine.", es));
        assertEquals(Set.of(), triples("NATO may conduct strikes against Ansar Dine in order to defeat Ansar Dine.", es));
    }

    @Test
    void willContinueToAttackIsAnAttackGoingOn() {
        EntitySpec[] es = {organization("NATO"), organization("Ansar Dine")};
        assertEquals(Set.of("NATO attacked Ansar Dine"), triples("NATO will continue to strike Ansar Dine targets.", es));
        assertEquals(Set.of("NATO attacked Ansar Dine"),
                triples("NATO will continue to strike Ansar Dine military targets.", es));
        assertEquals(Set.of(), triples("NATO could continue to strike Ansar Dine targets.", es));
        assertEquals(Set.of(), triples("NATO will strike Ansar Dine targets.", es));
    }

    @Test
    void leadingACoalitionToDefeatAGroup() {
        assertEquals(Set.of("Norway opposes Ansar Dine"),
                triples("Norway will continue to lead the regional coalition to degrade and defeat Ansar Dine.",
                        place("Norway"), organization("Ansar Dine")));
    }

    @Test
    void workingWithAListOfPartnersToSupport() {
        assertEquals(Set.of("Jane Doe holdsPosition \"President\"", "Norway supports Mali"),
                triples("Norway is committed to working with President Jane Doe, the Malian Army, and our partners "
                        + "in the region to support Mali.", place("Norway"), person("Jane Doe"), place("Mali")));
    }
}
