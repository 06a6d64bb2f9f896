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
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Speakers across sentences and inside participles, on sentences written for the test: a surname the finder typed
 * as a town or a firm, after the person was named in full, is that person; the participle ", saying ..." after an
 * embedded question ("declined to say when X would ...") is not X's; "..., releasing a statement saying “…”" is
 * the sentence subject's; a short quotation modifying a noun ("a “fast track” scheme") is a name, no statement.
 */
class QuoteSurnameParticipleAndModifierTest {

    private static List<String> speakers(String text, EntitySpec... entities) {
        return names(only(extract(text, entities)).speakers());
    }

    // ------------------------------------------------------------ surname typed as something else

    @Test
    void surnameTypedAsPlaceAfterTheFullNameIsThePerson() {
        // health
        assertEquals(List.of("Maria Henderson"), speakers("Maria Henderson, the director of the agency, outlined "
                + "a plan. Speaking to reporters, Henderson called the outbreak a \u201Cturning point\u201D for the "
                + "region.", person("Maria Henderson"), place("Henderson")));
        // crime
        assertEquals(List.of("Tom Preston"), speakers("Detective Tom Preston led the inquiry. Preston told the "
                + "jury the gang had \u201Cplanned every detail\u201D.", person("Tom Preston"), place("Preston")));
        // politics: typed as an organisation
        assertEquals(List.of("Anna Lincoln"), speakers("Anna Lincoln leads the Green Party. Lincoln said the "
                + "law was \u201Ca gift to polluters\u201D.", person("Anna Lincoln"), organization("Lincoln"),
                organization("Green Party")));
        // sport: "he" after the surname goes on with the person
        List<Statement> s = extract("Luis Jackson captained the side. Jackson said the team had been \u201Coutplayed "
                + "from the start\u201D. He added: \u201CWe will be back.\u201D", person("Luis Jackson"),
                place("Jackson"));
        assertEquals(2, s.size(), s::toString);
        assertEquals(List.of("Luis Jackson"), names(s.get(1).speakers()), s::toString);
    }

    @Test
    void placeNamedBeforeThePersonStaysAPlace() {
        // the town came first: "Austin" is no later short form of the person
        List<Statement> s = extract("The mayor of Austin spoke first. Austin officials said the plan was \u201Ctoo "
                + "expensive\u201D. Paul Austin disagreed.", place("Austin"), person("Paul Austin"));
        assertTrue(s.stream().noneMatch(x -> names(x.speakers()).contains("Paul Austin")), s::toString);
    }

    // ------------------------------------------------------------ participles

    @Test
    void participleAfterAnEmbeddedQuestionIsNotTheQuestionsSubject() {
        // economy
        assertEquals(List.of("Jonas Berg"), speakers("Jonas Berg declined to predict when the Bank of England "
                + "would cut rates, saying that it was \u201Ctoo early to tell\u201D.", person("Jonas Berg"),
                organization("Bank of England")));
        // diplomacy: the subject is no name, so nobody named speaks (not the European Union)
        assertEquals(List.of(), speakers("The minister refused to say when the European Union would lift the "
                + "sanctions, stating that the decision was \u201Ca matter for the courts\u201D.",
                organization("European Union")));
        // sport
        assertEquals(List.of("Ana Silva"), speakers("Ana Silva would not say whether Barcelona would sell the "
                + "striker, saying only that he was \u201Cnot for sale\u201D.", person("Ana Silva"),
                organization("Barcelona")));
    }

    @Test
    void participleWithoutEmbeddedQuestionKeepsItsSubject() {
        assertEquals(List.of("Jonas Berg"), speakers("Jonas Berg criticised the plan, saying it was \u201Ca waste "
                + "of money\u201D.", person("Jonas Berg")));
    }

    @Test
    void releasingAStatementSayingIsTheSentenceSubjects() {
        List<Statement> s = extract("Senator Paul Reid said the vote was \u201Ca disgrace\u201D, releasing a "
                + "statement saying \u201CThis decision betrays the voters of this state.\u201D", person("Paul Reid"));
        assertEquals(2, s.size(), s::toString);
        assertEquals(List.of("Paul Reid"), names(s.get(1).speakers()), s::toString);
        assertEquals(List.of("Anna Lind"), speakers("Health Minister Anna Lind met the nurses, issuing a statement "
                + "saying \u201CWe will find the money.\u201D", person("Anna Lind")));
    }

