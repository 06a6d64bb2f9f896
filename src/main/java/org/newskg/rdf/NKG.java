package org.newskg.rdf;

import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.newskg.extract.EntityType;
import org.newskg.extract.Predicate;

/**
 * The newskg ontology ({@code ontology/newskg.ttl}) as Jena constants, like Jena's {@code RDFS} or {@code SKOS}.
 * Field names are the terms' local names; a test keeps this class and the ontology file equal.
 *
 * <pre>
 * model.add(haftar, RDF.type, NKG.Person);
 * model.add(haftar, NKG.property(Predicate.COMMANDS), lna);
 * </pre>
 */
public final class NKG {

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/newskg/ontology#";

    /** Namespace of entity IRIs ({@code ent:person/khalifa-haftar}, {@code ent:Q1234}). */
    public static final String ENTITY_NS = "https://w3id.org/newskg/entity/";

    /** Namespace of article IRIs; sentences, mentions, facts and statements hang below an article's IRI. */
    public static final String ARTICLE_NS = "https://w3id.org/newskg/article/";

    /** Wikidata entities. */
    public static final String WD_NS = "http://www.wikidata.org/entity/";

    /** The prefixes newskg writes: nkg, ent, art, rdf, rdfs, skos, owl, xsd, wd. Read-only. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("nkg", NS)
            .setNsPrefix("ent", ENTITY_NS)
            .setNsPrefix("art", ARTICLE_NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.NS)
            .setNsPrefix("wd", WD_NS)
            .lock();

    private NKG() {
    }

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // Classes: actors and places
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource ArmedForce = resource("ArmedForce");
    public static final Resource Government = resource("Government");
    public static final Resource PoliticalParty = resource("PoliticalParty");
    public static final Resource NewsAgency = resource("NewsAgency");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");
    public static final Resource Region = resource("Region");

    // Classes: events, statements, articles, provenance
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Clash = resource("Clash");
    public static final Resource Offensive = resource("Offensive");
    public static final Resource Capture = resource("Capture");
    public static final Resource Visit = resource("Visit");
    public static final Resource Statement = resource("Statement");
    public static final Resource Article = resource("Article");
    public static final Resource Sentence = resource("Sentence");
    public static final Resource Mention = resource("Mention");
    public static final Resource RelationAssertion = resource("RelationAssertion");

    // Relations (one per extract.Predicate)
    public static final Property commands = property("commands");
    public static final Property leads = property("leads");
    public static final Property memberOf = property("memberOf");
    public static final Property holdsPosition = property("holdsPosition");
    public static final Property locatedIn = property("locatedIn");
    public static final Property basedIn = property("basedIn");
    public static final Property tookControlOf = property("tookControlOf");
    public static final Property attacked = property("attacked");
    public static final Property advancedOn = property("advancedOn");
    public static final Property met = property("met");
    public static final Property visited = property("visited");
    public static final Property supports = property("supports");
    public static final Property opposes = property("opposes");
    public static final Property calledFor = property("calledFor");
    public static final Property citizenOf = property("citizenOf");
    public static final Property employedBy = property("employedBy");

    // Statements
    public static final Property speaker = property("speaker");
    public static final Property speakerText = property("speakerText");
    public static final Property text = property("text");
    public static final Property direct = property("direct");
    public static final Property addressee = property("addressee");
    public static final Property medium = property("medium");
    public static final Property statedOn = property("statedOn");
    public static final Property about = property("about");

    // Articles, sentences, mentions, provenance
    public static final Property headline = property("headline");
    public static final Property source = property("source");
    public static final Property url = property("url");
    public static final Property publishedOn = property("publishedOn");
    public static final Property inArticle = property("inArticle");
    public static final Property inSentence = property("inSentence");
    public static final Property index = property("index");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property confidence = property("confidence");
    public static final Property extractedBy = property("extractedBy");
    public static final Property denotes = property("denotes");
    public static final Property anchorOf = property("anchorOf");
    public static final Property mentionKind = property("mentionKind");
    public static final Property mentionedIn = property("mentionedIn");

    // Events, and place and time of relations
    public static final Property actor = property("actor");
    public static final Property place = property("place");
    public static final Property timeText = property("timeText");
    public static final Property date = property("date");

    /** The more specific classes an entity may get, with the class they specialise (as in the ontology). */
    public static final Map<Resource, Resource> ENTITY_SUBCLASSES = Map.of(
            ArmedForce, Organization, Government, Organization, PoliticalParty, Organization,
            NewsAgency, Organization, InternationalOrganization, Organization,
            Country, Place, City, Place, Region, Place);

    /** The ontology property of a relation predicate. */
    public static Property property(Predicate p) {
        return switch (p) {
            case COMMANDS -> commands;
            case LEADS -> leads;
            case MEMBER_OF -> memberOf;
            case HOLDS_POSITION -> holdsPosition;
            case LOCATED_IN -> locatedIn;
            case BASED_IN -> basedIn;
            case TOOK_CONTROL_OF -> tookControlOf;
            case ATTACKED -> attacked;
            case ADVANCED_ON -> advancedOn;
            case MET -> met;
            case VISITED -> visited;
            case SUPPORTS -> supports;
            case OPPOSES -> opposes;
            case CALLED_FOR -> calledFor;
            case CITIZEN_OF -> citizenOf;
            case EMPLOYED_BY -> employedBy;
        };
    }

    /** The class of an entity type. */
    public static Resource type(EntityType t) {
        return switch (t) {
            case PERSON -> Person;
            case ORGANIZATION -> Organization;
            case PLACE -> Place;
        };
    }

    /**
     * The subclass named by a mention's or entity's {@code subclass} (a local name such as "Country"), when the
     * ontology has it and it specialises the type's class; empty for null, unknown or mismatched names.
     */
    public static Optional<Resource> subclass(EntityType t, String localName) {
        if (localName == null || localName.isBlank()) {
            return Optional.empty();
        }
        Resource r = ResourceFactory.createResource(NS + localName.strip());
        return type(t).equals(ENTITY_SUBCLASSES.get(r)) ? Optional.of(r) : Optional.empty();
    }
}
