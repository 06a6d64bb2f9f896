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
 * Posts and party membership of {@link LexiconRelationExtractor} found missing in general news (elections, space,
 * religion, education): "X of/from the Y Party" after a descriptor or a possessive, "Governor of <place> X", a
 * bracketed acronym between a post's organisation and its holder set off after it, a capitalised "Administrator"
 * against an agency's name, and a portfolio's "for" department before a courtesy title; each with the near-miss
 * that must give nothing.
 */
class RelationPostsAndPartiesGeneralNewsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2016, 9, 5);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    @Test
    void aPartyAfterAPersonNameAfterADescriptorOrPossessive() {
        Set<String> veteran = triples("Veteran politician John Tan of the Workers' Party was defeated.",
                person("John Tan"), organization("Workers' Party"));
        assertTrue(veteran.contains("John Tan memberOf Workers' Party"), veteran::toString);
        Set<String> camp = triples("The rural camp's Ana Silva of the Farmers Party won a seat.",
                person("Ana Silva"), organization("Farmers Party"));
        assertTrue(camp.contains("Ana Silva memberOf Farmers Party"), camp::toString);
        Set<String> were = triples("Elected were Mark Dunn of the Liberal Party and Sue Hale of the Green Party.",
                person("Mark Dunn"), organization("Liberal Party"), person("Sue Hale"), organization("Green Party"));
        assertTrue(were.containsAll(Set.of("Mark Dunn memberOf Liberal Party", "Sue Hale memberOf Green Party")),
                were::toString);
        Set<String> senator = triples("Senior senator Lee Park of the Reform Party opposed the bill.",
                person("Lee Park"), organization("Reform Party"));
        assertTrue(senator.contains("Lee Park memberOf Reform Party"), senator::toString);
        // a company is no party: after a verb that is no verb of saying, "X of Acme" stays unread
        assertEquals(Set.of(), triples("Supporters cheered John Tan of Acme Media.",
                person("John Tan"), organization("Acme Media")));
        assertEquals(Set.of("John Tan memberOf Green Party"), triples("Supporters cheered John Tan of the Green Party.",
                person("John Tan"), organization("Green Party")));
    }

    @Test
    void aPartyAfterFrom() {
        Set<String> lost = triples("Jane Doe from the Green Party lost her seat.",
                person("Jane Doe"), organization("Green Party"));
        assertTrue(lost.contains("Jane Doe memberOf Green Party"), lost::toString);
        Set<String> newcomer = triples("Newcomer Ravi Shah from the Labour Party and Ann Cole of the Green Party were elected.",
                person("Ravi Shah"), organization("Labour Party"), person("Ann Cole"), organization("Green Party"));
        assertTrue(newcomer.containsAll(Set.of("Ravi Shah memberOf Labour Party", "Ann Cole memberOf Green Party")),
                newcomer::toString);
        // "from" a company is where one comes from, not whom one works for
        assertEquals(Set.of(), triples("Jane Doe from Acme Corp said the plant would close.",
                person("Jane Doe"), organization("Acme Corp")));
        // the party's name goes on as a word of a longer phrase
        assertEquals(Set.of(), triples("Jane Doe from the Green Party headquarters said the count was over.",
                person("Jane Doe"), organization("Green Party")));
    }

    @Test
    void aPostOfAPlaceBeforeTheHoldersName() {
        Set<String> governor = triples("Governor of Texas Greg Abbott signed the bill.",
                person("Greg Abbott"), place("Texas"));
        assertEquals(Set.of("Greg Abbott holdsPosition \"Governor\""), governor);
        Set<String> president = triples("The President of France Emmanuel Macron met the delegation.",
                person("Emmanuel Macron"), place("France"));
        assertTrue(president.contains("Emmanuel Macron holdsPosition \"President\""), president::toString);
        Set<String> mayor = triples("Mayor of Lyon Pierre Dubois said the bridge would reopen.",
                person("Pierre Dubois"), place("Lyon"));
        assertTrue(mayor.contains("Pierre Dubois holdsPosition \"Mayor\""), mayor::toString);
        // a spokesman "for" a country, and a place not followed by the name
        assertEquals(Set.of(), triples("A spokesman for Germany Klaus Weber said nothing.",
                person("Klaus Weber"), place("Germany")));
        Set<String> apart = triples("The Governor of Texas said Greg Abbott was wrong.",
                person("Greg Abbott"), place("Texas"));
        assertFalse(apart.stream().anyMatch(t -> t.startsWith("Greg Abbott holdsPosition")), apart::toString);
    }

    @Test
    void aBracketedAcronymBetweenThePostsOrganisationAndTheHolderSetOff() {
        Set<String> nato = triples("The secretary general of NATO (North Atlantic Treaty Organization), Jens "
                + "Stoltenberg, has called the attack cowardly.",
                person("Jens Stoltenberg"), organization("North Atlantic Treaty Organization", "NATO"));
        assertTrue(nato.containsAll(Set.of("Jens Stoltenberg holdsPosition \"secretary general\"",
                "Jens Stoltenberg leads North Atlantic Treaty Organization")), nato::toString);
        Set<String> wfp = triples("The spokesman of the World Food Programme (WFP), Ana Ruiz, said aid had arrived.",
                person("Ana Ruiz"), organization("World Food Programme", "WFP"));
        assertTrue(wfp.containsAll(Set.of("Ana Ruiz holdsPosition \"spokesman\"",
                "Ana Ruiz employedBy World Food Programme")), wfp::toString);
        // a clause in the bracket: the name after it is no apposition to the post
        Set<String> clause = triples("The head of the Red Cross (which met on Monday), Ana Ruiz, and others agreed.",
                person("Ana Ruiz"), organization("Red Cross"));
        assertFalse(clause.stream().anyMatch(t -> t.startsWith("Ana Ruiz")), clause::toString);
    }

    @Test
    void aCapitalisedAdministratorAgainstAnAgencyLeadsIt() {
        Set<String> nasa = triples("NASA Administrator Jim Bridenstine announced the new mission on Monday.",
                person("Jim Bridenstine"), organization("NASA"));
        assertTrue(nasa.containsAll(Set.of("Jim Bridenstine holdsPosition \"Administrator\"",
                "Jim Bridenstine leads NASA")), nasa::toString);
        Set<String> epa = triples("EPA Administrator Lisa Jackson said the limits would be tightened.",
                person("Lisa Jackson"), organization("EPA"));
        assertTrue(epa.contains("Lisa Jackson leads EPA"), epa::toString);
        // in lower case, an administrator of a hospital is employed there, not its head
        Set<String> hospital = triples("Mercy Hospital administrator Tom Hill said the wards were full.",
                person("Tom Hill"), organization("Mercy Hospital"));
        assertFalse(hospital.contains("Tom Hill leads Mercy Hospital"), hospital::toString);
    }

    @Test
    void aPortfolioForADepartmentBeforeACourtesyTitle() {
        Set<String> wong = triples("Minister for Foreign Affairs Penny Wong said the talks would resume.",
                person("Penny Wong"));
        assertTrue(wong.contains("Penny Wong holdsPosition \"Minister for Foreign Affairs\""), wong::toString);
        Set<String> under = triples("Undersecretary for Health Mr. Bianchi says hospitals need more money.",
                person("Bianchi"));
        assertTrue(under.contains("Bianchi holdsPosition \"Undersecretary for Health\""), under::toString);
        // the courtesy title is no word of the post
        Set<String> defense = triples("Secretary of Defense Mr. James Mattis visited the base.", person("James Mattis"));
        assertTrue(defense.contains("James Mattis holdsPosition \"Secretary of Defense\""), defense::toString);
        // a spokesman has no portfolio: "for" names whom he speaks for, and no capitalised department follows
        assertEquals(Set.of(), triples("A spokesman for Foreign Affairs Klaus Weber said nothing.",
                person("Klaus Weber")));
    }
    @Test
    void aSecondPostSetOffAfterTheFirstBeforeTheVerb() {
        Set<String> smith = triples("Professor John Smith, Director of the National Cancer Study, and Chairman of the "
                + "Heart Foundation, says diet matters.", person("John Smith"),
                organization("National Cancer Study"), organization("Heart Foundation"));
        assertTrue(smith.containsAll(Set.of("John Smith holdsPosition \"Chairman\"",
                "John Smith leads Heart Foundation", "John Smith employedBy National Cancer Study")), smith::toString);
        Set<String> chair = triples("Dr Ann Lee, head of the Ford Trust, and chair of the Opera Society, said the "
                + "grant was approved.", person("Ann Lee"), organization("Ford Trust"), organization("Opera Society"));
        assertTrue(chair.contains("Ann Lee leads Opera Society"), chair::toString);
        Set<String> adverb = triples("Omar Aziz, spokesman for the Red Crescent, and director of the Relief Fund, "
                + "later said the camp was full.", person("Omar Aziz"), organization("Red Crescent"),
                organization("Relief Fund"));
        assertTrue(adverb.contains("Omar Aziz employedBy Relief Fund"), adverb::toString);
        // a list: the second post ends the sentence, so it may be another person's
        Set<String> list = triples("He thanked John Smith, director of the Ford Trust, and the chairman of the Opera "
                + "Society.", person("John Smith"), organization("Ford Trust"), organization("Opera Society"));
        assertFalse(list.contains("John Smith leads Opera Society"), list::toString);
        // two people, each with a post
        Set<String> two = triples("Ann Lee, director of the Ford Trust, and Tom Ray, chairman of the Opera Society, "
                + "said the grant was approved.", person("Ann Lee"), organization("Ford Trust"), person("Tom Ray"),
                organization("Opera Society"));
        assertFalse(two.contains("Ann Lee leads Opera Society"), two::toString);
        assertTrue(two.contains("Tom Ray leads Opera Society"), two::toString);
    }

    @Test
    void aTreasurerIsAPost() {
        Set<String> t = triples("Maria Lopez, treasurer of the Ford Trust, said the accounts were in order.",
                person("Maria Lopez"), organization("Ford Trust"));
        assertTrue(t.containsAll(Set.of("Maria Lopez holdsPosition \"treasurer\"",
                "Maria Lopez employedBy Ford Trust")), t::toString);
    }
    @Test
    void aPostAtLargeStillNamesItsOrganisation() {
        Set<String> editor = triples("Tom Reyes, editor at large at the Daily Courier, said the paper would appeal.",
                person("Tom Reyes"), organization("Daily Courier"));
        assertTrue(editor.containsAll(Set.of("Tom Reyes holdsPosition \"editor at large\"",
                "Tom Reyes employedBy Daily Courier")), editor::toString);
        Set<String> envoy = triples("Sara Kim, an ambassador at large for the State Department, said the talks went "
                + "well.", person("Sara Kim"), organization("State Department"));
        assertTrue(envoy.contains("Sara Kim employedBy State Department"), envoy::toString);
        Set<String> titled = triples("Ambassador at large Maria Ruiz visited the camp.", person("Maria Ruiz"));
        assertTrue(titled.contains("Maria Ruiz holdsPosition \"Ambassador at large\""), titled::toString);
        // "at large" of something that is no post
        assertEquals(Set.of(), triples("The gunman Tom Reyes is still at large at the Daily Courier building.",
                person("Tom Reyes"), organization("Daily Courier")));
    }

    @Test
    void aCouncillorIsAPostAndAMemberOfTheCouncilNamedBeforeIt() {
        Set<String> district = triples("Pro-Beijing district councillor Wilson Ng was elected with 51,516 votes.",
                person("Wilson Ng"));
        assertEquals(Set.of("Wilson Ng holdsPosition \"district councillor\""), district);
        Set<String> party = triples("Camp councillor Wu Lee of the Green Party was elected.",
                person("Wu Lee"), organization("Green Party"));
        assertTrue(party.containsAll(Set.of("Wu Lee holdsPosition \"councillor\"", "Wu Lee memberOf Green Party")),
                party::toString);
        Set<String> council = triples("Leeds City Council councillor Ann Hart said the library would stay open.",
                organization("Leeds City Council"), person("Ann Hart"));
        assertTrue(council.contains("Ann Hart memberOf Leeds City Council"), council::toString);
        Set<String> us = triples("Councilor Jane Adams said the park would reopen.", person("Jane Adams"));
        assertTrue(us.contains("Jane Adams holdsPosition \"Councilor\""), us::toString);
        // a city is no organisation to be a member of; councillors without a name hold nothing
        Set<String> city = triples("Toronto councillor Ann Hart said the library would stay open.",
                place("Toronto"), person("Ann Hart"));
        assertFalse(city.contains("Ann Hart memberOf Toronto"), city::toString);
        assertEquals(Set.of(), triples("The councillors of Leeds voted against the plan.", place("Leeds")));
    }
}
