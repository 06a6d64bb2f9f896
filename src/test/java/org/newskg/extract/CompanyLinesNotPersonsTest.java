package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 20 of the name finder: a name that starts with a company's own first word ("Quorra Cloud" after "Quorra
 * Inc.") is the company's line, unit or service, never a person, though the model reads two capitalised words
 * as one; a name before "stores" or "outlets" is a retailer, not a place; and a crude benchmark written in
 * capitals ("Brent Crude") names nothing.
 */
class CompanyLinesNotPersonsTest {

    private static List<Mention> find(String text) {
        return NameFinding.find(NameFinding.STANDARD, text);
    }

    private static List<Mention> persons(String text) {
        return find(text).stream().filter(m -> m.type() == EntityType.PERSON).toList();
    }

    @Test
    void companyFirstWordLinesAreNoPersons() {
        String text = "Quorra Inc. said on Tuesday it would split into three units: Quorra Cloud, Quorra Devices and "
                + "Quorra Ads. The Quorra Home speakers will move to Quorra Devices, chief executive Nadia Hassan said.";
        List<String> ps = persons(text).stream().map(Mention::text).toList();
        assertEquals(List.of("Nadia Hassan"), ps.stream().distinct().toList());
    }

    @Test
    void givenNameAfterCompanyWordStaysAPerson() {
        // "Morgan" is a given name: a person may share a word with the company
        String text = "Morgan Holdings Ltd appointed Morgan Blake as chief financial officer. Morgan Blake said "
                + "the company would cut costs.";
        assertTrue(persons(text).stream().anyMatch(m -> m.text().equals("Morgan Blake")), find(text).toString());
    }

    @Test
    void crudeBenchmarkInCapitalsIsNoName() {
        String text = "Brent Crude rose to $92 a barrel on Friday, while the Euro fell against the Dollar.";
        assertTrue(find(text).stream().noneMatch(m -> m.text().contains("Brent")), find(text).toString());
    }

    @Test
    void nameBeforeStoresIsARetailer() {
        String text = "The snacks are sold in Brixa stores across Canada, the company said.";
        assertTrue(find(text).stream().anyMatch(m -> m.text().equals("Brixa") && m.type() == EntityType.ORGANIZATION),
                find(text).toString());
        // a known place before "stores" stays a place
        String city = "Shoppers packed London stores on Saturday, the retail group said.";
        assertTrue(find(city).stream().anyMatch(m -> m.text().equals("London") && m.type() == EntityType.PLACE),
                find(city).toString());
    }
}
