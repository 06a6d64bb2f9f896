package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Evidence;
import org.newskg.extract.Predicate;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.resolve.Entity;

class MatcherTest {

    static Entity entity(String name, EntityType type, String... aliases) {
        return new Entity(type + "/" + name, name, type, null, Set.of(aliases), List.of(), null, 1.0);
    }

    static Relation relation(Entity s, Predicate p, Entity o, String objectText) {
        return new Relation(s, p, o, objectText, null, null, null, new Evidence(0, 0, 1), 1.0, "test");
    }

    static Statement statement(String text, Entity... speakers) {
        return new Statement(List.of(speakers), null, text, 0, text.length(), true, null, null, null, null,
                List.of(), new Evidence(0, 0, 1), 1.0, "test");
    }

    private static final GoldEntity HAFTAR = new GoldEntity("Khalifa Haftar", EntityType.PERSON,
            List.of("Haftar"), "Q1");
    private static final GoldEntity LNA = new GoldEntity("Libyan National Army", EntityType.ORGANIZATION,
            List.of("LNA"), null);
    private static final GoldEntity GUTERRES = new GoldEntity("António Guterres", EntityType.PERSON, List.of(), null);
    private static final GoldArticle GOLD = new GoldArticle("a", List.of(HAFTAR, LNA, GUTERRES), List.of(),
            List.of());
    private final Matcher matcher = new Matcher(GOLD);

    @Test
    void normalizationIgnoresCaseAccentsPunctuationTheAndPossessive() {
        assertEquals("un", Matcher.normalize("The U.N.'s"));
        assertEquals("antonio guterres", Matcher.normalize("ANTÓNIO  Guterres"));
        assertEquals("al sarraj", Matcher.normalize("al-Sarraj’s"));
        assertEquals("theodore", Matcher.normalize("Theodore"));
    }

    @Test
    void entityMatchesByNameOrAliasWhenTypesAgree() {
        assertTrue(matcher.entity(entity("Haftar", EntityType.PERSON), HAFTAR));
        assertTrue(matcher.entity(entity("Field Marshal Haftar", EntityType.PERSON, "Khalifa Haftar's"), HAFTAR));
        assertTrue(matcher.entity(entity("the Libyan National Army", EntityType.ORGANIZATION), LNA));
        assertTrue(matcher.entity(entity("Antonio Guterres", EntityType.PERSON), GUTERRES));
        assertFalse(matcher.entity(entity("Haftar", EntityType.ORGANIZATION), HAFTAR));
        assertFalse(matcher.entity(entity("Khalifa", EntityType.PERSON), HAFTAR));
    }

    @Test
    void relationEndsMatchThroughGoldEntities() {
        GoldRelation g = new GoldRelation("Khalifa Haftar", Predicate.COMMANDS, "Libyan National Army", null);
        Entity haftar = entity("Haftar", EntityType.PERSON);
        Entity lna = entity("LNA", EntityType.ORGANIZATION);
        assertTrue(matcher.relation(relation(haftar, Predicate.COMMANDS, lna, "LNA"), g));
        assertFalse(matcher.relation(relation(haftar, Predicate.LEADS, lna, "LNA"), g));
        assertFalse(matcher.relation(relation(lna, Predicate.COMMANDS, haftar, "Haftar"), g));
    }

    @Test
    void metMatchesInEitherDirection() {
        GoldRelation g = new GoldRelation("António Guterres", Predicate.MET, "Haftar", null);
        Entity haftar = entity("Khalifa Haftar", EntityType.PERSON);
        Entity guterres = entity("Guterres", EntityType.PERSON, "Antonio Guterres");
        assertTrue(matcher.relation(relation(guterres, Predicate.MET, haftar, "Haftar"), g));
        assertTrue(matcher.relation(relation(haftar, Predicate.MET, guterres, "Guterres"), g));
        GoldRelation visit = new GoldRelation("António Guterres", Predicate.VISITED, "Khalifa Haftar", null);
        assertFalse(matcher.relation(relation(haftar, Predicate.VISITED, guterres, "Guterres"), visit));
    }

    @Test
    void phraseObjectMatchesWhenOneContainsTheOther() {
        GoldRelation g = new GoldRelation("Antonio Guterres", Predicate.HOLDS_POSITION, "Secretary-General", null);
        Entity guterres = entity("Antonio Guterres", EntityType.PERSON);
        assertTrue(matcher.relation(relation(guterres, Predicate.HOLDS_POSITION, null,
                "UN Secretary General"), g));
        GoldRelation longer = new GoldRelation("Antonio Guterres", Predicate.CALLED_FOR,
                "an immediate ceasefire in Tripoli", null);
        assertTrue(matcher.relation(relation(guterres, Predicate.CALLED_FOR, null, "immediate ceasefire"), longer));
        assertFalse(matcher.relation(relation(guterres, Predicate.CALLED_FOR, null, "talks"), longer));
    }

    @Test
    void statementNeedsSpeakerAndQuoteStart() {
        GoldStatement g = new GoldStatement("Antonio Guterres", "I leave Libya with a heavy heart and deeply", null);
        Entity guterres = entity("Guterres", EntityType.PERSON, "António Guterres");
        Entity haftar = entity("Haftar", EntityType.PERSON);
        String text = "\u201CI leave Libya with a heavy heart,\u201D he wrote";
        assertTrue(matcher.statement(statement(text, guterres), g));
        assertTrue(matcher.statement(statement(text, haftar, guterres), g), "any of several speakers");
        assertFalse(matcher.statement(statement(text, haftar), g));
        assertFalse(matcher.statement(statement(text), g));
        assertFalse(matcher.statement(statement("with a heavy heart", guterres), g));
    }

    @Test
    void speakerlessGoldStatementMatchesAnySpeaker() {
        GoldStatement g = new GoldStatement(null, "Heavy fighting continued", null);
        assertTrue(matcher.statement(statement("Heavy fighting continued overnight"), g));
        assertTrue(matcher.statement(statement("Heavy fighting continued overnight",
                entity("Haftar", EntityType.PERSON)), g));
    }

    @Test
    void qidIsTakenFromIdsAndIris() {
        assertEquals("Q42", Matcher.qid("http://www.wikidata.org/entity/Q42"));
        assertEquals("Q42", Matcher.qid("Q42"));
        assertEquals(null, Matcher.qid(null));
    }
}
