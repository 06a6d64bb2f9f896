package org.newskg.rdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes docs/ontology.md from ontology/newskg.ttl: one Markdown table per kind of term.
 *
 * <pre>
 * mvn -q -o test -Dtest=OntologyDocTest -Dnewskg.regenerate=true
 * </pre>
 */
final class OntologyDoc {

    static final Path ONTOLOGY = Path.of("ontology/newskg.ttl");
    static final Path DOC = Path.of("docs/ontology.md");

    private OntologyDoc() {
    }

    static String markdown() {
        Model m = RDFParser.source(ONTOLOGY).toModel();
        StringBuilder b = new StringBuilder();
        b.append("# The newskg ontology\n\n")
                .append("Namespace `").append(NKG.NS).append("` (prefix `nkg:`), defined in ")
                .append("[ontology/newskg.ttl](../ontology/newskg.ttl); ")
                .append("[rdf-model.md](rdf-model.md) shows how the graphs use it.\n")
                .append("Generated from the ontology by the test helper `OntologyDoc`; regenerate with\n")
                .append("`mvn -q -o test -Dtest=OntologyDocTest -Dnewskg.regenerate=true`.\n\n")
                .append("Alignment: `⊑` is rdfs:subClassOf / rdfs:subPropertyOf (every nkg term is also the ")
                .append("standard one), `inverse of` is owl:inverseOf, `≈` is skos:closeMatch (similar meaning, ")
                .append("different shape or scope).\n");
        table(b, m, "Classes", OWL.Class, false);
        table(b, m, "Object properties (the object is an entity or a node)", OWL.ObjectProperty, true);
        table(b, m, "Datatype properties (the object is a literal)", OWL.DatatypeProperty, true);
        return b.toString();
    }

    private static void table(StringBuilder b, Model m, String title, Resource kind, boolean property) {
        b.append("\n## ").append(title).append("\n\n");
        b.append(property ? "| term | label | comment | domain → range | alignment |\n|---|---|---|---|---|\n"
                : "| term | label | comment | alignment |\n|---|---|---|---|\n");
        Set<String> terms = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        m.listSubjectsWithProperty(RDF.type, kind).filterKeep(r -> r.getURI().startsWith(NKG.NS))
                .forEachRemaining(r -> terms.add(r.getLocalName()));
        for (String t : terms) {
            Resource r = m.getResource(NKG.NS + t);
            String name = "`nkg:" + t + "`" + (r.hasProperty(RDF.type, OWL.SymmetricProperty) ? " (symmetric)" : "");
            b.append("| ").append(name)
                    .append(" | ").append(cell(r.getProperty(RDFS.label).getString()))
                    .append(" | ").append(cell(r.getProperty(RDFS.comment).getString()));
            if (property) {
                b.append(" | ").append(values(m, r, RDFS.domain, "")).append(" → ")
                        .append(values(m, r, RDFS.range, ""));
            }
            String align = List.of(
                    values(m, r, property ? RDFS.subPropertyOf : RDFS.subClassOf, "⊑ "),
                    values(m, r, property ? OWL.equivalentProperty : OWL.equivalentClass, "≡ "),
                    values(m, r, OWL.inverseOf, "inverse of "),
                    values(m, r, SKOS.closeMatch, "≈ ")).stream()
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
            b.append(" | ").append(align).append(" |\n");
        }
    }

    private static String values(Model m, Resource r, Property p, String lead) {
        List<String> vs = r.listProperties(p).mapWith(s -> s.getObject()).filterKeep(RDFNode::isURIResource)
                .mapWith(n -> "`" + m.shortForm(n.asResource().getURI()) + "`").toList();
        if (vs.isEmpty()) {
            return lead.isEmpty() ? "·" : "";
        }
        return lead + vs.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    static void write() throws IOException {
        Files.writeString(DOC, markdown(), StandardCharsets.UTF_8);
    }
}
