package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.extractOn;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.extract.StatementTests.only;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The attribution mechanisms of {@link QuoteStatementExtractor} beyond "X said": quotes split by an inverted
 * attribution, quote-only paragraphs, "X said:" closing the paragraph before, relay verbs, titles standing for a
 * person named earlier, appositive names, partial quotes of the subject, dates and topics. Each on sentences
 * written for the test.
 */
class QuoteAttributionTest {

    private static List<Statement> direct(List<Statement> statements) {
        return statements.stream().filter(Statement::direct).toList();
    }

    // ------------------------------------------------------------ split quotes and paragraphs

    @Test
    void secondHalfOfAQuoteSplitByAnInvertedAttributionHasTheSameSpeaker() {
        List<Statement> ss = extract("\u201CWe will cut prices,\u201D said Maria Lopez, \u201Cand we will hire "
                + "more staff next year.\u201D", person("Maria Lopez"));
        assertEquals(2, ss.size());
        assertEquals("and we will hire more staff next year.", ss.get(1).text());
        assertEquals(List.of("Maria Lopez"), names(ss.get(0).speakers()));
        assertEquals(List.of("Maria Lopez"), names(ss.get(1).speakers()));
        assertEquals("quote:split", ss.get(1).rule());
    }

    @Test
    void quoteOnlyParagraphAfterAnAttributedQuoteContinuesItsSpeaker() {
        List<Statement> ss = extract("\u201CExports fell sharply in the spring,\u201D Tanaka said.\n\n\u201CThe yen "
                + "is simply too strong.\u201D\n\nThe bank meets next week.", person("Kenji Tanaka", "Tanaka"));
        assertEquals(2, ss.size());
        assertEquals(List.of("Kenji Tanaka"), names(ss.get(1).speakers()));
        assertEquals("quote:continued-paragraph", ss.get(1).rule());
    }

    @Test
    void quoteOnlyParagraphAfterNarrationIsNoStatement() {
        List<Statement> ss = extract("\u201CExports fell sharply in the spring,\u201D Tanaka said.\n\nThe bank meets "
                + "next week in Osaka.\n\n\u201CThe yen is simply too strong for our exporters.\u201D",
                person("Kenji Tanaka", "Tanaka"), place("Osaka"));
        assertEquals(1, ss.size(), "a narration paragraph breaks the run of quotes; nobody is named for the last");
    }

    // ------------------------------------------------------------ layouts seen on unseen text

    @Test
    void quoteParagraphAfterAPersonsSentenceIsTheirs() {
        // Wikinews style: the quotation opens its own paragraph after the person's action
        List<Statement> ss = direct(extract("After weeks of rumours about a sale, chief executive Maria Lund "
                + "rejected the reports.\n\n\u201CWe are not selling any part of the group.\u201D",
                person("Maria Lund")));
        Statement s = only(ss);
        assertEquals(List.of("Maria Lund"), names(s.speakers()));
        assertEquals("quote:preceding-subject", s.rule());
        // an organisation as subject, or a sentence with no named subject, gives nobody: no statement
        assertEquals(List.of(), direct(extract("The ministry rejected the reports.\n\n\u201CWe are not selling "
                + "any part of the group.\u201D", organization("Acme Holdings"))));
        assertEquals(List.of(), direct(extract("The reports were rejected by the board.\n\n\u201CWe are not "
                + "selling any part of the group.\u201D", person("Maria Lund"))));
    }

    @Test
    void inlineQuoteNobodyIsNamedForIsNoStatement() {
        // the wording of a law or a document, quoted in narration
        assertEquals(List.of(), direct(extract("The 1998 statute gives the agency the power \u201Cto regulate "
                + "prices, wages and the supply of credit.\u201D", organization("Acme"))));
        assertEquals(List.of(), direct(extract("Fans sang outside the stadium.\n\u201CThis is the darkest day "
                + "in the history of our club.\u201D", organization("Liverpool"))));
    }

