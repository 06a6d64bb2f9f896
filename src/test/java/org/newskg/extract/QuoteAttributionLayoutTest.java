package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.extract.StatementTests.only;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Attribution layouts of {@link QuoteStatementExtractor} seen on unseen news: a speech verb coordinated with
 * an earlier verb of its sentence, an attribution paragraph of its own after the quotation, a person with an
 * affiliation before "said", "X issued a statement saying", a long title before the name after "said", and
 * names in quotation marks. Each on sentences written for the test.
 */
class QuoteAttributionLayoutTest {

    private static List<Statement> direct(List<Statement> statements) {
        return statements.stream().filter(Statement::direct).toList();
    }

    private static List<String> speakersOf(List<Statement> statements) {
        return statements.stream().map(s -> String.join("+", names(s.speakers()))).toList();
    }

    // ------------------------------------------------------------ coordinated speech verbs

    @Test
    void speechVerbCoordinatedWithAnEarlierVerbSharesItsSubject() {
        assertEquals(List.of("Anna Weber"), speakersOf((direct(extract("President Anna Weber visited the factory "
                + "on Monday and said the plant was \u201Cvital for the region's future.\u201D",
                person("Anna Weber"))))));
        assertEquals(List.of("Omar Haddad"), speakersOf(direct(extract("The Defence Minister Omar Haddad also "
                + "thanked the troops and described the ceasefire as \u201Ca fragile first step\u201D.",
                person("Omar Haddad")))));
        assertEquals(List.of("Acme Corp"), speakersOf(direct(extract("Acme Corp closed two plants in Ohio and "
                + "said the cuts were \u201Cpainful but necessary\u201D.", organization("Acme Corp"), place("Ohio")))));
        assertEquals(List.of("Lena Fischer"), speakersOf(direct(extract("Lena Fischer praised the merger as a "
                + "model, but stated that the bank was a \u201Cfar healthier lender\u201D than its rival.",
                person("Lena Fischer")))));
    }

    @Test
    void coordinatedSpeechVerbWithASubjectOfItsOwnKeepsIt() {
        // "its workers" is the subject of "said": the company of the first clause does not speak
        List<Statement> ss = direct(extract("Acme Corp closed two plants in Ohio and its workers said the cuts "
                + "were \u201Ca betrayal of the town\u201D.", organization("Acme Corp"), place("Ohio")));
        assertTrue(ss.stream().allMatch(s -> s.speakers().isEmpty()), () -> ss.toString());
        List<Statement> prices = direct(extract("Oil prices fell by half in March and stated that the outlook "
                + "was \u201Cfar below every forecast\u201D.", place("Ohio")));
        assertTrue(prices.stream().allMatch(s -> s.speakers().isEmpty()), () -> prices.toString());
    }
    // ------------------------------------------------------------ attribution in a paragraph of its own

    @Test
    void lowerCaseSpeechVerbOpeningTheNextParagraphAttributesTheQuotation() {
        List<Statement> ss = direct(extract("Shares fell again on Friday.\n\n\u201CIt is a grim week for "
                + "every bank in the sector.\u201D\n\nsaid Northgate Capital chief strategist, Maria Lopez.",
                organization("Northgate Capital"), person("Maria Lopez")));
        assertEquals(List.of("Maria Lopez"), speakersOf(ss));
        List<Statement> war = direct(extract("\u201CThe convoy was hit twice near the border.\u201D\n\nsaid "
                + "Colonel Ahmed Saleh, a spokesman for the army.", person("Ahmed Saleh")));
        assertEquals(List.of("Ahmed Saleh"), speakersOf(war));
    }

    @Test
    void capitalisedParagraphAfterAQuotationIsNoAttribution() {
        // a new sentence with its own subject: the quotation before stays without a speaker (and is dropped)
        List<Statement> ss = direct(extract("\u201CIt is a grim week for every bank in the sector.\u201D\n\n"
                + "Maria Lopez said the bank would not comment on the figures.", person("Maria Lopez")));
        assertEquals(List.of(), ss);
    }
    // ------------------------------------------------------------ a person with an affiliation before "said"

