package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Constructions of {@link LexiconRelationExtractor} added for recall on unseen text: "has been with X", the
 * chief officers below a chief executive, a company president named beside its chief executive, institutions
 * "in" a place, "minister of fiscal policy", an organisation name the mention finder missed before a role, and
 * description and pronoun mentions ("the company", "the minister", "it") as subjects; each with a case that
 * must give nothing.
 */
class RelationRecallConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 5);

    private static Set<String> triples(ResolvedText text) {
        return RelationTests.triples(X.extract(text, PUBLISHED));
    }

    private static Set<String> triples(String text, EntitySpec... specs) {
        return triples(resolved(text, specs));
    }


    /** The text's entities with the mention at {@code text.indexOf(form, from)} turned into the given kind. */
    private static ResolvedText withKind(ResolvedText t, String form, int from, Mention.Kind kind) {
        int at = t.analyzed().text().indexOf(form, from);
        List<Entity> out = new ArrayList<>();
        for (Entity e : t.entities()) {
            List<Mention> ms = new ArrayList<>();
            for (Mention m : e.mentions()) {
                ms.add(m.start() == at ? new Mention(m.start(), m.end(), m.text(), m.type(), m.subclass(),
                        m.sentence(), kind, m.confidence(), m.source()) : m);
            }
            out.add(new Entity(e.key(), e.name(), e.type(), e.subclass(), e.aliases(), ms, e.wikidata(),
                    e.confidence()));
        }
        return new ResolvedText(t.analyzed(), out);
    }

    /** The text's entities without the mention at {@code text.indexOf(form, from)}: a name the finder missed. */
    private static ResolvedText withoutMention(ResolvedText t, String form, int from) {
        int at = t.analyzed().text().indexOf(form, from);
        List<Entity> out = new ArrayList<>();
        for (Entity e : t.entities()) {
            List<Mention> ms = e.mentions().stream().filter(m -> m.start() != at).toList();
            out.add(new Entity(e.key(), e.name(), e.type(), e.subclass(), e.aliases(), ms, e.wikidata(),
                    e.confidence()));
        }
        return new ResolvedText(t.analyzed(), out);
    }

    // --- "has been with X" ---------------------------------------------------------------------------------

    @Test
    void hasBeenWithAnOrganisationIsEmployment() {
        assertTrue(triples("Sarah Okafor has been with Barclays for 12 years.",
                person("Sarah Okafor"), organization("Barclays")).contains("Sarah Okafor employedBy Barclays"));
        assertTrue(triples("Tom Reyes, who has been with Reuters since 2004, wrote the story.",
                person("Tom Reyes"), organization("Reuters")).contains("Tom Reyes employedBy Reuters"));
    }

    @Test
    void beingWithAPersonOrNotWithTheOrganisationIsNoEmployment() {
        assertEquals(Set.of(), triples("Sarah Okafor was with Lena Park in Lagos.",
                person("Sarah Okafor"), person("Lena Park"), place("Lagos")).stream()
                .filter(t -> t.contains("employedBy")).collect(Collectors.toSet()));
        assertFalse(triples("Sarah Okafor has never been with Barclays.",
                person("Sarah Okafor"), organization("Barclays")).contains("Sarah Okafor employedBy Barclays"));
        assertFalse(triples("Sarah Okafor may soon be with Barclays.",
                person("Sarah Okafor"), organization("Barclays")).contains("Sarah Okafor employedBy Barclays"));
    }

    // --- chief officers ------------------------------------------------------------------------------------

    @Test
    void chiefOfficersBelowTheChiefExecutiveAreEmployedAndHoldTheirPost() {
        Set<String> t = triples("Peter Lindqvist, chief financial officer of Nokia, said costs fell.",
                person("Peter Lindqvist"), organization("Nokia"));
        assertTrue(t.contains("Peter Lindqvist holdsPosition \"chief financial officer\""), t::toString);
        assertTrue(t.contains("Peter Lindqvist employedBy Nokia"), t::toString);
        assertFalse(t.contains("Peter Lindqvist leads Nokia"), t::toString);
        Set<String> u = triples("Unilever chief operating officer Nitin Paranjpe visited the plant.",
                person("Nitin Paranjpe"), organization("Unilever"));
        assertTrue(u.contains("Nitin Paranjpe employedBy Unilever"), u::toString);
    }

    // --- a president beside a chief executive --------------------------------------------------------------

    @Test
    void companyPresidentNamedBesideItsChiefExecutiveIsEmployedNotLeader() {
        Set<String> t = triples("Toyota named Akio Sato as its chief executive. Toyota also named Kenji Mori as its "
                        + "president.", organization("Toyota"), person("Akio Sato"), person("Kenji Mori"));
        assertTrue(t.contains("Akio Sato leads Toyota"), t::toString);
        assertTrue(t.contains("Kenji Mori employedBy Toyota"), t::toString);
        assertFalse(t.contains("Kenji Mori leads Toyota"), t::toString);
    }

    @Test
    void presidentAloneStillLeads() {
        Set<String> t = triples("Siemens named Anna Weber as its president.",
                organization("Siemens"), person("Anna Weber"));
        assertTrue(t.contains("Anna Weber leads Siemens"), t::toString);
        // a country's president is not touched by a company's chief executive named in the same article
        Set<String> u = triples("Samsung named Lee Jin as its chief executive. President Moon Jae-in of South "
                        + "Korea met Lee Jin.", organization("Samsung"), person("Lee Jin"), person("Moon Jae-in"),
                place("South Korea"));
        assertFalse(u.contains("Moon Jae-in employedBy South Korea"), u::toString);
    }

    // --- institutions in a place -------------------------------------------------------------------------

    @Test
    void institutionInAPlaceIsBasedThere() {
        assertTrue(triples("She studied at Kettering University in Flint, Michigan.", organization(
                "Kettering University"), place("Flint"), place("Michigan"))
                .contains("Kettering University basedIn Flint"));
        assertTrue(triples("Patients were taken to Mercy Hospital in Cork.",
                organization("Mercy Hospital"), place("Cork")).contains("Mercy Hospital basedIn Cork"));
    }

    @Test
    void organisationThatIsNoInstitutionOrNoPlaceAfterInGivesNoLocation() {
        assertFalse(triples("Shell invested in Nigeria last year.", organization("Shell"), place("Nigeria"))
                .contains("Shell locatedIn Nigeria"));
        assertEquals(Set.of(), triples("Stanford University in 2010 hired Maria Ruiz.",
                organization("Stanford University"), person("Maria Ruiz")).stream()
                .filter(t -> t.contains("locatedIn")).collect(Collectors.toSet()));
    }

    // --- position text ------------------------------------------------------------------------------------

    @Test
    void postOfAnAdjectiveAndNounKeepsBoth() {
        assertTrue(triples("Kaoru Yosano, the Japanese minister of fiscal policy, said growth slowed.",
                person("Kaoru Yosano")).contains("Kaoru Yosano holdsPosition \"minister of fiscal policy\""));
        assertTrue(triples("Lina Haddad, head of foreign affairs, spoke first.", person("Lina Haddad"))
                .contains("Lina Haddad holdsPosition \"head of foreign affairs\""));
    }

    // --- a known name the mention finder missed before a role ---------------------------------------------

    @Test
    void organisationNamedElsewhereIsFoundBeforeARole() {
        String text = "Ryanair cut its fares. Ryanair CEO, Michael O'Leary, said the deal was good.";
        ResolvedText r = withoutMention(resolved(text, organization("Ryanair"), person("Michael O'Leary")),
                "Ryanair", 10);
        Set<String> t = triples(r);
        assertTrue(t.contains("Michael O'Leary leads Ryanair"), t::toString);
        String text2 = "Petrobras posted a loss. Petrobras chief financial officer Rafael Grisolia resigned.";
        Set<String> u = triples(withoutMention(resolved(text2, organization("Petrobras"),
                person("Rafael Grisolia")), "Petrobras", 10));
        assertTrue(u.contains("Rafael Grisolia employedBy Petrobras"), u::toString);
    }

    @Test
    void unknownCapitalisedWordBeforeARoleIsNoOrganisation() {
        Set<String> t = triples("Acme cut its fares. Globex CEO, Michael Hart, said the deal was good.",
                organization("Acme"), person("Michael Hart"));
        assertFalse(t.stream().anyMatch(s -> s.startsWith("Michael Hart leads")), t::toString);
    }

    // --- descriptions and pronouns as subjects --------------------------------------------------------------

    @Test
    void companyDescriptionAndItAreSubjectsLikeNames() {
        String text = "Acme Corp reported losses. The company said it had bought Widgetco.";
        ResolvedText r = withKind(resolved(text, organization("Acme Corp", "company").pronouns("it"),
                organization("Widgetco")), "company", 0, Mention.Kind.DESCRIPTION);
        Set<String> t = triples(r);
        assertTrue(t.contains("Acme Corp tookControlOf Widgetco"), t::toString);
        String denied = "Acme Corp reported losses. The company said it had not bought Widgetco.";
        Set<String> u = triples(withKind(resolved(denied, organization("Acme Corp", "company").pronouns("it"),
                organization("Widgetco")), "company", 0, Mention.Kind.DESCRIPTION));
        assertFalse(u.contains("Acme Corp tookControlOf Widgetco"), u::toString);
    }

    @Test
    void ministerDescriptionMeetsAndTownDescriptionIsAPlace() {
        String text = "Ahmed Khalil spoke on Monday. The minister met Sergei Lavrov on Tuesday.";
        Set<String> t = triples(withKind(resolved(text, person("Ahmed Khalil", "minister"), person("Sergei Lavrov")),
                "minister", 0, Mention.Kind.DESCRIPTION));
        assertTrue(t.contains("Ahmed Khalil met Sergei Lavrov"), t::toString);
        String text2 = "Rebels shelled Maarat. The town was later captured by the Syrian army.";
        Set<String> u = triples(withKind(resolved(text2, place("Maarat", "town"), organization("Syrian army")),
                "town", 0, Mention.Kind.DESCRIPTION));
        assertTrue(u.contains("Syrian army tookControlOf Maarat"), u::toString);
        String text3 = "Rebels shelled Maarat. The town may be captured by the Syrian army.";
        Set<String> v = triples(withKind(resolved(text3, place("Maarat", "town"), organization("Syrian army")),
                "town", 0, Mention.Kind.DESCRIPTION));
        assertFalse(v.contains("Syrian army tookControlOf Maarat"), v::toString);
    }
}
