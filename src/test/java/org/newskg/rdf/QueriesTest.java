package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newskg.Extraction;

/**
 * Runs every query of queries/ over a TDB2 store (union default graph, as newskg's store is) holding the two
 * fixture articles, and checks the rows the fixtures call for.
 */
class QueriesTest {

    static final Path QUERIES = Path.of("queries");
    private static Dataset store;

    @BeforeAll
    static void load() {
        store = TDB2Factory.createDataset();
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        GraphBuilder builder = new GraphBuilder();
        List<Extraction> xs = List.of(RdfFixtures.first(), RdfFixtures.second());
        Txn.executeWrite(store, () -> xs.forEach(x -> builder.replaceIn(store, x)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Path> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted().toList().stream();
        }
    }

    /** Rows as maps from variable to a plain string: labels and literals as their text, IRIs as IRIs. */
    static List<Map<String, String>> run(String queryText) {
        Query q = QueryFactory.create(queryText);
        return Txn.calculateRead(store, () -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> rows.add(row(s)));
            }
            return rows;
        });
    }

    private static Map<String, String> row(QuerySolution s) {
        Map<String, String> m = new LinkedHashMap<>();
        s.varNames().forEachRemaining(v -> {
            RDFNode n = s.get(v);
            m.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        });
        return m;
    }

    static String read(String name) {
        try {
            return Files.readString(QUERIES.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map<String, String>> run(String name, String from, String to) {
        String text = read(name);
        assertTrue(text.contains(from), name + " lacks " + from);
        return run(text.replace(from, to));
    }

    static Set<String> column(List<Map<String, String>> rows, String... vars) {
        return rows.stream().map(r -> Stream.of(vars).map(v -> String.valueOf(r.get(v)))
                .collect(Collectors.joining(" | "))).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @MethodSource("queryFiles")
    void everyQueryParsesRunsAndSaysHowToRunIt(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        assertTrue(text.startsWith("# " + name + ": "), name + " should open with '# " + name + ": what it answers'");
        assertTrue(text.contains("./newskg query queries/" + name), name + " should say how to run it");
        assertFalse(run(text).isEmpty(), name + " found nothing in the fixture store");
    }

    @Test
    void thereAreAtLeastEightQueries() throws IOException {
        assertTrue(queryFiles().count() >= 8);
    }

    @Test
    void whoCommandsWhom() {
        List<Map<String, String>> rows = run(read("who-commands-whom.rq"));
        assertEquals(Set.of("Khalifa Haftar | commands | Libyan National Army | 1",
                        "Fayez al-Sarraj | leads | Government of National Accord | 1"),
                column(rows, "leaderName", "relation", "groupName", "articles"));
    }

    @Test
    void tookControl() {
        List<Map<String, String>> rows = run(read("took-control.rq"));
        assertEquals(1, rows.size());
        Map<String, String> r = rows.get(0);
        assertEquals("Libyan National Army", r.get("actorName"));
        assertEquals("Gharyan", r.get("placeName"));
        assertEquals("2019-04-04", r.get("date"));
        assertEquals("on Thursday", r.get("when"));
        assertEquals("The Libyan National Army took control of Gharyan on Thursday.", r.get("sentence"));
    }

    @Test
    void statementsByActorShowsAllByDefaultAndFiltersByName() {
        List<Map<String, String>> all = run(read("statements-by-actor.rq"));
        assertEquals(2, all.size());
        Map<String, String> joint = all.get(1);
        assertEquals(Set.of("Fayez al-Sarraj", "Khalifa Haftar"), Set.of(joint.get("speakers").split(", ")));
        assertEquals("a joint statement", joint.get("medium"));
        assertEquals("false", joint.get("direct"));
        assertEquals("2019-04-06", joint.get("published"));

        List<Map<String, String>> guterres = run("statements-by-actor.rq", "VALUES ?actor { \"\" }",
                "VALUES ?actor { \"GUTERRES\" }");
        assertEquals(1, guterres.size());
        assertEquals("I leave Libya with a heavy heart,", guterres.get(0).get("text"));
        assertEquals("Twitter", guterres.get(0).get("medium"));
        assertTrue(guterres.get(0).get("sentence").endsWith("Guterres said on Twitter."));
        // an alternative label finds the entity too
        assertEquals(1, run("statements-by-actor.rq", "VALUES ?actor { \"\" }", "VALUES ?actor { \"hafter\" }")
                .size());
    }

    @Test
    void entityProfileGathersFactsAcrossArticles() {
        List<Map<String, String>> rows = run("entity-profile.rq", "VALUES ?name { \"\" }",
                "VALUES ?name { \"haftar\" }");
        assertEquals(Set.of(EntityIris.entity("person/khalifa-haftar")), column(rows, "entity"));
        Set<String> facts = column(rows, "aspect", "valueLabel", "articles");
        assertTrue(facts.contains("label | null | 0"), facts.toString());
        assertTrue(column(rows, "aspect", "value").containsAll(Set.of("label | Hafter", "label | Haftar",
                "label | Khalifa Haftar", "type | " + NKG.Person.getURI())));
        assertTrue(facts.contains("relation out | Libyan National Army | 1"), facts.toString());
        assertTrue(facts.contains("relation in | Antonio Guterres | 1"), facts.toString());
        assertTrue(facts.contains("relation in | Fayez al-Sarraj | 1"), facts.toString());
        assertTrue(facts.contains("said | null | 1"), facts.toString());
        assertTrue(facts.contains("article | Haftar forces take Gharyan | 1"), facts.toString());
        assertTrue(facts.contains("article | Rivals meet in Abu Dhabi | 1"), facts.toString());
    }

    @Test
    void coOccurringActors() {
        List<Map<String, String>> rows = run(read("co-occurring-actors.rq"));
        Map<Set<String>, String> counts = new HashMap<>();
        rows.forEach(r -> counts.put(Set.of(r.get("actor1"), r.get("actor2")),
                r.get("sentences") + "/" + r.get("articles")));
        assertEquals("2/1", counts.get(Set.of("Khalifa Haftar", "Fayez al-Sarraj")));
        assertEquals("1/1", counts.get(Set.of("Khalifa Haftar", "Antonio Guterres")));
        assertEquals("1/1", counts.get(Set.of("Khalifa Haftar", "Libyan National Army")));
        assertEquals("0/1", counts.get(Set.of("Antonio Guterres", "Libyan National Army")));
        assertEquals(null, counts.get(Set.of("Antonio Guterres", "Fayez al-Sarraj")), "never in one article");
        assertTrue(rows.stream().noneMatch(r -> r.get("actor1").equals("Libya") || r.get("actor2").equals("Libya")),
                "places are not actors");
    }

    @Test
    void wikidataLinks() {
        List<Map<String, String>> rows = run(read("wikidata-links.rq"));
        assertEquals(Set.of("Libya | Q1016 | http://www.wikidata.org/entity/Q1016 | 2"),
                column(rows, "label", "qid", "wikidata", "articles"));
        assertEquals(Set.of("Country", "Place"), Set.of(rows.get(0).get("types").split(" ")));
    }

    @Test
    void factsWithProvenance() {
        List<Map<String, String>> rows = run(read("facts-with-provenance.rq"));
        assertEquals(10, rows.size());
        Map<String, String> position = rows.stream().filter(r -> r.get("property").equals("holdsPosition"))
                .findFirst().orElseThrow();
        assertEquals("Antonio Guterres", position.get("subjectName"));
        assertEquals("Secretary-General", position.get("objectName"));
        assertEquals("UN Secretary-General Antonio Guterres met Haftar in Benghazi on Friday.",
                position.get("sentence"));
        String text = RdfFixtures.first().article().text();
        assertEquals("Secretary-General Antonio Guterres", text.substring(Integer.parseInt(position.get("start")),
                Integer.parseInt(position.get("end"))));
        assertEquals(0.85, Double.parseDouble(position.get("confidence")), 1e-9);
        assertEquals("test:holdsPosition", position.get("rule"));
        Map<String, String> met = rows.stream().filter(r -> r.get("property").equals("met")
                && "Benghazi".equals(r.get("placeName"))).findFirst().orElseThrow();
        assertEquals("on Friday", met.get("when"));
        assertEquals("2019-04-05", met.get("date"));
    }

    @Test
    void placesInCountries() {
        assertEquals(Set.of("Gharyan | Libya | true", "Tripoli | Libya | true"),
                column(run(read("places-in-countries.rq")), "placeName", "countryName", "direct"));
    }

    @Test
    void meetingsWithPlaceAndDate() {
        assertEquals(Set.of("Antonio Guterres | Khalifa Haftar | Benghazi | 2019-04-05",
                        "Fayez al-Sarraj | Khalifa Haftar | Abu Dhabi | 2019-04-03"),
                column(run(read("meetings.rq")), "actor1", "actor2", "placeName", "date"));
    }

    @Test
    void quotesByMedium() {
        List<Map<String, String>> rows = run(read("quotes-by-medium.rq"));
        assertEquals(Set.of("Twitter | 1 | 1", "a joint statement | 1 | 0"),
                column(rows, "medium", "statements", "quotations"));
        Map<String, String> joint = rows.stream().filter(r -> r.get("medium").equals("a joint statement"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("Fayez al-Sarraj", "Khalifa Haftar"), Set.of(joint.get("speakers").split(", ")));
    }

    @Test
    void articlesAndPositions() {
        assertEquals(Set.of("Haftar forces take Gharyan | ANI | 2019-04-05 | 6 | 5 | 1",
                        "Rivals meet in Abu Dhabi | null | 2019-04-06 | 6 | 5 | 1"),
                column(run(read("articles.rq")), "headline", "source", "published", "entities", "relations",
                        "statements"));
        assertEquals(Set.of("Antonio Guterres | Secretary-General | 1"),
                column(run(read("positions-held.rq")), "personName", "position", "articles"));
    }
}