    @Test
    void personBeforeADescriptionWithoutClosingComma() {
        // CENTCOM style: "Gen. X, commander of Y said," (no comma after the appositive)
        Statement s = only(direct(extract("Gen. Laura Stein, commander of U.S. Africa Command said, \"Our "
                + "partners have made real progress this year.\"", person("Laura Stein"),
                organization("U.S. Africa Command"))));
        assertEquals(List.of("Laura Stein"), names(s.speakers()));
        Statement t = only(direct(extract("Ahmed Nour, a spokesman for the Red Crescent told reporters: "
                + "\u201CThe convoy reached the town at dawn.\u201D", person("Ahmed Nour"),
                organization("Red Crescent"))));
        assertEquals(List.of("Ahmed Nour"), names(t.speakers()));
        // an organisation that is the subject itself still speaks
        Statement u = only(direct(extract("The World Bank said, \u201CGrowth will slow sharply next year.\u201D",
                organization("World Bank"))));
        assertEquals(List.of("World Bank"), names(u.speakers()));
    }

    @Test
    void invertedAttributionWithDescriptionAtAnOrganisationThenName() {
        Statement s = only(direct(extract("\u201CThe market is calmer than it looks,\u201D said senior analyst at "
                + "Nordic Capital, Erik Holm.", person("Erik Holm"), organization("Nordic Capital"))));
        assertEquals(List.of("Erik Holm"), names(s.speakers()));
        Statement t = only(direct(extract("\"Prices will fall before winter,\" said chief economist with Baltic "
                + "Bank, Anna Berzina.", person("Anna Berzina"), organization("Baltic Bank"))));
        assertEquals(List.of("Anna Berzina"), names(t.speakers()));
    }

    @Test
    void bySayingTakesTheSubjectOfTheClause() {
        Statement s = only(direct(extract("Acme's chairman, Paul Weber, defended the deal by saying, \u201CIt "
                + "gives us the scale we need in Asia.\u201D", person("Paul Weber"), organization("Acme"))));
        assertEquals(List.of("Paul Weber"), names(s.speakers()));
        Statement t = only(direct(extract("Senator Ruth Ames ended the debate by saying: \"We have waited long "
                + "enough for this bill.\"", person("Ruth Ames"))));
        assertEquals(List.of("Ruth Ames"), names(t.speakers()));
    }

    @Test
    void heSaidAfterAQuoteGoesToItsSpeakerNotToANameInTheAttribution() {
        // the resolver linked "he" to the person-typed name in the description; the quote's speaker wins
        List<Statement> ss = direct(extract("\u201CThe strike was a success,\u201D said Marc Dubois, a spokesman "
                + "for Pierre Lambert.\n\n\u201CWe will go on next week,\u201D he said.", person("Marc Dubois"),
                person("Pierre Lambert").pronouns("he")));
        assertEquals(2, ss.size());
        assertEquals(List.of("Marc Dubois"), names(ss.get(1).speakers()));
        // a person named in narration since then is still the nearest candidate
        List<Statement> tt = direct(extract("\u201CThe strike was a success,\u201D said Marc Dubois.\n\nPierre "
                + "Lambert disagreed.\n\n\u201CIt was a failure,\u201D he said.", person("Marc Dubois"),
                person("Pierre Lambert").pronouns("he")));
        assertEquals(List.of("Pierre Lambert"), names(tt.get(1).speakers()));
    }

    @Test
    void itSaidGoesToTheOrganisationSubjectOfThePreviousSentence() {
        Statement s = only(direct(extract("The Federal Reserve published its forecast on Tuesday. It said that "
                + "\u201Cinflation remains elevated and the labour market is tight.\u201D",
                organization("Federal Reserve"))));
        assertEquals(List.of("Federal Reserve"), names(s.speakers()));
        // no organisation as subject before: nobody
        Statement t = only(direct(extract("Prices rose again in March. It said that \u201Cinflation remains "
                + "elevated and the labour market is tight.\u201D", organization("Federal Reserve"))));
        assertEquals(List.of(), t.speakers());
    }

