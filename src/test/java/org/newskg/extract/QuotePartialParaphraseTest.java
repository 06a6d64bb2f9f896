package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.extract.StatementTests.only;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Partial quotations inside paraphrase (eval S2: two or more quoted words the text attributes to someone) in the
 * layouts business news uses: a label verb whose object is long ("described the cuts that some workers would
 * face as a “…”"), "In X's words, …", a subject with an age and a relative clause ("X, 61, who founded the firm,
 * said …"), labels of unnamed people ("critics called it “…”": a statement with no speaker, S3), and the
 * near-misses that must give nothing (a label with nobody behind it, a product "marketed as “…”", a clause
 * with a labeller of its own), a second partial quotation coordinated in the same reporting clause, and
 * "“…,” Jo Berg, an analyst for Acme." with the verb left out. Each on sentences written for the test.
 */
class QuotePartialParaphraseTest {

    /** The direct quotations only: reported speech around them ("said it had worked") is not tested here. */
    private static List<Statement> quotes(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct).toList();
    }

    private static List<String> speakers(String text, EntitySpec... entities) {
        return names(only(quotes(text, entities)).speakers());
    }

    // ------------------------------------------------------------ a label verb with a long object

    @Test
    void labelVerbWithALongObjectBeforeAsGivesItsSubject() {
        assertEquals(List.of("Henrik Olsen"), speakers("Henrik Olsen described the cuts that some pensioners "
                + "would face as a \u201Csacrifice for our children\u201D on their part.", person("Henrik Olsen")));
        assertEquals(List.of("Marta Kessler"), speakers("Marta Kessler described the losses that the bank and "
                + "its customers had suffered over three years as \u201Cthe price of past mistakes\u201D.",
                person("Marta Kessler")));
        assertEquals(List.of("Omar Saleh"), speakers("Gen. Omar Saleh said the offensive had worked, describing "
                + "the militants who had held the town for two years as \u201Cbroken and scattered\u201D.",
                person("Omar Saleh")));
        assertEquals(List.of("Dana Pike"), speakers("Dana Pike described the bankruptcy of the airline that "
                + "she envisioned as being \u201Cquick and orderly, with no losses\u201D.", person("Dana Pike")));
    }

    @Test
    void laterQuoteOfTheSameSentenceKeepsTheLabelSpeaker() {
        List<Statement> found = quotes("Henrik Olsen described the cuts that some workers would face as a "
                + "\u201Csacrifice for our children\u201D, so that their families could live in \u201Ca country "
                + "that still builds things,\u201D concluding that the worst was over.", person("Henrik Olsen"));
        assertEquals(2, found.size(), found::toString);
        for (Statement s : found) {
            assertEquals(List.of("Henrik Olsen"), names(s.speakers()));
        }
    }

    @Test
    void clauseWithALabellerOfItsOwnGivesNothing() {
        assertEquals(List.of(), quotes("Acme Bank criticised the new rules, which regulators treat as \u201Ca "
                + "necessary safeguard\u201D.", organization("Acme Bank")));
        assertEquals(List.of(), quotes("The bill, described as \u201Cthe toughest in a generation\u201D, passed "
                + "the Senate on Friday.", organization("Senate")));
    }

    // ------------------------------------------------------------ two partial quotations, one reporting clause

    @Test
    void secondPartialQuotationAfterAndThatHasTheSameSpeaker() {
        List<Statement> found = quotes("Amira Haddad, the foreign minister, said the talks had made \u201Creal but "
                + "limited progress\u201D and that both sides would \u201Cmeet again soon\u201D.",
                person("Amira Haddad"));
        assertEquals(2, found.size(), found::toString);
        assertEquals(List.of("Amira Haddad"), names(found.get(1).speakers()));
        assertEquals("quote:coordinated", found.get(1).rule());
        found = quotes("Raymond Pike said the bank faced \u201Ca very difficult winter\u201D but its loans were "
                + "\u201Cin good order\u201D for now.", person("Raymond Pike"));
        assertEquals(2, found.size(), found::toString);
        assertEquals(List.of("Raymond Pike"), names(found.get(1).speakers()));
    }

    @Test
    void secondQuotationWithASpeakerOrNameOfItsOwnIsNotCoordinated() {
        List<Statement> found = quotes("Amira Haddad said the talks had made \u201Creal progress\u201D and Jan "
                + "Berg called the deal \u201Ca good start\u201D.", person("Amira Haddad"), person("Jan Berg"));
        assertEquals(List.of("Jan Berg"), names(found.get(1).speakers()));
        found = quotes("Amira Haddad said the talks had made \u201Creal progress\u201D and the \u201CBlue "
                + "Line\u201D would be redrawn.", person("Amira Haddad"));
        assertEquals(1, found.size(), found::toString);
        found = quotes("Amira Haddad said the talks had made \u201Creal progress\u201D and the \u201Croad "
                + "map\u201D would be published soon.", person("Amira Haddad"));
        assertEquals(1, found.size(), "a term after a determiner: " + found);
    }

    // ------------------------------------------------------------ "accused X of “…”"

    @Test
    void accusingSomeoneOfAQuotedActIsTheSubjectsWords() {
        assertEquals(List.of("Gareth Lyle"), speakers("Gareth Lyle accused the regulator of \u201Csleeping at "
                + "the wheel\u201D during the crisis.", person("Gareth Lyle")));
        assertEquals(List.of("Dieter Kahn"), speakers("Dieter Kahn on Tuesday accused rivals of \u201Cdumping "
                + "cheap steel on the market\u201D.", person("Dieter Kahn")));
        assertEquals(List.of(), quotes("The mayor was accused of \u201Cgross negligence\u201D in 2019.",
                person("Ana Ruiz")));
    }

    // ------------------------------------------------------------ "In X's words, …"

    @Test
    void inSomeonesWordsAttributesTheQuotation() {
        assertEquals(List.of("Victor Amsel"), speakers("In Victor Amsel's words, \u201Cthe bank has simply run "
                + "out of time.\u201D", person("Victor Amsel")));
        assertEquals(List.of("Victor Amsel"), speakers("In the words of Victor Amsel, the merger was \u201Cthe "
                + "start of a new chapter.\u201D", person("Victor Amsel")));
        assertEquals(List.of("Ines Moreau"), speakers("In Ines Moreau's view, the takeover was \u201Ca bold "
                + "step for shareholders\u201D.", person("Ines Moreau")));
    }

    @Test
    void inOtherWordsOrTheWordsOfAThingIsNoAttribution() {
        assertEquals(List.of(), quotes("In other words, the plan is \u201Cdead on arrival\u201D for now.",
                person("Victor Amsel")));
        assertEquals(List.of(), quotes("In the words of the old song, \u201Cthe times are changing\u201D.",
                person("Victor Amsel")));
    }

    // ------------------------------------------------------------ "X, 61, who …, said"

    @Test
    void ageThenRelativeClauseKeepsThePerson() {
        assertEquals(List.of("Sven Larsson"), speakers("Sven Larsson, 61, who founded the firm in 1978, said he "
                + "was \u201Cproud of what we have built together.\u201D", person("Sven Larsson")));
        assertEquals(List.of("Laura Finch"), speakers("Laura Finch, 52, who has led the union since 2015, said "
                + "the offer was \u201Can insult to every worker\u201D.", person("Laura Finch")));
        assertEquals(List.of(), speakers("A worker, 34, who asked not to be named, said the plant was \u201Ca "
                + "sinking ship\u201D.", person("Laura Finch")));
    }

    @Test
    void participleAfterAnInvertedSpeakerKeepsHim() {
        assertEquals(List.of("Chris Weafer"), speakers("“It took too long for the money to arrive,” said "
                + "Uralsib analyst Chris Weafer commenting on the decision.", person("Chris Weafer"),
                organization("Uralsib")));
        assertEquals(List.of("Jo Berg"), speakers("“The market panicked,” said analyst Jo Berg, "
                + "speaking to reporters.", person("Jo Berg")));
    }

    @Test
    void nameAndAppositiveWithoutVerbAfterAWholeQuotation() {
        assertEquals(List.of("Laura Finch"), speakers("\u201CWe expect the market to recover by the end of next "
                + "year,\u201D Laura Finch, chief economist at Halvorsen Bank.", person("Laura Finch"),
                organization("Halvorsen Bank")));
        assertEquals(List.of("Jesse Toprak"), speakers("\u201CCarmakers are pulling every lever to attract "
                + "buyers,\u201D Jesse Toprak, an analyst for Edwin Research.", person("Jesse Toprak")));
    }

    @Test
    void titleOrQuoteInsideAClauseBeforeANameIsNotAttributedToIt() {
        assertEquals(List.of(), quotes("The band played \u201CLove Will Tear Us Apart Again,\u201D Laura Finch, "
                + "the singer, at the front.", person("Laura Finch")));
        assertEquals(List.of(), quotes("\u201CLove Will Tear Us Apart Again,\u201D Laura Finch, the singer.",
                person("Laura Finch")));
    }

    // ------------------------------------------------------------ labels of unnamed people

    @Test
    void labelOfUnnamedPeopleIsAStatementWithoutSpeaker() {
        Statement critics = only(quotes("Critics called the rescue \u201Ca gift to the banks\u201D and demanded a "
                + "vote.", person("Ana Ruiz")));
        assertEquals(List.of(), critics.speakers());
        assertEquals("a gift to the banks", critics.text());
        assertEquals(List.of(), speakers("Due to what the manufacturers call \u201Cpolitical interference\u201D, "
                + "the plant will close.", organization("Acme Motors")));
        assertEquals(List.of(), speakers("One trader described the mood as \u201Cclose to panic.\u201D",
                organization("Acme Motors")));
    }

    @Test
    void labelWithNobodyOrAThingBehindItGivesNothing() {
        assertEquals(List.of(), quotes("Prices fell as traders sold what the market calls \u201Cdefensive "
                + "stocks\u201D.", organization("Acme Motors")));
        assertEquals(List.of(), quotes("The phone, marketed as \u201Cthe smartest phone ever\u201D, goes on sale "
                + "in June.", organization("Acme Motors")));
        assertEquals(List.of(), quotes("Investors fear the creation of a so-called \u201Cbad bank\u201D would "
                + "cost billions.", organization("Acme Motors")));
    }
}
