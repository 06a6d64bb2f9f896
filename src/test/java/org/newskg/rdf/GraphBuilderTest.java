package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.Predicate;
import org.newskg.extract.Relation;
import org.newskg.resolve.Entity;

class GraphBuilderTest {

    private static final GraphBuilder BUILDER = new GraphBuilder();
    private static Extraction first;
    private static Extraction second;
    private static Model model;

    @BeforeAll
    static void build() {
        first = RdfFixtures.first();
        second = RdfFixtures.second();
        model = BUILDER.toModel(first);
    }

    private static Resource ent(String key) {
        return ResourceFactory.createResource(EntityIris.entity(key));
    }

    private static Resource art(Extraction x) {
        return ResourceFactory.createResource(x.article().uri());
    }

    @Test
    void articleWithMetadataAndSentences() {
        Resource a = art(first);
        assertTrue(model.contains(a, RDF.type, NKG.Article));
        assertTrue(model.contains(a, NKG.headline, "Haftar forces take Gharyan"));
        assertTrue(model.contains(a, NKG.source, "ANI"));
        assertTrue(model.contains(a, NKG.url, model.createResource("https://example.org/news/1")));
        assertTrue(model.contains(a, NKG.publishedOn, model.createTypedLiteral("2019-04-05", XSDDatatype.XSDdate)));
        assertTrue(model.contains(a, NKG.text, first.article().text()));
        int n = first.analyzed().sentences().size();
        assertEquals(n, model.listSubjectsWithProperty(RDF.type, NKG.Sentence).toList().size());
        var s = first.analyzed().sentences().get(1);
        Resource sr = model.createResource(a.getURI() + "/sentence/1");
        assertTrue(model.contains(sr, NKG.text, s.text()));
        assertTrue(model.contains(sr, NKG.inArticle, a));
        Literal start = sr.getProperty(NKG.startOffset).getLiteral();
        assertEquals(XSDDatatype.XSDinteger, start.getDatatype());
        assertEquals(s.start(), start.getInt());
    }

    @Test
    void entitiesWithTypesSubclassesLabelsAndLinks() {
        Resource haftar = ent("person/khalifa-haftar");
        assertTrue(model.contains(haftar, RDF.type, NKG.Person));
        assertTrue(model.contains(haftar, RDFS.label, "Khalifa Haftar"));
        assertTrue(model.contains(haftar, SKOS.altLabel, "Haftar"));
        assertTrue(model.contains(haftar, NKG.mentionedIn, art(first)));
        assertTrue(model.contains(ent("place/gharyan"), RDF.type, NKG.City));
        Resource libya = ent("Q1016");
        assertTrue(model.contains(libya, RDF.type, NKG.Place));
        assertTrue(model.contains(libya, RDF.type, NKG.Country));
        assertTrue(model.contains(libya, OWL.sameAs, model.createResource("http://www.wikidata.org/entity/Q1016")));
        assertFalse(model.contains(haftar, OWL.sameAs, (RDFNode) null));
    }

    @Test
    void unknownOrMismatchedSubclassesAreIgnored() {
        Entity haftar = RdfFixtures.named(first.entities(), "Khalifa Haftar");
        Entity odd = new Entity(haftar.key(), haftar.name(), haftar.type(), "Country", haftar.aliases(),
                haftar.mentions(), null, 1.0);
        Entity gharyan = RdfFixtures.named(first.entities(), "Gharyan");
        Entity unknown = new Entity(gharyan.key(), gharyan.name(), gharyan.type(), "Spaceport", Set.of(),
                gharyan.mentions(), null, 1.0);
        Model m = BUILDER.toModel(new Extraction(first.article(), first.analyzed(), List.of(odd, unknown),
                List.of(), List.of()));
        assertEquals(Set.of(NKG.Person), Set.copyOf(m.listObjectsOfProperty(ent(haftar.key()), RDF.type).toList()));
        assertEquals(Set.of(NKG.Place), Set.copyOf(m.listObjectsOfProperty(ent(gharyan.key()), RDF.type).toList()));
    }

    @Test
    void mentionsCarryTheirSpanAndProvenance() {
        Entity guterres = RdfFixtures.named(first.entities(), "Antonio Guterres");
        Mention mn = guterres.mentions().get(0);
        Resource r = model.createResource(art(first).getURI() + "/mention/" + mn.start() + "-" + mn.end());
        assertTrue(model.contains(r, RDF.type, NKG.Mention));
        assertTrue(model.contains(r, NKG.denotes, ent(guterres.key())));
        assertTrue(model.contains(r, NKG.anchorOf, "Antonio Guterres"));
        assertTrue(model.contains(r, NKG.inSentence, model.createResource(
                EntityIris.sentence(first.article().uri(), mn.sentence()))));
        assertEquals(XSDDatatype.XSDdouble, r.getProperty(NKG.confidence).getLiteral().getDatatype());
        assertEquals(mn.end(), r.getProperty(NKG.endOffset).getInt());
        assertTrue(model.contains(r, NKG.extractedBy, "test"));
    }