    @Test
    void attributionEndingThePreviousParagraphWithAColon() {
        List<Statement> ss = extract("After the vote, Senator Ana Ruiz said:\n\n\u201CThis is a sad day for the "
                + "country.\n\n\u201CWe will try again next year.\u201D", person("Ana Ruiz"));
        assertEquals(2, ss.size());
        ss.forEach(s -> assertEquals(List.of("Ana Ruiz"), names(s.speakers())));
        assertEquals("quote:said-before", ss.get(0).rule());
        assertTrue(ss.stream().allMatch(Statement::direct), "the introduction is no reported speech");
    }

    // ------------------------------------------------------------ relay verbs

    @Test
    void quotedSomeoneAsSayingGivesTheObjectAsSpeaker() {
        Statement after = only(extract("\u201CPrices will keep rising,\u201D the agency quoted Klein as saying.",
                person("Greta Klein", "Klein")));
        assertEquals(List.of("Greta Klein"), names(after.speakers()));
        assertEquals("quote:relayed", after.rule());
        Statement before = only(extract("Reuters quoted Klein as saying: \u201CPrices will keep rising.\u201D",
                organization("Reuters"), person("Greta Klein", "Klein")));
        assertEquals(List.of("Greta Klein"), names(before.speakers()));
    }

    @Test
    void passiveQuotedAsSayingKeepsItsSubject() {
        Statement s = only(extract("Klein was quoted as saying: \u201CPrices will keep rising.\u201D",
                person("Greta Klein", "Klein")));
        assertEquals(List.of("Greta Klein"), names(s.speakers()));
    }

    @Test
    void translatedTheQuoteGoesBackToThePreviousSpeaker() {
        List<Statement> ss = extract("\u201CWe cannot accept these terms,\u201D Dupont said, although Le Monde "
                + "translated the remark as: \u201CThese terms are unacceptable to us.\u201D",
                person("Marc Dupont", "Dupont"), organization("Le Monde"));
        assertEquals(2, ss.size());
        assertEquals(List.of("Marc Dupont"), names(ss.get(1).speakers()));
        assertTrue(ss.get(1).rule().endsWith("+relayed-previous"), ss.get(1).rule());
    }

    // ------------------------------------------------------------ who the subject is

    @Test
    void definiteTitleStandsForThePersonNamedWithIt() {
        List<Statement> ss = extract("Finance Minister Ole Berg met bankers in Oslo on Monday.\n\n\u201CRates "
                + "must come down this year,\u201D the minister said.", person("Ole Berg"), place("Oslo"));
        Statement s = only(ss);
        assertEquals(List.of("Ole Berg"), names(s.speakers()));
        assertEquals("the minister", s.speakerText());
        assertTrue(s.rule().endsWith("+title"), s.rule());
    }

    @Test
    void titleInAnAppositiveAfterTheName() {
        Statement s = only(extract("Ole Berg, the finance minister, met bankers.\n\n\u201CRates must come down "
                + "this year,\u201D the minister said.", person("Ole Berg")));
        assertEquals(List.of("Ole Berg"), names(s.speakers()));
    }

    @Test
    void titleNobodyWasNamedWithGivesNoSpeaker() {
        Statement s = only(extract("The governor and Ole Berg met bankers.\n\n\u201CRates must come down "
                + "this year,\u201D the minister said.", person("Ole Berg")));
        assertEquals(List.of(), s.speakers());
        assertEquals("the minister", s.speakerText());
    }

    @Test
    void invertedAttributionWithTheNameInApposition() {
        Statement s = only(extract("\u201CThe strike is over,\u201D said the leader of the drivers\u2019 union, "
                + "Paul Meyer.", person("Paul Meyer")));
        assertEquals(List.of("Paul Meyer"), names(s.speakers()));
    }

    @Test
    void longSubjectWithATitleAndAnAppositive() {
        Statement s = only(extract("\u201COur thoughts are with the families,\u201D Navy Rear Adm. John T. Miller, "
                + "commander of Joint Task Force - Operation Northern Shield, said in the release.",
                person("John T. Miller"), organization("Joint Task Force - Operation Northern Shield")));
        assertEquals(List.of("John T. Miller"), names(s.speakers()));
    }

