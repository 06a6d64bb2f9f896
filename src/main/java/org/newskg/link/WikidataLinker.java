package org.newskg.link;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.extract.gazetteer.Names;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.rdf.EntityIris;
import org.newskg.rdf.NKG;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * Links entities to Wikidata from the bundled link index, the answers cached from earlier online runs and, when
 * asked, the Wikidata API and the Wikidata Query Service. Each entity gets the best candidate if its confidence
 * reaches the threshold, else stays unlinked (NIL): a link must be justified.
 *
 * <p>With the Query Service ({@link WikidataSparql}), all candidates of an article have their types checked in
 * one query, by their classes and superclasses ({@code wdt:P31/wdt:P279*}): a type the classes contradict is
 * replaced (a town found for a person's name then scores 0), an unknown one is filled in, and an item of unknown
 * type that is none of a person, an organization or a place is dropped; the enrichment takes the service's facts.
 * When the service fails, linking goes on with what the API and the index give.
 *
 * <p>Candidates are the items whose label or alias equals one of the entity's names (case and accents folded;
 * acronyms by their letters; persons by names of two words or more, as a surname alone names too many people).
 * Each is scored by the product of
 * <ul>
 * <li>name: the label 1.0, an alias 0.9, a spelling variant of a person's name 0.85 ("Sergei"/"Sergey"), an
 * acronym 0.65 (four letters or more 0.8, a country's short form 0.9), another match of the API's search 0.6;</li>
 * <li>type agreement: same type 1, unknown type 0.6, a country named as an actor 0.5, else 0;</li>
 * <li>context: the item's country is mentioned in the article (by name or nationality adjective, or as the
 * country of a confidently linked city) 1.2; no country mentioned at all 0.9; other countries mentioned 0.7
 * (0.65 for persons, whose names collide more); items without a country and countries themselves 1;</li>
 * <li>a qualifier written after the name ("Paris, Texas"): the item is in the qualifier's country 1.3, in another
 * country 0 (rejected), the qualifier is unknown 0.6 (nothing confirms the item);</li>
 * <li>a place named as a province ("Idlib province", "the province of Latakia"): its cities 0;</li>
 * <li>description words (a person's office) met in the sentences of the entity's mentions 1.1;</li>
 * <li>popularity: 0.55 + 0.45 &times; prior.</li>
 * </ul>
 * The confidence is the best score (at most 1) times {@code 1 - 0.5 * second / best}, so two equally good
 * candidates halve it. Ties are broken by Q-id, so the same input always gives the same links.
 *
 * <pre>
 * WikidataLinker linker = WikidataLinker.offline();                    // index + cache in data/wikidata-cache
 * // or WikidataLinker.online(WikidataApi.Settings.defaults(), WikidataSparql.DEFAULT_ENDPOINT, cacheDir)
 * Pipeline p = Pipeline.english(linker);
 * Extraction x = p.process(article);                                   // entities carry Q-ids as keys
 * Model wd = linker.enrichment(x.entities());                          // labels, P31, P17, P625 of the items
 * </pre>
 * Thread-safe.
 */
public final class WikidataLinker implements EntityLinker {

    /** The named graph of the enrichment triples. */
    public static final String GRAPH = "https://w3id.org/newskg/graph/wikidata";
    /** Namespace of the link nodes carrying a link's confidence. */
    public static final String LINK_NS = "https://w3id.org/newskg/link/";
    public static final String WDT_NS = "http://www.wikidata.org/prop/direct/";
    public static final String SCHEMA_NS = "http://schema.org/";
    public static final String GEO_NS = "http://www.opengis.net/ont/geosparql#";

    /** Links below this confidence are not made. */
    public static final double DEFAULT_THRESHOLD = 0.6;

    private static final Pattern QUALIFIER = Pattern.compile("^,\\s+");
    private static final Set<String> STOP = Set.of("of", "the", "and", "for", "in", "to", "a", "an", "on",
            "city", "country", "state", "party", "political", "international", "organization", "sovereign");

    private final LinkIndex index;
    private final WikidataApi api;
    private final WikidataSparql sparql;
    private final double threshold;
    private final Lexicons lexicons = Lexicons.standard();
    /** The best link made to each item so far, and what is known of the item: for the enrichment graph. */
    private final Map<String, Link> links = new ConcurrentHashMap<>();
    private final Map<String, LinkCandidate> items = new ConcurrentHashMap<>();

    /**
     * @param index     the offline index
     * @param api       the Wikidata API with its cache (online or cache-only), or null for the index alone
     * @param threshold least confidence of a link
     */
    public WikidataLinker(LinkIndex index, WikidataApi api, double threshold) {
        this(index, api, null, threshold);
    }

    /**
     * @param index     the offline index
     * @param api       the Wikidata API with its cache (online or cache-only), or null for the index alone
     * @param sparql    the Wikidata Query Service with its cache (online or cache-only), or null: it checks the
     *                  candidates' types and gives the enrichment facts
     * @param threshold least confidence of a link
     */
    public WikidataLinker(LinkIndex index, WikidataApi api, WikidataSparql sparql, double threshold) {
        this.index = index;
        this.api = api;
        this.sparql = sparql;
        this.threshold = threshold;
    }

    /** The bundled index and the answers cached in {@link WikidataCache#DEFAULT_DIR}; no network. */
    public static WikidataLinker offline() {
        return offline(WikidataCache.DEFAULT_DIR);
    }

    /** The bundled index and the answers (API and SPARQL) cached in {@code cacheDir} (null: none); no network. */
    public static WikidataLinker offline(Path cacheDir) {
        if (cacheDir == null) {
            return new WikidataLinker(LinkIndex.standard(), null, null, DEFAULT_THRESHOLD);
        }
        WikidataCache cache = new WikidataCache(cacheDir);
        WikidataApi.Settings s = WikidataApi.Settings.defaults();
        return new WikidataLinker(LinkIndex.standard(), new WikidataApi(s, cache, false),
                new WikidataSparql(WikidataSparql.DEFAULT_ENDPOINT, s, cache, false), DEFAULT_THRESHOLD);
    }

    /** The bundled index, the cache in {@code cacheDir}, the API and the Wikidata Query Service. */
    public static WikidataLinker online(WikidataApi.Settings settings, Path cacheDir) {
        return online(settings, WikidataSparql.DEFAULT_ENDPOINT, cacheDir);
    }

    /**
     * The bundled index, the cache in {@code cacheDir} (null: none), the API, and the SPARQL endpoint (null: the
     * API alone) for the type check and the enrichment.
     */
    public static WikidataLinker online(WikidataApi.Settings settings, URI sparqlEndpoint, Path cacheDir) {
        WikidataCache cache = cacheDir == null ? null : new WikidataCache(cacheDir);
        return new WikidataLinker(LinkIndex.standard(), new WikidataApi(settings, cache, true),
                sparqlEndpoint == null ? null : new WikidataSparql(sparqlEndpoint, settings, cache, true),
                DEFAULT_THRESHOLD);
    }

    /** The best link made to this item by this linker, with its confidence. */
    public Optional<Link> linkOf(String qid) {
        return Optional.ofNullable(links.get(qid));
    }

    @Override
    public ResolvedText link(ResolvedText text) {
        Map<Entity, Link> decided = decide(text.entities(), text);
        if (decided.isEmpty()) {
            return text;
        }
        // entities linked to one item become one entity (the first keeps its name and type)
        Map<String, Entity> byKey = new LinkedHashMap<>();
        for (Entity e : text.entities()) {
            Link l = decided.get(e);
            Entity x = l == null ? e : e.withWikidata(l.qid(), l.qid());
            byKey.merge(x.key(), x, WikidataLinker::merge);
        }
        return new ResolvedText(text.analyzed(), new ArrayList<>(byKey.values()));
    }

    private static Entity merge(Entity a, Entity b) {
        List<Mention> ms = new ArrayList<>(a.mentions());
        ms.addAll(b.mentions());
        ms.sort(Comparator.comparingInt(Mention::start));
        Set<String> aliases = new LinkedHashSet<>(a.aliases());
        aliases.add(b.name());
        aliases.addAll(b.aliases());
        aliases.remove(a.name());
        return new Entity(a.key(), a.name(), a.type(), a.subclass() != null ? a.subclass() : b.subclass(), aliases,
                ms, a.wikidata(), Math.max(a.confidence(), b.confidence()));
    }

    /**
     * Decides the links of an article's entities (or of entities met in a store, with {@code text} null: then
     * only their names and each other give context).
     */
    public Map<Entity, Link> decide(List<Entity> entities, ResolvedText text) {
        // 1. candidates of every entity, online searches batched into one wbgetentities round
        Map<Entity, Map<String, Scored>> cands = new LinkedHashMap<>();
        Map<Entity, List<String>> searched = new LinkedHashMap<>();
        for (Entity e : entities) {
            List<String> forms = forms(e);
            if (forms.isEmpty()) {
                continue;
            }
            cands.put(e, indexCandidates(forms, e.type()));
            if (api != null) {
                searched.put(e, api.search(searchName(e, forms)));
            }
        }
        if (!searched.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            searched.values().forEach(ids::addAll);
            Map<String, LinkCandidate> found = api.entities(ids);
            searched.forEach((e, qids) -> {
                for (String q : qids) {
                    LinkCandidate c = found.get(q);
                    if (c != null) {
                        cands.get(e).merge(c.qid(), new Scored(c, nameScore(forms(e), c, 0.6)),
                                (x, y) -> x.name >= y.name ? x : y);
                    }
                }
            });
        }
        if (sparql != null) {
            checkTypes(cands);
        }
        // 2. context: countries named in the text, then those of confidently linked cities too
        Set<String> countries = new LinkedHashSet<>();
        cands.forEach((e, cs) -> {
            if (e.type() == EntityType.PLACE) {
                cs.values().stream().filter(s -> s.name >= 0.9 && s.c.isCountry())
                        .forEach(s -> countries.add(s.c.qid()));
            }
        });
        if (text != null) {
            countries.addAll(demonymCountries(text));
        }
        Map<Entity, Link> out = rank(cands, countries, text);
        Set<String> more = new LinkedHashSet<>(countries);
        out.forEach((e, l) -> {
            LinkCandidate c = cands.get(e).get(l.qid()).c;
            if (c.type() == EntityType.PLACE && c.country() != null && l.confidence() >= 0.8) {
                more.add(c.country());
            }
        });
        if (more.size() > countries.size()) {
            out = rank(cands, more, text);
        }
        out.forEach((e, l) -> {
            links.merge(l.qid(), l, (a, b) -> a.confidence() >= b.confidence() ? a : b);
            items.putIfAbsent(l.qid(), cands.get(e).get(l.qid()).c);
        });
        return out;
    }

    /** A candidate with its name score. */
    private record Scored(LinkCandidate c, double name) {
    }

    /**
     * Checks the candidates' types against their Wikidata classes, all of the article's candidates in one query:
     * a type the classes contradict is replaced (so a city found for a person's name scores 0), an unknown type
     * is filled in, and an item of unknown type whose classes are none of a person's, an organization's or a
     * place's (a film, a family name) is dropped. Without an answer the candidates stay as they are.
     */
    private void checkTypes(Map<Entity, Map<String, Scored>> cands) {
        Set<String> ids = new TreeSet<>();
        cands.values().forEach(cs -> ids.addAll(cs.keySet()));
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Set<EntityType>> types = sparql.types(ids);
        if (types.isEmpty()) {
            return;
        }
        cands.forEach((e, cs) -> {
            cs.entrySet().removeIf(en -> en.getValue().c.type() == null
                    && types.containsKey(en.getKey()) && types.get(en.getKey()).isEmpty());
            cs.replaceAll((q, s) -> {
                LinkCandidate c = checkedType(s.c, e.type(), types.getOrDefault(q, Set.of()));
                return c == s.c ? s : new Scored(c, s.name);
            });
        });
    }

    /** The candidate with the type its classes give: its own if they agree, else the entity's if possible. */
    static LinkCandidate checkedType(LinkCandidate c, EntityType wanted, Set<EntityType> reached) {
        if (reached.isEmpty() || c.type() != null && reached.contains(c.type())) {
            return c;
        }
        EntityType t = reached.contains(wanted) ? wanted : reached.contains(EntityType.PERSON) ? EntityType.PERSON
                : reached.contains(EntityType.PLACE) ? EntityType.PLACE : EntityType.ORGANIZATION;
        return new LinkCandidate(c.qid(), c.label(), c.aliases(), t, c.kind(), c.instanceOf(), c.country(),
                c.description(), c.lat(), c.lon(), c.prior(), c.source());
    }

    private Map<Entity, Link> rank(Map<Entity, Map<String, Scored>> cands, Set<String> countries, ResolvedText text) {
        Map<Entity, Link> out = new LinkedHashMap<>();
        Map<Integer, Entity> byStart = new HashMap<>();
        if (text != null) {
            text.entities().forEach(e -> e.mentions().forEach(m -> byStart.put(m.start(), e)));
        }
        // last names of the article's persons: "Dayton" after "Scott C. Dayton" is him, not the city
        Set<String> surnames = new LinkedHashSet<>();
        cands.keySet().stream().filter(e -> e.type() == EntityType.PERSON).forEach(e -> {
            String[] w = Names.norm(e.name()).split(" ");
            if (w.length >= 2) {
                surnames.add(w[w.length - 1]);
            }
        });
        for (Map.Entry<Entity, Map<String, Scored>> en : cands.entrySet()) {
            Entity e = en.getKey();
            if (e.type() != EntityType.PERSON && surnames.contains(Names.norm(e.name()))) {
                continue;
            }
            Qualifier q = qualifier(e, text, byStart, cands);
            boolean region = text != null && namedAsRegion(e, text.analyzed().text());
            Set<String> words = text == null ? Set.of() : sentenceWords(e, text);
            List<Map.Entry<String, Double>> scored = new ArrayList<>();
            for (Scored s : en.getValue().values()) {
                double score = s.name * typeScore(e.type(), s.c) * contextScore(e.type(), s.c, countries)
                        * q.score(s.c) * wordScore(s.c, words) * (0.55 + 0.45 * s.c.prior())
                        * (region && "city".equals(s.c.kind()) ? 0 : 1);
                if (score > 0) {
                    scored.add(Map.entry(s.c.qid(), score));
                }
            }
            if (scored.isEmpty()) {
                continue;
            }
            scored.sort(Map.Entry.<String, Double>comparingByValue().reversed()
                    .thenComparing(Map.Entry::getKey, Comparator.comparing((String k) -> k.length())
                            .thenComparing(Comparator.naturalOrder())));
            double best = scored.get(0).getValue();
            double second = scored.size() > 1 ? scored.get(1).getValue() : 0;
            double confidence = Math.min(1.0, best) * (1 - 0.5 * second / best);
            confidence = Math.round(confidence * 1000) / 1000.0;
            if (confidence >= threshold) {
                LinkCandidate c = en.getValue().get(scored.get(0).getKey()).c;
                out.put(e, new Link(c.qid(), confidence, c.source(), c.label()));
            }
        }
        return out;
    }

    // ---- names ----

    /** The entity's names worth looking up: persons need two words; "Paris, Texas" gives "Paris". */
    private static List<String> forms(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        // the names as written: the resolver names an entity written only as an acronym by a gazetteer long
        // form ("SDF" became "SAARC Development Fund"), which the text never confirms
        Set<String> written = new TreeSet<>();
        e.mentions().stream().filter(Mention::isName).forEach(m -> written.add(cleanMention(m.text())));
        if (!written.stream().allMatch(Names::isAcronym) || written.isEmpty()) {
            all.add(e.name());
        }
        if (written.isEmpty()) {
            all.addAll(new TreeSet<>(e.aliases())); // sorted: a Set.copyOf iterates in a different order per run
        } else {
            all.addAll(written);
        }
        for (String f : all) {
            String s = f.strip();
            int comma = s.indexOf(", ");
            if (comma > 0) {
                s = s.substring(0, comma);
            }
            if (s.length() < 2 || s.chars().noneMatch(Character::isLetter)) {
                continue;
            }
            if (e.type() == EntityType.PERSON && s.split("\\s+").length < 2) {
                continue;
            }
            out.add(s);
        }
        return new ArrayList<>(out);
    }

    /** A mention's text without a leading "the" and a possessive. */
    private static String cleanMention(String t) {
        String s = t.strip().replace('\u2019', '\'');
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip();
        }
        if (s.endsWith("'s")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The name sent to the API: the canonical name, or its first non-acronym form. */
    private static String searchName(Entity e, List<String> forms) {
        return forms.stream().filter(f -> !Names.isAcronym(f)).findFirst().orElse(forms.get(0));
    }

    private Map<String, Scored> indexCandidates(List<String> forms, EntityType type) {
        Map<String, Scored> out = new TreeMap<>();
        for (String f : forms) {
            for (LinkCandidate c : index.lookup(f)) {
                out.merge(c.qid(), new Scored(c, nameScore(List.of(f), c, 0.6)), (x, y) -> x.name >= y.name ? x : y);
            }
        }
        if (out.isEmpty() && type == EntityType.PERSON) {
            // transliteration variants: "Sergei Lavrov" for "Sergey Lavrov"
            for (String f : forms) {
                for (LinkCandidate c : index.personVariants(f)) {
                    out.putIfAbsent(c.qid(), new Scored(c, 0.85));
                }
            }
        }
        return out;
    }

    /** The best name score of a candidate over the entity's forms. */
    private static double nameScore(List<String> forms, LinkCandidate c, double otherwise) {
        double best = otherwise;
        for (String f : forms) {
            if (Names.isAcronym(f)) {
                boolean hit = Names.isAcronym(c.label()) && Names.acronymKey(c.label()).equals(Names.acronymKey(f))
                        || c.aliases().stream().anyMatch(a -> Names.isAcronym(a)
                        && Names.acronymKey(a).equals(Names.acronymKey(f)));
                best = Math.max(best, hit ? acronymScore(f, c) : otherwise);
                continue;
            }
            String n = strip(Names.norm(f));
            if (n.equals(strip(Names.norm(c.label())))) {
                return 1.0;
            }
            if (c.aliases().stream().anyMatch(a -> n.equals(strip(Names.norm(a))))) {
                best = Math.max(best, 0.9);
            }
        }
        return best;
    }

    /**
     * An acronym alone is weak evidence: two or three letters stand for thousands of organizations ("SDF"),
     * four or more for far fewer; the curated short forms of countries ("US", "UAE") are safe.
     */
    private static double acronymScore(String form, LinkCandidate c) {
        if (c.isCountry()) {
            return 0.9;
        }
        return Names.acronymKey(form).length() >= 4 ? 0.8 : 0.65;
    }

    private static String strip(String norm) {
        return norm.startsWith("the ") ? norm.substring(4) : norm;
    }

    // ---- features ----

    private static double typeScore(EntityType t, LinkCandidate c) {
        if (c.type() == null) {
            return 0.6;
        }
        if (c.type() == t) {
            return 1.0;
        }
        return c.isCountry() && t == EntityType.ORGANIZATION ? 0.5 : 0.0;
    }

    private static double contextScore(EntityType t, LinkCandidate c, Set<String> countries) {
        if (c.country() == null || c.isCountry()) {
            return 1.0;
        }
        if (countries.contains(c.country())) {
            return 1.2;
        }
        if (countries.isEmpty()) {
            return 0.9;
        }
        return t == EntityType.PERSON ? 0.65 : 0.7;
    }

    private static double wordScore(LinkCandidate c, Set<String> words) {
        if (words.isEmpty() || c.description().isEmpty()) {
            return 1.0;
        }
        for (String w : c.description().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !STOP.contains(w) && words.contains(w)) {
                return 1.1;
            }
        }
        return 1.0;
    }

    /** Lower-case words of the sentences where the entity is named. */
    private static Set<String> sentenceWords(Entity e, ResolvedText text) {
        Set<String> words = new LinkedHashSet<>();
        Set<Integer> done = new LinkedHashSet<>();
        List<Sentence> ss = text.analyzed().sentences();
        for (Mention m : e.mentions()) {
            if (m.isName() && m.sentence() >= 0 && m.sentence() < ss.size() && done.add(m.sentence())) {
                for (Token t : ss.get(m.sentence()).tokens()) {
                    words.add(t.text().toLowerCase(Locale.ROOT));
                }
            }
        }
        return words;
    }

    /** Countries of the nationality adjectives and demonyms of the text ("Libyan", "Libyans"). */
    private Set<String> demonymCountries(ResolvedText text) {
        Set<String> out = new LinkedHashSet<>();
        for (Sentence s : text.analyzed().sentences()) {
            for (Token t : s.tokens()) {
                if (!Names.isCapitalized(t.text())) {
                    continue;
                }
                String n = Names.norm(t.text());
                String country = lexicons.demonymCountry(n);
                if (country == null && n.endsWith("s")) {
                    country = lexicons.demonymCountry(n.substring(0, n.length() - 1));
                }
                if (country != null && !country.isBlank()) {
                    index.byName(country).stream().filter(LinkCandidate::isCountry).findFirst()
                            .ifPresent(c -> out.add(c.qid()));
                }
            }
        }
        return out;
    }

    private static final Pattern REGION_AFTER = Pattern.compile(
            "^\\s+(province|governorate|region|district|prefecture|oblast|county|state)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REGION_BEFORE = Pattern.compile(
            "\\b(province|governorate|region|district|prefecture|oblast|county|state) of\\s+(the\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the text names the place as an administrative region: "Idlib province", "province of Latakia". */
    private static boolean namedAsRegion(Entity e, String t) {
        for (Mention m : e.mentions()) {
            if (!m.isName()) {
                continue;
            }
            if (REGION_AFTER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 16))).find()
                    || REGION_BEFORE.matcher(t.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    // ---- qualifiers: "Paris, Texas" ----

    /** What a place written after a name and a comma says of the candidates. */
    private record Qualifier(boolean present, Set<String> places) {
        static final Qualifier NONE = new Qualifier(false, Set.of());

        double score(LinkCandidate c) {
            if (!present || c.type() != EntityType.PLACE || c.isCountry()) {
                return 1.0;
            }
            if (places.isEmpty()) {
                return 0.6;
            }
            return places.contains(c.country()) || places.contains(c.qid()) ? 1.3 : 0.0;
        }
    }

    private Qualifier qualifier(Entity e, ResolvedText text, Map<Integer, Entity> byStart,
                                Map<Entity, Map<String, Scored>> cands) {
        if (e.type() != EntityType.PLACE) {
            return Qualifier.NONE;
        }
        // in the name itself: "Paris, Texas" as one mention
        String name = e.name();
        int comma = name.indexOf(", ");
        if (comma > 0) {
            return qualifierOf(name.substring(comma + 2).strip(), null);
        }
        if (text == null) {
            return Qualifier.NONE;
        }
        String t = text.analyzed().text();
        for (Mention m : e.mentions()) {
            if (!m.isName() || m.end() >= t.length()) {
                continue;
            }
            Matcher mt = QUALIFIER.matcher(t.substring(m.end(), Math.min(t.length(), m.end() + 4)));
            if (!mt.find()) {
                continue;
            }
            int at = m.end() + mt.end();
            Entity q = byStart.get(at);
            if (q != null && q != e && (q.type() == EntityType.PLACE || appositive(q, at, t))) {
                return qualifierOf(q.name(), q.type() == EntityType.PLACE ? cands.get(q) : null);
            }
        }
        return Qualifier.NONE;
    }

    /**
     * A one-word name of another type set off by commas after a place ("Paris, Texas, on Sunday"): the finder may
     * have mistyped the place that qualifies it. A person there has a full name ("In Paris, Emmanuel Macron").
     */
    private static boolean appositive(Entity q, int at, String t) {
        int end = at;
        while (end < t.length() && (Character.isLetter(t.charAt(end)) || t.charAt(end) == '.')) {
            end++;
        }
        String word = t.substring(at, end);
        return !word.isEmpty() && q.name().equals(word.endsWith(".") ? word.substring(0, word.length() - 1) : word)
                && (end == t.length() || ",.;)".indexOf(t.charAt(end)) >= 0);
    }

    private Qualifier qualifierOf(String name, Map<String, Scored> known) {
        Set<String> places = new LinkedHashSet<>();
        Collection<LinkCandidate> cs = new ArrayList<>();
        if (known != null) {
            known.values().stream().filter(s -> s.name >= 0.9).forEach(s -> cs.add(s.c));
        } else {
            cs.addAll(index.lookup(name));
            if (cs.isEmpty() && api != null) {
                // a qualifier the index does not know ("Texas"): the API (or its cache) may
                api.entities(api.search(name)).values().stream()
                        .filter(c -> nameScore(List.of(name), c, 0) >= 0.9).forEach(cs::add);
            }
        }
        for (LinkCandidate c : cs) {
            if (c.type() == EntityType.PLACE) {
                places.add(c.qid());
                if (c.country() != null) {
                    places.add(c.country());
                }
            }
        }
        return new Qualifier(true, places);
    }

    // ---- enrichment ----

    /**
     * The enrichment graph's content for linked entities: each item's English label, description, classes
     * (wdt:P31), country (wdt:P17 for places and organizations; wdt:P27 for persons known from the API) and
     * coordinates (wdt:P625 as a geo:wktLiteral) — from the Wikidata Query Service (or its cache) when it knows the
     * item, else from the index or the API — plus a node per link with its confidence and producer
     * ({@code <link/Q90> a rdf:Statement; rdf:subject ent:Q90; rdf:predicate owl:sameAs; rdf:object wd:Q90;
     * nkg:confidence 0.95}). Entities without a Q-id are skipped.
     */
    public Model enrichment(Collection<Entity> linked) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(NKG.PREFIXES);
        m.setNsPrefix("wdt", WDT_NS).setNsPrefix("schema", SCHEMA_NS).setNsPrefix("geo", GEO_NS);
        Set<String> qids = new TreeSet<>();
        linked.forEach(e -> {
            if (e.wikidata() != null && !e.wikidata().isBlank()) {
                qids.add(e.wikidata());
            }
        });
        Model facts = sparql == null || qids.isEmpty() ? ModelFactory.createDefaultModel() : sparql.facts(qids);
        Set<String> done = new LinkedHashSet<>();
        for (Entity e : linked) {
            String qid = e.wikidata();
            if (qid == null || qid.isBlank() || !done.add(qid)) {
                continue;
            }
            Resource wd = m.createResource(EntityIris.wikidata(qid));
            Resource fromSparql = facts.createResource(EntityIris.wikidata(qid));
            LinkCandidate c = facts.contains(fromSparql, RDFS.label) ? null : item(qid);
            if (c == null) {
                // the service's facts (or none, for an item nobody knows)
                m.add(facts.listStatements(fromSparql, null, (RDFNode) null));
            } else {
                describe(m, wd, c);
            }
            Link l = links.get(qid);
            if (l != null) {
                Resource node = m.createResource(LINK_NS + qid)
                        .addProperty(RDF.type, RDF.Statement)
                        .addProperty(RDF.subject, m.createResource(EntityIris.entity(e)))
                        .addProperty(RDF.predicate, OWL.sameAs)
                        .addProperty(RDF.object, wd)
                        .addProperty(NKG.extractedBy, l.producer());
                node.addLiteral(NKG.confidence, m.asRDFNode(CanonicalizeLiteral.get().apply(NodeFactory
                        .createLiteralDT(Double.toString(l.confidence()), XSDDatatype.XSDdouble))).asLiteral());
            }
        }
        return m;
    }

    /** An item's facts as the index or the API describe it. */
    private static void describe(Model m, Resource wd, LinkCandidate c) {
        wd.addProperty(RDFS.label, c.label(), "en");
        if (!c.description().isBlank()) {
            wd.addProperty(m.createProperty(SCHEMA_NS, "description"), c.description(), "en");
        }
        c.instanceOf().forEach(k -> wd.addProperty(wdt(m, "P31"), m.createResource(EntityIris.wikidata(k))));
        if (c.country() != null && c.type() != EntityType.PERSON) {
            wd.addProperty(wdt(m, "P17"), m.createResource(EntityIris.wikidata(c.country())));
        } else if (c.country() != null && "wikidata".equals(c.source())) {
            wd.addProperty(wdt(m, "P27"), m.createResource(EntityIris.wikidata(c.country())));
        }
        if (c.type() == EntityType.PLACE && c.hasCoordinates()) {
            wd.addProperty(wdt(m, "P625"), m.createTypedLiteral(String.format(Locale.ROOT,
                    "Point(%s %s)", c.lon(), c.lat()), GEO_NS + "wktLiteral"));
        }
    }

    /**
     * An enrichment graph with more added: triples of {@code existing} stay, except those of the link nodes
     * {@code added} describes again (their confidence is replaced, not doubled).
     */
    public static Model mergeEnrichment(Model existing, Model added) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(added.getNsPrefixMap());
        out.add(existing);
        added.listSubjects().forEach(s -> {
            if (s.isURIResource() && s.getURI().startsWith(LINK_NS)) {
                out.removeAll(s, null, null);
            }
        });
        out.add(added);
        return out;
    }

    private LinkCandidate item(String qid) {
        LinkCandidate c = items.get(qid);
        if (c == null) {
            c = index.get(qid);
        }
        if (c == null && api != null) {
            c = api.entities(List.of(qid)).get(qid);
        }
        return c;
    }

    private static Property wdt(Model m, String p) {
        return m.createProperty(WDT_NS, p);
    }
}
