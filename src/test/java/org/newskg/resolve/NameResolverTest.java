package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

class NameResolverTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.standard();
    private static final NameResolver RESOLVER = NameResolver.standard();

    private static ResolvedText resolve(String text) {
        AnalyzedText t = ANALYZER.analyze(text);
        return RESOLVER.resolve(t, FINDER.find(t));
    }

    private static Entity entity(ResolvedText r, String key) {
        return r.entities().stream().filter(e -> e.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + key + " in "
                        + r.entities().stream().map(Entity::key).toList()));
    }

    private static List<String> names(Entity e) {
        return e.mentions().stream().filter(Mention::isName).map(Mention::text).toList();
    }

    private static List<String> pronouns(Entity e) {
        return e.mentions().stream().filter(m -> m.kind() == Mention.Kind.PRONOUN)
                .map(m -> m.text() + "@" + m.sentence()).toList();
    }

    @Test
    void surnameResolvesToTheFullNameMetEarlierOrLater() {
        ResolvedText r = resolve("Kagame arrived first. President Paul Kagame then met the delegates, "
                + "and Kagame spoke for an hour.");
        Entity e = entity(r, "person/paul-kagame");
        assertEquals("Paul Kagame", e.name());
        assertEquals(List.of("Kagame", "Paul Kagame", "Kagame"), names(e));
        assertEquals(Set.of("Kagame"), e.aliases());
    }

    @Test
    void editorsBracketsLeaveTheNameButNotItsLabel() {
        ResolvedText r = resolve("Former President [George H. W.] Bush spoke to reporters in Houston. "
                + "Bush said the talks went well.");

        Entity bush = r.entities().stream().filter(e -> e.type() == EntityType.PERSON).findFirst().orElseThrow();
        assertEquals("George H. W. Bush", bush.name());
        assertEquals("person/george-h-w-bush", bush.key());
        assertEquals(2, bush.mentions().size(), "the surname joins the bracketed full name");
    }

    @Test
    void ambiguousSurnameStaysApart() {
        ResolvedText r = resolve("Coach John Smith and striker Jane Smith arrived. Smith said the team was ready.");
        assertEquals(List.of("John Smith"), names(entity(r, "person/john-smith")));
        assertEquals(List.of("Jane Smith"), names(entity(r, "person/jane-smith")));
    }

    @Test
    void spellingVariantsMergeIntoTheMostFrequentSpelling() {
        ResolvedText r = resolve("Army commander Khalifa Hafter ordered an advance. Haftar's office confirmed it. "
                + "Later, Haftar met envoys in Benghazi.");
        Entity e = entity(r, "person/khalifa-haftar");
        assertEquals("Khalifa Haftar", e.name());
        assertEquals(List.of("Khalifa Hafter", "Haftar", "Haftar"), names(e));
        assertTrue(e.aliases().containsAll(Set.of("Khalifa Hafter", "Haftar")));
        assertEquals(1, r.entities().stream().filter(x -> x.type() == EntityType.PERSON).count());
    }

    @Test
    void acronymsJoinTheirLongFormFromTheGazetteer() {
        ResolvedText r = resolve("The United Nations called for a ceasefire. The UN envoy said U.N. staff would stay.");
        Entity e = entity(r, "organization/united-nations");
        assertEquals(List.of("United Nations", "UN", "U.N."), names(e));
        assertEquals(Set.of("UN", "U.N."), e.aliases());
        assertEquals("InternationalOrganization", e.subclass());
    }

    @Test
    void acronymAloneTakesTheGazetteerLongFormAsCanonicalName() {
        ResolvedText r = resolve("Troops of the U.S. and NATO left the base.");
        assertEquals("United States of America", entity(r, "place/united-states-of-america").name());
        assertEquals(Set.of("NATO"), entity(r, "organization/north-atlantic-treaty-organisation").aliases());
    }

    @Test
    void acronymDefinedInTextOrByInitialsJoinsItsLongForm() {
        ResolvedText r = resolve("The Rapid Support Forces (RSF) attacked the town. Later, RSF fighters left. "
                + "The Sudanese Armed Forces said the RSF had fled, and a SAF officer confirmed it.");
        Entity rsf = entity(r, "organization/rapid-support-forces");
        assertEquals(List.of("Rapid Support Forces", "RSF", "RSF", "RSF"), names(rsf));
        Entity saf = entity(r, "organization/sudanese-armed-forces");
        assertEquals(List.of("Sudanese Armed Forces", "SAF"), names(saf));
    }

    @Test
    void longFormInTextBeatsAnotherGazetteerMeaningOfTheAcronym() {
        // "SDF" is also the SAARC Development Fund in the gazetteer
        ResolvedText r = resolve("The Syrian Democratic Forces entered Raqqa. SDF commanders said the city was calm.");
        Entity e = entity(r, "organization/syrian-democratic-forces");
        assertEquals(List.of("Syrian Democratic Forces", "SDF"), names(e));
        assertEquals("ArmedForce", e.subclass());
    }

    @Test
    void possessivesAndLeadingTheAreStripped() {
        String text = "The Kremlin rejected the plan, and the Kremlin's spokesman said so.";
        AnalyzedText t = ANALYZER.analyze(text);
        int a = text.indexOf("The Kremlin");
        int b = text.indexOf("the Kremlin's");
        List<Mention> ms = List.of(
                new Mention(a, a + 11, "The Kremlin", EntityType.ORGANIZATION, null, 0, Mention.Kind.NAME, 0.9, "t"),
                new Mention(b, b + 13, "the Kremlin's", EntityType.ORGANIZATION, null, 0, Mention.Kind.NAME, 0.9,
                        "t"));
        ResolvedText r = RESOLVER.resolve(t, ms);
        assertEquals(1, r.entities().size());
        Entity e = r.entities().get(0);
        assertEquals("Kremlin", e.name());
        assertEquals("organization/kremlin", e.key());
        assertEquals(Set.of(), e.aliases());
        assertEquals(2, e.mentions().size());
    }

    @Test
    void pronounsResolveToTheSubjectOrTheOnlyCompatiblePerson() {
        ResolvedText r = resolve("Former Prime Minister Imran Khan spoke in Lahore. He said his party would win. "
                + "Khan told Shehbaz Sharif that he would not back down.");
        Entity khan = entity(r, "person/imran-khan");
        assertEquals(List.of("He@1", "his@1", "he@2"), pronouns(khan));
        assertTrue(pronouns(entity(r, "person/shehbaz-sharif")).isEmpty());
        assertFalse(khan.aliases().contains("He"), "pronouns are never aliases");
    }

    @Test
    void pronounGenderComesFromGivenNames() {
        ResolvedText r = resolve("Chancellor Angela Merkel met President Emmanuel Macron in Paris. "
                + "She praised him, and he thanked her.");
        assertEquals(List.of("She@1", "her@1"), pronouns(entity(r, "person/angela-merkel")));
        assertEquals(List.of("him@1", "he@1"), pronouns(entity(r, "person/emmanuel-macron")));
    }

    @Test
    void pronounsWithoutAPersonOrInsideQuotesStayUnresolved() {
        ResolvedText r = resolve("The storm hit Manila on Monday. He said it was strong. "
                + "Mayor Maria Reyes said: \"He warned us.\"");
        assertTrue(r.mentions().stream().noneMatch(m -> m.kind() == Mention.Kind.PRONOUN), r.mentions()::toString);
    }

    @Test
    void keysUseTheSlugOfTheCanonicalName() {
        assertEquals("sao-tome-and-principe", EntityKeys.slug("São Tomé and Príncipe"));
        assertEquals("people-s-republic-of-china", EntityKeys.slug("People's Republic of China"));
        assertEquals("person/khalifa-haftar", EntityKeys.key(EntityType.PERSON, "  Khalifa  Haftar "));
        assertEquals("place/cote-d-ivoire", EntityKeys.key(EntityType.PLACE, "Côte d’Ivoire"));
    }

    @Test
    void reorderedOrganizationNamesAreOneEntity() {
        ResolvedText r = resolve("The Ministry of Energy said prices would rise. The Energy Ministry later denied it.");
        Entity e = entity(r, "organization/ministry-of-energy");
        assertEquals(List.of("Ministry of Energy", "Energy Ministry"), names(e));
    }

    @Test
    void shortFormsJoinTheOneLongerNameTheyStartOrEndWith() {
        ResolvedText r = resolve("Lindqvist Holdings AB bought the port. Lindqvist said the Kenyan Maritime "
                + "Authority approved it, and the Maritime Authority confirmed.");
        assertEquals(List.of("Lindqvist Holdings AB", "Lindqvist"),
                names(entity(r, "organization/lindqvist-holdings-ab")));
        assertEquals(List.of("Kenyan Maritime Authority", "Maritime Authority"),
                names(entity(r, "organization/kenyan-maritime-authority")));
    }

    @Test
    void aKnownPlaceIsNoShortFormOfALongerOne() {
        ResolvedText r = resolve("Fighting in South Sudan spilled over into Sudan.");
        assertEquals(EntityType.PLACE, entity(r, "place/south-sudan").type());
        assertEquals(EntityType.PLACE, entity(r, "place/sudan").type());
    }
}