    @Test
    void continuedAttributesOnlyAnAdjacentQuote() {
        Statement s = only(extract("\u201CWe will appeal the ruling,\u201D she continued.",
                person("Ana Ruiz").pronouns("she")));
        assertEquals(List.of("Ana Ruiz"), names(s.speakers()));
        assertEquals(List.of(), extract("The talks continued on Friday in Geneva.", place("Geneva")));
    }

    @Test
    void addedGoesOnFromThePreviousSpeakerWhenNobodyElseWasNamed() {
        // the resolver linked "he" to an organisation it typed as a person: "added" presupposes earlier speech
        List<Statement> ss = extract("Acme makes toys.\n\n\u201CSales are up,\u201D Smith said.\n\n\u201CWe are "
                + "hiring again,\u201D he added.", person("Acme").pronouns("he"), person("Anna Smith", "Smith"));
        assertEquals(2, ss.size());
        assertEquals(List.of("Anna Smith"), names(ss.get(1).speakers()));
        List<Statement> other = extract("\u201CSales are up,\u201D Smith said. Then Jones stood up.\n\n\u201CWe are "
                + "hiring again,\u201D he added.", person("Anna Smith", "Smith"), person("Tom Jones", "Jones")
                .pronouns("he"));
        assertEquals(List.of("Tom Jones"), names(other.get(1).speakers()), "someone named since: resolver stands");
    }

    @Test
    void partialQuoteClosingASentenceBelongsToItsPersonSubject() {
        Statement s = only(extract("Lee wants the new bridge finished \u201Cas fast as possible\u201D.",
                person("Sandra Lee", "Lee")));
        assertEquals("as fast as possible", s.text());
        assertEquals(List.of("Sandra Lee"), names(s.speakers()));
        assertEquals("quote:partial-subject", s.rule());
        assertEquals(List.of(), extract("The council wants the new bridge finished \u201Cas fast as possible\u201D.",
                organization("Springfield Council")), "no person subject: no statement");
        assertEquals(List.of(), extract("Lee wants the bridge finished \u201Cas fast as possible\u201D",
                person("Sandra Lee", "Lee")), "no full stop (a headline): no statement");
    }

    @Test
    void relativeWhoTakesThePersonBeforeTheAppositive() {
        Statement s = only(extract("A different view comes from Maria Costa, an economist at Bocconi University, "
                + "who said: \u201CThe recovery will be slow.\u201D", person("Maria Costa"),
                organization("Bocconi University")));
        assertEquals(List.of("Maria Costa"), names(s.speakers()));
    }

    @Test
    void appositiveChainEndingInAnotherNameKeepsThePerson() {
        Statement s = only(extract("Sgt. Paul Ames, a mechanic in Delta Company, 2nd Battalion, said \u201Cthe "
                + "engines held up well.\u201D", person("Paul Ames"), organization("Delta Company")));
        assertEquals(List.of("Paul Ames"), names(s.speakers()));
    }

    @Test
    void personsClauseIntroducingAQuoteWithAColon() {
        Statement s = only(extract("In her farewell letter, Lopez thanked the staff: \u201CI will miss every one "
                + "of you.\u201D", person("Maria Lopez", "Lopez")));
        assertEquals(List.of("Maria Lopez"), names(s.speakers()));
        assertEquals("quote:introduced-subject", s.rule());
        assertEquals(List.of(), extract("The agency published the rule: \u201CNo vehicle may enter the zone.\u201D",
                organization("Transport Agency")), "no person subject: nobody named for it, no statement");
    }

    @Test
    void participleAfterAnEarlierQuoteFindsTheSentenceSubject() {
        List<Statement> ss = extract("Lopez admitted that \u201Ca few customers\u201D had complained, but "
                + "rejected the word \u201Cscandal,\u201D saying the problem \u201Chas been blown out of "
                + "proportion.\u201D", person("Maria Lopez", "Lopez"));
        Statement last = ss.get(ss.size() - 1);
        assertEquals("has been blown out of proportion.", last.text());
        assertEquals(List.of("Maria Lopez"), names(last.speakers()));
    }

