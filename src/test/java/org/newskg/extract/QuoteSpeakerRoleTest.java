package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Who speaks when the subject of "said" names someone else: people who act for another (a lawyer, an aide, an
 * adviser: their words are not their client's, eval S3) and places after a preposition ("a statement read out in
 * Paris", "the envoy to Moscow": where or to whom, never who). Spokesmen still speak for whom they serve. Each on
 * sentences written for the test.
 */
class QuoteSpeakerRoleTest {

    private static List<String> speakers(String text, EntitySpec... entities) {
        return names(only(extract(text, entities)).speakers());
    }

    // ------------------------------------------------------------ agents: lawyer, aide, adviser

    @Test
    void lawyerOrAideForSomeoneIsNotThatPerson() {
        assertEquals(List.of(), speakers("\u201CWe are disappointed by the ruling,\u201D said the lawyer for Jan "
                + "Berg.", person("Jan Berg")));
        assertEquals(List.of(), speakers("\u201CThe judge made the right decision,\u201D an adviser to President "
                + "Omar Khalil said.", person("Omar Khalil")));
        assertEquals(List.of(), speakers("\u201CWe will appeal,\u201D said an aide to Governor Rita Sandoval.",
                person("Rita Sandoval")));
        assertEquals(List.of(), speakers("\u201CWe need more time,\u201D a counsel for Brandt Holdings said.",
                organization("Brandt Holdings")));
        assertEquals(List.of(), speakers("\u201CThe bank misled her,\u201D said an attorney for Mara Quint, who is "
                + "suing the lender.", person("Mara Quint")));
    }

    @Test
    void possessorOfALawyerIsNotTheSpeaker() {
        assertEquals(List.of(), speakers("\u201CThe bank misled her,\u201D said Mara Quint's attorney.",
                person("Mara Quint")));
        assertEquals(List.of(), speakers("\u201CHe acted in good faith,\u201D General Tomas Reyes' lawyers said "
                + "on Monday.", person("Tomas Reyes")));
    }

    @Test
    void namedLawyerOrAideStillSpeaks() {
        assertEquals(List.of("Ellen Marsh"), speakers("\u201CThe judge made the right decision,\u201D said Ellen "
                + "Marsh, a lawyer for the shareholders of Garland Bank.", person("Ellen Marsh"),
                organization("Garland Bank")));
        assertEquals(List.of("Ellen Marsh"), speakers("\u201CThe judge made the right decision,\u201D said Ellen "
                + "Marsh, lawyer for Jan Berg.", person("Ellen Marsh"), person("Jan Berg")));
        assertEquals(List.of("Lee Park"), speakers("Lee Park, an adviser to the finance minister, said: \u201CThe "
                + "budget will be balanced by 2028.\u201D", person("Lee Park")));
    }

    @Test
    void spokesmanStillSpeaksForWhomHeServes() {
        assertEquals(List.of("Dunmore Motors"), speakers("\u201CWe are working closely with regulators,\u201D said "
                + "a spokesman for Dunmore Motors.", organization("Dunmore Motors")));
        assertEquals(List.of("Ministry of Finance"), speakers("\u201CThe figures are final,\u201D a spokeswoman for "
                + "the Ministry of Finance said.", organization("Ministry of Finance")));
    }

    // ------------------------------------------------------------ places after a preposition

    @Test
    void placeAfterAPrepositionIsNoSpeaker() {
        assertEquals(List.of(), speakers("A statement read out in Paris said: \u201CThe talks will resume next "
                + "week.\u201D", place("Paris")));
        assertEquals(List.of(), speakers("A statement issued in Washington said: \u201CThe sanctions take effect "
                + "immediately.\u201D", place("Washington")));
        assertEquals(List.of(), speakers("\u201CWe welcome the decision,\u201D a spokesman for the embassy in Tokyo "
                + "said.", place("Tokyo")));
        assertEquals(List.of(), speakers("\u201CWe need help now,\u201D the envoy to Moscow said.",
                place("Moscow")));
    }

    @Test
    void placeAsSubjectOrAfterAccordingToStillSpeaks() {
        assertEquals(List.of("Moscow"), speakers("\u201CThe sanctions are illegal,\u201D Moscow said on Friday.",
                place("Moscow")));
        assertEquals(List.of("Moscow"), speakers("According to Moscow, the sanctions are \u201Cillegal and "
                + "pointless\u201D.", place("Moscow")));
    }

    // ------------------------------------------------------------ coordinated places, subordinate clauses

    @Test
    void coordinatedPlacesAfterAPrepositionAreNoSpeakers() {
        assertEquals(List.of(), speakers("\u201CWe are deeply concerned,\u201D the foreign ministers of France and "
                + "Germany said in a joint statement.", place("France"), place("Germany")));
        assertEquals(List.of(), speakers("Envoys from Chile and Peru said the talks had \u201Cmade real "
                + "progress\u201D.", place("Chile"), place("Peru")));
    }

    @Test
    void coordinatedBodiesAfterSpokesmenForStillSpeakJointly() {
        // the bodies after "for" stay speakers (giving both as a joint speaker is not done yet: a known limit)
        List<String> found = speakers("\u201CThe merger is off,\u201D spokesmen for Acme Steel and Borg Mining "
                + "said.", organization("Acme Steel"), organization("Borg Mining"));
        assertFalse(found.isEmpty());
        assertTrue(List.of("Acme Steel", "Borg Mining").containsAll(found));
    }

    @Test
    void clauseOpenedByAfterIsNoPartOfTheSubject() {
        assertEquals(List.of("Orbis Telecom"), speakers("Orbis Telecom reported its results on Monday. Its shares "
                + "jumped 8 percent after the company said quarterly profit was \u201Cwell ahead of "
                + "expectations\u201D.", organization("Orbis Telecom")));
        assertEquals(List.of("Jan Berg"), speakers("The talks collapsed on Friday because Jan Berg said the offer "
                + "was \u201Cfar too low\u201D.", person("Jan Berg")));
    }
}
