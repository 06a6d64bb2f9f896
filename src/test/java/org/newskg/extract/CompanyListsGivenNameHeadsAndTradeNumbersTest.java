package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.NameFinding.RULES;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import org.junit.jupiter.api.Test;

/**
 * Organization typing: a business verb after a list types every member; a plural kind before a closed list
 * types every member; a head word at the end of a name beats a given name at its start unless the head word is
 * also a common surname; a model number after a company's trade word is no part of its name.
 */
class CompanyListsGivenNameHeadsAndTradeNumbersTest {

    private static final EntityType ORG = EntityType.ORGANIZATION;
    private static final EntityType PERSON = EntityType.PERSON;
    private static final EntityType PLACE = EntityType.PLACE;

    @Test
    void businessVerbAfterAListTypesEveryMember() {
        String s = "Zentrix, Valmora and Quorvik will cut 3,000 jobs.";
        assertEquals(ORG, type(STANDARD, s, "Zentrix"));
        assertEquals(ORG, type(STANDARD, s, "Valmora"));
        assertEquals(ORG, type(STANDARD, s, "Quorvik"));
        String t = "Officials said Brantex and Holvane posted a record loss in the third quarter.";
        assertEquals(ORG, type(STANDARD, t, "Brantex"));
        assertEquals(ORG, type(STANDARD, t, "Holvane"));
    }

    @Test
    void businessVerbBeforeAListTypesEveryMember() {
        String s = "The group acquired Brantex, Holvane and Quorvik in a deal worth $2 billion.";
        assertEquals(ORG, type(STANDARD, s, "Brantex"));
        assertEquals(ORG, type(STANDARD, s, "Holvane"));
    }

    @Test
    void aListOfKnownPlacesOrPersonsKeepsItsOwnTypes() {
        String s = "Germany, France and Italy will cut 3,000 jobs.";
        assertEquals(PLACE, type(STANDARD, s, "Germany"));
        assertEquals(PLACE, type(STANDARD, s, "Italy"));
        String t = "John Smith and Mary Jones posted a record loss.";
        assertEquals(PERSON, type(STANDARD, t, "John Smith"));
        assertEquals(PERSON, type(STANDARD, t, "Mary Jones"));
        String u = "Ministers from Jordan, Egypt and Qatar met in Cairo.";
        assertEquals(PLACE, type(STANDARD, u, "Qatar"));
    }

    @Test
    void pluralKindBeforeAClosedListTypesEachMember() {
        String s = "The rivals Zentrix and Quorvik lost market share.";
        assertEquals(ORG, type(STANDARD, s, "Zentrix"));
        assertEquals(ORG, type(STANDARD, s, "Quorvik"));
        String t = "He said suppliers Brantex, Holvane and Valmora saw weak demand.";
        assertEquals(ORG, type(STANDARD, t, "Holvane"));
        assertEquals(ORG, type(STANDARD, t, "Valmora"));
    }

    @Test
    void headWordAtTheEndBeatsAGivenNameAtTheStart() {
        assertEquals(ORG, type(STANDARD, "Douglas Aircraft built the plane.", "Douglas Aircraft"));
        assertEquals(ORG, type(STANDARD, "Morgan Motors said sales rose.", "Morgan Motors"));
        assertEquals(ORG, type(STANDARD, "She studied at George Washington University.",
                "George Washington University"));
        assertEquals(ORG, type(STANDARD, "Francis Drilling won the contract.", "Francis Drilling"));
        assertEquals(ORG, type(STANDARD, "Officials at Martin Industries declined to comment.",
                "Martin Industries"));
    }

    @Test
    void headWordThatIsAlsoASurnameStaysAPersonAfterAGivenName() {
        assertEquals(PERSON, type(STANDARD, "Robert Plant sang at the show.", "Robert Plant"));
        assertEquals(PERSON, type(STANDARD, "John Bank said he was happy.", "John Bank"));
        assertEquals(PERSON, type(STANDARD, "Michael Bay directed the film.", "Michael Bay"));
        assertEquals(PERSON, type(STANDARD, "Mary Field was elected mayor.", "Mary Field"));
        // a place's name before it is a newspaper or a bank, not a person
        assertEquals(ORG, type(STANDARD, "The Washington Post reported the deal.", "Washington Post"));
    }

    @Test
    void modelNumberAfterATradeWordIsNoPartOfTheName() {
        String s = "An American Airlines 777 was diverted to Chicago.";
        assertEquals(ORG, type(STANDARD, s, "American Airlines"));
        assertFalse(names(STANDARD, s).contains("Airlines 777"));
        String t = "A British Airways 747 landed at Heathrow.";
        assertEquals(ORG, type(STANDARD, t, "British Airways"));
        // a unit's number stays: "Task Force 50", "Terminal 3"
        assertEquals(ORG, type(STANDARD, "Task Force 50 moved north.", "Task Force 50"));
    }

    @Test
    void airLinesIsACompanyTrade() {
        assertEquals(ORG, type(STANDARD, "A Kestrel Air Lines jet landed in Atlanta.", "Kestrel Air Lines"));
        assertEquals(ORG, type(STANDARD, "Northwind Air Lines cut its forecast.", "Northwind Air Lines"));
    }
    @Test
    void twoWordRoleAfterAPossessiveNamesACompany() {
        assertEquals(ORG, type(STANDARD, "Zentrix's chief executive resigned on Monday.", "Zentrix"));
        assertEquals(ORG, type(STANDARD, "Brantex's chief economist said growth slowed.", "Brantex"));
        // a known place keeps its own type
        assertEquals(PLACE, type(STANDARD, "Hong Kong's chief executive resigned.", "Hong Kong"));
    }

    @Test
    void customersOrProductsAfterAPossessiveNameACompany() {
        assertEquals(ORG, type(STANDARD, "Zentrix's customers complained about the price.", "Zentrix"));
        assertEquals(ORG, type(STANDARD, "Holvane's products are sold in 40 countries.", "Holvane"));
        assertEquals(PLACE, type(STANDARD, "China's products are cheap.", "China"));
    }
    @Test
    void knownCompanyAnywhereInAClosedListTypesTheOtherMembers() {
        String s = "Executives from Toyota, Zentrix and Brantex attended the meeting.";
        assertEquals(ORG, type(STANDARD, s, "Zentrix"));
        assertEquals(ORG, type(STANDARD, s, "Brantex"));
        String t = "The deal involved Zentrix, Brantex and Acme Corp.";
        assertEquals(ORG, type(STANDARD, t, "Brantex"));
        // the list's vote (1.5) is the rule's; a model sure "Zentrix" is a person may outvote it (a person is listed
        // beside a company often enough for the model not to yield to a list neighbour)
        assertEquals(ORG, type(RULES, t, "Zentrix"));
        // gazetteer places keep their type next to a company
        String u = "The storm hit Zentrix Corp., Texas and Ohio.";
        assertEquals(PLACE, type(STANDARD, u, "Texas"));
        assertEquals(PLACE, type(STANDARD, u, "Ohio"));
    }
}
