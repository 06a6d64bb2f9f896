package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleReader;

/**
 * Constructions added in round 14: verbs of asking as calls ("asked that ...", "asked X for Y", "asked them to
 * Y", "requested Y", "pleaded with X to Y"; not "asked whether", "was asked to", "asked for comment"), a field
 * noun inside a role of several words ("chief market economist"), and the organisation a sentence opens
 * "speaking for" as the post's ("Speaking for Y, manager X said"). Whole pipeline.
 */
class RelationCallsAndPostsOfConstructionsTest {

    private static final Pipeline PIPELINE = Pipeline.english();

    private static Set<String> triples(String text) throws Exception {
        return RelationTests.triples(PIPELINE.process(ArticleReader.parseText("file:///test.txt", "Headline\n\n" + text))
                .relations());
    }

    private static boolean anyCall(Set<String> t) {
        return t.stream().anyMatch(s -> s.contains(" calledFor "));
    }

    @Test
    void askingThatSomethingBeDoneIsACall() throws Exception {
        Set<String> t = triples("Airbus has asked that a decision on the project be made before the end of May.");
        assertTrue(t.contains("Airbus calledFor \"a decision on the project be made before the end of May\""),
                t::toString);
    }

    @Test
    void askingSomeoneForSomethingOrToDoSomethingIsACall() throws Exception {
        Set<String> t = triples("Ukraine asked Germany for more air defence systems on Tuesday.");
        assertTrue(t.contains("Ukraine calledFor \"more air defence systems\""), t::toString);
        Set<String> g = triples("Greece asked the European Union to release the next loan tranche.");
        assertTrue(g.contains("Greece calledFor \"release the next loan tranche\""), g::toString);
        Set<String> p = triples("The Palestinian Authority pleaded with the donors to release the frozen funds.");
        assertTrue(p.contains("Palestinian Authority calledFor \"release the frozen funds\""), p::toString);
        Set<String> b = triples("BP pleaded for more time to cap the well.");
        assertTrue(b.contains("BP calledFor \"more time to cap the well\""), b::toString);
        Set<String> l = triples("Earlier this week, Ford, Chrysler and General Motors asked Congress for $14 billion in loans.");
        assertTrue(l.contains("General Motors calledFor \"$14 billion in loans\""), l::toString);
    }

    @Test
    void requestingSomethingIsACall() throws Exception {
        Set<String> t = triples("France's investigative agency BEA has requested financial assistance for the search.");
        assertTrue(t.contains("BEA calledFor \"financial assistance for the search\""), t::toString);
    }

    @Test
    void askingAQuestionOrBeingAskedIsNoCall() throws Exception {
        assertFalse(anyCall(triples("Hamas asked whether the ceasefire would hold.")));
        assertFalse(anyCall(triples("Microsoft was asked to hand over the emails.")));
        assertFalse(anyCall(triples("Greenpeace asked about the safety of the reactor.")));
        assertFalse(anyCall(triples("Ford asked him for comment on the plan.")));
        assertFalse(anyCall(triples("The minister asked a question about the budget.")));
        assertFalse(anyCall(triples("Nokia was urged to cut costs.")));
        assertFalse(anyCall(triples("Amnesty International requested anonymity for its sources in Gaza.")));
        assertFalse(anyCall(triples("Enron pleaded guilty to defrauding investors.")));
        assertFalse(anyCall(triples("Jeffrey Skilling pleaded guilty to defrauding investors.")));
        assertFalse(anyCall(triples("Enron pleaded not guilty to the charges.")));
    }

    @Test
    void aFieldNounInsideARoleKeepsThePost() throws Exception {
        Set<String> t = triples("Peter Cardillo, chief market economist at Avalon Partners, commented on the market.");
        assertTrue(t.containsAll(Set.of("Peter Cardillo holdsPosition \"chief market economist\"",
                "Peter Cardillo employedBy Avalon Partners")), t::toString);
        // an occupation stays no post, with or without its field
        Set<String> a = triples("John Smith, senior market analyst at IG Markets, said stocks would fall.");
        assertTrue(a.contains("John Smith employedBy IG Markets"), a::toString);
        assertFalse(a.stream().anyMatch(s -> s.contains("holdsPosition")), a::toString);
    }

