package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.StatementTests.extract;
import static org.newskg.extract.StatementTests.names;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * A pull quote or epigraph signed after a dash ("“…” — Jo Berg, on the merger."), as interviews and features set
 * them: the person named after the dash speaks, when the quotation opens its paragraph; a quoted purpose after
 * "aims to" / "strives to" (an organisation's mission in its own words); and a relative clause on the predicate
 * noun of a copula ("Acme is a charity which aims to “…”"), whose speaker is the name before the copula.
 * Sentences written for the test.
 */
class QuoteDashSignatureTest {

    private static List<String> directSpeakers(String text, EntitySpec... entities) {
        return extract(text, entities).stream().filter(Statement::direct)
                .map(s -> String.join("+", names(s.speakers()))).toList();
    }

    @Test
    void aQuotationOpeningItsParagraphSignedAfterADash() {
        assertEquals(List.of("Maria Lopez"), directSpeakers("\u201CThe future belongs to those who build it.\u201D "
                + "\u2014 Maria Lopez, on the new plant.", person("Maria Lopez")));
        assertEquals(List.of("Jan Berg"), directSpeakers("\"We never stopped believing in this team.\" -- Jan Berg",
                person("Jan Berg")));
        assertEquals(List.of("Omar Haddad"), directSpeakers("The minister spoke for an hour.\n\n\u201CPeace is the "
                + "only road we have left.\u201D \u2014 Omar Haddad (2009)", person("Omar Haddad")));
    }

    @Test
    void aDashAfterAQuotationInsideASentenceSignsNothing() {
        assertFalse(directSpeakers("Critics called the plan \u201Ca costly disaster for the city\u201D "
                + "\u2014 Maria Lopez disagreed.", person("Maria Lopez")).contains("Maria Lopez"));
        assertEquals(List.of(), directSpeakers("\u201CThe future belongs to those who build it.\u201D \u2014 a line "
                + "Maria Lopez often used.", person("Maria Lopez")));
    }

    @Test
    void aQuotedPurposeAfterAimsToIsTheSubjectsWords() {
        assertEquals(List.of("Acme Corp"), directSpeakers("Acme Corp aims to \u201Cbuild the largest free cookbook "
                + "in the world.\u201D", organization("Acme Corp")));
        assertEquals(List.of("Jan Berg"), directSpeakers("Jan Berg strives to \u201Cleave no child behind in the "
                + "schools of the city\u201D.", person("Jan Berg")));
        // no quotation, or the noun "aims" before one: nothing
        assertEquals(List.of(), directSpeakers("Acme Corp aims to cut costs by ten percent.",
                organization("Acme Corp")));
        assertEquals(List.of(), directSpeakers("Acme Corp has two aims: \u201Cgrowth and more growth for "
                + "everyone\u201D.", organization("Acme Corp")));
    }

    @Test
    void aRelativeClauseOnTheCopulasPredicateNounSpeaksForTheName() {
        assertEquals(List.of("Acme Corp"), directSpeakers("Acme Corp is a wiki-based site which aims to \u201Cbuild "
                + "the largest free cookbook in the world.\u201D", organization("Acme Corp")));
        assertEquals(List.of("Daily Courier"), directSpeakers("The Daily Courier was a newspaper that vowed to "
                + "\u201Ctell the truth whatever the cost\u201D.", organization("Daily Courier")));
        // the relative clause's own subject speaks
        assertEquals(List.of("Jan Berg"), directSpeakers("Acme Corp is the firm that Jan Berg called \u201Ca "
                + "disgrace to the whole trade\u201D.", organization("Acme Corp"), person("Jan Berg")));
    }
    @Test
    void aPredicateNounWithoutAnArticleWithinReachLendsTheNameNoWords() {
        // seven words stand between the copula and the relative pronoun, none an article: no "X is a N which"
        List<String> speakers = directSpeakers("Kallo Club was home for six small local sports teams which vowed "
                + "to \u201Cnever stop playing\u201D.", organization("Kallo Club"));
        assertFalse(speakers.contains("Kallo Club"), speakers.toString());
    }
}