    @Test
    void oneQuotedWordAndNicknamesAreNoStatements() {
        assertEquals(List.of(), extract("Lopez said the cases, or \u201Cbumpers,\u201D would be free.",
                person("Maria Lopez", "Lopez")));
        Statement s = only(extract("\u201CWe hit the target,\u201D said Col. John \u201CJ.D.\u201D Dorrian, "
                + "the spokesman.", person("John Dorrian", "John", "Dorrian")));
        assertEquals("We hit the target", s.text());
        assertEquals("Col. John \u201CJ.D.\u201D Dorrian", s.speakerText());
    }

    // ------------------------------------------------------------ reported speech

    @Test
    void negatedContractionIsNoReportedSpeech() {
        assertEquals(List.of(), extract("Smith didn't say that the plant would close.", person("Anna Smith",
                "Smith")));
    }

    @Test
    void nounObjectsAreNoReportedClause() {
        assertEquals(List.of(), extract("Smith announced the company's move on Wednesday.",
                person("Anna Smith", "Smith")));
        assertEquals(List.of(), direct(extract("The group claimed responsibility and where the bombs fell is "
                + "unclear.", place("Homs"))));
        Statement s = only(extract("Smith said the campaign against smugglers and pirates is going well.",
                person("Anna Smith", "Smith")));
        assertEquals("the campaign against smugglers and pirates is going well", s.text());
    }

    @Test
    void reportedContentStopsBeforeTheAside() {
        Statement s = only(extract("Officials said on Monday that the bridge would reopen in May, but gave no "
                + "date.", place("Paris")));
        assertFalse(s.direct());
        assertEquals("the bridge would reopen in May", s.text());
        assertEquals("on Monday", s.time());
    }

    // ------------------------------------------------------------ time, date, about

    @Test
    void dateNormalisedFromTheAttributionsTimePhrase() {
        LocalDate friday = LocalDate.of(2024, 3, 8);
        Statement s = only(extractOn(friday, "\u201CRates will fall,\u201D Berg said on Thursday.",
                person("Ole Berg", "Berg")));
        assertEquals("on Thursday", s.time());
        assertEquals(LocalDate.of(2024, 3, 7), s.date());
        Statement reported = only(extractOn(friday, "Berg said yesterday that rates would fall.",
                person("Ole Berg", "Berg")));
        assertEquals(LocalDate.of(2024, 3, 7), reported.date());
    }

    @Test
    void noTimePhraseNoDate() {
        Statement s = only(extractOn(LocalDate.of(2024, 3, 8), "\u201CRates will fall,\u201D Berg says.",
                person("Ole Berg", "Berg")));
        assertNull(s.time());
        assertNull(s.date(), "the publication date is not taken for the statement's date");
    }

    @Test
    void timeInsideTheQuoteIsNotTheStatementsTime() {
        Statement s = only(extractOn(LocalDate.of(2024, 3, 8), "\u201CWe meet again on Monday,\u201D Berg said.",
                person("Ole Berg", "Berg")));
        assertNull(s.time());
    }

    @Test
    void aboutHoldsTheNamesInsideTheQuoteNotPronouns() {
        Statement s = only(extract("\u201CWe stand with Ukraine,\u201D Berg said.", person("Ole Berg", "Berg")
                .pronouns("We"), place("Ukraine")));
        assertEquals(List.of("Ukraine"), names(s.about()));
    }

    // ------------------------------------------------------------ probing round: heads of the speaker phrase

