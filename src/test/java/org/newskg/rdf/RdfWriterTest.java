package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RdfWriterTest {

    private static Dataset dataset;

    @BeforeAll
    static void build() {
        dataset = new GraphBuilder().toDataset(List.of(RdfFixtures.first(), RdfFixtures.second()));
    }

    private static byte[] write(Dataset ds, RdfFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(ds, f, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(RdfFormat.class)
    void roundTrip(RdfFormat format) {
        byte[] bytes = write(dataset, format);
        DatasetGraph back = RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), format.lang())
                .toDatasetGraph();
        if (format.hasNamedGraphs()) {
            assertEquals(2, back.size(), "named graphs");
            assertTrue(IsoMatcher.isomorphic(dataset.asDatasetGraph(), back), format + " changed the dataset");
        } else {
            Graph union = RdfWriter.union(dataset.asDatasetGraph());
            assertEquals(0, back.size(), "no named graphs in " + format);
            assertEquals(union.size(), back.getDefaultGraph().size());
            assertTrue(IsoMatcher.isomorphic(union, back.getDefaultGraph()), format + " changed the union");
        }
    }

    @Test
    void unionMergesTriplesSharedByArticles() {
        long quads = dataset.asDatasetGraph().stream().count();
        Graph union = RdfWriter.union(dataset.asDatasetGraph());
        // the label of Haftar, Libya's types and sameAs are in both graphs, once in the union
        assertTrue(union.size() < quads, union.size() + " vs " + quads);
    }

    @Test
    void turtleAndTrigUseTheNewskgPrefixes() {
        String ttl = new String(write(dataset, RdfFormat.TURTLE), StandardCharsets.UTF_8);
        for (String prefix : List.of("nkg", "ent", "art", "rdf", "rdfs", "skos", "owl", "xsd", "wd")) {
            assertTrue(ttl.contains("PREFIX " + prefix + ":"), prefix);
        }
        assertTrue(ttl.contains("nkg:Person"));
        String trig = new String(write(dataset, RdfFormat.TRIG), StandardCharsets.UTF_8);
        assertTrue(trig.contains("PREFIX nkg:") || trig.contains("@prefix nkg:"));
        String jsonld = new String(write(dataset, RdfFormat.JSONLD), StandardCharsets.UTF_8);
        assertTrue(jsonld.contains("\"@context\"") && jsonld.contains("\"nkg\""), jsonld.substring(0, 300));
    }

    @Test
    void writesATdb2StoreInsideAReadTransaction() {
        Dataset tdb = TDB2Factory.createDataset();
        Txn.executeWrite(tdb, () -> dataset.listNames().forEachRemaining(
                n -> tdb.addNamedModel(n, dataset.getNamedModel(n))));
        byte[] nq = write(tdb, RdfFormat.NQUADS);
        DatasetGraph back = RDFParser.fromString(new String(nq, StandardCharsets.UTF_8), RdfFormat.NQUADS.lang())
                .toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(dataset.asDatasetGraph(), back));
        assertFalse(tdb.isInTransaction());
    }

    @Test
    void writesAModel() {
        Model m = dataset.getNamedModel(RdfFixtures.first().article().uri());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfWriter.write(m, RdfFormat.TRIG, out);
        DatasetGraph back = RDFParser.fromString(out.toString(StandardCharsets.UTF_8), RdfFormat.TRIG.lang())
                .toDatasetGraph();
        assertTrue(IsoMatcher.isomorphic(m.getGraph(), back.getDefaultGraph()));
    }

    @Test
    void formatsByFileNameAndName() {
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.fromFileName("out/graph.TTL"));
        assertEquals(Optional.of(RdfFormat.TRIG), RdfFormat.fromFileName("graph.trig"));
        assertEquals(Optional.of(RdfFormat.NQUADS), RdfFormat.fromFileName("a.b.nq"));
        assertEquals(Optional.of(RdfFormat.JSONLD), RdfFormat.fromFileName("graph.jsonld"));
        assertEquals(Optional.of(RdfFormat.NTRIPLES), RdfFormat.fromFileName("graph.nt"));
        assertEquals(Optional.empty(), RdfFormat.fromFileName("graph.txt"));
        assertEquals(Optional.empty(), RdfFormat.fromFileName("graph"));
        assertEquals(Optional.of(RdfFormat.JSONLD), RdfFormat.fromName("JSON-LD"));
        assertEquals(Optional.of(RdfFormat.NTRIPLES), RdfFormat.fromName("n-triples"));
        assertEquals(Optional.of(RdfFormat.TURTLE), RdfFormat.fromName("ttl"));
        assertEquals(Optional.of(RdfFormat.NQUADS), RdfFormat.fromName("nquads"));
        assertEquals(Optional.empty(), RdfFormat.fromName("rdfxml"));
        for (RdfFormat f : RdfFormat.values()) {
            assertEquals(Optional.of(f), RdfFormat.fromFileName("x." + f.extension()));
            assertEquals(Optional.of(f), RdfFormat.fromName(f.name()));
        }
    }
}
