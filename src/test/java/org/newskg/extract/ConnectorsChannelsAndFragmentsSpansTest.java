package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertNames;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Name spans: Portuguese "do" inside a name, a body named by "to" and a verb, a field pair after a place and a
 * modifier, the particle "arap", a broadcast channel's number, and half a hyphenated word after a name. Sentences
 * written for the test.
 */
class ConnectorsChannelsAndFragmentsSpansTest {

    @Test
    void portugueseDoJoinsTheWordsOfAName() {
        assertNames("The governor of Rio Grande do Sul said the floods had receded.",
                List.of("Rio Grande do Sul"), List.of("Rio Grande"));
        assertNames("Shares of Banco do Brasil rose on Monday.", List.of("Banco do Brasil"), List.of("Banco"));
        assertNames("The president received the envoy at the Granja do Torto on Friday.",
                List.of("Granja do Torto"), List.of("Granja"));
        assertNames("Fans gathered outside the Estadio do Morumbi before the final.",
                List.of("Estadio do Morumbi"), List.of());
    }

    @Test
    void doAsAnEnglishVerbJoinsNothing() {
        assertNames("Why do Americans love football so much?", List.of(), List.of("Why do Americans"));
        assertNames("On Sunday the Democrats do Christmas shopping in Ohio.", List.of(),
                List.of("Democrats do Christmas"));
        assertNames("Experts said the NATO do Brussels a favour.", List.of(), List.of("NATO do Brussels"));
    }

    @Test
    void aBodyNamedByToAndAVerbKeepsItsPurpose() {
        assertNames("The Commission to Strengthen Social Security will report next month.",
                List.of("Commission to Strengthen Social Security"), List.of("Strengthen Social Security"));
        assertNames("The Committee to Protect Journalists condemned the arrest in Cairo.",
                List.of("Committee to Protect Journalists"), List.of());
        assertNames("The Alliance to End Hunger met in Lima.", List.of("Alliance to End Hunger"), List.of());
        assertNames("He founded the Foundation to Restore Ocean Reefs in 2010.",
                List.of("Foundation to Restore Ocean Reefs"), List.of());
    }

    @Test
    void toBeforeAPlaceOrALoneVerbStaysOutOfTheBody() {
        assertNames("He sent the Commission to Brussels on Monday.", List.of("Brussels"),
                List.of("Commission to Brussels"));
        assertNames("The Council to Decide is a television show.", List.of(), List.of("Council to Decide"));
        assertNames("Minister Asks Commission to Review Energy Rules", List.of(),
                List.of("Commission to Review Energy Rules"));
    }

    @Test
    void aFieldPairAfterAPlaceAndAModifierIsOneBody() {
        assertNames("Researchers at the Ohio National Energy and Water Laboratory reported the result.",
                List.of("Ohio National Energy and Water Laboratory"), List.of("Water Laboratory"));
        assertNames("Scientists at the Texas Federal Soil and Crop Institute tested the seeds.",
                List.of("Texas Federal Soil and Crop Institute"), List.of());
        assertNames("Scientists at the Los Alamos National Laboratory built the device.",
                List.of("Los Alamos National Laboratory"), List.of());
    }

    @Test
    void arapIsAParticleOfAPersonsName() {
        assertNames("The forest was logged during Daniel arap Moi's rule.", List.of("Daniel arap Moi"),
                List.of("Daniel"));
        assertNames("Officials said Jonathan arap Kiprop had resigned.", List.of("Jonathan arap Kiprop"), List.of());
    }

    @Test
    void aBroadcastChannelKeepsItsNumber() {
        assertNames("The video was shown on RTE 1, Channel 4 and BBC Two at the same time.",
                List.of("RTE 1", "Channel 4"), List.of("RTE", "Channel"));
        assertNames("She told BBC Radio 4 that the talks had failed.", List.of("BBC Radio 4"), List.of());
        assertNames("The debate was broadcast on Network 10 in Sydney.", List.of("Network 10"), List.of());
    }

    @Test
    void aCountedNounOrNoBroadcastingKeepsTheNumberOut() {
        assertNames("Children watched TV 3 hours a day, the study said.", List.of(), List.of("TV 3"));
        assertNames("Chelsea 2 Arsenal 1 was the final score in London.", List.of(), List.of("Chelsea 2", "Arsenal 1"));
    }

    @Test
    void halfAHyphenatedWordEndsTheNameBeforeIt() {
        assertNames("The satellites are part of the US Department of Defense Nanosat-2 Program.",
                List.of("US Department of Defense"), List.of("US Department of Defense Nanosat-"));
        assertNames("The probe was built by the Oregon Space Grant Consortium Cubesat-4 team.",
                List.of("Oregon Space Grant Consortium"), List.of("Oregon Space Grant Consortium Cubesat"));
    }

    @Test
    void anOrdinalBeforeASummitNumbersTheEventNotTheBody() {
        assertNames("The leaders met at the Second ASEAN Summit in Manila.", List.of("ASEAN"),
                List.of("Second ASEAN"));
        assertNames("Leaders gathered for the 3rd G20 Summit in Pittsburgh.", List.of("G20"), List.of("3rd G20"));
        assertNames("The Fourth OPEC Summit opened in Tehran.", List.of("OPEC"), List.of("Fourth OPEC"));
        assertNames("The First and Second Andean Summits were held in Lima.", List.of(),
                List.of("Second Andean", "Second Andean Summits"));
    }

    @Test
    void anOrdinalBeforeAHeadWordStaysInTheBodysName() {
        assertNames("The First National Bank Summit was cancelled.", List.of("First National Bank"),
                List.of("National Bank"));
    }

    @Test
    void aCommaBetweenTwoFoundersBeforeAndCoIsInsideTheFirmsName() {
        assertNames("Shares of Merrill, Lynch & Co. rose on Monday.", List.of("Merrill, Lynch & Co."),
                List.of("Lynch & Co."));
        assertNames("The retailer Sears, Roebuck & Co. agreed to the deal.", List.of("Sears, Roebuck & Co."),
                List.of("Roebuck & Co."));
    }

    @Test
    void aListBeforeAFirmKeepsItsItemsApart() {
        assertNames("Talks with Acme, Bolton, Smith & Co. failed in London.", List.of(),
                List.of("Bolton, Smith & Co."));
    }
}
