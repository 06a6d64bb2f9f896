package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A company's name of its own ending in a company's head word, then "of" and a country ("Veltrana Bank of Germany"):
 * the company and the country where it is. Official names whose "of" a country is their own ("the Royal Bank of
 * Scotland", "the Bank of England", a society's or journal's name) stay whole.
 */
class CompanyOfCountryTest {

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.STANDARD, text);
    }

    private static EntityType type(String text, String name) {
        return NameFinding.type(NameFinding.STANDARD, text, name);
    }

    @Test
    void aRareGivenNameDoesNotTurnABankIntoAPerson() {
        // "Halvard" is the given name of two officeholders only: too rare to make "Bank" a surname
        String text = "Halvard Bank of Germany lost almost $3 billion in share value on Tuesday.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Halvard Bank"));
        assertEquals(EntityType.PLACE, type(text, "Germany"));
    }

    @Test
    void aBankOfACountryIsTheBankAndThePlace() {
        String text = "Veltrana Bank of Germany lost almost $3 billion in share value on Tuesday.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Veltrana Bank"));
        assertEquals(EntityType.PLACE, type(text, "Germany"));
    }

    @Test
    void aGroupOrAirlineOfACountryIsSplitToo() {
        String text = "Officials said Tarvin Steel Group of Italy would supply the armour plates.";
        assertEquals(EntityType.ORGANIZATION, type(text, "Tarvin Steel Group"));
        assertEquals(EntityType.PLACE, type(text, "Italy"));
        String air = "Flights by Marrow Airlines of Kenya were suspended after the coup attempt.";
        assertEquals(EntityType.ORGANIZATION, type(air, "Marrow Airlines"));
        assertEquals(EntityType.PLACE, type(air, "Kenya"));
    }

    @Test
    void anAcronymCountryIsSplitToo() {
        String text = "Shares of Dellmore Holdings of the US rose 4 percent.";
        List<String> ns = names(text);
        assertTrue(ns.contains("Dellmore Holdings"), ns.toString());
    }

    @Test
    void officialNamesWithTheirCountryStayWhole() {
        assertTrue(names("The Royal Bank of Scotland cut 2,000 jobs.").contains("Royal Bank of Scotland"));
        assertTrue(names("The Bank of England raised rates.").contains("Bank of England"));
        assertTrue(names("The National Bank of Greece said profit rose.").contains("National Bank of Greece"));
        List<String> journal = names("A study in the Medical Journal of Australia found fewer cases.");
        assertFalse(journal.contains("Australia"), journal.toString());
    }

    @Test
    void aFullNameAfterTheStaysWhole() {
        List<String> ns = names("The sale of the Veltrana Bank of Germany was approved.");
        assertFalse(ns.contains("Veltrana Bank"), ns.toString());
    }
}
