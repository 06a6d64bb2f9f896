package org.newskg.rdf;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newskg.Extraction;
import org.newskg.extract.Event;
import org.newskg.extract.Evidence;
import org.newskg.extract.Mention;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.ingest.Article;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Entity;

/**
 * Turns what was read from an article into RDF, as docs/rdf-model.md describes: the article and its sentences,
 * entities with their types, labels and mentions, each relation as a direct triple plus a
 * {@code nkg:RelationAssertion} carrying its provenance, and statements.
 *
 * <pre>
 * GraphBuilder builder = new GraphBuilder();
 * Model graph = builder.toModel(extraction);                    // one article
 * Dataset ds = builder.toDataset(List.of(x1, x2));              // one named graph per article
 * </pre>
 *
 * <p>Every IRI is made by {@link EntityIris} from the input alone, so building the same extraction twice gives
 * the same triples. Stateless and thread-safe.
 */
public final class GraphBuilder {

    /** The graph of one article (its named graph's content), with newskg's prefixes. */
    public Model toModel(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(NKG.PREFIXES);
        Article a = x.article();
        Resource article = m.createResource(a.uri());
        addArticle(m, article, a, x);
        for (Entity e : entitiesOf(x).values()) {
            addEntity(m, article, e);
        }
        for (Relation r : x.relations()) {
            addRelation(m, article, r);
        }
        for (Statement s : x.statements()) {
            addStatement(m, article, s, x);
        }
        for (Event e : x.events()) {
            addEvent(m, article, e);
        }
        return m;
    }

    /**
     * A dataset holding each article's graph as a named graph whose IRI is the article's; an article given twice
     * keeps its last graph, as loading it again into a store would.
     */
    public Dataset toDataset(List<Extraction> extractions) {
        Dataset ds = DatasetFactory.create();
        ds.getPrefixMapping().setNsPrefixes(NKG.PREFIXES);
        for (Extraction x : extractions) {
            replaceIn(ds, x);
        }
        return ds;
    }

    /**
     * Puts an article's graph into a dataset, replacing the graph it had there. For a transactional store
     * (TDB2) call it inside a write transaction.
     */
    public void replaceIn(Dataset ds, Extraction x) {
        ds.replaceNamedModel(x.article().uri(), toModel(x));
    }

    private static void addArticle(Model m, Resource article, Article a, Extraction x) {
        article.addProperty(RDF.type, NKG.Article);
        if (!a.headline().isBlank()) {
            article.addProperty(NKG.headline, a.headline());
        }
        article.addProperty(NKG.text, a.text());
        if (a.source() != null && !a.source().isBlank()) {
            article.addProperty(NKG.source, a.source());
        }
        if (a.url() != null && isIri(a.url())) {
            article.addProperty(NKG.url, m.createResource(a.url().strip()));
        }
        if (a.published() != null) {
            article.addLiteral(NKG.publishedOn, date(m, a.published()));
        }
        for (Sentence s : x.analyzed().sentences()) {
            m.createResource(EntityIris.sentence(a.uri(), s.index()))
                    .addProperty(RDF.type, NKG.Sentence)
                    .addProperty(NKG.inArticle, article)
                    .addLiteral(NKG.index, integer(m, s.index()))
                    .addProperty(NKG.text, s.text())
                    .addLiteral(NKG.startOffset, integer(m, s.start()))
                    .addLiteral(NKG.endOffset, integer(m, s.end()));
        }
    }

    /** The article's entities and those its relations and statements name, once each, by key. */
    private static Map<String, Entity> entitiesOf(Extraction x) {
        Map<String, Entity> byKey = new LinkedHashMap<>();
        x.entities().forEach(e -> byKey.putIfAbsent(e.key(), e));
        for (Relation r : x.relations()) {
            byKey.putIfAbsent(r.subject().key(), r.subject());
            if (r.object() != null) {
                byKey.putIfAbsent(r.object().key(), r.object());
            }
            if (r.place() != null) {
                byKey.putIfAbsent(r.place().key(), r.place());
            }
        }
        for (Event ev : x.events()) {
            ev.actors().forEach(e -> byKey.putIfAbsent(e.key(), e));
            if (ev.place() != null) {
                byKey.putIfAbsent(ev.place().key(), ev.place());
            }
        }
        for (Statement s : x.statements()) {
            s.speakers().forEach(e -> byKey.putIfAbsent(e.key(), e));
            s.about().forEach(e -> byKey.putIfAbsent(e.key(), e));
            if (s.addressee() != null) {
                byKey.putIfAbsent(s.addressee().key(), s.addressee());
            }
        }
        return byKey;
    }

