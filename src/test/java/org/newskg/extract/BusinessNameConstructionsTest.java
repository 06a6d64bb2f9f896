package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 9 of the name finder, found by probing business news: bodies named by two fields joined by "and", ticker
 * symbols after "ticker" or "symbol", trade shows and other events named after a place and a theme, models of a
 * maker before a kind of product, and company head words. Each mechanism has
 * a case that must give nothing or must stay as it was.
 */
class BusinessNameConstructionsTest {

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.STANDARD, text);
    }

    @Test
    void twoFieldsJoinedByAndNameOneBody() {
        List<String> names = names("The company reported the loss to the Securities and Exchange Commission, and the "
                + "Food and Drug Administration approved its drug.");
        assertTrue(names.contains("Securities and Exchange Commission"), names.toString());
        assertTrue(names.contains("Food and Drug Administration"), names.toString());
    }

    @Test
    void twoBodiesJoinedByAndStayTwo() {
        List<String> names = names("Officers of the Army and Navy marched past, and Acme and Beta Industries signed.");
        assertFalse(names.stream().anyMatch(n -> n.contains(" and ")), names.toString());
    }

    @Test
    void aTickerSymbolIsNoName() {
        List<String> names = names("Zentrik Systems, which trades under the ticker ZNTK, said sales rose.");
        assertTrue(names.contains("Zentrik Systems"), names.toString());
        assertFalse(names.contains("ZNTK"), names.toString());
    }

    @Test
    void anAcronymAfterAnotherWordStays() {
        List<String> names = names("The deal was approved by the FCC on Monday.");
        assertTrue(names.contains("FCC"), names.toString());
    }

    @Test
    void aTradeShowIsNoEntityButItsCityIs() {
        List<String> names = names("Orders were announced at the Dubai Air Show, and the firm later exhibited at "
                + "the Consumer Electronics Show.");
        assertTrue(names.contains("Dubai"), names.toString());
        assertFalse(names.stream().anyMatch(n -> n.contains("Show") || n.contains("Electronics")), names.toString());
    }

    @Test
    void aModelOfANamedMakerBeforeAProductNounIsNoEntity() {
        List<String> names = names("Brenmoor Motors said it would recall 90,000 Brenmoor Falcon sedans over faulty "
                + "airbags.");
        assertTrue(names.contains("Brenmoor Motors"), names.toString());
        assertFalse(names.contains("Brenmoor Falcon"), names.toString());
    }

    @Test
    void aMakerWithAHeadWordBeforeAProductNounStays() {
        List<String> names = names("Dealers sold more Brenmoor Motors trucks than Calloway Motors trucks last year.");
        assertTrue(names.contains("Calloway Motors"), names.toString());
    }

    @Test
    void companyHeadWordsMakeOrganizations() {
        String text = "Analysts said Verity's rival Pemfield Electronics was gaining ground, and Kestrane Air added "
                + "routes.";
        assertEquals(EntityType.ORGANIZATION, NameFinding.mention(NameFinding.STANDARD, text, "Pemfield Electronics").type());
        assertEquals(EntityType.ORGANIZATION, NameFinding.mention(NameFinding.STANDARD, text, "Kestrane Air").type());
    }

    @Test
    void aProjectIsNoEntity() {
        List<String> names = names("Under the plan, called Project Lighthouse, the lender will cut 2,000 jobs.");
        assertFalse(names.stream().anyMatch(n -> n.contains("Lighthouse")), names.toString());
    }

    @Test
    void aDepartmentOfTwoFieldsIsOneName() {
        List<String> names = names("The Department of Housing and Urban Development and the Ministry of Agriculture "
                + "and Forestry issued rules, a spokesman for the Foreign, Tourism and Trade Office said.");
        assertTrue(names.contains("Department of Housing and Urban Development"), names.toString());
        assertTrue(names.contains("Ministry of Agriculture and Forestry"), names.toString());
        assertTrue(names.contains("Foreign, Tourism and Trade Office"), names.toString());
    }

    @Test
    void forcesInAListStayApart() {
        List<String> names = names("Units of the Army, Navy and Air Force took part, and the Ministry of Defence and "
                + "Army commanders met.");
        assertFalse(names.stream().anyMatch(n -> n.contains(" and ")), names.toString());
    }

    @Test
    void aDatelineAgencyIsNoAcronymOfThePlace() {
        List<org.newskg.resolve.Entity> es = NameFinding.entities("ROME (AP) — Vessano Group said on Monday it "
                + "would cut 400 jobs.");
        org.newskg.resolve.Entity rome = NameFinding.entity(es, "ROME");
        assertFalse(rome.aliases().contains("AP"), rome.aliases().toString());
    }
}