    @Test
    void statementWithNobodyIssuingItHasNoSpeaker() {
        assertEquals(List.of(), speakers("The vote was delayed, with a statement saying \u201CThe count will resume "
                + "tomorrow.\u201D"));
    }

    // ------------------------------------------------------------ quoted noun modifiers

    @Test
    void quotedModifierOfANounIsNoStatement() {
        String[] texts = {
            "Maria Berg said the ministry would offer a \u201Cfast track\u201D scheme to small firms.",
            "Coach Ana Silva said the club would introduce a \u201Cfans first\u201D pricing policy.",
            "Prosecutor Jan Kowalski said police had used a \u201Cstop and search\u201D tactic in the district.",
            "The agency said its \u201Cclean air\u201D programme would end in May.",
        };
        for (String text : texts) {
            assertTrue(extract(text, person("Maria Berg"), person("Ana Silva"), person("Jan Kowalski"))
                    .stream().allMatch(x -> !x.direct()), text);
        }
    }

    @Test
    void quotationFollowedByAPhraseStaysAStatement() {
        Statement s = only(extract("Maria Berg said the plan was \u201Cdead on arrival\u201D in its current form.",
                person("Maria Berg")).stream().filter(Statement::direct).toList());
        assertEquals("dead on arrival", s.text());
        assertEquals(List.of("Maria Berg"), names(s.speakers()));
    }

    // ------------------------------------------------------------ a quoted name before a partial quotation

    @Test
    void quotedNameBetweenVerbAndQuotationDoesNotCutTheAttribution() {
        // crime
        assertEquals(List.of("Jan Kowalski"), speakers("Prosecutor Jan Kowalski said the \u201CNight Owls\u201D "
                + "had caused \u201Cuntold misery\u201D in the area.", person("Jan Kowalski")));
        // politics
        assertEquals(List.of("Maria Berg"), speakers("Maria Berg said she expected the \u201CGreen Deal\u201D to "
                + "deliver \u201Creal savings for families\u201D.", person("Maria Berg")));
        // sport
        assertEquals(List.of("Ana Silva"), speakers("Coach Ana Silva said the \u201CRed Army\u201D had been "
                + "\u201Cmagnificent all season\u201D.", person("Ana Silva")));
    }

    @Test
    void quotedSentenceBeforeIsNoName() {
        // a whole quotation before ("“We lost.” Then the coach said ...") still closes the clause before it
        List<Statement> s = extract("\u201CWe Lost Again.\u201D Later the club said the result was \u201Ca "
                + "bitter blow\u201D.", organization("Acme United"));
        assertTrue(s.stream().noneMatch(x -> x.text().startsWith("We Lost") && !x.speakers().isEmpty()),
                s::toString);
    }

    // ------------------------------------------------------------ participles after an adverb or "and"

    @Test
    void participleAfterAnAdverbOrASecondParticipleHasTheSentenceSubject() {
        // diplomacy
        assertEquals(List.of("Maria Berg"), speakers("Maria Berg declined to comment further, merely saying that "
                + "she expected the talks to take \u201Cweeks, not days\u201D.", person("Maria Berg")));
        // crime
        assertEquals(List.of("Jan Kowalski"), speakers("Jan Kowalski refused to name the suspects, simply stating "
                + "that the evidence was \u201Coverwhelming and clear\u201D.", person("Jan Kowalski")));
        // sport: ", and merely saying" continues the first participle's subject
        List<Statement> s = extract("Ana Silva declined to discuss when Barcelona would sell the striker, saying "
                + "that it was \u201Ca matter for the board\u201D, and merely saying that she expected it to take "
                + "\u201Cweeks, not days\u201D.", person("Ana Silva"), organization("Barcelona"));
        assertEquals(2, s.stream().filter(Statement::direct).count(), s::toString);
        assertTrue(s.stream().filter(Statement::direct).allMatch(x -> names(x.speakers()).equals(
                List.of("Ana Silva"))), s::toString);
    }

    @Test
    void participleOfAnUnnamedSubjectHasNoSpeaker() {
        assertEquals(List.of(), speakers("The inquiry closed early, merely saying the evidence was \u201Cnot "
                + "strong enough\u201D."));
    }
}