    private static void addEntity(Model m, Resource article, Entity e) {
        Resource r = m.createResource(EntityIris.entity(e));
        String uri = article.getURI();
        r.addProperty(RDF.type, NKG.type(e.type()));
        // the entity's own subclass; without one, what its mentions say (a gazetteer knew "Libya" is a Country)
        if (e.subclass() != null) {
            NKG.subclass(e.type(), e.subclass()).ifPresent(c -> r.addProperty(RDF.type, c));
        } else {
            e.mentions().forEach(mn -> NKG.subclass(e.type(), mn.subclass())
                    .ifPresent(c -> r.addProperty(RDF.type, c)));
        }
        r.addProperty(RDFS.label, e.name());
        e.aliases().stream().filter(al -> !al.equals(e.name()) && !al.isBlank())
                .forEach(al -> r.addProperty(SKOS.altLabel, al));
        r.addProperty(NKG.mentionedIn, article);
        if (e.wikidata() != null && !e.wikidata().isBlank()) {
            r.addProperty(OWL.sameAs, m.createResource(EntityIris.wikidata(e.wikidata())));
        }
        for (Mention mn : e.mentions()) {
            Resource mr = m.createResource(EntityIris.mention(uri, mn.start(), mn.end()))
                    .addProperty(RDF.type, NKG.Mention)
                    .addProperty(NKG.denotes, r)
                    .addProperty(NKG.anchorOf, mn.text())
                    .addProperty(NKG.mentionKind, mn.kind().name().toLowerCase(Locale.ROOT));
            provenance(m, mr, article, mn.sentence(), mn.start(), mn.end(), mn.confidence(), mn.source());
        }
    }

    private static void addRelation(Model m, Resource article, Relation rel) {
        Resource subject = m.createResource(EntityIris.entity(rel.subject()));
        Property p = NKG.property(rel.predicate());
        RDFNode object;
        String objectKey;
        boolean direct;
        if (rel.predicate().takesPhrase() || rel.object() == null) {
            // a phrase object (a position, what was called for); an entity predicate without a resolved object
            // keeps its object text on the assertion only, as the direct triple would misuse an object property
            String phrase = rel.objectText() != null && !rel.objectText().isBlank()
                    ? rel.objectText().strip() : rel.object().name();
            object = m.createLiteral(phrase);
            objectKey = "\"" + phrase + "\"";
            direct = rel.predicate().takesPhrase();
        } else {
            object = m.createResource(EntityIris.entity(rel.object()));
            objectKey = "<" + object.asResource().getURI() + ">";
            direct = true;
        }
        if (direct) {
            subject.addProperty(p, object);
        }
        Evidence ev = rel.evidence();
        Resource fact = m.createResource(EntityIris.fact(article.getURI(), subject.getURI(), p.getURI(), objectKey,
                        ev.start(), ev.end()))
                .addProperty(RDF.type, NKG.RelationAssertion)
                .addProperty(RDF.subject, subject)
                .addProperty(RDF.predicate, p)
                .addProperty(RDF.object, object);
        provenance(m, fact, article, ev.sentence(), ev.start(), ev.end(), rel.confidence(), rel.rule());
        if (rel.place() != null) {
            fact.addProperty(NKG.place, m.createResource(EntityIris.entity(rel.place())));
        }
        if (rel.time() != null && !rel.time().isBlank()) {
            fact.addProperty(NKG.timeText, rel.time());
        }
        if (rel.date() != null) {
            fact.addLiteral(NKG.date, date(m, rel.date()));
        }
    }

