package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * The constructions of {@link LexiconRelationExtractor} beyond verbs and roles: event nouns, place patterns,
 * ranks, appointments, that-clauses, group members as subjects; each with the negated, modal or irrealis form
 * that must give nothing.
 */
class RelationConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 5);

    private static List<Relation> extract(String text, EntitySpec... specs) {
        return X.extract(resolved(text, specs), PUBLISHED);
    }

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(extract(text, specs));
    }


    // --- event nouns ---------------------------------------------------------------------------------------

    @Test
    void possessiveEventNoun() {
        assertEquals(Set.of("Ruritania attacked Vulgaria"),
                triples("Markets fell after Ruritania's invasion of neighbouring Vulgaria in March.",
                        place("Ruritania"), place("Vulgaria")));
    }

    @Test
    void modifierEventNounWithTargetNoun() {
        assertEquals(Set.of("France attacked Boko Haram"),
                triples("A series of France strikes against Boko Haram positions killed 12.",
                        place("France"), organization("Boko Haram")));
        assertEquals(Set.of("NATO attacked Sirte"),
                triples("NATO air strikes on Sirte continued overnight.", organization("NATO"), place("Sirte")));
    }

    @Test
    void eventNounWithAgentAfterBy() {
        assertEquals(Set.of("Al-Shabaab attacked Mogadishu"),
                triples("The attack on Mogadishu by Al-Shabaab killed ten people.",
                        organization("Al-Shabaab"), place("Mogadishu")));
    }

    @Test
    void regimeOfAPersonIsThePerson() {
        assertEquals(Set.of("Assad attacked Homs", "Assad attacked Hama"),
                triples("Rebels condemned the Assad regime's attacks on Homs and Hama.",
                        person("Assad"), place("Homs"), place("Hama")));
    }

    @Test
    void visitCaptureAndTalksAsNouns() {
        Relation v = extract("Protests marked Merkel's visit to Athens on Monday.", person("Merkel"),
                place("Athens")).get(0);
        assertEquals("Merkel visited Athens", RelationTests.triple(v));
        assertEquals(LocalDate.of(2019, 4, 1), v.date());
        assertEquals(Set.of("Taliban tookControlOf Kunduz"),
                triples("The Taliban's capture of Kunduz shocked Kabul.", organization("Taliban"), place("Kunduz"),
                        place("Kabul")));
        assertEquals(Set.of("Sarraj met Haftar"),
                triples("Talks between Sarraj and Haftar ended in Abu Dhabi.", person("Sarraj"), person("Haftar"),
                        place("Abu Dhabi")));
    }

    @Test
    void advanceTowardsAPlace() {
        assertEquals(Set.of("LNA advancedOn Tripoli"),
                triples("The LNA's advance towards Tripoli stalled.", organization("LNA"), place("Tripoli")));
    }

    @Test
    void unrealEventNounsGiveNothing() {
        EntitySpec[] es = {place("Ruritania"), place("Vulgaria")};
        assertEquals(Set.of(), triples("Ruritania's planned invasion of Vulgaria worried diplomats.", es));
        assertEquals(Set.of(), triples("Diplomats feared Ruritania's invasion of Vulgaria.", es));
        assertEquals(Set.of(), triples("Officials did not expect Ruritania's invasion of Vulgaria.", es));
        assertEquals(Set.of(), triples("Leaders could prevent Ruritania's invasion of Vulgaria.", es));
        assertEquals(Set.of(), triples("Ruritania denied any strikes on Vulgaria.", es));
        assertEquals(Set.of(), triples("If Ruritania's invasion of Vulgaria happens, prices rise.", es));
        assertEquals(Set.of(), triples("\"Ruritania's invasion of Vulgaria is a crime,\" a minister said.", es));
    }

    @Test
    void passiveWithPossessiveAgent() {
        assertEquals(Set.of("Haftar attacked Mitiga"),
                triples("Mitiga was hit by Haftar's warplanes on Sunday.", person("Haftar"), place("Mitiga")));
    }

    // --- places ------------------------------------------------------------------------------------------------

    @Test
    void cityCommaCountry() {
        assertEquals(Set.of("Smalltown locatedIn Ruritania"),
                triples("The plant in Smalltown, Ruritania, will close.", place("Smalltown"), place("Ruritania")));
    }

    @Test
    void commaListsAndSubjectsAreNoContainment() {
        assertEquals(Set.of(), triples("Protests spread to Alpha, Beta and Gamma.", place("Alpha"), place("Beta"),
                place("Gamma")));
        assertEquals(Set.of(), triples("Protests spread to Alpha, Beta, Gamma.", place("Alpha"), place("Beta"),
                place("Gamma")));
    }

    @Test
    void possessivePlaceAndProvinceOf() {
        assertEquals(Set.of("Dara locatedIn Ruritania"),
                triples("Clashes broke out in northern Ruritania's Dara province.", place("Ruritania"), place("Dara")));
        assertEquals(Set.of("Alpha locatedIn Beta"),
                triples("Bombs hit the town of Alpha in the northwest province of Beta.", place("Alpha"),
                        place("Beta")));
    }

    // --- people, posts, groups -------------------------------------------------------------------------------

    @Test
    void rankBetweenServiceAndPerson() {
        Set<String> t = triples("Navy Petty Officer John Doe died on Sunday.", organization("Navy"),
                person("John Doe"));
        assertEquals(Set.of("John Doe memberOf Navy"), t);
        assertEquals(Set.of(), triples("UN Chief Jane Roe spoke.", organization("UN"), person("Jane Roe"))
                .stream().filter(s -> s.contains("memberOf")).collect(Collectors.toSet()));
    }

    @Test
    void leaderOfAPartLeadsNotTheWhole() {
        assertEquals(Set.of("Abu Omar holdsPosition \"gang leader\""),
                triples("Abu Omar, an ISIL gang leader, was killed.", organization("ISIL"), person("Abu Omar")));
        // a general's rank is no position (eval guideline: military ranks are not positions)
        assertEquals(Set.of("John Doe memberOf Army"),
                triples("Army General John Doe spoke.", organization("Army"), person("John Doe")));
    }

    @Test
    void appointedAs() {
        assertEquals(Set.of("Jane Roe holdsPosition \"chief executive\"", "Jane Roe leads Acme"),
                triples("Acme on Monday named Jane Roe as its new chief executive.", organization("Acme"),
                        person("Jane Roe")));
        assertEquals(Set.of(), triples("Acme will name Jane Roe as its new chief executive.", organization("Acme"),
                person("Jane Roe")));
    }

    @Test
    void deputyOfTheTopPostIsEmployed() {
        assertEquals(Set.of("John Doe holdsPosition \"vice president\"", "John Doe employedBy Acme"),
                triples("The vice president of Acme, John Doe, said sales fell.", organization("Acme"),
                        person("John Doe")));
    }

    @Test
    void frontedRoleAfterSaidAndPostWithOfNoun() {
        assertEquals(Set.of("John Doe holdsPosition \"general secretary\"", "John Doe leads Unite"),
                triples("\"It is bad,\" said the general secretary of the union Unite, John Doe.",
                        organization("Unite"), person("John Doe")));
        assertTrue(triples("Jane Roe, minister of transport, resigned.", person("Jane Roe"))
                .contains("Jane Roe holdsPosition \"minister of transport\""));
    }

    @Test
    void appositionWithANonEntityOfPhraseKeepsThePost() {
        assertEquals(Set.of("John Doe holdsPosition \"commander\""),
                triples("John Doe, commander of the joint task force, said the raid was over.", person("John Doe")));
    }

    @Test
    void thatClauseCallAndGroupMembersAsSubject() {
        assertEquals(Set.of("Labour Party calledFor \"the government resign by Friday\""),
                triples("Labour Party leaders insisted that the government resign by Friday, officials said.",
                        organization("Labour Party")));
        assertEquals(Set.of(), triples("Labour Party leaders did not insist that the government resign.",
                organization("Labour Party")));
    }

    @Test
    void stressedTheNeedFor() {
        assertEquals(Set.of("Jane Roe calledFor \"a lasting ceasefire\""),
                triples("Jane Roe stressed the need for a lasting ceasefire.", person("Jane Roe")));
    }
}
