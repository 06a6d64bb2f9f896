package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Organization names that generalise: firms joined by "&", company suffixes that are common words ("Brothers",
 * "Financial", "Capital"), a head word before "of" at the sentence start, and a title's portfolio after "for";
 * on the rules alone, and on the standard finder where the model used to type such names as persons.
 */
class OrganizationNamesTest {

    private static final HybridMentionFinder RULES = NameFinding.RULES;
    private static final HybridMentionFinder STANDARD = NameFinding.STANDARD;

    private static List<Mention> find(HybridMentionFinder finder, String text) {
        return NameFinding.find(finder, text);
    }

    private static List<String> names(String text) {
        return find(RULES, text).stream().map(Mention::text).toList();
    }

    private static Mention mention(HybridMentionFinder finder, String text, String name) {
        return NameFinding.mention(finder, text, name);
    }

    @Test
    void anAmpersandJoinsOneFirmsName() {
        String text = "Shares of Marks & Spencer fell after Johnson & Johnson cut its forecast.";
        List<String> names = names(text);
        assertTrue(names.containsAll(List.of("Marks & Spencer", "Johnson & Johnson")), names.toString());
        assertFalse(names.contains("Marks") || names.contains("Spencer"), names.toString());
        assertEquals(EntityType.ORGANIZATION, mention(STANDARD, text, "Marks & Spencer").type());
        assertEquals(EntityType.ORGANIZATION, mention(STANDARD, text, "Johnson & Johnson").type());
        // the given name "Johnson" gives no person vote inside an ampersand name; near-miss: it still does before
        // a surname
        Mention person = mention(RULES, "Johnson Moyo arrived in Lagos on Monday.", "Johnson Moyo");
        assertEquals(EntityType.PERSON, person.type());
        assertTrue(person.source().contains("gazetteer:given-names"), person.source());
    }

    @Test
    void anAmpersandBetweenLowerCaseWordsJoinsNothing() {
        List<String> names = names("Peter Hill said research & development spending rose in Ohio.");
        assertTrue(names.containsAll(List.of("Peter Hill", "Ohio")), names.toString());
        assertEquals(2, names.size(), names.toString());
    }

    @Test
    void companySuffixesThatAreCommonWordsMakeOrganizations() {
        String text = "Harrow Brothers collapsed, and Kenton Mutual was sold to Dalby Capital on Friday.";
        for (String name : List.of("Harrow Brothers", "Kenton Mutual", "Dalby Capital")) {
            assertEquals(EntityType.ORGANIZATION, mention(STANDARD, text, name).type(), name);
        }
    }

    @Test
    void aHeadWordBeforeOfIsKeptAtTheSentenceStart() {
        assertEquals(EntityType.ORGANIZATION,
                mention(RULES, "Bank of Lorraine shares fell 14 percent on Monday.", "Bank of Lorraine").type());
        // a context word before a name is still cut off there
        assertTrue(names("Near Mosul, the troops stopped.").contains("Mosul"));
    }

    @Test
    void aTitlesPortfolioAfterForIsNoEntity() {
        String text = "The Minister for Religious Minorities met the Commissioner for Refugees, Anna Berg, on Tuesday.";
        List<String> names = names(text);
        assertFalse(names.contains("Religious Minorities"), names.toString());
        assertFalse(names.contains("Refugees"), names.toString());
        assertEquals(EntityType.PERSON, mention(RULES, text, "Anna Berg").type());
    }

    @Test
    void aPortfolioDoesNotSwallowKnownNamesOrOrganizations() {
        String text = "A spokesman for Human Rights Watch said the Special Envoy for Syria had left.";
        List<String> names = names(text);
        assertTrue(names.containsAll(List.of("Human Rights Watch", "Syria")), names.toString());
    }

    @Test
    void aShoutedPhraseGivesOnlyKnownNames() {
        List<String> names = names("REBELS SEIZE AIRPORT NEAR TRIPOLI");
        assertEquals(List.of("TRIPOLI"), names, names.toString());
        // acronyms in an ordinary sentence stay names
        assertTrue(names("The FBI and the CIA said NATO agreed.").containsAll(List.of("FBI", "CIA", "NATO")));
    }

    @Test
    void officialsAtAFirmMakeItAnOrganization() {
        String text = "Officials at Halvorsen Grant said analysts at Kestrel Lane expected losses.";
        for (String name : List.of("Halvorsen Grant", "Kestrel Lane")) {
            assertEquals(EntityType.ORGANIZATION, mention(STANDARD, text, name).type(), name);
        }
    }

    @Test
    void aPersonOnlyByTheModelEndingInACommonWordIsDropped() {
        String text = "Engineers at Mission Control said the control room was calm. Tim Cook, a cook by training, "
                + "said Mary Hill walked up the hill.";
        List<String> names = find(STANDARD, text).stream().map(Mention::text).toList();
        assertFalse(names.contains("Mission Control"), names.toString());
        // a given name is rule evidence of a person: common-word surnames stay
        assertEquals(EntityType.PERSON, mention(STANDARD, text, "Tim Cook").type());
        assertEquals(EntityType.PERSON, mention(STANDARD, text, "Mary Hill").type());
    }
}