    /** {@code <article>/event/{hash} a nkg:Meeting ; nkg:actor ... ; nkg:place ... ; nkg:date ...} + provenance. */
    private static void addEvent(Model m, Resource article, Event e) {
        List<String> actors = e.actors().stream().map(EntityIris::entity).toList();
        Evidence ev = e.evidence();
        Resource r = m.createResource(EntityIris.event(article.getURI(), e.type(), actors, ev.start(), ev.end()))
                .addProperty(RDF.type, m.createResource(NKG.NS + e.type()));
        actors.forEach(a -> r.addProperty(NKG.actor, m.createResource(a)));
        if (e.place() != null) {
            r.addProperty(NKG.place, m.createResource(EntityIris.entity(e.place())));
        }
        if (e.time() != null && !e.time().isBlank()) {
            r.addProperty(NKG.timeText, e.time());
        }
        if (e.date() != null) {
            r.addLiteral(NKG.date, date(m, e.date()));
        }
        provenance(m, r, article, ev.sentence(), ev.start(), ev.end(), e.confidence(), e.rule());
    }

    private static void addStatement(Model m, Resource article, Statement s, Extraction x) {
        Resource st = m.createResource(EntityIris.statement(article.getURI(), s.start(), s.end()))
                .addProperty(RDF.type, NKG.Statement);
        s.speakers().forEach(sp -> st.addProperty(NKG.speaker, m.createResource(EntityIris.entity(sp))));
        if (s.speakerText() != null && !s.speakerText().isBlank()) {
            st.addProperty(NKG.speakerText, s.speakerText());
        }
        st.addProperty(NKG.text, s.text());
        st.addLiteral(NKG.direct, m.createTypedLiteral(s.direct()));
        if (s.addressee() != null) {
            st.addProperty(NKG.addressee, m.createResource(EntityIris.entity(s.addressee())));
        }
        if (s.medium() != null && !s.medium().isBlank()) {
            st.addProperty(NKG.medium, s.medium());
        }
        if (s.time() != null && !s.time().isBlank()) {
            st.addProperty(NKG.timeText, s.time());
        }
        if (s.date() != null) {
            st.addLiteral(NKG.statedOn, date(m, s.date()));
        }
        s.about().forEach(e -> st.addProperty(NKG.about, m.createResource(EntityIris.entity(e))));
        int sentence = s.evidence() != null ? s.evidence().sentence()
                : x.analyzed().sentenceAt(s.start()).map(Sentence::index).orElse(-1);
        provenance(m, st, article, sentence, s.start(), s.end(), s.confidence(), s.rule());
    }

    /** Article, sentence (when known), span, confidence and producer of a mention, fact or statement. */
    private static void provenance(Model m, Resource r, Resource article, int sentence, int start, int end,
                                   double confidence, String producer) {
        r.addProperty(NKG.inArticle, article);
        if (sentence >= 0) {
            r.addProperty(NKG.inSentence, m.createResource(EntityIris.sentence(article.getURI(), sentence)));
        }
        r.addLiteral(NKG.startOffset, integer(m, start));
        r.addLiteral(NKG.endOffset, integer(m, end));
        r.addLiteral(NKG.confidence, decimal(m, confidence));
        if (producer != null && !producer.isBlank()) {
            r.addProperty(NKG.extractedBy, producer);
        }
    }

    private static Literal integer(Model m, int n) {
        return m.createTypedLiteral(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    /**
     * An xsd:double in its canonical form ("0.85e0"), the form TDB2 stores and returns, so a graph compares equal
     * before and after a trip through the store.
     */
    private static Literal decimal(Model m, double d) {
        Node n = CanonicalizeLiteral.get()
                .apply(NodeFactory.createLiteralDT(Double.toString(d), XSDDatatype.XSDdouble));
        return m.asRDFNode(n).asLiteral();
    }

    private static Literal date(Model m, LocalDate d) {
        return m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate);
    }

    /** An absolute IRI Jena accepts; article URLs come from free-text markers and may be anything. */
    private static boolean isIri(String s) {
        try {
            return IRIs.check(s.strip()) && IRIs.reference(s.strip()).isAbsolute();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