    @Test
    void personWithAnAffiliationBeforeSaidSpeaksNotTheOrganisation() {
        assertEquals(List.of("Maria Costa"), speakersOf(direct((extract("On the closure of the plant, Maria Costa, "
                + "chairwoman of Local 88, Western Steel Workers union said \u201CWe are angry and we will fight "
                + "this decision.\u201D", person("Maria Costa"), organization("Western Steel Workers"))))));
        assertEquals(List.of("Karim Nasser"), speakersOf(direct((extract("After the shelling, Karim Nasser, "
                + "commander of the 4th Brigade, Northern Front said \u201COur positions held through the night.\u201D",
                person("Karim Nasser"), organization("Northern Front"))))));
    }

    @Test
    void personAfterAVerbBeforeTheSpeakingBodyIsNoSpeaker() {
        // Maria Costa is the object of "meeting": the union speaks
        assertEquals(List.of("Western Steel Workers"), speakersOf(direct((extract("After meeting Maria Costa, "
                + "officials of the Western Steel Workers union said \u201CWe are angry and we will fight this "
                + "decision.\u201D", person("Maria Costa"), organization("Western Steel Workers"))))));
    }
    // ------------------------------------------------------------ "X issued a statement saying"

    @Test
    void documentIssuedWithSayingSpeaksForItsIssuer() {
        Statement s = only(direct(extract("The Steel Workers Union issued a statement saying \u201CThe workers "
                + "face an uncertain future because of poor management.\u201D", organization("Steel Workers Union"))));
        assertEquals(List.of("Steel Workers Union"), names(s.speakers()));
        assertEquals("statement", s.medium());
        Statement war = only(direct(extract("The Defence Ministry released a statement saying \u201CAll "
                + "units have returned to their bases.\u201D", organization("Defence Ministry"))));
        assertEquals(List.of("Defence Ministry"), names(war.speakers()));
    }

    @Test
    void statementSayingWithNoIssuerNamedHasNoSpeaker() {
        List<Statement> ss = direct(extract("A statement saying \u201CAll units have returned to their bases\u201D "
                + "was read out on the radio.", place("Ohio")));
        assertTrue(ss.stream().allMatch(s -> s.speakers().isEmpty()), () -> ss.toString());
    }
    @Test
    void personWithABodyAndTitleBetweenCommasSpeaks() {
        Statement s = only(direct(extract("Gen. Laura Kent, Southern Command commander, released the following "
                + "statement today:\n\n\u201CWe mourn the loss of two of our finest pilots.\u201D",
                person("Laura Kent"), organization("Southern Command"))));
        assertEquals(List.of("Laura Kent"), names(s.speakers()));
        assertEquals("statement", s.medium());
        Statement firm = only(direct(extract("Jan Berg, Nordbank chief economist, said \u201CRates will stay "
                + "high for a long time.\u201D", person("Jan Berg"), organization("Nordbank"))));
        assertEquals(List.of("Jan Berg"), names(firm.speakers()));
    }

    @Test
    void placeBeforeABodyBetweenCommasIsNoSpeaker() {
        // "In Berlin, Nordbank officials, said": no person opens the chain; a place never speaks
        List<Statement> ss = direct(extract("In Berlin, Nordbank chief economists said \u201CRates will stay high "
                + "for a long time.\u201D", place("Berlin"), organization("Nordbank")));
        assertTrue(ss.stream().noneMatch(s -> names(s.speakers()).contains("Berlin")), () -> ss.toString());
    }
    // ------------------------------------------------------------ names in quotation marks

    @Test
    void shortNameInQuotesTakingTheFullStopIsNoStatement() {
        assertEquals(List.of(), direct(extract("Traders said the losses were a response to the memory of "
                + "\u2018Black Friday.\u2019", place("Ohio"))));
        assertEquals(List.of(), direct(extract("Officials said the offensive recalled the battles of "
                + "\u201COperation Desert Storm.\u201D", place("Ohio"))));
        // a short sentence of someone's own words still counts
        Statement s = only(direct(extract("Jan Berg said the outlook was clear: \u201CWe Will Win.\u201D",
                person("Jan Berg"))));
        assertEquals(List.of("Jan Berg"), names(s.speakers()));
    }
    // ------------------------------------------------------------ a long title before the name after "said"

