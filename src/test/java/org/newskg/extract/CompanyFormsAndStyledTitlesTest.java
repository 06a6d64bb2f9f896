package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.RULES;
import static org.newskg.extract.NameFinding.assertNames;
import static org.newskg.extract.NameFinding.names;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Name spans of companies and styled titles: a legal form after a comma belongs to the company's name ("Acme
 * Holdings, Ltd."), a company's trade word followed by "of" and a place says where it is based ("Tata Motors of
 * India" is two names, "Bank of America" one), and a title after an honorific is no name ("Mr Justice Anthony
 * Mann"); on sentences written for the test.
 */
class CompanyFormsAndStyledTitlesTest {

    @Test
    void aLegalFormAfterACommaBelongsToTheName() {
        assertNames("Shares of Acme Holdings, Ltd. rose after the results.", List.of("Acme Holdings, Ltd."),
                List.of("Ltd.", "Acme Holdings"));
        assertNames("Zenith Systems, LLC reported a profit on Monday.", List.of("Zenith Systems, LLC"),
                List.of("LLC"));
        assertNames("The militia sold the trucks to Harbor Logistics, Inc. in 2019.",
                List.of("Harbor Logistics, Inc."), List.of("Inc."));
        assertNames("Orion Widgets, Corp. was the biggest faller in the index.", List.of("Orion Widgets, Corp."),
                List.of("Corp."));
    }

    @Test
    void aCommaBeforeANameThatOnlyLooksLikeALegalFormSplitsAList() {
        // "AG Barr" is a company of its own, a two-letter form without a dot after a comma is not taken
        List<String> ns = names(RULES, "Bosch, AG Barr and Unilever reported results.");
        assertTrue(ns.stream().noneMatch(n -> n.contains(",")), ns.toString());
    }

    @Test
    void aCompanysTradeWordBeforeOfAndAPlaceSaysWhereItIsBased() {
        assertNames("Tata Motors of India bought the brand last year.", List.of("Tata Motors", "India"),
                List.of("Tata Motors of India"));
        assertNames("Analysts expect Gulf Petroleum of Kuwait to raise output.", List.of("Gulf Petroleum", "Kuwait"),
                List.of("Gulf Petroleum of Kuwait"));
        assertNames("The rebels seized trucks owned by Kingdom Holdings of Saudi Arabia.",
                List.of("Kingdom Holdings", "Saudi Arabia"), List.of());
        List<String> ns = names(RULES, "Renault Samsung Motors of Korea is the most likely buyer.");
        assertTrue(ns.contains("Renault Samsung Motors"), ns.toString());
        assertTrue(ns.stream().noneMatch(n -> n.contains(" of ")), ns.toString());
    }

    @Test
    void institutionsKeepTheirOf() {
        assertNames("The deal was approved by the Bank of America board.", List.of("Bank of America"), List.of());
        assertNames("Royal Bank of Scotland shares fell on Friday.", List.of("Royal Bank of Scotland"), List.of());
        assertNames("The University of Texas released the study.", List.of("University of Texas"), List.of());
        assertNames("Officials of the Communist Party of China met the delegation.",
                List.of("Communist Party of China"), List.of());
    }

    @Test
    void aTitleAfterAnHonorificIsNoPartOfTheName() {
        assertNames("Mr Justice Anthony Mann agreed with the defence.", List.of("Anthony Mann"),
                List.of("Justice Anthony Mann"));
        assertNames("Mrs Justice Carol Hale dismissed the appeal on Tuesday.", List.of("Carol Hale"),
                List.of("Justice Carol Hale"));
        assertNames("Madam Speaker Nancy Pelosi opened the session.", List.of("Nancy Pelosi"),
                List.of("Speaker Nancy Pelosi"));
    }

    @Test
    void aPortfolioAfterTheBodyOfATitleBelongsToTheTitle() {
        assertNames("Boeing had hired Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun.",
                List.of("Air Force", "Darleen Druyun"), List.of("Air Force for Acquisition Darleen Druyun"));
        assertNames("The talks were led by Deputy Secretary of the Navy for Logistics Carla Perez.",
                List.of("Navy", "Carla Perez"), List.of("Navy for Logistics"));
        assertNames("The visit was prepared by Assistant Secretary of the State Department for African Affairs "
                + "Johnnie Carson.", List.of("State Department", "Johnnie Carson"), List.of());
    }

    @Test
    void aBodyNamedForItsPurposeKeepsItsFor() {
        assertNames("The report was written by the Director of the Institute for Strategic Studies.",
                List.of("Institute for Strategic Studies"), List.of("Institute"));
        assertNames("He met the Director of the Institute for Strategic Studies John Chipman in London.",
                List.of("Institute for Strategic Studies", "John Chipman"), List.of());
        assertNames("She is Secretary of the Office for Civil Rights.", List.of("Office for Civil Rights"),
                List.of("Office"));
    }

    @Test
    void aKnownOrganisationBeforeAFieldAndATitleIsAMention() {
        assertNames("The plan was backed by Pentagon Acquisition Director Michael Wynne.",
                List.of("Pentagon", "Michael Wynne"), List.of("Pentagon Acquisition"));
        assertNames("Airbus Sales Director John Leahy said orders were strong.", List.of("Airbus", "John Leahy"),
                List.of("Airbus Sales"));
        assertNames("The strike was confirmed by Army Operations Director James Hill and the UN.",
                List.of("Army", "James Hill"), List.of());
    }

    @Test
    void aCountryBeforeABodyAndATitleIsNoFieldReading() {
        // "Treasury" is the department, not a field of the US: the known-organisation reading does not apply
        List<String> ns = names(NameFinding.STANDARD,
                "Henry Paulson, the US Treasury Secretary, explained the plan.");
        assertTrue(ns.contains("US Treasury"), ns.toString());
    }
}