    @Test
    void personBeforeAnAffiliationSpeaksNotTheirFirm() {
        Statement s = only(direct(extract("\u201CThe merger makes no sense,\u201D said Omar Haddad of Linden "
                + "Partners.", person("Omar Haddad"), organization("Linden Partners"))));
        assertEquals(List.of("Omar Haddad"), names(s.speakers()));
        Statement t = only(direct(extract("\u201CPrices will fall,\u201D analyst Ingrid Moe at Fjord Securities "
                + "said.", person("Ingrid Moe"), organization("Fjord Securities"))));
        assertEquals(List.of("Ingrid Moe"), names(t.speakers()));
        // a spokesman for the firm still speaks for the firm
        Statement u = only(direct(extract("\u201CPrices will fall,\u201D a spokesman for Fjord Securities "
                + "said.", organization("Fjord Securities"))));
        assertEquals(List.of("Fjord Securities"), names(u.speakers()));
    }

    @Test
    void organisationWordInAnAppositiveIsNoTitleOfThePerson() {
        // "the company" refers to the firm, not to "the company's finance director, X"
        List<Statement> ss = direct(extract("Tove Lindqvist, the company's finance director, spoke first.\n\n"
                + "In a statement, the company said: \u201CThe sale will close in the spring.\u201D",
                person("Tove Lindqvist")));
        Statement s = only(ss);
        assertEquals(List.of(), names(s.speakers()), "a wrong speaker is worse than none");
        // the title itself still finds the person: "the director said"
        Statement t = only(direct(extract("Tove Lindqvist, the company's finance director, spoke first.\n\n"
                + "The director said: \u201CThe sale will close in the spring.\u201D", person("Tove Lindqvist"))));
        assertEquals(List.of("Tove Lindqvist"), names(t.speakers()));
    }

    @Test
    void invertedAttributionWithAPossessiveTitleReachesTheAppositiveName() {
        Statement s = only(direct(extract("\u201CWe will appeal the ruling,\u201D said the city's attorney "
                + "general, Rosa Delgado.", person("Rosa Delgado"))));
        assertEquals(List.of("Rosa Delgado"), names(s.speakers()));
        // no name after the comma: nobody
        Statement t = only(direct(extract("\u201CWe will appeal the ruling,\u201D said the city's attorney "
                + "general, adding that a date was set.", person("Rosa Delgado"))));
        assertEquals(List.of(), names(t.speakers()));
    }

    @Test
    void organisationAfterOfInAnAppositiveIsNoTitleOfThePerson() {
        // "X, president of the drivers' union": "the union said" is the union (unnamed here), not X
        Statement s = only(direct(extract("Lars Eklund, president of the drivers' union, called the strike.\n\n"
                + "The union said in a statement that its members \u201Cwill not back down\u201D.",
                person("Lars Eklund"))));
        assertEquals(List.of(), names(s.speakers()));
        Statement t = only(direct(extract("Lars Eklund, president of the drivers' union, called the strike.\n\n"
                + "The president said: \u201CWe will not back down.\u201D", person("Lars Eklund"))));
        assertEquals(List.of("Lars Eklund"), names(t.speakers()));
    }

    @Test
    void titleOpeningTheSentenceBeforeACommaAndNameIsTheirs() {
        Statement s = only(direct(extract("Varland's trade minister, Eda Kross, announced new tariffs.\n\n"
                + "\u201CWe had no other choice,\u201D the minister said.", person("Eda Kross"))));
        assertEquals(List.of("Eda Kross"), names(s.speakers()));
        // the title as an object before the comma is no apposition
        Statement t = only(direct(extract("After meeting the minister, Eda Kross announced new tariffs.\n\n"
                + "\u201CWe had no other choice,\u201D the minister said.", person("Eda Kross"))));
        assertEquals(List.of(), names(t.speakers()));
    }

    @Test
    void theCompanyAfterAFirmsSentenceIsThatFirm() {
        Statement s = only(direct(extract("A judge blocked the deal of Norvik Foods and Bellmar Group.\n\n"
                + "Norvik said it would appeal. \u201CWe strongly disagree,\u201D the company said.",
                organization("Norvik Foods", "Norvik"), organization("Bellmar Group"))));
        assertEquals(List.of("Norvik Foods"), names(s.speakers()));
        // another kind of word ("the ministry") for a firm subject, or a person as subject: nobody
        Statement t = only(direct(extract("A judge blocked the deal of Norvik Foods and Bellmar Group.\n\n"
                + "Norvik said it would appeal. \u201CWe strongly disagree,\u201D the ministry said.",
                organization("Norvik Foods", "Norvik"), organization("Bellmar Group"))));
        assertEquals(List.of(), names(t.speakers()));
    }

