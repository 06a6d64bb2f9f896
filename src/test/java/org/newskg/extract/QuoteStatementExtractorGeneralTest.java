package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Constructions of unseen news that {@link QuoteStatementExtractor} attributes (or refuses to): quotations
 * completing a labelling speech act ("called it “…”", "praised by X as “…”"), names introducing a quotation with
 * ':', "..., saying" after a clause, passive speech verbs, titles coordinated before an appositive name, and
 * names inside the subject that are no speaker ("officials in Brussels"). Sentences written for the test.
 */
class QuoteStatementExtractorGeneralTest {

    private static List<Statement> direct(List<Statement> statements) {
        return statements.stream().filter(Statement::direct).toList();
    }

    // ------------------------------------------------------------ manner-of-speaking verbs

    @Test
    void aMannerOfSpeakingVerbAttributesOnlyTheQuotationBesideIt() {
        Statement s = only(direct(extract("\u201CThis is the best day of my career,\u201D enthused Carla Ruiz, the "
                + "plant manager.", person("Carla Ruiz"))));
        assertEquals(List.of("Carla Ruiz"), names(s.speakers()));
        s = only(direct(extract("\u201CWe have been here before,\u201D Tom Varga lamented.", person("Tom Varga"))));
        assertEquals(List.of("Tom Varga"), names(s.speakers()));
        assertEquals(List.of(), extract("Tom Varga lamented that the plant would close.", person("Tom Varga"))
                .stream().filter(x -> !x.direct()).toList(), "no reported speech from a manner verb");
    }

    // ------------------------------------------------------------ labelling speech acts

    @Test
    void quotationCompletingALabellingVerbIsTheSubjects() {
        Statement s = only(direct(extract("Maria Lopez called the proposal \u201Ca betrayal of working "
                + "families\u201D.", person("Maria Lopez"))));
        assertEquals(List.of("Maria Lopez"), names(s.speakers()));
        assertEquals("a betrayal of working families", s.text());
        assertEquals("quote:label", s.rule());
        s = only(direct(extract("Ahmed Karimi, Nordco's chief executive, described the firm's merger as "
                + "\u201Cbold, timely and necessary\u201D.", person("Ahmed Karimi"), organization("Nordco"))));
        assertEquals(List.of("Ahmed Karimi"), names(s.speakers()));
        s = only(direct(extract("Berg called podcasting \u201CWayne \u2019 s World for radio\u201D.",
                person("Jan Berg", "Berg"))));
        assertEquals("Wayne \u2019 s World for radio", s.text(), "a curly apostrophe set off by blanks");
        s = only(direct(extract("The senator has dubbed the bill \"a giveaway to the oil industry.\"",
                person("Paul Weston").pronouns("senator"))));
        assertEquals(List.of("Paul Weston"), names(s.speakers()), "straight quotes, perfect tense");
    }

    @Test
    void passiveLabellingVerbGivesItsByAgent() {
        Statement s = only(direct(extract("The new bridge was praised by Mayor Helen Brandt as \u201Ca triumph of "
                + "local engineering.\u201D", person("Helen Brandt"))));
        assertEquals(List.of("Helen Brandt"), names(s.speakers()));
        assertEquals("quote:label-by", s.rule());
        s = only(direct(extract("The merger, dubbed \u201Cthe bargain of the decade\u201D by Lena Frost, closed "
                + "on Friday.", person("Lena Frost"))));
        assertEquals(List.of("Lena Frost"), names(s.speakers()));
    }

    @Test
    void labelWithNobodyNamedBehindItIsNoStatement() {
        assertEquals(List.of(), direct(extract("The merger, dubbed \u201Cthe bargain of the decade\u201D, closed "
                + "on Friday.", person("Lena Frost"))), "a participle: nobody does the dubbing");
        assertEquals(List.of(), direct(extract("Jan Berg was described as \u201Ca tireless worker\u201D.",
                person("Jan Berg"))), "passive without agent: the subject is described, not speaking");
        assertEquals(List.of(), only(direct(extract("The critics called it \u201Ca reckless gamble\u201D.",
                person("Jan Berg")))).speakers(), "unnamed labellers: their words, with no speaker (eval S3)");
        assertEquals(List.of(), direct(extract("Jan Berg dubbed the plan \u201COperation Clean Sweep\u201D.",
                person("Jan Berg"))), "a name in quotes");
        assertEquals(List.of(), direct(extract("Jan Berg branded the rebels \u2018traitors\u2019.",
                person("Jan Berg"))), "one quoted word");
        assertEquals(List.of(), direct(extract("The district known as \u201Cthe old harbour\u201D was flooded.",
                person("Jan Berg"))), "a naming word, no speech act");
    }

    // ------------------------------------------------------------ other introducers

    @Test
    void nameAndTitlesBeforeAColonIntroduceTheQuotation() {
        Statement s = only(direct(extract("Defence Minister Jana Novak: \u201COur troops are ready for "
                + "anything.\u201D", person("Jana Novak"))));
        assertEquals(List.of("Jana Novak"), names(s.speakers()));
        assertEquals("quote:colon-name", s.rule());
        s = only(direct(extract("The exchange went on.\n\n: Deputy Director of Harbour Security Tom Reyes: "
                + "\u201CNo, wait for the report.\u201D", person("Tom Reyes"))));
        assertEquals(List.of("Tom Reyes"), names(s.speakers()));
        s = only(direct(extract("She wrote to Tom Reyes: \u201CYou have my full support.\u201D",
                person("Tom Reyes"), person("Ada Klein").pronouns("She"))));
        assertEquals(List.of("Ada Klein"), names(s.speakers()), "a clause before the name: the writer speaks");
    }

