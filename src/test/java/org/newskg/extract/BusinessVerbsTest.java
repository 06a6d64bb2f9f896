package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@link RuleVoters#business()}: what a name does or undergoes that only a firm does makes it an organization. */
class BusinessVerbsTest {

    private static EntityType type(String text, String name) {
        return NameFinding.type(NameFinding.STANDARD, text, name);
    }

    private static boolean organization(String text, String name) {
        List<Mention> ms = NameFinding.find(NameFinding.STANDARD, text);
        return ms.stream().anyMatch(m -> m.text().equals(name) && m.type() == EntityType.ORGANIZATION);
    }

    @Test
    void subjectOfSupplyOrManufactureWithABareObject() {
        assertEquals(EntityType.ORGANIZATION, type("Under the deal, Brondell will supply turbines to the navy.", "Brondell"));
        assertEquals(EntityType.ORGANIZATION,
                type("Italy's Corvasso will manufacture radar equipment for the new frigates.", "Corvasso"));
        assertEquals(EntityType.ORGANIZATION,
                type("Marlowe-Tate, a member of the consortium, will supply engines.", "Marlowe-Tate"));
        assertEquals(EntityType.ORGANIZATION,
                type("Officials said Drevik has supplied body armour to both armies.", "Drevik"));
        // the model yields to the business verb ("Brondell" reads as a person to it), not to a person's full name
        assertEquals(EntityType.PERSON, type("Officials said Peter Holm will supply turbines to the navy.", "Peter Holm"));
    }

    @Test
    void supplyingSomethingDeterminedIsNoEvidence() {
        // a person supplies the drinks for a party: only a bare noun phrase after the verb counts
        assertFalse(organization("At the wedding, Brondell will supply the drinks for the party.", "Brondell"));
        // a known place keeps its gazetteer type
        assertEquals(EntityType.PLACE, type("Officials said China will supply weapons to the rebels.", "China"));
    }

    @Test
    void subjectOfResultsOrJobCuts() {
        assertEquals(EntityType.ORGANIZATION, type("On Tuesday Zentrova posted a record loss of $3 billion.", "Zentrova"));
        assertEquals(EntityType.ORGANIZATION,
                type("Analysts said Halmwick reported a quarterly profit of $40 million.", "Halmwick"));
        assertEquals(EntityType.ORGANIZATION, type("Last week Osterlund said it would cut 2,000 jobs, and Vellamy will cut 900 jobs.",
                "Vellamy"));
    }

    @Test
    void reportingWithoutResultsIsNoEvidence() {
        // "reported" a sighting or a story: a person or a newspaper, not results
        assertFalse(organization("Smith reported the attack to the police on Monday.", "Smith"));
    }

    @Test
    void theObjectOfAPrepositionBeforeTheVerbIsNoSubject() {
        // the firm reported the profits, not the man who heads it
        assertFalse(organization("Halmwick headed by Akio Toyoda reported higher profits.", "Akio Toyoda"));
        // the rule gives "Vellamy" no vote (the rules alone find no name); what the model makes of it is its own
        String unit = "A unit run by Vellamy will supply engines to the navy.";
        assertFalse(NameFinding.find(NameFinding.RULES, unit).stream().anyMatch(m -> m.text().equals("Vellamy")));
        assertFalse(NameFinding.find(NameFinding.STANDARD, unit).stream()
                .anyMatch(m -> m.text().equals("Vellamy") && m.source().contains(RuleVoters.BUSINESS)));
    }

    @Test
    void acquiredNamesAndPassiveAcquisitions() {
        assertEquals(EntityType.ORGANIZATION, type("In 1998 the group acquired Tellmark for $300 million.", "Tellmark"));
        assertEquals(EntityType.ORGANIZATION,
                type("The insurer said Varnholt was acquired by a Swedish bank in 2003.", "Varnholt"));
        assertEquals(EntityType.ORGANIZATION, type("The two sides agreed that Kestrow would buy Brindlemoor.",
                "Brindlemoor"));
    }

    @Test
    void boughtSomethingOfANameIsNoEvidenceAboutIt() {
        // "bought Ostrava's flats": the possessive owns what was bought; a known place stays a place
        assertFalse(organization("In May the fund bought Ostrava's biggest hotel.", "Ostrava"));
        assertEquals(EntityType.PLACE, type("The state bought Alaska from Russia in 1867.", "Alaska"));
    }

    @Test
    void possessedProfitOrRevenueMakesAFirm() {
        assertEquals(EntityType.ORGANIZATION, type("Analysts said Marvelo's profit fell by a third last year.", "Marvelo"));
        assertEquals(EntityType.ORGANIZATION, type("Analysts said Dranthorpe's quarterly revenue rose.", "Dranthorpe"));
        // a country has profits too: its gazetteer entry wins; a person's full name outweighs the firm's cue (2.0)
        assertEquals(EntityType.PLACE, type("Officials said Iran's profits from oil fell.", "Iran"));
        assertEquals(EntityType.PERSON, type("Analysts said Peter Holm's profit from the sale was small.", "Peter Holm"));
    }
}
