package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.find;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.NameResolver;
import org.newskg.resolve.ResolvedText;

/**
 * Round 6 of the name finder, on sentences written for it: numbered units and their acronyms, unit names joined
 * to an operation by a dash, plural service nouns, regnal numerals, corporate titles, stock symbols, eras and
 * index names, company cues (a list with a known organization, a role between two names, a flight's airline, a
 * camel-case brand) and the person of "the X regime"; and the resolver joining a company with its legal name.
 */
class UnitsTitlesCompaniesTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder RULES = NameFinding.RULES;
    private static final HybridMentionFinder STANDARD = NameFinding.STANDARD;
    private static final NameResolver RESOLVER = NameResolver.standard();

    @Test
    void anOrdinalBeforeAUnitNameBelongsToIt() {
        String text = "Crews of the 916th Air Refueling Wing flew with the 2nd Battalion, 75th Ranger Regiment.";
        List<String> names = find(RULES, text).stream().map(Mention::text).toList();
        assertTrue(names.containsAll(List.of("916th Air Refueling Wing", "2nd Battalion", "75th Ranger Regiment")),
                names.toString());
        assertFalse(names.contains("Air Refueling Wing") || names.contains("Battalion"), names.toString());
    }

    @Test
    void anOrdinalBeforeANameWithoutUnitHeadStaysOut() {
        List<String> names = find(RULES, "He lived on 5th Avenue near the 3rd Street Mall of Denver.").stream()
                .map(Mention::text).toList();
        assertFalse(names.stream().anyMatch(n -> n.startsWith("5th") || n.startsWith("3rd")), names.toString());
    }

    @Test
    void aNumberedUnitsAcronymJoinsItsLongForm() {
        AnalyzedText t = ANALYZER.analyze("Pilots of the 312th Airlift Group (312th AG) landed in Kuwait. The "
                + "312th AG will return in May, said Col. Mark Reyes, 312th AG commander.");
        ResolvedText r = RESOLVER.resolve(t, STANDARD.find(t));
        List<Entity> units = r.entities().stream().filter(e -> e.name().contains("312th")).toList();
        assertEquals(1, units.size(), units.toString());
        assertEquals(EntityType.ORGANIZATION, units.get(0).type());
        assertTrue(units.get(0).name().equals("312th Airlift Group")
                || units.get(0).aliases().contains("312th Airlift Group"), units.toString());
    }

    @Test
    void aUnitJoinedByADashToItsOperationIsOneName() {
        String text = "Troops of the Combined Joint Task Force - Operation Northern Shield trained the police, "
                + "and the Kenya Defence Forces \u2013 Rapid Deployment Brigade joined them.";
        List<String> names = names(STANDARD, text);
        assertTrue(names.contains("Combined Joint Task Force - Operation Northern Shield"), names.toString());
        assertTrue(names.contains("Kenya Defence Forces \u2013 Rapid Deployment Brigade"), names.toString());
        assertEquals(EntityType.ORGANIZATION,
                type(STANDARD, text, "Combined Joint Task Force - Operation Northern Shield"));
    }

    @Test
    void aDashAfterANameThatIsNoUnitJoinsNothing() {
        List<String> names = names(STANDARD, "Officials met in Nairobi - Kenya's capital - on Monday, said Ruth Wanjiku.");
        assertTrue(names.contains("Nairobi"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains(" - ")), names.toString());
    }

    @Test
    void pluralServiceNounsAreNoPersonsNames() {
        List<String> names = names(STANDARD, "Fifty Reserve Sailors and twelve NMCB Sailors left Norfolk on Tuesday with "
                + "Guard Soldiers from Ohio.");
        assertTrue(names.contains("NMCB"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Sailors") || n.contains("Soldiers")
                || n.equals("Reserve")), names.toString());
    }

    @Test
    void aRegnalNumeralBelongsToTheName() {
        String text = "The palace was built for King Ramesses II around 1250 B.C. by his architects.";
        List<String> names = names(STANDARD, text);
        assertTrue(names.contains("Ramesses II"), names.toString());
        assertFalse(names.contains("B.C."), names.toString());
        assertEquals(EntityType.PERSON, type(STANDARD, text, "Ramesses II"));
    }

    @Test
    void aCorporateTitleIsNoName() {
        List<String> names = names(STANDARD, "The former Chief Financial Officer, Laura Benz, will succeed him as CEO.");
        assertTrue(names.contains("Laura Benz"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Officer")), names.toString());
    }

    @Test
    void aStockSymbolInBracketsIsNoEntity() {
        List<String> names = names(STANDARD, "Orbis Holdings (NYSE: ORBH) said its shares (ORBH) fell, and Tessaly shares "
                + "(TSLY) rose.");
        assertFalse(names.contains("ORBH") || names.contains("TSLY"), names.toString());
        assertTrue(names.contains("Orbis Holdings"), names.toString());
    }

    @Test
    void indicesNamedAfterAMarketOrAMakerAreNoEntities() {
        List<String> names = names(STANDARD, "The Shanghai Composite fell 3% while the Standard & Poor's 500 rose, "
                + "said analysts at Fenwick Capital.");
        assertFalse(names.stream().anyMatch(n -> n.contains("Composite") || n.startsWith("Standard")),
                names.toString());
    }

    @Test
    void aNameListedWithAKnownOrganizationIsAnOrganization() {
        String text = "Before joining Apple, Reyes held positions at HSBC and Veltrona.";
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Veltrona"));
    }

    @Test
    void aModifierOfANounIsNoListMember() {
        // "Surinam" modifies "carrier": it gets no vote from the airline listed before it
        String text = "Bans were lifted on Pakistan International Airlines and Surinam carrier Blue Wing Airlines.";
        assertEquals(EntityType.PLACE, type(STANDARD, text, "Surinam"));
    }

    @Test
    void aRoleBetweenTwoNamesMakesTheFirstAnOrganization() {
        String text = "Halvorsen Brandt economist Keiko Mori said the recession would deepen.";
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Halvorsen Brandt"));
        assertEquals(EntityType.PERSON, type(STANDARD, text, "Keiko Mori"));
    }

    @Test
    void whatNamesAFlightIsAnAirline() {
        String text = "The crash of Peter Air Flight 202 killed 40 people, officials said.";
        assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, "Peter Air"));
    }

    @Test
    void aCamelCaseBrandStartsACompanysName() {
        List<String> names = names(STANDARD, "Tom Baird, a trader for eQuant Securities, said stocks would fall.");
        assertTrue(names.contains("eQuant Securities"), names.toString());
        assertFalse(names.contains("Quant Securities"), names.toString());
    }

    @Test
    void theXRegimeNamesAPerson() {
        String text = "Rebels called for an end to the Mirzaev regime and its attacks on the north.";
        assertEquals(EntityType.PERSON, type(STANDARD, text, "Mirzaev"));
    }

    @Test
    void aHeadlinesKnownNameJoinsTheLongerNameOfTheBody() {
        String text = "Kenya Defence Forces \u2013 Rapid Deployment Brigade trains with US units\n\n"
                + "Soldiers of the Kenya Defence Forces \u2013 Rapid Deployment Brigade trained near Nairobi.";
        List<String> names = names(STANDARD, text);
        assertFalse(names.contains("Kenya"), names.toString());
        assertEquals(2, names.stream().filter(n -> n.equals("Kenya Defence Forces \u2013 Rapid Deployment Brigade"))
                .count(), names.toString());
    }

    @Test
    void aCompanyJoinsItsLegalName() {
        AnalyzedText t = ANALYZER.analyze("Siemens AG said on Monday it would cut 2,000 jobs. Siemens shares fell "
                + "4% after the announcement, and Siemens Energy rose.");
        ResolvedText r = RESOLVER.resolve(t, STANDARD.find(t));
        List<Entity> siemens = r.entities().stream().filter(e -> e.name().startsWith("Siemens")).toList();
        Entity legal = siemens.stream().filter(e -> e.name().equals("Siemens AG") || e.aliases().contains("Siemens AG"))
                .findFirst().orElseThrow(() -> new AssertionError(siemens.toString()));
        assertTrue(legal.name().equals("Siemens") || legal.aliases().contains("Siemens"), siemens.toString());
        assertTrue(siemens.stream().anyMatch(e -> e != legal && e.name().equals("Siemens Energy")), siemens.toString());
    }
}