    @Test
    void longTitleBeforeTheNameAfterSaidGivesThePerson() {
        assertEquals(List.of("Maria Lopez"), speakersOf(direct(extract("\u201CThe market is finally showing signs "
                + "of life,\u201D said the vice president and chairman of Northgate Motors Maria Lopez.",
                organization("Northgate Motors"), person("Maria Lopez")))));
        assertEquals(List.of("Ahmed Saleh"), speakersOf(direct(extract("\u201CThe convoy was hit twice near the "
                + "border,\u201D said the deputy commander of the Northern Front Ahmed Saleh.",
                organization("Northern Front"), person("Ahmed Saleh")))));
        assertEquals(List.of("Jan Berg"), speakersOf(direct(extract("\u201CRates will stay high,\u201D said "
                + "Jan Berg of Nordbank Capital Advisers.", organization("Nordbank Capital Advisers"),
                person("Jan Berg")))));
    }
    @Test
    void nameAfterAVerbFollowingTheTitleIsNoSpeaker() {
        // a verb breaks the title: the name after "after meeting" is no speaker
        List<Statement> met = direct(extract("\u201CThe talks went well,\u201D said the head of Northgate Motors "
                + "after meeting Jan Berg.", organization("Northgate Motors"), person("Jan Berg")));
        assertTrue(met.stream().noneMatch(s -> names(s.speakers()).contains("Jan Berg")), () -> met.toString());
    }
    // ------------------------------------------------------------ "the company" of a medium named in the clause

    @Test
    void theCompanyAfterAMediumOfANamedFirmIsThatFirm() {
        String text = "Northgate Airlines delayed its first flights by six months.\n\nIn a statement on the "
                + "Acme Aero website, the company said that \u201Cthe wiring design was finished far too late\u201D.";
        Statement s = only(direct(extract(text, organization("Northgate Airlines"), organization("Acme Aero"))));
        assertEquals(List.of("Acme Aero"), names(s.speakers()));
        // no medium in the clause: "the company" is still the firm that was the subject before
        String plain = "Northgate Airlines delayed its first flights by six months.\n\nAfter talks with Acme Aero, "
                + "the company said that \u201Cthe wiring design was finished far too late\u201D.";
        Statement p = only(direct(extract(plain, organization("Northgate Airlines"), organization("Acme Aero"))));
        assertEquals(List.of("Northgate Airlines"), names(p.speakers()));
    }
    @Test
    void documentOnABodysWebsiteSpeaksForThatBody() {
        Statement s = only(direct(extract("A statement on Acme's website said: \u201CWe are deeply saddened by his "
                + "death.\u201D", organization("Acme"))));
        assertEquals(List.of("Acme"), names(s.speakers()));
        Statement army = only(direct(extract("A statement on the Northern Front website said \u201CAll units have "
                + "returned to their bases.\u201D", organization("Northern Front"))));
        assertEquals(List.of("Northern Front"), names(army.speakers()));
    }

    @Test
    void documentAboutABodyDoesNotSpeakForIt() {
        List<Statement> ss = direct(extract("A statement about Acme on the radio said \u201CAll units have "
                + "returned to their bases.\u201D", organization("Acme")));
        assertTrue(ss.stream().allMatch(s -> s.speakers().isEmpty()), () -> ss.toString());
    }
    @Test
    void labelVerbWithAsBeingGivesTheSubject() {
        assertEquals(List.of("Omar Haddad"), speakersOf(direct(extract("Omar Haddad described the truce as being "
                + "\u201Cfragile at best\u201D.", person("Omar Haddad")))));
        assertEquals(List.of("Acme Corp"), speakersOf(direct(extract("Acme Corp described the merger as being "
                + "\u201Cgood for every customer\u201D.", organization("Acme Corp")))));
        // passive with no agent: a label, no statement
        assertEquals(List.of(), direct(extract("The truce was described as being \u201Cfragile at best\u201D.",
                person("Omar Haddad"))));
    }
}
