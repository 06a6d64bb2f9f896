package org.newskg.extract;

import static org.newskg.extract.NameFinding.assertNames;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Name spans: a caption's credit label ("Image:", "Video:") is no part of the name before it; the holder of a
 * minister's portfolio ("Minister of Education Ana Ruiz") and an envoy ("Ambassador to the United Kingdom ...")
 * stand apart from the portfolio or country; a place that is also a given name ("Washington", "Georgia") ends
 * the body after "title of"; "Yesterday" and "Tomorrow" at a sentence start are no part of a name. Sentences
 * written for the test.
 */
class CaptionCreditsPortfoliosAndEnvoysSpansTest {

    @Test
    void aCreditLabelEndsTheCaptionsLastName() {
        assertNames("The new bridge over the river in Portland Oregon Image: Jane Smith.",
                List.of("Jane Smith"), List.of("Portland Oregon Image", "Image"));
        assertNames("Fans wait outside Wembley Stadium Image: Paul Adams.",
                List.of("Wembley Stadium", "Paul Adams"), List.of("Wembley Stadium Image"));
        assertNames("The launch of the Ariane rocket from Kourou Video: European Space Agency.",
                List.of("European Space Agency"), List.of("Kourou Video", "Video"));
        assertNames("Spider-Man and Captain Marvel Photo: Laura Evans.",
                List.of("Laura Evans"), List.of("Captain Marvel Photo", "Photo"));
    }

    @Test
    void aCapitalisedWordBeforeAColonInsideTextStaysWhenItIsNoCreditLabel() {
        assertNames("The report by Amnesty International: a warning to Paris.",
                List.of("Amnesty International", "Paris"), List.of());
    }

    @Test
    void theHolderFollowsAKnownPortfolio() {
        assertNames("Minister of Education Ilaria Conforti said reform was needed.",
                List.of("Ilaria Conforti"), List.of("Education Ilaria Conforti"));
        assertNames("Minister of Health Dragana Petrovska announced the plan.",
                List.of("Dragana Petrovska"), List.of("Health Dragana Petrovska"));
        assertNames("The Secretary of Foreign Affairs Jonas Kereku arrived on Monday.",
                List.of("Jonas Kereku"), List.of("Foreign Affairs Jonas Kereku"));
        assertNames("Minister of Justice Tariq Benali resigned.",
                List.of("Tariq Benali"), List.of("Justice Tariq Benali"));
    }

    @Test
    void aPortfolioBeforeCommonWordsNamesNoHolder() {
        assertNames("Minister of Energy Policy reform was discussed; the policy is new.",
                List.of(), List.of("Policy", "Energy Policy"));
    }

    @Test
    void aPlaceThatIsAGivenNameEndsTheBodyAfterATitle() {
        assertNames("In a statement, Governor of Washington Kate Brown said the state was ready.",
                List.of("Kate Brown"), List.of("Washington Kate Brown"));
        assertNames("The Mayor of Georgia Ann Lee spoke on Friday.",
                List.of("Ann Lee"), List.of("Georgia Ann Lee"));
        assertNames("Mary Ann Smith spoke on Friday.", List.of("Mary Ann Smith"), List.of("Ann Smith"));
    }

    @Test
    void anEnvoyFollowsTheCountryHeIsSentTo() {
        assertNames("According to Afghan Ambassador to the United States Hamid Karzai, talks went well.",
                List.of("Hamid Karzai"), List.of("United States Hamid Karzai"));
        assertNames("The Special Envoy to Sudan Tom Perriello arrived.",
                List.of("Tom Perriello"), List.of("Sudan Tom Perriello"));
        assertNames("He spoke to the United States Senate Committee on Monday.",
                List.of("United States Senate Committee"), List.of());
    }

    @Test
    void yesterdayAtASentenceStartIsNoPartOfAName() {
        assertNames("Yesterday Anna Kowalski received an award in Warsaw.",
                List.of("Anna Kowalski"), List.of("Yesterday Anna Kowalski"));
        assertNames("Tomorrow Angela Merkel will visit Rome.",
                List.of("Angela Merkel"), List.of("Tomorrow Angela Merkel"));
    }

    @Test
    void administratorIsATitleNotPartOfTheName() {
        assertNames("EPA Administrator Lisa Jackson announced the rule.",
                List.of("EPA", "Lisa Jackson"), List.of("EPA Administrator", "Administrator Lisa Jackson"));
        assertNames("Charles Bolden, NASA Administrator, spoke on Monday.",
                List.of("Charles Bolden", "NASA"), List.of("NASA Administrator"));
        assertNames("The Small Business Administration approved the loan.",
                List.of("Small Business Administration"), List.of());
    }
}
