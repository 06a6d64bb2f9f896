package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** queries/events.rq over a TDB2 store holding the two fixture articles, and the event nodes GraphBuilder writes. */
class EventsQueryTest {

    private static Dataset store;

    @BeforeAll
    static void load() {
        store = TDB2Factory.createDataset();
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        GraphBuilder builder = new GraphBuilder();
        Txn.executeWrite(store, () -> List.of(RdfFixtures.first(), RdfFixtures.second())
                .forEach(x -> builder.replaceIn(store, x)));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<Map<String, String>> run(String text) {
        return Txn.calculateRead(store, () -> {
            try (QueryExecution qe = QueryExecution.dataset(store).query(QueryFactory.create(text)).build()) {
                List<Map<String, String>> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(sol -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    sol.varNames().forEachRemaining(v -> {
                        RDFNode n = sol.get(v);
                        m.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    });
                    rows.add(m);
                });
                return rows;
            }
        });
    }

    @Test
    void eventsWithTypeActorsPlaceDateAndSentence() {
        List<Map<String, String>> rows = run(QueriesTest.read("events.rq"));
        assertEquals(Set.of(
                        "Capture | Libyan National Army | Gharyan | 2019-04-04 | on Thursday",
                        "Meeting | Antonio Guterres, Khalifa Haftar | Benghazi | 2019-04-05 | on Friday",
                        "Meeting | Fayez al-Sarraj, Khalifa Haftar | Abu Dhabi | 2019-04-03 | on Wednesday"),
                QueriesTest.column(rows.stream().map(r -> {
                    Map<String, String> m = new LinkedHashMap<>(r);
                    m.put("actors", String.join(", ", new TreeSet<>(List.of(r.get("actors").split(", ")))));
                    return m;
                }).toList(), "type", "actors", "placeName", "date", "when"));
        Map<String, String> capture = rows.stream().filter(r -> r.get("type").equals("Capture")).findFirst()
                .orElseThrow();
        assertEquals("The Libyan National Army took control of Gharyan on Thursday.", capture.get("sentence"));
    }

    @Test
    void eventNodeHasProvenanceAndTheEventSuperclassInTheOntology() {
        Model m = new GraphBuilder().toModel(RdfFixtures.first());
        List<Resource> meetings = m.listSubjectsWithProperty(RDF.type, NKG.Meeting).toList();
        assertEquals(1, meetings.size());
        Resource ev = meetings.get(0);
        assertTrue(ev.getURI().startsWith(RdfFixtures.first().article().uri() + "/event/"), ev.getURI());
        assertEquals(2, ev.listProperties(NKG.actor).toList().size());
        assertTrue(ev.hasProperty(NKG.inSentence) && ev.hasProperty(NKG.confidence)
                && ev.hasProperty(NKG.extractedBy) && ev.hasProperty(NKG.startOffset));
        // building twice gives the same IRIs
        assertTrue(new GraphBuilder().toModel(RdfFixtures.first()).isIsomorphicWith(m));
    }
}
