package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleReader;

/**
 * Places of general news, each on sentences written for the test (space, sport, culture, science): "Town, Region"
 * closed by a subordinator or by "and" before a verb or another pair, a venue in a town the gazetteer does not
 * know, "X's headquarters located in Y", "the University of X of the UK", and "the University of Region, Campus".
 * Whole pipeline.
 */
class RelationPlacePairsVenuesAndCampusesTest {

    private static final Pipeline PIPELINE = Pipeline.english();

    private static Set<String> triples(String text) throws Exception {
        return RelationTests.triples(PIPELINE.process(ArticleReader.parseText("file:///test.txt", "Headline\n\n" + text))
                .relations());
    }

    // ------------------------------------------------------------ Town, Region + clause

    @Test
    void townRegionPairClosedBySubordinatorOrVerbAfterAnd() throws Exception {
        Set<String> a = triples("The orbiter will be sent to a museum in Houston, Texas following its final flight.");
        assertTrue(a.contains("Houston locatedIn Texas"), a::toString);
        Set<String> b = triples("Rescue teams reached Portland, Oregon when the storm ended.");
        assertTrue(b.contains("Portland locatedIn Oregon"), b::toString);
        Set<String> d = triples("The team flew from Denver, Colorado and landed in Boston.");
        assertTrue(d.contains("Denver locatedIn Colorado"), d::toString);
        Set<String> e = triples("Workers in Leeds, England and Glasgow, Scotland went on strike.");
        assertTrue(e.contains("Leeds locatedIn England"), e::toString);
    }

    @Test
    void regionAfterTownBeforeSubordinatorIsTheState() throws Exception {
        Set<String> t = triples("She lived in Tacoma, Washington until she was twenty.");
        assertTrue(t.contains("Tacoma locatedIn Washington State"), t::toString);
    }

    @Test
    void countryAsSubjectAfterFrontedTownGivesNothing() throws Exception {
        assertFalse(triples("In Berlin, France said it would veto the plan.").stream()
                .anyMatch(t -> t.contains("locatedIn")));
        assertFalse(triples("After talks in Moscow, Iran and Russia agreed to a new deal.").stream()
                .anyMatch(t -> t.contains("locatedIn")));
    }

    // ------------------------------------------------------------ venues and headquarters

    @Test
    void venueInTownOfUnknownKind() throws Exception {
        Set<String> t = triples("In the second game of Group B, Spain faced Iran at the Kazan Arena in Kazan.");
        assertTrue(t.contains("Kazan Arena locatedIn Kazan"), t::toString);
        Set<String> s = triples("Belgium faced Panama at the Fisht Stadium in Sochi.");
        assertTrue(s.contains("Fisht Stadium locatedIn Sochi"), s::toString);
    }

    @Test
    void headquartersLocatedIn() throws Exception {
        // a company the gazetteer knows: what a model makes of an unknown one is the name finder's part
        Set<String> t = triples("Reporters gathered at Microsoft's headquarters located in Redmond, Washington.");
        assertTrue(t.contains("Microsoft basedIn Redmond"), t::toString);
        Set<String> a = triples("Visitors met at Apple's headquarters located in Cupertino.");
        assertTrue(a.contains("Apple basedIn Cupertino"), a::toString);
    }

    // ------------------------------------------------------------ universities

    @Test
    void universityOfTheCountry() throws Exception {
        Set<String> t = triples("A team from the University of Leeds of the UK analysed the data.");
        assertTrue(t.contains("University of Leeds basedIn United Kingdom"), t::toString);
    }

    @Test
    void universityWithItsCampusCity() throws Exception {
        Set<String> t = triples("Maria Lopez, a chemist at the University of California, Berkeley, said the test "
                + "failed.");
        assertTrue(t.contains("University of California basedIn Berkeley"), t::toString);
        Set<String> a = triples("Researchers at the University of Texas, Austin, said the results were clear.");
        assertTrue(a.contains("University of Texas basedIn Austin"), a::toString);
    }

    @Test
    void universityFollowedByAListOfTownsGivesNoCampus() throws Exception {
        assertFalse(triples("Students from the University of Oregon, Portland and Salem marched.").stream()
                .anyMatch(t -> t.contains("basedIn Portland")));
    }
}