    // ------------------------------------------------------------ probing round 11: business news

    @Test
    void personBeforeADescribedBodySpeaksEvenWhenTheBodyIsMistypedAsAPerson() {
        // the name finder typed the consumer group as a person: the description before it says it is a body
        Statement s = only(direct(extract("\u201CWe remain concerned about prices,\u201D said Jon Park of the "
                + "consumer group Fair Call.", person("Jon Park"), person("Fair Call"))));
        assertEquals(List.of("Jon Park"), names(s.speakers()));
        Statement t = only(direct(extract("\u201CRates will rise,\u201D said Ada Wu of the investment bank "
                + "Corley Brothers.", person("Ada Wu"), organization("Corley Brothers"))));
        assertEquals(List.of("Ada Wu"), names(t.speakers()));
    }

    @Test
    void theSameDescriptionAgainIsTheSameSpeaker() {
        List<Statement> ss = direct(extract("Varga's spokesman said: \u201CThe prime minister has no intention "
                + "of resigning.\u201D\n\nReporters waited outside.\n\n\u201CIt is business as usual,\u201D the "
                + "spokesman added.", person("Elena Varga", "Varga")));
        assertEquals(2, ss.size());
        assertEquals(List.of("Elena Varga"), names(ss.get(1).speakers()));
        assertEquals("quote:said-after+same-description", ss.get(1).rule());
        // another description ("the analyst") after a spokesman's quote: nobody
        List<Statement> tt = direct(extract("Varga's spokesman said: \u201CThe prime minister has no intention "
                + "of resigning.\u201D\n\nReporters waited outside.\n\n\u201CIt is business as usual,\u201D the "
                + "analyst added.", person("Elena Varga", "Varga")));
        assertEquals(List.of(), names(tt.get(1).speakers()));
    }

    @Test
    void aCompanySpokesmanAfterAFirmsSentenceSpeaksForThatFirm() {
        Statement s = only(direct(extract("Quanta said it would appeal. \u201CWe believe the decision is "
                + "wrong,\u201D a company spokesman said.", organization("Quanta Software", "Quanta"))));
        assertEquals(List.of("Quanta Software"), names(s.speakers()));
        // a person as the subject before: nobody ("a company spokesman" is not Lund)
        Statement t = only(direct(extract("Eva Lund said she would appeal. \u201CWe believe the decision is "
                + "wrong,\u201D a company spokesman said.", person("Eva Lund"))));
        assertEquals(List.of(), names(t.speakers()));
    }

    @Test
    void oneQuotedWordStaysInsideTheReportedClause() {
        List<Statement> ss = extract("Mara Holt said in a statement that the cuts were \u201Cunacceptable\u201D.",
                person("Mara Holt"));
        Statement s = only(ss);
        assertFalse(s.direct(), "one quoted word is no quotation");
        assertEquals("the cuts were \u201Cunacceptable\u201D", s.text());
        assertEquals(List.of("Mara Holt"), names(s.speakers()));
    }

    @Test
    void itAddedGoesOnWithTheBodyJustQuoted() {
        List<Statement> ss = direct(extract("\u201CWe urge the union to return to talks,\u201D Railco said. "
                + "\u201CWe will keep services running where we can,\u201D it added.", organization("Railco")));
        assertEquals(2, ss.size());
        assertEquals(List.of("Railco"), names(ss.get(1).speakers()));
        // something else named in between: nobody
        List<Statement> tt = direct(extract("\u201CWe urge the union to return to talks,\u201D Railco said. "
                + "Trains in Dorset stopped. \u201CWe will keep services running where we can,\u201D it added.",
                organization("Railco"), place("Dorset")));
        assertEquals(List.of(), names(tt.get(1).speakers()));
    }

