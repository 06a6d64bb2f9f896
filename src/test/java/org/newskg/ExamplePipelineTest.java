package org.newskg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.Predicate;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.ingest.ArticleReader;
import org.newskg.resolve.Entity;

/** The standard pipeline on the user's example article: what the user said they expect to find. */
class ExamplePipelineTest {

    private static Extraction x;

    @BeforeAll
    static void extract() throws Exception {
        x = Pipeline.english().process(ArticleReader.read(Path.of("examples/tripoli-clashes.txt")));
    }

    private static boolean has(String subject, Predicate p, String object) {
        return x.relations().stream().anyMatch(r -> r.predicate() == p && names(r.subject()).contains(subject)
                && (r.object() != null ? names(r.object()).contains(object) : r.objectText().contains(object)));
    }

    private static Set<String> names(Entity e) {
        Set<String> n = new java.util.HashSet<>(e.aliases());
        n.add(e.name());
        return n;
    }

    @Test
    void theSourceMarkerIsMetadataNotAnEntity() {
        assertEquals("ANI", x.article().source());
        assertTrue(x.entities().stream().noneMatch(e -> names(e).contains("ANI")));
    }

    @Test
    void haftarCommandsTheLnaAndTookGharyan() {
        assertTrue(has("Haftar", Predicate.COMMANDS, "LNA"), x.relations().toString());
        assertTrue(has("Haftar", Predicate.TOOK_CONTROL_OF, "Gharyan"), x.relations().toString());
    }

    @Test
    void guterresMetHaftarInBenghaziAndIsSecretaryGeneral() {
        Relation met = x.relations().stream().filter(r -> r.predicate() == Predicate.MET).findFirst().orElseThrow();
        assertEquals(Set.of("Antonio Guterres", "Khalifa Haftar"), Set.of(met.subject().name(), met.object().name()));
        assertEquals("Benghazi", met.place().name());
        assertTrue(has("Guterres", Predicate.HOLDS_POSITION, "Secretary-General"));
    }

    @Test
    void fiveGovernmentsCalledForDeEscalation() {
        List<String> callers = x.relations().stream()
                .filter(r -> r.predicate() == Predicate.CALLED_FOR && r.objectText().contains("de-escalation"))
                .map(r -> r.subject().name()).distinct().toList();
        assertEquals(5, callers.size(), callers.toString());
    }

    @Test
    void guterresQuotesOnTwitterAreStatements() {
        List<Statement> tweets = x.statements().stream().filter(s -> "Twitter".equals(s.medium())).toList();
        assertTrue(tweets.stream().anyMatch(s -> s.text().startsWith("I leave Libya with a heavy heart")
                && s.speakers().stream().anyMatch(e -> e.name().equals("Antonio Guterres"))), tweets.toString());
        Set<String> quoteSpeakers = x.statements().stream().filter(Statement::direct)
                .flatMap(s -> s.speakers().stream()).map(Entity::name).collect(Collectors.toSet());
        assertTrue(quoteSpeakers.contains("Khalifa Haftar"), quoteSpeakers.toString());
    }
}
