package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertNames;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 20 of the name finder, from probes of business news in title case: a department between "title of" and
 * the post's holder names nothing ("Head of Quality Jonas Birk"), and parts of a reporting year and account
 * figures written with capitals ("Third Quarter", "Revenue rose") are no names; a kind of company capitalised
 * at the sentence start is no part of the company's name ("Carmaker Sorvik Motors said").
 */
class DepartmentsAndReportingPeriodsTest {

    @Test
    void departmentBetweenTitleOfAndHolderIsDropped() {
        assertNames("\"We take safety seriously,\" said Head of Quality Jonas Birk.",
                List.of("Jonas Birk"), List.of("Quality Jonas Birk", "Quality"));
        assertNames("Vice President of Engineering Laura Kim told the conference that a new version would ship.",
                List.of("Laura Kim"), List.of("Engineering Laura Kim", "Engineering"));
        assertNames("Chile's Minister of Mining Aurora Williams said the deal would create 3,000 jobs.",
                List.of("Aurora Williams", "Chile"), List.of("Mining Aurora Williams", "Mining"));
        assertNames("The Chancellor of the Exchequer Rachel Reeves said the budget would focus on growth.",
                List.of("Rachel Reeves"), List.of("Exchequer Rachel Reeves"));
    }

    @Test
    void departmentJoinedByAndBeforeHolderIsDropped() {
        assertNames("Head of Research and Development Anna Lind said the car would have a range of 600 km.",
                List.of("Anna Lind"), List.of("Research", "Development Anna Lind"));
    }

    @Test
    void bodyAfterTitleOfStaysAName() {
        // a known place, a company with a head word and an armed service are bodies, not departments
        assertNames("The President of Germany Frank Walter visited the plant on Monday.",
                List.of("Germany"), List.of());
        assertNames("The chairman of Kordel Motors Jonas Birk said sales fell.",
                List.of("Kordel Motors"), List.of());
        assertNames("The Secretary of the Navy Carlos Toro said the contract was signed.",
                List.of("Navy"), List.of());
        // no title before "of": "Bank of America" stays whole
        assertNames("Bank of America hired Laura Kim as an analyst.", List.of("Bank of America"), List.of());
    }

    @Test
    void reportingPeriodsAndAccountFiguresAreNoNames() {
        assertNames("Sales of the tablets fell in the Third Quarter, the company said.",
                List.of(), List.of("Third Quarter"));
        assertNames("Revenue rose 34% in the Fourth Quarter to $620 million, Lunar Semiconductor said.",
                List.of("Lunar Semiconductor"), List.of("Revenue", "Fourth Quarter"));
        assertNames("The deal is expected to close in the First Half of next year.", List.of(), List.of("First Half"));
        // an ordinal starting a company's name keeps it
        assertNames("Shares of First Solar rose 4% on Monday.", List.of("First Solar"), List.of());
    }

    @Test
    void kindOfCompanyAtSentenceStartIsNoPartOfTheName() {
        assertNames("Carmaker Sorvik Motors said sales rose 4% in May.",
                List.of("Sorvik Motors"), List.of("Carmaker Sorvik Motors"));
        assertNames("Insurer Calder Group said claims rose after the floods.",
                List.of("Calder Group"), List.of("Insurer Calder Group"));
        assertNames("Broker Harlow Securities cut its target for the shares.",
                List.of("Harlow Securities"), List.of("Broker Harlow Securities"));
        // a kind word that is itself a head word starts the name; mid-sentence nothing changes
        assertNames("Bank Leumi Group said its profit rose.", List.of("Bank Leumi Group"), List.of("Leumi Group"));
        assertNames("Shares of Sorvik Motors rose after the carmaker said sales rose.",
                List.of("Sorvik Motors"), List.of());
    }
}