    @Test
    void speakingForAnOrganisationNamesThePostsOrganisation() throws Exception {
        Set<String> t = triples("Speaking for Apple Corps, manager Neil Aspinall said the judge was wrong.");
        assertTrue(t.contains("Neil Aspinall leads Apple Corps"), t::toString);
        Set<String> h = triples("Speaking on behalf of Hamas, spokesman Sami Abu Zuhri said the truce would hold.");
        assertTrue(h.contains("Sami Abu Zuhri employedBy Hamas"), h::toString);
        // speaking to someone names no employer
        Set<String> r = triples("Speaking to Reuters, chief executive Mary Barra said the plant would reopen.");
        assertFalse(r.stream().anyMatch(s -> s.contains("Reuters") && !s.contains("holdsPosition")), r::toString);
    }

    @Test
    void aRoleOfAnOrganisationAfterOfBeforeTheHoldersName() throws Exception {
        Set<String> t = triples("Secretary of the Air Force James Roche said the deal was good.");
        assertTrue(t.containsAll(Set.of("James Roche holdsPosition \"Secretary\"", "James Roche leads Air Force")),
                t::toString);
        // an e-mail header: the title and name before a colon
        Set<String> h = triples("An email exchange followed: Assistant Secretary of the Navy Sean Stackley: \"We will not accept this.\"");
        assertTrue(h.containsAll(Set.of("Sean Stackley holdsPosition \"Assistant Secretary\"",
                "Sean Stackley employedBy Navy")), h::toString);
        assertFalse(h.contains("Sean Stackley leads Navy"), h::toString);
        Set<String> k = triples("The spokesman of the Pentagon John Kirby said the strike was legal.");
        assertTrue(k.contains("John Kirby employedBy Pentagon"), k::toString);
        // without "the" the words after "of" name an office: the post alone
        Set<String> d = triples("Director of Navy Communications Paul Ryan said the system was secure.");
        assertFalse(d.stream().anyMatch(s -> s.contains("employedBy")), d::toString);
        Set<String> v = triples("\"Sales will recover,\" said the chairman of Acme Motors LLC Jim Brown.");
        assertTrue(v.contains("Jim Brown leads Acme Motors LLC"), v::toString);
        // a former post is none
        Set<String> f = triples("Former Secretary of the Army Thomas White criticised the plan.");
        assertFalse(f.stream().anyMatch(s -> s.startsWith("Thomas White")), f::toString);
    }

    @Test
    void aCountyIsTheMiddleLinkOfAnAddressChain() throws Exception {
        Set<String> t = triples("The storm hit Springfield, Sangamon County, Illinois on Monday.");
        assertTrue(t.containsAll(Set.of("Springfield locatedIn Sangamon County",
                "Sangamon County locatedIn Illinois")), t::toString);
        Set<String> p = triples("Flooding hit Baton Rouge, East Baton Rouge Parish, Louisiana.");
        assertTrue(p.contains("East Baton Rouge Parish locatedIn Louisiana"), p::toString);
        // a list of places is no chain
        Set<String> l = triples("Officials from Orange County, Los Angeles and San Diego gathered.");
        assertFalse(l.stream().anyMatch(s -> s.contains("locatedIn")), l::toString);
    }

    @Test
    void aListOfNamesSetOffByDashesIsTheSubject() throws Exception {
        Set<String> t = triples("Earlier this week, the carmakers - Toyota, Honda, and Nissan - had pleaded before "
                + "Congress to be given $14 billion in funds so as to prevent collapse.");
        assertTrue(t.containsAll(Set.of("Toyota calledFor \"be given $14 billion in funds\"",
                "Honda calledFor \"be given $14 billion in funds\"")), t::toString);
        Set<String> g = triples("The three rebel groups - Hamas, Islamic Jihad and Fatah - called for a ceasefire.");
        assertTrue(g.contains("Fatah calledFor \"a ceasefire\""), g::toString);
        // a dash aside that is no list of names gives no subject
        assertFalse(anyCall(triples("The report - written by Reuters - called for reform.")));
    }
}