    @Test
    void relationProvenanceIsQueryable() {
        String q = """
                PREFIX nkg: <https://w3id.org/newskg/ontology#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                SELECT ?fact ?sentence ?start ?end ?confidence ?rule WHERE {
                  ?s nkg:commands ?o .
                  ?fact rdf:subject ?s ; rdf:predicate nkg:commands ; rdf:object ?o ;
                        nkg:inSentence/nkg:text ?sentence ; nkg:startOffset ?start ; nkg:endOffset ?end ;
                        nkg:confidence ?confidence ; nkg:extractedBy ?rule .
                }""";
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(q).build()) {
            qe.execSelect().forEachRemaining(rows::add);
        }
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertEquals("Khalifa Haftar commands the Libyan National Army.", row.getLiteral("sentence").getString());
        int start = row.getLiteral("start").getInt();
        assertEquals("Haftar commands the Libyan",
                first.article().text().substring(start, row.getLiteral("end").getInt()));
        assertEquals(0.85, row.getLiteral("confidence").getDouble(), 1e-9);
        assertEquals("test:commands", row.getLiteral("rule").getString());
        Relation r = first.relations().get(0);
        assertEquals(EntityIris.fact(first.article().uri(), EntityIris.entity(r.subject()),
                NKG.commands.getURI(), "<" + EntityIris.entity(r.object()) + ">", r.evidence().start(),
                r.evidence().end()), row.getResource("fact").getURI());
    }

    @Test
    void placeAndTimeOfARelation() {
        Resource fact = model.listSubjectsWithProperty(RDF.predicate, NKG.met).next();
        assertTrue(model.contains(fact, NKG.place, ent("place/benghazi")));
        assertTrue(model.contains(fact, NKG.timeText, "on Friday"));
        assertTrue(model.contains(fact, NKG.date, model.createTypedLiteral("2019-04-05", XSDDatatype.XSDdate)));
        assertTrue(model.contains(ent("person/antonio-guterres"), NKG.met, ent("person/khalifa-haftar")));
    }

    @Test
    void phraseObjectsAreLiterals() {
        Resource guterres = ent("person/antonio-guterres");
        RDFNode position = model.getProperty(guterres, NKG.holdsPosition).getObject();
        assertTrue(position.isLiteral());
        assertEquals("Secretary-General", position.asLiteral().getString());
        Resource fact = model.listSubjectsWithProperty(RDF.predicate, NKG.holdsPosition).next();
        assertEquals(position, fact.getProperty(RDF.object).getObject());
        Model m2 = BUILDER.toModel(second);
        assertTrue(m2.contains(ent("organization/government-of-national-accord"), NKG.calledFor, "a ceasefire"));
    }

    @Test
    void entityPredicateWithoutObjectEntityKeepsOnlyTheAssertion() {
        Entity lna = RdfFixtures.named(first.entities(), "Libyan National Army");
        Relation r = new Relation(lna, Predicate.TOOK_CONTROL_OF, null, "the airport", null, null, null,
                first.relations().get(1).evidence(), 0.5, "test");
        Model m = BUILDER.toModel(new Extraction(first.article(), first.analyzed(), first.entities(), List.of(r),
                List.of()));
        assertFalse(m.contains(null, NKG.tookControlOf, (RDFNode) null));
        Resource fact = m.listSubjectsWithProperty(RDF.type, NKG.RelationAssertion).next();
        assertEquals("the airport", fact.getProperty(RDF.object).getString());
    }

    @Test
    void statementWithSeveralSpeakers() {
        Model m = BUILDER.toModel(second);
        Resource st = m.listSubjectsWithProperty(RDF.type, NKG.Statement).next();
        assertEquals(Set.of(ent("person/fayez-al-sarraj"), ent("person/khalifa-haftar")),
                Set.copyOf(m.listObjectsOfProperty(st, NKG.speaker).toList()));
        assertTrue(m.contains(st, NKG.speakerText, "Sarraj and Haftar"));
        assertTrue(m.contains(st, NKG.text, "elections would be held in Libya"));
        assertTrue(m.contains(st, NKG.direct, m.createTypedLiteral(false)));
        assertTrue(m.contains(st, NKG.medium, "a joint statement"));
        assertTrue(m.contains(st, NKG.about, ent("Q1016")));
        var s = second.statements().get(0);
        assertEquals(EntityIris.statement(second.article().uri(), s.start(), s.end()), st.getURI());
        assertTrue(m.contains(st, NKG.inSentence, m.createResource(
                EntityIris.sentence(second.article().uri(), s.evidence().sentence()))));
    }

    @Test
    void sameInputGivesTheSameGraph() {
        Model again = BUILDER.toModel(RdfFixtures.first());
        assertTrue(IsoMatcher.isomorphic(model.getGraph(), again.getGraph()));
        Set<String> iris = new HashSet<>();
        model.listSubjects().forEachRemaining(r -> iris.add(r.getURI()));
        Set<String> iris2 = new HashSet<>();
        again.listSubjects().forEachRemaining(r -> iris2.add(r.getURI()));
        assertEquals(iris, iris2);
        assertFalse(iris.contains(null), "no blank nodes");
    }

    @Test
    void datasetHasOneNamedGraphPerArticle() {
        Dataset ds = BUILDER.toDataset(List.of(first, second, first));
        Set<String> names = new HashSet<>();
        ds.listNames().forEachRemaining(names::add);
        assertEquals(Set.of(first.article().uri(), second.article().uri()), names);
        assertTrue(IsoMatcher.isomorphic(model.getGraph(), ds.getNamedModel(first.article().uri()).getGraph()));
        Model union = ds.getUnionModel();
        Resource haftar = ent("person/khalifa-haftar");
        assertEquals(Set.of("Haftar", "Hafter"), Set.copyOf(union.listObjectsOfProperty(haftar, SKOS.altLabel)
                .mapWith(n -> n.asLiteral().getString()).toList()));
        assertEquals(2, union.listObjectsOfProperty(haftar, NKG.mentionedIn).toList().size());
        assertFalse(ds.getNamedModel(second.article().uri()).contains(art(first), null, (RDFNode) null));
        assertEquals(LocalDate.of(2019, 4, 6).toString(),
                union.getProperty(art(second), NKG.publishedOn).getLiteral().getLexicalForm());
    }
}
