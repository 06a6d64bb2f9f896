package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

class HybridMentionFinderTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.rules(); // the rules alone: ModelVoterTest adds the model

    private static List<Mention> find(String text) {
        return FINDER.find(ANALYZER.analyze(text));
    }

    private static Optional<Mention> mention(List<Mention> ms, String text) {
        return ms.stream().filter(m -> m.text().equals(text)).findFirst();
    }

    private static Mention assertMention(List<Mention> ms, String text, EntityType type) {
        Mention m = mention(ms, text).orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + ms));
        assertEquals(type, m.type(), () -> text + " typed " + m.type() + " (" + m.source() + ")");
        return m;
    }

    private static void assertNoMentionContaining(List<Mention> ms, String word) {
        assertTrue(ms.stream().noneMatch(m -> m.text().contains(word)), () -> "'" + word + "' in " + ms);
    }

    @Test
    void titlesAreNotPartOfPersonNames() {
        List<Mention> ms = find("UN Secretary-General Antonio Guterres arrived in Nairobi on Monday.");
        assertMention(ms, "UN", EntityType.ORGANIZATION);
        assertMention(ms, "Antonio Guterres", EntityType.PERSON);
        assertMention(ms, "Nairobi", EntityType.PLACE);
        assertNoMentionContaining(ms, "Secretary");
        assertNoMentionContaining(ms, "Monday");
    }

    @Test
    void lowerCaseRoleBeforeNameMakesAPerson() {
        List<Mention> ms = find("Eastern Libyan army commander Khalifa Hafter ordered an advance.");
        assertMention(ms, "Khalifa Hafter", EntityType.PERSON);
        assertNoMentionContaining(ms, "Libyan");
        assertNoMentionContaining(ms, "Eastern");
    }

    @Test
    void nationalityAdjectivesAreNotPlaces() {
        List<Mention> ms = find("Russian President Vladimir Putin met Saudi Crown Prince Mohammed bin Salman "
                + "and French officials in Riyadh.");
        assertMention(ms, "Vladimir Putin", EntityType.PERSON);
        assertMention(ms, "Mohammed bin Salman", EntityType.PERSON);
        assertMention(ms, "Riyadh", EntityType.PLACE);
        assertNoMentionContaining(ms, "Russian");
        assertNoMentionContaining(ms, "Saudi");
        assertNoMentionContaining(ms, "French");
    }

    @Test
    void nationalityStaysInsideAnOrganizationNameWithHeadWord() {
        List<Mention> ms = find("Fighters of the Syrian Democratic Forces entered the town on Friday.");
        Mention m = assertMention(ms, "Syrian Democratic Forces", EntityType.ORGANIZATION);
        assertEquals("ArmedForce", m.subclass());
    }

    @Test
    void possessiveIsNotPartOfTheName() {
        List<Mention> ms = find("Shares of Tesla fell after Elon Musk's comments, and Khalifa Haftar's office stayed silent.");
        assertTrue(mention(ms, "Elon Musk").isPresent(), ms::toString);
        assertTrue(mention(ms, "Khalifa Haftar").isPresent(), ms::toString);
        assertNoMentionContaining(ms, "'s");
        assertNoMentionContaining(ms, "Shares");
    }

    @Test
    void organizationNamesWithConnectors() {
        List<Mention> ms = find("Apple chief executive Tim Cook said the Bank of England and the Ministry of "
                + "Defence were clients, as was the Association of Southeast Asian Nations.");
        assertMention(ms, "Apple", EntityType.ORGANIZATION);
        assertMention(ms, "Tim Cook", EntityType.PERSON);
        assertMention(ms, "Bank of England", EntityType.ORGANIZATION);
        assertEquals("Government", assertMention(ms, "Ministry of Defence", EntityType.ORGANIZATION).subclass());
        assertEquals("InternationalOrganization",
                assertMention(ms, "Association of Southeast Asian Nations", EntityType.ORGANIZATION).subclass());
    }

    @Test
    void dottedAndPlainAcronymsFromTheGazetteer() {
        List<Mention> ms = find("U.S. officials and the WHO met NATO envoys in Geneva.");
        assertEquals("Country", assertMention(ms, "U.S.", EntityType.PLACE).subclass());
        assertMention(ms, "WHO", EntityType.ORGANIZATION);
        assertMention(ms, "NATO", EntityType.ORGANIZATION);
        assertMention(ms, "Geneva", EntityType.PLACE);
    }

    @Test
    void acronymDefinedInTextSharesTheTypeOfItsLongForm() {
        List<Mention> ms = find("The Rapid Support Forces (RSF) attacked El Fasher on Friday. "
                + "Later, RSF fighters looted the market.");
        assertEquals("ArmedForce", assertMention(ms, "Rapid Support Forces", EntityType.ORGANIZATION).subclass());
        assertEquals(2, ms.stream().filter(m -> m.text().equals("RSF")).count(), ms::toString);
        ms.stream().filter(m -> m.text().equals("RSF"))
                .forEach(m -> assertEquals("ArmedForce", m.subclass(), m::toString));
    }

    @Test
    void hyphenatedPrefixGivesAMention() {
        AnalyzedText t = ANALYZER.analyze("The UN-backed government and Russia-backed separatists clashed.");
        List<Mention> ms = FINDER.find(t);
        assertMention(ms, "UN", EntityType.ORGANIZATION);
        Mention russia = assertMention(ms, "Russia", EntityType.PLACE);
        assertEquals("Russia", t.text().substring(russia.start(), russia.end()));
        assertNoMentionContaining(ms, "backed");
    }

    @Test
    void sentenceInitialCommonWordsMonthsAndWeekdaysAreNotNames() {
        List<Mention> ms = find("Protesters gathered in Nairobi on Tuesday. Meanwhile, prices rose in March. "
                + "Analysts expect more protests in May.");
        assertEquals(List.of("Nairobi"), ms.stream().map(Mention::text).toList());
    }

    @Test
    void headlineCapitalisationNeedsSupportFromTheBody() {
        List<Mention> ms = find("Stocks Slide As Investors Fear Another Rate Hike In Frankfurt\n"
                + "Stocks fell on Tuesday in New York as the Federal Reserve signalled another hike.");
        assertTrue(ms.stream().noneMatch(m -> m.sentence() == 0 && !m.text().equals("Frankfurt")), ms::toString);
        assertMention(ms, "Frankfurt", EntityType.PLACE);
        assertMention(ms, "New York", EntityType.PLACE);
        assertMention(ms, "Federal Reserve", EntityType.ORGANIZATION);
    }

    @Test
    void contextTypesUnknownNames() {
        List<Mention> ms = find("Fighting spread to Zarqan, a town east of the capital, where commander Tareq "
                + "Bashiri held the bridge. Bashiri, who leads the Northern Brigade, said the Vostani Party "
                + "would join talks.");
        assertMention(ms, "Zarqan", EntityType.PLACE);
        assertMention(ms, "Tareq Bashiri", EntityType.PERSON);
        assertMention(ms, "Bashiri", EntityType.PERSON);
        assertEquals("ArmedForce", assertMention(ms, "Northern Brigade", EntityType.ORGANIZATION).subclass());
        assertEquals("PoliticalParty", assertMention(ms, "Vostani Party", EntityType.ORGANIZATION).subclass());
    }

    @Test
    void arabicNameParticlesPluralAcronymsAndPlaceCommaCountry() {
        List<Mention> ms = find("Fighters of al-Shabaab attacked a base near Mogadishu, and Abu Jandal al-Kuwaiti "
                + "fled to Palmyra, Syria, where IEDs exploded.");
        assertMention(ms, "al-Shabaab", EntityType.ORGANIZATION);
        assertMention(ms, "Abu Jandal al-Kuwaiti", EntityType.PERSON);
        assertMention(ms, "Palmyra", EntityType.PLACE);
        assertEquals("Country", assertMention(ms, "Syria", EntityType.PLACE).subclass());
        assertNoMentionContaining(ms, "IED");
    }

    @Test
    void oneTypePerNameInAnArticle() {
        // "Okafor" alone has weak or place-like context; the full name with a title decides for every mention
        List<Mention> ms = find("Coach Emeka Okafor praised his players. Fans chanted in Okafor after the game. "
                + "Okafor said the team was ready.");
        assertTrue(ms.stream().filter(m -> m.text().contains("Okafor")).allMatch(m -> m.type() == EntityType.PERSON),
                ms::toString);
    }

    @Test
    void sportAndBusinessNames() {
        List<Mention> ms = find("Real Madrid striker Kylian Mbappe scored twice against Sevilla on Sunday, "
                + "while Toyota Motor Corp reported record profits in Tokyo.");
        assertMention(ms, "Kylian Mbappe", EntityType.PERSON);
        assertMention(ms, "Real Madrid", EntityType.ORGANIZATION);
        assertMention(ms, "Toyota Motor Corp", EntityType.ORGANIZATION);
        assertMention(ms, "Tokyo", EntityType.PLACE);
    }

    @Test
    void mentionsAreOrderedNonOverlappingAndCarryEvidence() {
        List<Mention> ms = find("In addition, Haftar also told UN Secretary-General Antonio Guterres that his "
                + "operation towards Tripoli will continue.");
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            assertNotNull(m.source());
            assertTrue(m.confidence() > 0 && m.confidence() <= 1);
            if (i > 0) {
                assertTrue(ms.get(i - 1).end() <= m.start(), ms::toString);
            }
        }
        assertEquals("City", assertMention(ms, "Tripoli", EntityType.PLACE).subclass());
        assertFalse(mention(ms, "In").isPresent());
    }

    @Test
    void aLoneUnknownWordNeedsEvidenceToBeAPerson() {
        // "Zembla" has no given name, no title, no "who": it is no person; seen twice, it is kept as an organization
        List<Mention> ms = find("Shares in Zembla rose after the deal. Analysts expect Zembla to grow. "
                + "Marek Novotny, who runs Kestrel, disagreed.");
        assertTrue(ms.stream().filter(m -> m.text().equals("Zembla")).allMatch(m -> m.type() != EntityType.PERSON),
                ms::toString);
        assertMention(ms, "Marek Novotny", EntityType.PERSON);
        assertTrue(mention(ms, "Kestrel").isEmpty(), ms::toString); // once, no evidence: dropped
    }

    @Test
    void aSurnameAloneInheritsTheFullNameAndAnArabicArticleIsOptional() {
        List<Mention> ms = find("Prime Minister Haider al-Abadi arrived in Basra. Abadi said the port would reopen.");
        assertMention(ms, "Abadi", EntityType.PERSON);
    }

    @Test
    void shipsOperationsFlightsAndHolidaysAreNoEntities() {
        List<Mention> ms = find("The destroyer USS Carney and HMS Argyll joined Operation Sentinel Shield. "
                + "Later, Carney sailed north. On Labour Day, Kestrel Air Flight 219 landed in Cairo.");
        assertNoMentionContaining(ms, "Carney");
        assertNoMentionContaining(ms, "Argyll");
        assertNoMentionContaining(ms, "Sentinel");
        assertNoMentionContaining(ms, "Labour");
        assertNoMentionContaining(ms, "Flight");
        assertTrue(mention(ms, "Kestrel Air").isPresent(), ms::toString);
        assertMention(ms, "Cairo", EntityType.PLACE);
    }

    @Test
    void aResolutionNumberKeepsTheCouncilAndAGovernmentIsItsCountry() {
        List<Mention> ms = find("Members of the Security Council Resolution 2401 group met. "
                + "The Kenya Government and the Transitional Federal Government signed it.");
        assertMention(ms, "Security Council", EntityType.ORGANIZATION);
        assertMention(ms, "Kenya", EntityType.PLACE);
        assertNoMentionContaining(ms, "Resolution");
        assertMention(ms, "Transitional Federal Government", EntityType.ORGANIZATION);
    }

    @Test
    void currencyAmountsAndSocialChannelsAreNoNames() {
        List<Mention> ms = find("The firm paid US$40 million, the minister said on Twitter, and A$12 more "
                + "was posted on the company's Facebook page.");
        assertNoMentionContaining(ms, "US");
        assertNoMentionContaining(ms, "A$");
        assertNoMentionContaining(ms, "Twitter");
        assertNoMentionContaining(ms, "Facebook");
    }

    @Test
    void sentenceInitialFunctionWordsAndPartyMembersAreCut() {
        List<Mention> ms = find("Near Kirkuk, two strikes hit a unit. Three Republicans voted against the bill. "
                + "General Motors said it would cut jobs.");
        assertMention(ms, "Kirkuk", EntityType.PLACE);
        assertNoMentionContaining(ms, "Near");
        assertNoMentionContaining(ms, "Republicans");
        assertMention(ms, "General Motors", EntityType.ORGANIZATION);
    }

    @Test
    void unitNumbersOrdinalsCompanySuffixesAndPlaceHeads() {
        List<Mention> ms = find("Task Force 64 and the U.S. 6th Fleet guarded the Mosul Dam, while Ferrovia Alta "
                + "SpA and Qayyarah Airfield West were hit. Eastern Ukraine was quiet.");
        assertMention(ms, "Task Force 64", EntityType.ORGANIZATION);
        assertMention(ms, "U.S. 6th Fleet", EntityType.ORGANIZATION);
        assertMention(ms, "Mosul Dam", EntityType.PLACE);
        assertMention(ms, "Ferrovia Alta SpA", EntityType.ORGANIZATION);
        assertMention(ms, "Qayyarah Airfield West", EntityType.PLACE);
        assertMention(ms, "Eastern Ukraine", EntityType.PLACE);
    }

    @Test
    void anEnglishWordIsNoNameParticle() {
        List<Mention> ms = find("They are restoring Ford Motor Company as America's leading carmaker, and "
                + "Abdel Fattah as-Sisi agreed.");
        assertMention(ms, "Ford Motor Company", EntityType.ORGANIZATION);
        assertMention(ms, "America", EntityType.PLACE);
        assertTrue(mention(ms, "Abdel Fattah as-Sisi").isPresent(), ms::toString);
    }

    @Test
    void capitalisedFunctionWordsAfterQuotesOrABrokenSentenceAreNoNames() {
        List<Mention> ms = find("The plan failed, the minister said. `` It is over . '' We agree, said Kestrel Holdings. "
                + "it was known; This was the end.");
        assertNoMentionContaining(ms, "It");
        assertNoMentionContaining(ms, "We");
        assertNoMentionContaining(ms, "This");
        assertMention(ms, "Kestrel Holdings", EntityType.ORGANIZATION);
    }
}
