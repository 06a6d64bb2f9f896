package org.newskg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.util.ResourceUtils;
import org.apache.jena.vocabulary.OWL;
import org.newskg.extract.EntityType;
import org.newskg.link.Link;
import org.newskg.link.WikidataLinker;
import org.newskg.rdf.EntityIris;
import org.newskg.rdf.NKG;
import org.newskg.resolve.Entity;
import org.newskg.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg link}: (re)links a whole store. Every entity of an article graph without {@code owl:sameAs} is
 * linked by its label, alternative labels and type (the other entities of its article giving context). As at
 * extraction time, the link decides identity: a linked entity is renamed to its Q-id IRI ({@code ent:Q90}) in its
 * article graph, every triple that names it follows, and it gets {@code owl:sameAs wd:Q90}; the item's
 * description goes to the Wikidata enrichment graph. All in one load of the changed graphs (one transaction).
 *
 * <pre>
 * newskg link                          # ./data/store, offline
 * newskg link --endpoint http://localhost:3030/news --online
 * </pre>
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links the stored entities that have no owl:sameAs to Wikidata and adds the links and the "
                + "Wikidata enrichment graph to the store.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (possibly nothing to link)", "2:usage error", "3:the store could not be used"})
final class LinkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Option(names = "--online", description = "Also ask the Wikidata API (answers are cached).")
    boolean online;

    @Option(names = "--link-cache", paramLabel = "DIR",
            description = "Cache of Wikidata API answers (default: data/wikidata-cache).")
    java.nio.file.Path cache = org.newskg.link.WikidataCache.DEFAULT_DIR;

    @Option(names = "--wikidata-api", paramLabel = "URL",
            description = "Wikidata API endpoint for --online (default: https://www.wikidata.org/w/api.php).")
    java.net.URI api = org.newskg.link.WikidataApi.Settings.DEFAULT_API;

    @Option(names = "--wikidata-sparql", paramLabel = "URL",
            description = "Wikidata Query Service endpoint for --online: type check and enrichment facts "
                    + "(default: https://query.wikidata.org/sparql; 'none': the API alone).")
    String sparql = org.newskg.link.WikidataSparql.DEFAULT_ENDPOINT.toString();

    private static final String UNLINKED = """
            PREFIX nkg: <https://w3id.org/newskg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            SELECT ?g ?e ?type ?label ?alt WHERE {
              GRAPH ?g {
                ?e a ?type ; rdfs:label ?label .
                VALUES ?type { nkg:Person nkg:Organization nkg:Place }
                FILTER NOT EXISTS { ?e owl:sameAs ?any }
                OPTIONAL { ?e skos:altLabel ?alt }
              }
              FILTER(STRSTARTS(STR(?e), "%s"))
            } ORDER BY ?g ?e ?alt
            """.formatted(NKG.ENTITY_NS);

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LinkOptions link = new LinkOptions();
        link.mode = online ? LinkOptions.Mode.ONLINE : LinkOptions.Mode.OFFLINE;
        link.cache = cache;
        link.api = api;
        link.sparql = sparql;
        WikidataLinker linker = link.linker();
        try (GraphStore target = store.open()) {
            Map<String, List<Entity>> byGraph = unlinked(target.select(UNLINKED));
            Dataset batch = DatasetFactory.create();
            List<Entity> linked = new ArrayList<>();
            int candidates = 0;
            int changed = 0;
            for (Map.Entry<String, List<Entity>> g : byGraph.entrySet()) {
                candidates += g.getValue().size();
                Map<Entity, Link> links = linker.decide(g.getValue(), null);
                if (links.isEmpty()) {
                    continue;
                }
                Model m = target.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g.getKey()
                        + "> { ?s ?p ?o } }");
                links.forEach((e, l) -> {
                    Resource renamed = ResourceUtils.renameResource(m.createResource(EntityIris.entity(e)),
                            EntityIris.entity(l.qid()));
                    m.add(renamed, OWL.sameAs, m.createResource(EntityIris.wikidata(l.qid())));
                    linked.add(e.withWikidata(l.qid(), l.qid()));
                });
                batch.addNamedModel(g.getKey(), m);
                changed++;
            }
            if (!linked.isEmpty()) {
                addEnrichment(batch, target, linker.enrichment(linked));
                target.load(batch);
            }
            out.printf("Linked %d of %d unlinked entities (%d article graph%s changed) in %s%n", linked.size(),
                    candidates, changed, changed == 1 ? "" : "s", target.location());
        }
        return ExitCodes.OK;
    }

    /** Entities of each graph, as the linker reads them: key from the IRI, label, alternative labels, type. */
    private static Map<String, List<Entity>> unlinked(ResultSetRewindable rows) {
        Map<String, Map<String, Object[]>> byGraph = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution s = rows.next();
            String g = s.getResource("g").getURI();
            String iri = s.getResource("e").getURI();
            Object[] e = byGraph.computeIfAbsent(g, k -> new LinkedHashMap<>()).computeIfAbsent(iri,
                    k -> new Object[]{s.getLiteral("label").getLexicalForm(), type(s.getResource("type")),
                            new LinkedHashSet<String>()});
            if (s.contains("alt")) {
                @SuppressWarnings("unchecked")
                Set<String> alts = (Set<String>) e[2];
                alts.add(s.getLiteral("alt").getLexicalForm());
            }
        }
        Map<String, List<Entity>> out = new LinkedHashMap<>();
        byGraph.forEach((g, es) -> {
            List<Entity> list = new ArrayList<>();
            es.forEach((iri, e) -> {
                @SuppressWarnings("unchecked")
                Set<String> alts = (Set<String>) e[2];
                list.add(new Entity(iri.substring(NKG.ENTITY_NS.length()), (String) e[0], (EntityType) e[1], null,
                        alts, List.of(), null, 1.0));
            });
            out.put(g, list);
        });
        return out;
    }

    private static EntityType type(Resource r) {
        return r.equals(NKG.Person) ? EntityType.PERSON : r.equals(NKG.Organization) ? EntityType.ORGANIZATION
                : EntityType.PLACE;
    }

    /**
     * Adds the enrichment to a batch as the Wikidata graph, merged with the one already stored (loading replaces
     * a graph): the stored triples stay, except those of link nodes the new enrichment describes again.
     */
    static void addEnrichment(Dataset batch, GraphStore target, Model added) {
        if (added.isEmpty()) {
            return;
        }
        Model merged = ModelFactory.createDefaultModel();
        if (target.graphNames().contains(WikidataLinker.GRAPH)) {
            merged.add(target.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + WikidataLinker.GRAPH
                    + "> { ?s ?p ?o } }"));
        }
        merged = WikidataLinker.mergeEnrichment(merged, added);
        batch.addNamedModel(WikidataLinker.GRAPH, merged);
    }
}
