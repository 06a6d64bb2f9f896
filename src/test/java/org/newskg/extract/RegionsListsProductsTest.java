package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

/**
 * Regions in the gazetteer (US states, Canadian provinces, well-known regions), capitalised non-entities
 * (indices, time zones, units, currency codes), a kind word before a list typing every member, and products
 * with model numbers; on the rules alone, on sentences written for the test.
 */
class RegionsListsProductsTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.rules();

    private static List<Mention> find(String text) {
        return FINDER.find(ANALYZER.analyze(text));
    }

    private static List<String> names(String text) {
        return find(text).stream().map(Mention::text).toList();
    }

    private static Mention mention(String text, String name) {
        List<Mention> ms = find(text);
        return ms.stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + ms));
    }

    @Test
    void usStatesAndProvincesArePlacesOfSubclassRegion() {
        String text = "Factories in Michigan and Ohio shut on Monday, while Ontario kept its plants open.";
        for (String name : List.of("Michigan", "Ohio", "Ontario")) {
            Mention m = mention(text, name);
            assertEquals(EntityType.PLACE, m.type(), name);
            assertEquals("Region", m.subclass(), name);
        }
    }

    @Test
    void wellKnownRegionsArePlacesEvenWithOrganizationCues() {
        String text = "Kurdistan said it would hold talks, and Crimea and Darfur stayed tense.";
        for (String name : List.of("Kurdistan", "Crimea", "Darfur")) {
            assertEquals(EntityType.PLACE, mention(text, name).type(), name);
        }
    }

    @Test
    void aCityOfTheSameNameStaysTheCity() {
        assertEquals("City", mention("Officials in Washington said the talks would resume.", "Washington")
                .subclass());
    }

    @Test
    void aRegionNameInsideALongerNameDoesNotSplitIt() {
        List<String> ns = names("Shares of Texas Instruments rose 3 percent on Monday.");
        assertTrue(ns.contains("Texas Instruments"), ns.toString());
    }

    @Test
    void indicesTimeZonesAndMeasuresAreNotOrganizations() {
        List<String> ns = names("The FTSE fell 2 percent and the NASDAQ closed lower at 2100 GMT, as GDP data "
                + "disappointed. The FTSE had risen on Monday, and GDP grew in the spring.");
        for (String name : List.of("FTSE", "NASDAQ", "GMT", "GDP")) {
            assertFalse(ns.contains(name), name + " in " + ns);
        }
    }

    @Test
    void aNonEntityAcronymDefinedInTheTextIsKept() {
        List<String> ns = names("Members said the Union of Trade Councils (UTC) had called a strike. UTC leaders met on Monday.");
        assertTrue(ns.contains("Union of Trade Councils"), ns.toString());
        assertEquals(2, ns.stream().filter("UTC"::equals).count(), ns.toString());
    }

    @Test
    void anUnknownAcronymIsStillAnOrganization() {
        assertEquals(EntityType.ORGANIZATION,
                mention("The KZLF said it had attacked a base. KZLF fighters withdrew.", "KZLF").type());
    }

    @Test
    void aKindWordBeforeAListTypesEveryMember() {
        String text = "The carmakers Zentrix, Olvana and Brisko cut output in Spain.";
        for (String name : List.of("Zentrix", "Olvana", "Brisko")) {
            assertEquals(EntityType.ORGANIZATION, mention(text, name).type(), name);
        }
    }

    @Test
    void suchAsAndIncludingTypeEveryMember() {
        String text = "Companies such as Zentrix, Olvana and Brisko cut jobs, and cities including Varnow "
                + "and Keltby lost tax revenue.";
        for (String name : List.of("Zentrix", "Olvana", "Brisko")) {
            assertEquals(EntityType.ORGANIZATION, mention(text, name).type(), name);
        }
        for (String name : List.of("Varnow", "Keltby")) {
            assertEquals(EntityType.PLACE, mention(text, name).type(), name);
        }
    }

    @Test
    void aCommaWithoutAndIsNoList() {
        List<Mention> ms = find("The company Zentrix, Olvana Brisko said, had cut jobs.");
        ms.stream().filter(m -> m.text().equals("Olvana Brisko")).forEach(m ->
                assertFalse(m.source() != null && m.source().contains("context:list"), m.toString()));
    }

    @Test
    void aModelNumberIsAProductButItsMakerStays() {
        List<String> ns = names("Brisko ordered ten Zentrix A390 jets and two more A390 aircraft. Zentrix "
                + "shares rose.");
        assertFalse(ns.contains("A390"), ns.toString());
        assertFalse(ns.contains("Zentrix A390"), ns.toString());
        assertTrue(ns.contains("Zentrix"), ns.toString());
    }

    @Test
    void aKnownNameWithDigitsStays() {
        List<String> ns = names("Leaders of the G20 met in Rome on Saturday.");
        assertTrue(ns.contains("G20"), ns.toString());
    }

    @Test
    void modelNumberShape() {
        assertTrue(HybridMentionFinder.modelNumber("A380"));
        assertTrue(HybridMentionFinder.modelNumber("MiG-29"));
        assertFalse(HybridMentionFinder.modelNumber("5th"));
        assertFalse(HybridMentionFinder.modelNumber("737"));
        assertFalse(HybridMentionFinder.modelNumber("Airbus"));
    }
}
