package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertNames;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Organisation spans: an official body opened by a nationality adjective keeps it ("Iraqi Ministry of Culture",
 * eval/README.md); a word after a body's head and "of" is its field even when the word alone would end a
 * non-entity ("Museum of Flight"); "University of X at Y" names a campus. Sentences written for the test.
 */
class NationalBodiesFieldsAndCampusesSpansTest {

    @Test
    void aNationalBodyKeepsItsAdjective() {
        assertNames("The dig was halted by the Egyptian Ministry of Antiquities last year.",
                List.of("Egyptian Ministry of Antiquities"), List.of("Ministry of Antiquities"));
        assertNames("The Canadian Institute for Health Information published the data.",
                List.of("Canadian Institute for Health Information"), List.of());
        assertNames("She chairs the Irish Centre for Human Rights in Galway.",
                List.of("Irish Centre for Human Rights"), List.of());
        assertNames("He joined the Swedish National Council for Crime Prevention in 2004.",
                List.of("Swedish National Council for Crime Prevention"), List.of());
        assertNames("Most of them studied at the Indian Institute of Science.",
                List.of("Indian Institute of Science"), List.of("Institute of Science"));
        assertNames("She joined the Canadian Institute for Health Research in 2001.",
                List.of("Canadian Institute for Health Research"), List.of());
        assertNames("A letter from the Iraqi Ministry of Culture was read out.",
                List.of("Iraqi Ministry of Culture"), List.of());
        assertNames("The Brazilian Academy of Letters gave her a prize.",
                List.of("Brazilian Academy of Letters"), List.of());
    }

    @Test
    void aNationalityBeforeACompanyOrAPlainNameStaysOut() {
        assertNames("Indian Motors Holdings said sales rose.", List.of("Indian Motors Holdings"), List.of());
        assertNames("The German Chancellor met French President Emmanuel Macron.",
                List.of("Emmanuel Macron"), List.of("French President Emmanuel Macron"));
        assertNames("The Russian Gazprom raised prices, Kremlin officials said.", List.of("Gazprom"),
                List.of("Russian Gazprom"));
    }

    @Test
    void aWordAfterABodysHeadAndOfIsItsField() {
        assertNames("The Museum of Flight in Seattle was chosen.", List.of("Museum of Flight"), List.of("Museum of"));
        assertNames("She visited the Institute of Time in Bern.", List.of("Institute of Time"), List.of());
        assertNames("Adam Air Flight 574 vanished over the sea.", List.of("Adam Air"), List.of("Adam Air Flight"));
    }

    @Test
    void aUniversityCampusAfterAtStaysInTheName() {
        assertNames("He studied at the University of Texas at Austin before moving.",
                List.of("University of Texas at Austin"), List.of("University of Texas"));
        assertNames("The paper came from the University of North Carolina at Chapel Hill, which led it.",
                List.of("University of North Carolina at Chapel Hill"), List.of());
        assertNames("She teaches at the University of Wisconsin at Green Bay now.",
                List.of("University of Wisconsin at Green Bay"), List.of());
    }

    @Test
    void aVenueAfterAtIsNoCampus() {
        assertNames("She spoke about the University of Chicago at Harvard Business School on Monday.",
                List.of("University of Chicago", "Harvard Business School"), List.of());
        assertNames("The University of Oxford at Monday's dinner announced a grant.",
                List.of("University of Oxford"), List.of());
    }
}
