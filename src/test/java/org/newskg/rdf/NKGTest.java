package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Predicate;

/** Keeps {@link NKG} and ontology/newskg.ttl equal. */
class NKGTest {

    static final String ONTOLOGY = "ontology/newskg.ttl";
    private static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = RDFParser.source(ONTOLOGY).toModel();
    }

    /** Terms the ontology declares as a class or property in the nkg namespace. */
    static Set<String> ontologyTerms(Model m) {
        Set<String> terms = new TreeSet<>();
        for (Resource kind : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property,
                OWL.AnnotationProperty, RDFS.Class)) {
            m.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(NKG.NS)) {
                    terms.add(r.getLocalName());
                }
            });
        }
        return terms;
    }

    static Set<String> vocabularyTerms() throws IllegalAccessException {
        Set<String> terms = new TreeSet<>();
        for (Field f : NKG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Resource r = (Resource) f.get(null);
                assertEquals(NKG.NS + f.getName(), r.getURI(), "field " + f.getName());
                terms.add(f.getName());
            }
        }
        return terms;
    }

    @Test
    void vocabularyClassAndOntologyHaveTheSameTerms() throws IllegalAccessException {
        Set<String> inOntology = ontologyTerms(ontology);
        Set<String> inJava = vocabularyTerms();
        Set<String> onlyOntology = new TreeSet<>(inOntology);
        onlyOntology.removeAll(inJava);
        Set<String> onlyJava = new TreeSet<>(inJava);
        onlyJava.removeAll(inOntology);
        assertTrue(onlyOntology.isEmpty(), "in the ontology, not in NKG: " + onlyOntology);
        assertTrue(onlyJava.isEmpty(), "in NKG, not declared in the ontology: " + onlyJava);
    }

    @Test
    void propertiesAndClassesHaveTheRightKind() throws IllegalAccessException {
        for (Field f : NKG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource r = ontology.getResource(((Resource) f.get(null)).getURI());
            boolean isClass = r.hasProperty(RDF.type, OWL.Class);
            assertEquals(Property.class.isAssignableFrom(f.getType()), !isClass, f.getName());
        }
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (String t : ontologyTerms(ontology)) {
            Resource r = ontology.getResource(NKG.NS + t);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                if (!r.hasProperty(p) || r.getProperty(p).getString().isBlank()) {
                    missing.add(t + " " + p.getLocalName());
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing: " + missing);
    }

    @Test
    void everyPredicateHasItsOntologyProperty() {
        for (Predicate p : Predicate.values()) {
            Property prop = NKG.property(p);
            assertEquals(p.localName(), prop.getLocalName());
            Resource decl = ontology.getResource(prop.getURI());
            Resource kind = p.takesPhrase() ? OWL.DatatypeProperty : OWL.ObjectProperty;
            assertTrue(decl.hasProperty(RDF.type, kind), p + " should be a " + kind.getLocalName());
            assertEquals(p.isSymmetric(), decl.hasProperty(RDF.type, OWL.SymmetricProperty), p.toString());
        }
    }

    @Test
    void entityTypesAndSubclassesMatchTheOntology() {
        for (EntityType t : EntityType.values()) {
            assertEquals(NKG.NS + t.ontologyClass(), NKG.type(t).getURI());
        }
        for (Map.Entry<Resource, Resource> e : NKG.ENTITY_SUBCLASSES.entrySet()) {
            assertTrue(ontology.contains(e.getKey(), RDFS.subClassOf, e.getValue()), e.toString());
        }
        // every class declared as a subclass of Person, Organization or Place is in the map
        for (Resource top : List.of(NKG.Person, NKG.Organization, NKG.Place)) {
            ontology.listSubjectsWithProperty(RDFS.subClassOf, top).forEachRemaining(
                    c -> assertEquals(top, NKG.ENTITY_SUBCLASSES.get(c), c.getLocalName()));
        }
        assertEquals(NKG.Country, NKG.subclass(EntityType.PLACE, "Country").orElseThrow());
        assertTrue(NKG.subclass(EntityType.PERSON, "Country").isEmpty());
        assertTrue(NKG.subclass(EntityType.PLACE, "Planet").isEmpty());
        assertTrue(NKG.subclass(EntityType.PLACE, null).isEmpty());
    }

    @Test
    void ontologyNamesNoUndeclaredNkgTerm() {
        // a typo such as nkg:Acter in a subClassOf would pass unnoticed otherwise
        Set<String> declared = ontologyTerms(ontology);
        ontology.listStatements().forEachRemaining(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(NKG.NS)) {
                    assertTrue(declared.contains(n.asResource().getLocalName()), "undeclared: " + n);
                }
            }
        });
    }
}