    @Test
    void speechVerbBeforeANounObjectIsNoReportedClause() {
        // "recall" a product, not a memory: no clause follows
        assertEquals(List.of(), extract("Automaker Fennic is recalling 200,000 cars in the United States.",
                organization("Fennic"), place("United States")));
        // the same verb before a clause still reports it
        Statement s = only(extract("Rita Gomez recalled the factory had closed twice that year.",
                person("Rita Gomez")));
        assertEquals(List.of("Rita Gomez"), names(s.speakers()));
    }

    @Test
    void headlineQuoteBeforeAColonAndATitledSpeakerIsThePersonTheArticleNamesSo() {
        Statement s = direct(extract("\u201CWe will not be intimidated\u201D: Governor vows to fight\n\nGovernor "
                + "Helen Marsh promised on Friday to fight the funding cuts in court.", person("Helen Marsh"))).get(0);
        assertEquals("We will not be intimidated", s.text());
        assertEquals(List.of("Helen Marsh"), names(s.speakers()));
        // two governors named in the article: the headline's title says not which
        Statement t = direct(extract("\u201CWe will not be intimidated\u201D: Governor vows to fight\n\nGovernor "
                + "Helen Marsh and Governor Tom Reyes promised to fight the cuts.", person("Helen Marsh"),
                person("Tom Reyes"))).get(0);
        assertEquals(List.of(), names(t.speakers()));
    }

    @Test
    void headlineTitleWithAnInvertedSayFindsThePersonNamedLater() {
        Statement s = direct(extract("\u201CNo deal is better than a bad deal,\u201D says Brexit minister\n\n"
                + "Brexit Minister Colin Shaw told parliament that Britain was ready.", person("Colin Shaw"))).get(0);
        assertEquals(List.of("Colin Shaw"), names(s.speakers()));
        // the same title in a body sentence is no headline: the person named after it is not looked for
        Statement t = direct(extract("Talks went on. \u201CNo deal is better than a bad deal,\u201D said a minister."
                + "\n\nBrexit Minister Colin Shaw told parliament that Britain was ready.", person("Colin Shaw")))
                .get(0);
        assertEquals(List.of(), names(t.speakers()));
    }

    @Test
    void titleTheTaggerTookForAPrepositionStillLeadsToTheName() {
        // the tagger reads "opposition" as a preposition; the quotation is still Brandt's
        Statement s = only(direct(extract("The minister quit.\n\n\u201CShe did the honourable thing,\u201D said "
                + "opposition spokesman Leo Brandt.", person("Leo Brandt"))));
        assertEquals(List.of("Leo Brandt"), names(s.speakers()));
    }

    @Test
    void partialQuoteOpeningWithAPrepositionAfterANamingVerbIsNoLabel() {
        Statement s = only(direct(extract("Acme said a successor would be named \u201Cin the coming days\u201D.",
                organization("Acme"))));
        assertEquals("in the coming days", s.text());
        assertEquals(List.of("Acme"), names(s.speakers()));
        // a name given after "named" is still a label
        assertEquals(List.of(), direct(extract("Acme said the new unit would be named \u201CBlue Harbor\u201D.",
                organization("Acme"))));
    }

    @Test
    void anInvestorOrCustomerOfAFirmDoesNotSpeakForIt() {
        Statement s = only(direct(extract("\u201CCarl has overplayed his hand,\u201D a Medway investor said.",
                organization("Medway"))));
        assertEquals(List.of(), names(s.speakers()), "a wrong speaker is worse than none");
        Statement t = only(direct(extract("\u201CThe service got worse,\u201D said a customer of Acme Telecom.",
                organization("Acme Telecom"))));
        assertEquals(List.of(), names(t.speakers()));
        // its spokesman does
        Statement u = only(direct(extract("\u201CThe service got better,\u201D said a spokesman for Acme Telecom.",
                organization("Acme Telecom"))));
        assertEquals(List.of("Acme Telecom"), names(u.speakers()));
    }
}