    @Test
    void putItAndReadIntroduceAQuotationNextToThem() {
        Statement s = only(direct(extract("As Lars Nygaard put it, \u201Cthe fund is here to stay.\u201D",
                person("Lars Nygaard"))));
        assertEquals(List.of("Lars Nygaard"), names(s.speakers()));
        s = only(direct(extract("The statement from the Ministry of Health read: \u201CAll hospitals remain "
                + "open.\u201D", organization("Ministry of Health"))));
        assertEquals(List.of("Ministry of Health"), names(s.speakers()));
        assertEquals("statement", s.medium());
    }

    @Test
    void documentIssuedBeforeAColonIsTheSubjectsStatement() {
        Statement s = only(direct(extract("The commander of the brigade, Gen. Maria Costa, issued the following "
                + "statement on the offensive:\n\n\"Our forces have reached the river and will hold it.\"",
                person("Maria Costa"))));
        assertEquals(List.of("Maria Costa"), names(s.speakers()));
        assertEquals("statement", s.medium());
        assertEquals("quote:issued", s.rule());
        s = only(direct(extract("The Ministry of Health posted a message on its website: \u201CAll hospitals "
                + "remain open.\u201D", organization("Ministry of Health"))));
        assertEquals(List.of("Ministry of Health"), names(s.speakers()));
        assertEquals(List.of(), direct(extract("The report was published by Nordco: \u201CExports fell by a "
                + "third.\u201D", organization("Nordco"))), "a passive: no subject speaks");
    }

    @Test
    void sayingAfterAClauseTakesTheNearestSubjectThatCanSpeak() {
        Statement s = only(direct(extract("A letter by Ada Klein offers a sharp contrast to her praise of Orion, as "
                + "she writes to Tom Reyes about the budget, saying, \u201CYou have my full support.\u201D",
                person("Ada Klein").pronouns("she"), organization("Orion"), person("Tom Reyes"))));
        assertEquals(List.of("Ada Klein"), names(s.speakers()));
        Statement r = only(extract("Nordco, which has been hit hard by the slump, has asked the government for "
                + "aid, saying that it plans to cut two thousand jobs.", organization("Nordco")));
        assertEquals(List.of("Nordco"), names(r.speakers()), "a relative clause between the commas");
    }

    // ------------------------------------------------------------ speakers

    @Test
    void subjectPronounIsTheWholeSubject() {
        Statement s = only(direct(extract("During his long speech in Berlin he said that \u201CEurope must stand "
                + "together\u201D.", person("Tim Baker").pronouns("he"), place("Berlin"))));
        assertEquals(List.of("Tim Baker"), names(s.speakers()));
        assertEquals("he", s.speakerText());
        s = only(direct(extract("During his long speech in Berlin he said that \u201CEurope must stand "
                + "together\u201D.", place("Berlin"))));
        assertEquals(List.of(), s.speakers(), "an unresolved pronoun is nobody, not the place before it");
    }

    @Test
    void pronounResolvedToANameOnlyUsedAsAModifierGoesBackToTheSpeaker() {
        List<Statement> ss = direct(extract("Tim Baker said the Orion OS update was \u201Calmost finished\u201D."
                + "\n\nThe Orion OS apps will follow.\n\nHe said that the team is \u201Cgetting ready\u201D for the "
                + "launch.", person("Tim Baker"), person("Orion OS").pronouns("He")));
        assertEquals(2, ss.size());
        assertEquals(List.of("Tim Baker"), names(ss.get(1).speakers()));
    }

    @Test
    void titlesCoordinatedBeforeAnAppositiveName() {
        Statement s = only(direct(extract("\u201CWe expect a strong quarter,\u201D said Orion President and Chief "
                + "Executive Officer, Lena Frost.", organization("Orion"), person("Lena Frost"))));
        assertEquals(List.of("Lena Frost"), names(s.speakers()));
    }

    @Test
    void placeAttachedByAPrepositionInsideTheSubjectIsNoSpeaker() {
        Statement s = only(direct(extract("\u201CWe were not consulted,\u201D officials in Brussels said.",
                place("Brussels"))));
        assertEquals(List.of(), s.speakers());
        assertEquals("officials in Brussels", s.speakerText());
        s = only(direct(extract("\u201CThe ceasefire is holding,\u201D a resident of Aleppo told the BBC.",
                place("Aleppo"), organization("BBC"))));
        assertEquals(List.of(), s.speakers());
        s = only(direct(extract("\u201CThe shipment was seized,\u201D a spokeswoman for the Interior Ministry "
                + "said.", organization("Interior Ministry"))));
        assertEquals(List.of("Interior Ministry"), names(s.speakers()), "whom the spokeswoman speaks for");
        s = only(direct(extract("\u201CWe will respond,\u201D a spokesman for Turkey's foreign ministry said.",
                place("Turkey"))));
        assertEquals(List.of("Turkey"), names(s.speakers()), "a place owning the ministry");
    }

    @Test
    void passiveSpeechVerbGivesTheAgentOrNobody() {
        Statement s = only(direct(extract("The rifle is claimed to be \u201Cthe most accurate weapon in its "
                + "class\u201D.", organization("Kestrel Arms"))));
        assertEquals(List.of(), s.speakers());
        assertNull(s.speakerText());
        s = only(direct(extract("Anne Dubois was told by officials that \u201Cthe school cannot reopen before "
                + "June.\u201D", person("Anne Dubois"))));
        assertEquals(List.of(), s.speakers(), "the officials spoke, not Dubois");
        assertEquals("Anne Dubois", s.addressee().name());
        assertTrue(extract("Anne Dubois was told that the school would close in June.", person("Anne Dubois"))
                .isEmpty(), "no reported speech of the addressee");
        assertFalse(extract("Anne Dubois said that the school would close in June.", person("Anne Dubois"))
                .isEmpty());
    }
}
