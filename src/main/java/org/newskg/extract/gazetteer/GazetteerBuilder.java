package org.newskg.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;

import org.newskg.extract.ner.NerTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the gazetteer resource files (TSV, with a header comment) from the Wikidata-derived lists in
 * {@code shared/data/wikidata}: countries, cities of 100,000+, international organizations, news agencies,
 * political parties, regions (hand-written {@code lexicon/regions.tsv}, US states checked against the
 * {@code us-congress} legislators), and given names (with gender counts) derived from the lists of officeholders and
 * legislators, with more given names from the person annotations of open NER corpora ({@link PersonCorpora}).
 *
 * <pre>
 * GazetteerBuilder.build(Path.of("../shared/data/wikidata"), Path.of("src/main/resources/org/newskg/gazetteer"));
 * GazetteerBuilder.build(Path.of("../shared/data/wikidata"), Path.of("../shared/data/geonames/cities1000.tsv"),
 *         Path.of("src/main/resources/org/newskg/gazetteer"), new GazetteerBuilder.PersonCorpora(
 *                 Path.of("../shared/data/ner/gmb/ner_dataset.csv.zip"),
 *                 List.of(Path.of("../shared/data/ner/wikigold/CONLL-format/data/wikigold.conll.txt")),
 *                 Path.of("../shared/data/re3d"), 2));
 * </pre>
 *
 * <p>Extra hand-written aliases keyed by Q-id (common short forms such as "US" or "Britain") are merged in from
 * the classpath resource {@code /org/newskg/lexicon/gazetteer-aliases.tsv}.
 */
public final class GazetteerBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);

    /**
     * Given names of this many officeholders or more are kept as they are; rarer first tokens are often noise
     * (surnames of labels written surname first, titles, places), so they are kept only down to the cut given to
     * {@link #build(Path, Path, Path, PersonCorpora, int)} and only when they pass {@link #rareGivenName}.
     */
    static final int MIN_GIVEN_NAME_PERSONS = 3;

    /**
     * The cut of the bundled given-names.tsv: officeholders' given names of this many persons (guarded below
     * {@link #MIN_GIVEN_NAME_PERSONS}). 1 was measured against 2 and 3 (docs/names.md, "Stop 15"): it found more
     * persons on the unseen sets and lost no organization there.
     */
    public static final int DEFAULT_MIN_GIVEN_NAME_PERSONS = 1;

    /**
     * Jurisdictions whose officeholders' English labels mostly put the family name first ("Xi Jinping", "Ahn
     * Cheol-soo", "Nguyen Xuan Phuc", "Lee Hsien Loong"): the first token of a rare label there is a surname.
     */
    private static final Set<String> SURNAME_FIRST = Set.of("China", "South Korea", "North Korea", "Taiwan",
            "Hong Kong", "Macau", "Singapore", "Vietnam", "Mongolia", "Cambodia");

    private static final String ALIASES = "/org/newskg/lexicon/gazetteer-aliases.tsv";
    private static final String REGIONS = "/org/newskg/lexicon/regions.tsv";

    /** Descriptions that mark a row of the countries list as not a place at all. */
    private static final List<String> NOT_A_PLACE = List.of("dynasty", "ruled", "intergovernmental",
            "inter-governmental", "alliance", "planet", "list of", "developing countries", "old name",
            "poor countries");
    /** Descriptions that make a place a country (else it is a region: Latin America, Central Asia ...). */
    private static final List<String> COUNTRY_WORDS = List.of("state", "country", "kingdom", "territory",
            "dependency", "department", "collectivity", "administrative region", "realm", "republic", "overseas",
            "insular area", "group of islands");
    /** First tokens of person labels that are honorifics, not given names. */
    private static final Set<String> HONORIFICS = Set.of("sir", "lord", "dame", "lady", "dr", "prince",
            "princess", "king", "queen", "sheikh", "emir", "mr", "mrs", "ms", "general", "saint", "st", "baron",
            "baroness", "the", "de", "van", "von", "al", "el", "ibn", "bin", "mc");

    /**
     * Words of address and religious ranks that start annotated person spans of the NER corpora beside the titles
     * lexicon ("Sister Leonella Sgorbati", "Daw Aung San Suu Kyi", "Mullah Omar"): stripped, never a given name.
     */
    private static final Set<String> CORPUS_HONORIFICS = Set.of("sister", "brother", "mother", "mullah", "sheik",
            "shaikh", "cheikh", "maulvi", "maulana", "mufti", "haji", "hajji", "daw", "abune", "prophet", "rev", "fr",
            "prof", "professor", "major", "ustad", "hazrat", "rebbe");

    private GazetteerBuilder() {
    }

    /**
     * Reads the lists in {@code wikidataDir} and writes the gazetteer TSV files into {@code outDir}; the towns
     * come from {@code geonames/cities1000.tsv} beside {@code wikidataDir}, when it is there.
     */
    public static void build(Path wikidataDir, Path outDir) throws IOException {
        build(wikidataDir, wikidataDir.resolveSibling("geonames").resolve("cities1000.tsv"), outDir);
    }

    /**
     * Reads the Wikidata lists in {@code wikidataDir} and the GeoNames {@code cities1000.tsv} ({@code geonames};
     * towns.tsv is left as it is when that file does not exist) and writes the gazetteer TSV files into
     * {@code outDir}: no NER corpus, officeholders' given names down to {@link #DEFAULT_MIN_GIVEN_NAME_PERSONS}.
     */
    public static void build(Path wikidataDir, Path geonames, Path outDir) throws IOException {
        build(wikidataDir, geonames, outDir, PersonCorpora.NONE);
    }

    /**
     * As {@link #build(Path, Path, Path)}, and adds to given-names.tsv the given names of the person annotations
     * of open NER corpora ({@code corpora}; see {@link PersonCorpora}) that the Wikidata lists do not have.
     */
    public static void build(Path wikidataDir, Path geonames, Path outDir, PersonCorpora corpora)
            throws IOException {
        build(wikidataDir, geonames, outDir, corpora, DEFAULT_MIN_GIVEN_NAME_PERSONS);
    }

    /**
     * As {@link #build(Path, Path, Path, PersonCorpora)}, keeping the officeholders' given names of
     * {@code minGivenNamePersons} persons or more (those of fewer than {@link #MIN_GIVEN_NAME_PERSONS} only when
     * {@link #rareGivenName} lets them in).
     */
    public static void build(Path wikidataDir, Path geonames, Path outDir, PersonCorpora corpora,
            int minGivenNamePersons) throws IOException {
        if (minGivenNamePersons < 1) {
            throw new IllegalArgumentException("minGivenNamePersons must be 1 or more: " + minGivenNamePersons);
        }
        Files.createDirectories(outDir);
        Map<String, List<String>> extra = extraAliases();
        Set<String> orgQids = new HashSet<>();
        writeOrganizations(wikidataDir.resolve("international_organizations_wikidata.tsv"),
                outDir.resolve("international-organizations.tsv"), extra, orgQids);
        Set<String> countryNames = new HashSet<>();
        writeCountries(wikidataDir.resolve("countries_wikidata.tsv"), outDir.resolve("countries.tsv"), extra,
                orgQids, countryNames);
        writeCities(wikidataDir.resolve("cities_100k_wikidata.tsv"), outDir.resolve("cities.tsv"), extra);
        writeAgencies(wikidataDir.resolve("news_agencies_wikidata.tsv"), outDir.resolve("news-agencies.tsv"),
                extra);
        writeParties(wikidataDir.resolve("political_parties_wikidata.tsv"),
                outDir.resolve("political-parties.tsv"));
        // regions before given names: a corpus given name must not be a region's name
        writeRegions(wikidataDir.resolve("us-congress/legislators-current.yaml"), outDir.resolve("regions.tsv"));
        writeGivenNames(wikidataDir, outDir, countryNames, corpora, minGivenNamePersons,
                Files.exists(geonames) ? townNames(geonames) : Set.of());
        if (Files.exists(geonames)) {
            writeTowns(geonames, outDir, outDir.resolve("towns.tsv"), surnames(wikidataDir));
        }
    }

    /**
     * Towns of at least this many people. Measured on the development articles (eval/articles and a 40-article
     * set, names not already in the other lists): towns of 5,000 to 10,000 met there were as often words and
     * persons as places (8 places of 13 gold names, and 82 capitalised non-name uses: "August", "Officer",
     * "Media"), towns of 10,000 to 20,000 few and mixed (10 places of 15, 26 non-name uses); 15,000 keeps the
     * list at 24,000 GeoNames rows (19,000 after the filters), small and quick to load.
     */
    static final int MIN_TOWN_POPULATION = 15_000;

    /** GeoNames admin-1 codes of the United Kingdom's nations, which news names after a town ("Bath, England"). */
    private static final Map<String, String> UK_NATIONS = Map.of("ENG", "England", "SCT", "Scotland",
            "WLS", "Wales", "NIR", "Northern Ireland");

    /**
     * Towns from GeoNames' cities1000 (CC BY 4.0) of {@link #MIN_TOWN_POPULATION}+ people, one row per name and
     * country (the most populous), leaving out names that are already countries, cities or regions of the other
     * lists, the officeholders' given names (given-names.tsv, written before; its corpus rows not), and
     * closed-class words of the lexicons (titles, head words, demonyms, non-names): a town's name is often a
     * surname or a word too, and the list only votes.
     */
    private static void writeTowns(Path geonames, Path outDir, Path out, Map<String, Integer> surnames)
            throws IOException {
        Set<String> known = new HashSet<>();
        surnames.forEach((k, n) -> {
            if (n >= MIN_SURNAME_PERSONS) {
                known.add(k); // "Davis", "Wright", "Obama": more often a person's name in news than a town
            }
        });
        KnowledgeFiles.read("/org/newskg/lexicon/organizations.tsv", r -> known.add(Names.norm(r[0])));
        for (String f : List.of("countries.tsv", "cities.tsv", "regions.tsv", "given-names.tsv",
                "international-organizations.tsv", "news-agencies.tsv", "political-parties.tsv")) {
            for (String line : Files.readAllLines(outDir.resolve(f), StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] r = line.split("\t", -1);
                if (f.equals("given-names.tsv")) {
                    // the officeholders' given names only: the corpus rows (source not wikidata) came after the
                    // towns list was measured and leave it as it was
                    if (col(r, 4).isEmpty() || col(r, 4).equals(WIKIDATA)) {
                        known.add(Names.norm(r[0]));
                    }
                    continue;
                }
                known.add(Names.norm(col(r, 1)));
                KnowledgeFiles.list(col(r, 2)).forEach(a -> known.add(Names.norm(a)));
            }
        }
        Map<String, String> stateByCode = new HashMap<>();
        KnowledgeFiles.read(REGIONS, f -> {
            if (col(f, 3).trim().equals("United States") && !col(f, 2).isBlank()) {
                stateByCode.put(col(f, 2).trim(), f[0].trim());
            }
        });
        Lexicons lex = Lexicons.standard();
        List<String[]> rows = read(geonames);
        rows.sort((a, b) -> Long.compare(parse(col(b, 7)), parse(col(a, 7))));
        Set<String> seen = new HashSet<>();
        int kept = 0;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "Towns of " + MIN_TOWN_POPULATION + " people or more (GeoNames cities1000, March 2020).",
                    "columns: name, ASCII name, country (English name), admin-1 code (GeoNames: US state postal "
                            + "code, else FIPS/ISO), population, first-level region (US state or UK nation) "
                            + "when known",
                    "source: shared/data/geonames/cities1000.tsv; one row per name and country (the most populous); "
                            + "names of countries, cities, regions, organizations, given names, surnames of "
                            + MIN_SURNAME_PERSONS + "+ officeholders (shared/data/wikidata, CC0) and lexicon "
                            + "words left out",
                    "licence: CC BY 4.0, (c) GeoNames (https://www.geonames.org/), "
                            + "https://creativecommons.org/licenses/by/4.0/ ; columns selected, rows filtered");
            for (String[] r : rows) {
                long pop = parse(col(r, 7));
                if (pop < MIN_TOWN_POPULATION) {
                    break;
                }
                String name = r[1].trim();
                String key = Names.norm(name);
                String cc = col(r, 3).trim();
                if (!townName(name) || known.contains(key) || known.contains(Names.norm(col(r, 2)))
                        || lex.isNonName(key) || lex.isTitle(key) || lex.head(key) != null
                        || lex.demonymCountry(key) != null || lex.isTimeWord(key) || !seen.add(key + "\t" + cc)) {
                    continue;
                }
                // "Myanmar (Burma)", "Trinidad & Tobago": the forms the countries list uses
                String country = new Locale("", cc).getDisplayCountry(Locale.ENGLISH)
                        .replaceAll(" \\(.*\\)$", "").replace(" & ", " and ");
                String admin1 = col(r, 6).trim();
                String region = cc.equals("US") ? stateByCode.getOrDefault(admin1, "")
                        : cc.equals("GB") ? UK_NATIONS.getOrDefault(admin1, "") : "";
                row(w, name, col(r, 2).trim(), country, admin1, Long.toString(pop), region);
                kept++;
            }
        }
        LOG.info("towns: {} rows", kept);
    }

    /** The version of the word list {@code common-words.txt} was made from (Debian package wamerican). */
    static final String DICTIONARY_VERSION = "wamerican 2020.12.07-2 (SCOWL)";

    /**
     * Writes {@code out}: the lower-case words of an English word list (one word a line, proper nouns written
     * capitalised, as Debian's {@code /usr/share/dict/american-english}) that have no capitalised entry there,
     * of 3+ ASCII letters, without possessive "'s" forms. "galaxy", "business" are listed; "treasury", "apple",
     * "shell" are not (the list also has "Treasury", "Apple", "Shell"), so a capitalised word of the list is a
     * common noun that only its position, emphasis or a title capitalises, unless the text says otherwise.
     */
    public static int writeCommonWords(Path dictionary, Path out) throws IOException {
        List<String> lines = Files.readAllLines(dictionary, StandardCharsets.UTF_8);
        Set<String> capitalised = new HashSet<>();
        for (String l : lines) {
            if (!l.isEmpty() && Character.isUpperCase(l.charAt(0))) {
                capitalised.add(l.toLowerCase(Locale.ROOT));
            }
        }
        Set<String> words = new TreeSet<>();
        for (String l : lines) {
            if (l.length() >= 3 && l.chars().allMatch(ch -> ch >= 'a' && ch <= 'z') && !capitalised.contains(l)) {
                words.add(l);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "Common English words: lower-case words of 3+ letters with no capitalised entry in the word list "
                            + "(no proper noun of the same spelling), possessive 's forms left out.",
                    "column: word (lower case). Used as evidence against a one-word capitalised name that nothing "
                            + "else supports (HybridMentionFinder), never to find names.",
                    "source: " + DICTIONARY_VERSION + ", /usr/share/dict/american-english; licence and notice: "
                            + "SOURCES.md (Copyright 2000-2011 by Kevin Atkinson; permissive)");
            for (String word : words) {
                w.write(word + "\n");
            }
        }
        return words.size();
    }

    /** The Wikidata lists of persons (first column Q-id, second label) that given names and surnames are counted in. */
    private static final List<String> PERSON_LISTS = List.of("officeholders_wikidata.tsv", "legislators_wikidata.tsv",
            "heads_of_state_government_wikidata.tsv", "foreign_ministers_wikidata.tsv");

    /** Towns whose name is the surname of this many persons of the officeholder lists or more are left out. */
    static final int MIN_SURNAME_PERSONS = 2;

    /** Last tokens of the persons' labels in the officeholder and legislator lists, with how many persons bear them. */
    private static Map<String, Integer> surnames(Path dir) throws IOException {
        Map<String, String> labelByPerson = new HashMap<>();
        for (String file : PERSON_LISTS) {
            Path p = dir.resolve(file);
            if (Files.exists(p)) {
                for (String[] r : read(p)) {
                    labelByPerson.putIfAbsent(r[0], col(r, 1));
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String label : labelByPerson.values()) {
            String[] parts = label.trim().split("\\s+");
            if (parts.length >= 2) {
                counts.merge(Names.norm(parts[parts.length - 1]), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** A name of capitalised words of letters ("Tarbes", "Grand Rapids"), of 4 characters or more. */
    static boolean townName(String name) {
        if (name.length() < 4 || !Character.isUpperCase(name.codePointAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetter(c) && c != ' ' && c != '-' && c != '\'' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Regions (US states, Canadian provinces, well-known regions) from the hand-written {@code regions.tsv}
     * lexicon; a US row is kept only when its postal code is the state of some term in the legislators' YAML,
     * so the list of states is the one of the legislators' data.
     */
    private static void writeRegions(Path legislatorsYaml, Path out) throws IOException {
        Set<String> states = new HashSet<>();
        if (Files.exists(legislatorsYaml)) {
            for (String line : Files.readAllLines(legislatorsYaml, StandardCharsets.UTF_8)) {
                String t = line.trim();
                if (t.startsWith("state:")) {
                    states.add(t.substring(6).trim());
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "Regions: US states, Canadian provinces and territories, first-level divisions of other large "
                            + "countries, well-known regions (subclass Region).",
                    "columns: qid (empty: hand-written rows carry none), name, aliases (|-separated), country, "
                            + "short name that names the region only right after a town and a comma (optional)",
                    "source: src/main/resources/org/newskg/lexicon/regions.tsv (hand-written, common knowledge; other "
                            + "countries' divisions checked against ISO 3166-2); US states kept "
                            + "when their code is a state in shared/data/wikidata/us-congress/legislators-current.yaml "
                            + "(" + states.size() + " codes; CC0)");
            try (InputStream in = GazetteerBuilder.class.getResourceAsStream(REGIONS)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing from the classpath: " + REGIONS);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t", -1);
                    String country = col(f, 3).trim();
                    if (country.equals("United States") && !states.contains(col(f, 2).trim())) {
                        continue;
                    }
                    String shortName = col(f, 4).trim();   // "Washington": the region only after "Town,"
                    if (shortName.isEmpty()) {
                        row(w, "", f[0].trim(), col(f, 1).trim(), country);
                    } else {
                        row(w, "", f[0].trim(), col(f, 1).trim(), country, shortName);
                    }
                }
            }
        }
    }

    private static void writeCountries(Path in, Path out, Map<String, List<String>> extra, Set<String> orgQids,
                                       Set<String> names) throws IOException {
        List<String[]> rows = read(in);
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "Countries, dependent territories and regions (Wikidata, CC0).",
                    "columns: qid, name (English label), aliases (|-separated: hand-written short forms "
                            + "and the label without a leading \"The\"), subclass (Country, or empty for a region)",
                    "source: shared/data/wikidata/countries_wikidata.tsv; rows that are dynasties, alliances "
                            + "or international organizations are left out");
            for (String[] r : rows) {
                String qid = r[0];
                String name = r[1];
                String desc = col(r, 2).toLowerCase(Locale.ROOT);
                if (orgQids.contains(qid) || NOT_A_PLACE.stream().anyMatch(desc::contains)) {
                    continue;
                }
                String subclass = COUNTRY_WORDS.stream().anyMatch(desc::contains) ? "Country" : "";
                Set<String> aliases = new LinkedHashSet<>(extra.getOrDefault(qid, List.of()));
                if (name.startsWith("The ")) {
                    aliases.add(name.substring(4));
                }
                aliases.remove(name);
                names.add(name.toLowerCase(Locale.ROOT));
                aliases.forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
                row(w, qid, name, String.join("|", aliases), subclass);
            }
        }
    }

    private static void writeCities(Path in, Path out, Map<String, List<String>> extra) throws IOException {
        Set<String> seen = new HashSet<>();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "Cities of 100,000 people or more (Wikidata, CC0).",
                    "columns: qid, name (English label), aliases (|-separated, hand-written)",
                    "source: shared/data/wikidata/cities_100k_wikidata.tsv; sorted by population, one row per "
                            + "name (the most populous city of that name)");
            List<String[]> rows = read(in);
            rows.sort((a, b) -> Long.compare(population(b), population(a)));
            for (String[] r : rows) {
                // unlabelled rows carry their Q-id as label; all-lower-case labels are not English names
                if (r[1].isBlank() || r[1].startsWith("Q") && r[1].substring(1).chars().allMatch(Character::isDigit)
                        || r[1].chars().noneMatch(Character::isUpperCase) || !seen.add(r[1].toLowerCase(Locale.ROOT))) {
                    continue;
                }
                row(w, r[0], r[1], String.join("|", extra.getOrDefault(r[0], List.of())));
            }
        }
    }

    private static long population(String[] r) {
        try {
            return Long.parseLong(col(r, 2).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void writeOrganizations(Path in, Path out, Map<String, List<String>> extra, Set<String> qids)
            throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "International organizations and their bodies.",
                    "columns: qid, name (English), acronyms (|-separated), other English names (|-separated)",
                    "source: shared/data/wikidata/international_organizations_wikidata.tsv",
                    "licence: International-organisation list derived from SupraVerden "
                            + "(https://github.com/confirmordeny/supraverden), CC BY-SA 4.0",
                    "(c) Confirmordeny 2025-2026; this file is shared under the same licence (share-alike); "
                            + "Q-ids are Wikidata (CC0)");
            for (String[] r : read(in)) {
                qids.add(r[0]);
                Set<String> other = new LinkedHashSet<>(KnowledgeFiles.list(col(r, 3)));
                other.addAll(extra.getOrDefault(r[0], List.of()));
                row(w, r[0], r[1], col(r, 2), String.join("|", other));
            }
        }
    }

    private static void writeAgencies(Path in, Path out, Map<String, List<String>> extra) throws IOException {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "News agencies (Wikidata, CC0).",
                    "columns: qid, name (short name), aliases (|-separated: parts of joint short names, "
                            + "hand-written long forms)",
                    "source: shared/data/wikidata/news_agencies_wikidata.tsv");
            for (String[] r : read(in)) {
                String name = r[0];
                String qid = col(r, 1);
                Set<String> aliases = new LinkedHashSet<>();
                if (name.contains("-")) {
                    for (String part : name.split("-")) {
                        if (part.length() >= 3) {
                            aliases.add(part);
                        }
                    }
                }
                aliases.addAll(extra.getOrDefault(qid, List.of()));
                row(w, qid, name, String.join("|", aliases));
            }
        }
    }

    private static void writeParties(Path in, Path out) throws IOException {
        Set<String> seen = new HashSet<>();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "Political parties (Party Facts core parties with an English Wikipedia page).",
                    "columns: qid, name (English), short name (only when 3+ characters), country (ISO 3166 alpha-3)",
                    "source: shared/data/wikidata/political_parties_wikidata.tsv",
                    "licence: Party Facts (https://partyfacts.herokuapp.com), MIT License, "
                            + "Copyright (c) 2022 Party Facts authors; Q-ids are Wikidata (CC0)");
            for (String[] r : read(in)) {
                if (!seen.add(r[0]) || r[1].isBlank()) {
                    continue;
                }
                String shortName = col(r, 2).trim();
                row(w, r[0], r[1], shortName.length() >= 3 && !shortName.equals(r[1]) ? shortName : "", col(r, 4));
            }
        }
    }

    /** The value of given-names.tsv's source column for the rows of the Wikidata lists. */
    static final String WIKIDATA = "wikidata";

    /**
     * Given names: the first token of each person's label in the officeholder, legislator, head-of-state and
     * foreign-minister lists, counted once per person, with how many of those persons are male and female; then
     * the given names of the NER corpora ({@code corpora}) that these lists do not have.
     */
    private static void writeGivenNames(Path dir, Path outDir, Set<String> placeNames, PersonCorpora corpora,
            int minPersons, Set<String> townNames) throws IOException {
        Map<String, String> genderByPerson = new HashMap<>();
        Map<String, String> labelByPerson = new HashMap<>();
        Set<String> surnameFirst = new HashSet<>();
        for (String file : PERSON_LISTS) {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            List<String[]> rows = read(p);
            boolean hasGender = file.startsWith("officeholders") || file.startsWith("legislators");
            // the jurisdiction (or country) column of each list
            int where = file.startsWith("officeholders") ? 9 : file.startsWith("legislators") ? 8 : 5;
            for (String[] r : rows) {
                labelByPerson.putIfAbsent(r[0], col(r, 1));
                if (hasGender && !col(r, 2).isBlank()) {
                    genderByPerson.putIfAbsent(r[0], col(r, 2));
                }
                if (SURNAME_FIRST.contains(col(r, where).trim())) {
                    surnameFirst.add(r[0]);
                }
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        Set<String> surnameFirstNames = new HashSet<>();
        for (Map.Entry<String, String> e : labelByPerson.entrySet()) {
            String first = givenName(e.getValue());
            if (first == null || placeNames.contains(first.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (surnameFirst.contains(e.getKey())) {
                surnameFirstNames.add(first);
            }
            int[] c = counts.computeIfAbsent(first, k -> new int[3]);
            c[0]++;
            String g = genderByPerson.getOrDefault(e.getKey(), "");
            if (g.equals("male")) {
                c[1]++;
            } else if (g.equals("female")) {
                c[2]++;
            }
        }
        // every person of the lists under their given name's key, and the surnames, for the corpus names below
        Map<String, Set<String>> wikidataPersons = new HashMap<>();
        Map<String, int[]> wikidataGenders = new HashMap<>();
        Map<String, Integer> surnames = new HashMap<>();
        for (Map.Entry<String, String> e : labelByPerson.entrySet()) {
            String[] parts = e.getValue().trim().split("\\s+");
            if (parts.length >= 2) {
                surnames.merge(Names.norm(parts[parts.length - 1]), 1, Integer::sum);
            }
            String first = givenName(e.getValue());
            if (first != null && wikidataPersons.computeIfAbsent(Names.norm(first), k -> new HashSet<>())
                    .add(Names.norm(e.getValue()))) {
                int[] g = wikidataGenders.computeIfAbsent(Names.norm(first), k -> new int[2]);
                String gender = genderByPerson.getOrDefault(e.getKey(), "");
                g[0] += gender.equals("male") ? 1 : 0;
                g[1] += gender.equals("female") ? 1 : 0;
            }
        }
        Map<String, String> rows = new TreeMap<>();
        Set<String> wikidataKeys = new HashSet<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] >= MIN_GIVEN_NAME_PERSONS) {
                rows.put(e.getKey(), String.join("\t", e.getKey(), Integer.toString(c[0]), Integer.toString(c[1]),
                        Integer.toString(c[2]), WIKIDATA));
                wikidataKeys.add(Names.norm(e.getKey()));
            }
        }
        int added = 0;
        List<String> corpusNote = new ArrayList<>();
        Map<String, Set<String>> corpusEnds = Map.of();
        if (!corpora.isEmpty()) {
            Set<String> refused = knownNames(outDir);
            refused.addAll(placeNames);
            refused.addAll(wikidataKeys);
            CorpusPersons found = corpusPersons(corpora, Lexicons.standard(), refused);
            Map<String, CorpusName> names = found.givenNames();
            corpusEnds = found.surnames();
            for (Map.Entry<String, CorpusName> e : names.entrySet()) {
                CorpusName n = e.getValue();
                // persons: the corpora's distinct full names and the officeholders of that given name (fewer
                // than MIN_GIVEN_NAME_PERSONS, or it would be a wikidata row), each full name once
                Set<String> persons = new HashSet<>(n.fullNames());
                Set<String> listed = wikidataPersons.getOrDefault(e.getKey(), Set.of());
                persons.addAll(listed);
                int asGiven = n.fullNames().size() + listed.size();
                int asSurname = n.asSurname() + surnames.getOrDefault(e.getKey(), 0);
                if (persons.size() < corpora.minNames() || asSurname > asGiven || rows.containsKey(n.name())) {
                    continue; // "Lopez", "Carter": more often a surname than a given name
                }
                int[] g = wikidataGenders.getOrDefault(e.getKey(), new int[2]);
                Set<String> sources = new TreeSet<>(n.sources());
                if (!listed.isEmpty()) {
                    sources.add(WIKIDATA);
                }
                rows.put(n.name(), String.join("\t", n.name(), Integer.toString(persons.size()),
                        Integer.toString(g[0]), Integer.toString(g[1]), String.join("|", sources)));
                added++;
            }
            corpusNote.add("source (rows that name a corpus, " + added + " rows): given names of the person "
                    + "annotations of open NER corpora: gmb = Groningen Meaning Bank NER CSV (shared/data/ner/gmb, "
                    + "texts Voice of America, public domain; CSV under ODbL), wikigold = wikigold "
                    + "(shared/data/ner/wikigold, CC BY 4.0, (c) Balasuriya et al. 2009), re3d = re3d Person entities "
                    + "(shared/data/re3d, public domain / OGL v3 / CC BY 3.0 AU / EEAS notice; its CC BY-SA part "
                    + "left out)");
            corpusNote.add("a corpus given name is the first word of a person span of 2+ words once leading titles, "
                    + "honorifics, demonyms and common words are stripped; kept from " + corpora.minNames()
                    + " distinct persons; left out: names of the wikidata-only rows, names (and first words of "
                    + "names) of places, organizations and parties, titles, demonyms, months, days, common English "
                    + "words, and names that end more persons' names (surnames) than they start");
        }
        // rarer officeholders' given names, guarded, where no row is yet
        int rare = 0;
        if (minPersons < MIN_GIVEN_NAME_PERSONS) {
            Lexicons lex = Lexicons.standard();
            Set<String> known = knownNames(outDir);
            Set<String> rowKeys = new HashSet<>();
            rows.keySet().forEach(k -> rowKeys.add(Names.norm(k)));
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                String key = Names.norm(e.getKey());
                if (c[0] >= MIN_GIVEN_NAME_PERSONS || c[0] < minPersons || rowKeys.contains(key)) {
                    continue;
                }
                int asSurname = surnames.getOrDefault(key, 0) + corpusEnds.getOrDefault(key, Set.of()).size();
                if (surnameFirstNames.contains(e.getKey())
                        || !rareGivenName(e.getKey(), c[0], asSurname, lex, known, townNames)) {
                    continue;
                }
                rows.put(e.getKey(), String.join("\t", e.getKey(), Integer.toString(c[0]), Integer.toString(c[1]),
                        Integer.toString(c[2]), WIKIDATA));
                rowKeys.add(key);
                rare++;
            }
        }
        try (Writer w = Files.newBufferedWriter(outDir.resolve("given-names.tsv"), StandardCharsets.UTF_8)) {
            List<String> head = new ArrayList<>(List.of(
                    "Given names: first tokens of persons' names, with how many persons bear them.",
                    "columns: name, persons (distinct persons: the officeholders of that given name, and for "
                            + "corpus rows also the corpora's distinct full names), male (officeholders recorded "
                            + "male), female (officeholders recorded female; the corpora record no gender), "
                            + "source (|-separated: wikidata, gmb, wikigold, re3d)",
                    "source (rows whose source is wikidata alone): shared/data/wikidata/{officeholders,legislators,"
                            + "heads_of_state_government,foreign_ministers}_wikidata.tsv (Wikidata, CC0); names of "
                            + (minPersons >= MIN_GIVEN_NAME_PERSONS
                                    ? "fewer than " + MIN_GIVEN_NAME_PERSONS + " persons and names of countries are "
                                            + "left out"
                                    : "names of countries are left out; names of " + minPersons + " to "
                                            + (MIN_GIVEN_NAME_PERSONS - 1) + " persons (" + rare + " rows) only when "
                                            + "written in Latin letters, of 3+ letters, borne by no officeholder of "
                                            + "a country that writes the family name first (China, Korea, Vietnam "
                                            + "...), ending no more persons' names than they start, and no title, "
                                            + "demonym, time word, common word, head word, honorific, town of "
                                            + MIN_TOWN_POPULATION + "+ people or name (or first word of a name) of "
                                            + "a place, organization or party; fewer than " + minPersons
                                            + " persons left out")));
            head.addAll(corpusNote);
            header(w, head.toArray(new String[0]));
            for (String r : rows.values()) {
                w.write(r + "\n");
            }
        }
        LOG.info("given names: {} rows, {} from the NER corpora, {} of fewer than {} officeholders", rows.size(),
                added, rare, MIN_GIVEN_NAME_PERSONS);
    }

    /**
     * Normalised names that must never be a corpus given name: the names and aliases of the countries, cities,
     * regions, organizations, news agencies and parties written in {@code outDir} and of the hand-written
     * organizations lexicon, and the first words of those of several words.
     */
    private static Set<String> knownNames(Path outDir) throws IOException {
        Set<String> known = new HashSet<>();
        KnowledgeFiles.read("/org/newskg/lexicon/organizations.tsv", r -> {
            known.add(Names.norm(r[0]));
            KnowledgeFiles.list(col(r, 1)).forEach(a -> known.add(Names.norm(a)));
        });
        for (String f : List.of("countries.tsv", "cities.tsv", "regions.tsv", "international-organizations.tsv",
                "news-agencies.tsv", "political-parties.tsv")) {
            Path p = outDir.resolve(f);
            if (!Files.exists(p)) {
                continue;
            }
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] r = line.split("\t", -1);
                known.add(Names.norm(col(r, 1)));
                for (int i = 2; i < r.length; i++) {
                    KnowledgeFiles.list(col(r, i)).forEach(a -> known.add(Names.norm(a)));
                }
            }
        }
        // the first word of a known name of several words: "Addis" (Ababa), "Buenos" (Aires), "Deutsche" (Bank)
        Set<String> firstWords = new HashSet<>();
        for (String k : known) {
            int space = k.indexOf(' ');
            if (space > 0) {
                firstWords.add(k.substring(0, space));
            }
        }
        known.addAll(firstWords);
        return known;
    }

    /**
     * The open NER corpora whose person annotations add given names; any may be null (or empty).
     *
     * @param gmb      the GMB NER CSV ({@code ner_dataset.csv}, or the {@code .zip} holding it; windows-1252)
     * @param conll    CoNLL files (token first, IOB1 or IOB2 tag last, persons {@code PER}): wikigold
     * @param re3d     the re3d folder (one subfolder per source with {@code entities.json} and {@code LICENSE})
     * @param minNames how many distinct full names a given name needs to be kept
     */
    public record PersonCorpora(Path gmb, List<Path> conll, Path re3d, int minNames) {
        /** No corpus: given-names.tsv from the Wikidata lists alone. */
        public static final PersonCorpora NONE = new PersonCorpora(null, List.of(), null, 2);

        public PersonCorpora {
            conll = conll == null ? List.of() : List.copyOf(conll);
        }

        boolean isEmpty() {
            return gmb == null && conll.isEmpty() && re3d == null;
        }
    }

    /**
     * A given name of the corpora: its most frequent spelling, the distinct full names it starts, the corpora it came
     * from, and how many distinct full names it ends (as a surname).
     */
    record CorpusName(String name, Set<String> fullNames, Set<String> sources, int asSurname) {
    }

    /**
     * What the corpora's person spans say: their given names (see {@link #personName}), keyed by their normalised
     * form, leaving out {@code refused} names (normalised) and every name the lexicons know as something else;
     * and, for every last word of a full name (normalised), the distinct full names it ends.
     */
    record CorpusPersons(Map<String, CorpusName> givenNames, Map<String, Set<String>> surnames) {
    }

    private static CorpusPersons corpusPersons(PersonCorpora corpora, Lexicons lex, Set<String> refused)
            throws IOException {
        Map<String, List<String>> spansBySource = new LinkedHashMap<>();
        if (corpora.gmb() != null) {
            spansBySource.put("gmb", gmbPersons(corpora.gmb()));
        }
        for (Path p : corpora.conll()) {
            spansBySource.computeIfAbsent(sourceName(p), k -> new ArrayList<>()).addAll(conllPersons(p));
        }
        if (corpora.re3d() != null) {
            spansBySource.put("re3d", re3dPersons(corpora.re3d()));
        }
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Set<String>> fullNames = new HashMap<>();
        Map<String, Set<String>> sources = new HashMap<>();
        Map<String, Set<String>> endedBy = new HashMap<>();
        spansBySource.forEach((source, spans) -> {
            for (String span : spans) {
                String full = personName(span, lex);
                if (full == null) {
                    continue;
                }
                endedBy.computeIfAbsent(Names.norm(full.substring(full.lastIndexOf(' ') + 1)), k -> new HashSet<>())
                        .add(Names.norm(full));
                String given = full.substring(0, full.indexOf(' '));
                String key = Names.norm(given);
                if (refused.contains(key) || !allowedGivenName(key, lex)) {
                    continue;
                }
                spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(given, 1, Integer::sum);
                fullNames.computeIfAbsent(key, k -> new TreeSet<>()).add(Names.norm(full));
                sources.computeIfAbsent(key, k -> new TreeSet<>()).add(source);
            }
        });
        Map<String, CorpusName> out = new TreeMap<>();
        for (Map.Entry<String, Set<String>> e : fullNames.entrySet()) {
            String spelling = spellings.get(e.getKey()).entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            out.put(e.getKey(), new CorpusName(spelling, e.getValue(), sources.get(e.getKey()),
                    endedBy.getOrDefault(e.getKey(), Set.of()).size()));
        }
        return new CorpusPersons(out, endedBy);
    }

    private static String sourceName(Path p) {
        String f = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return f.contains("wikigold") ? "wikigold" : f.replaceAll("\\..*$", "");
    }

    /**
     * Whether the first token {@code name} of the labels of only {@code persons} officeholders (fewer than
     * {@link #MIN_GIVEN_NAME_PERSONS}), which ends {@code asSurname} persons' names, may be a given name: written in
     * Latin letters, 3+ letters long, starting no fewer names than it ends ("Kenyatta Smith" beside two "... Kenyatta"
     * is a surname first), no title, demonym, time word, common word, head word or honorific
     * ({@link #allowedGivenName}), and not a name or first word of a name of a place, organization or party
     * ({@code known}, normalised) or a town's name ({@code towns}, normalised): one officeholder does not outweigh
     * a place.
     */
    static boolean rareGivenName(String name, int persons, int asSurname, Lexicons lex, Set<String> known,
            Set<String> towns) {
        String key = Names.norm(name);
        if (name.codePointCount(0, name.length()) < 3 || asSurname > persons || known.contains(key)
                || towns.contains(key) || !allowedGivenName(key, lex)) {
            return false;
        }
        return name.codePoints().allMatch(c -> !Character.isLetter(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /**
     * The normalised names (and ASCII names) of the GeoNames towns of {@link #MIN_TOWN_POPULATION}+ people, before
     * any filter: a rare given name must not take a town's name from towns.tsv.
     */
    static Set<String> townNames(Path geonames) throws IOException {
        Set<String> names = new HashSet<>();
        for (String[] r : read(geonames)) {
            if (parse(col(r, 7)) >= MIN_TOWN_POPULATION) {
                names.add(Names.norm(col(r, 1).trim()));
                names.add(Names.norm(col(r, 2).trim()));
            }
        }
        return names;
    }

    /** Whether a normalised word may be a given name: no title, demonym, month, day or common English word. */
    static boolean allowedGivenName(String key, Lexicons lex) {
        return !(titleWord(key, lex) || lex.isTitlePrefix(key) || lex.demonymCountry(key) != null || lex.isTimeWord(key)
                || lex.isNonName(key) || lex.isCommonWord(key) || lex.head(key) != null
                || HONORIFICS.contains(key.replace(".", "")) || CORPUS_HONORIFICS.contains(key));
    }

    /**
     * The person's name of an annotated person span (words separated by spaces) once its leading titles,
     * honorifics, demonyms and common words are stripped ("Foreign Minister Mustafa Osman Ismail" gives "Mustafa
     * Osman Ismail"), or null when fewer than two words remain, the first is no given name's shape (capitalised
     * letters, an inner hyphen or apostrophe; not all capitals, not an initial) or the last is a common word,
     * title or head word ("Bush Administration").
     */
    static String personName(String span, Lexicons lex) {
        String[] w = span.trim().split("\\s+");
        int i = 0;
        while (i < w.length && leadingWord(w[i], lex)) {
            i++;
        }
        if (w.length - i < 2 || givenName(w[i] + " x") == null) {
            return null;
        }
        String last = w[w.length - 1];
        String lastKey = Names.norm(last);
        if (!Names.isCapitalized(last) || lex.isCommonWord(lastKey) || lex.isTitle(lastKey) || lex.head(lastKey) != null
                || lex.demonymCountry(lastKey) != null) {
            return null;
        }
        return String.join(" ", Arrays.copyOfRange(w, i, w.length));
    }

    /** A title or the start of one ("prime"), also hyphenated ("lieutenant-general", "ex-minister"). */
    private static boolean titleWord(String key, Lexicons lex) {
        if (lex.isTitle(key) || lex.isTitlePrefix(key)) {
            return true;
        }
        int dash = key.indexOf('-');
        return dash > 0 && Arrays.stream(key.split("-")).allMatch(p -> p.equals("ex") || lex.isTitle(p)
                || lex.isTitlePrefix(p) || lex.isCommonWord(p));
    }

    /** A word a person span may start with that is not part of the name: a title, an honorific, "Iraqi", "the". */
    private static boolean leadingWord(String word, Lexicons lex) {
        String key = Names.norm(word);
        String bare = key.endsWith(".") ? key.substring(0, key.length() - 1) : key;
        return !Names.isCapitalized(word) || HONORIFICS.contains(bare) || CORPUS_HONORIFICS.contains(bare)
                || titleWord(key, lex) || lex.isTitle(bare) || lex.demonymCountry(key) != null || lex.isCommonWord(key)
                || lex.isNonName(key) || key.endsWith(".") && key.length() <= 5;
    }

    /**
     * Person spans of the GMB NER CSV ({@code Sentence #,Word,POS,Tag}, IOB2 {@code B-per}/{@code I-per}), read as
     * windows-1252 and split on line feeds; the last sentence is dropped when it does not end a sentence (the
     * published CSV is cut at the spreadsheet row limit).
     */
    static List<String> gmbPersons(Path csv) throws IOException {
        byte[] bytes;
        if (csv.getFileName().toString().endsWith(".zip")) {
            try (ZipInputStream z = new ZipInputStream(Files.newInputStream(csv))) {
                if (z.getNextEntry() == null) {
                    throw new IOException("empty zip: " + csv);
                }
                bytes = z.readAllBytes();
            }
        } else {
            bytes = Files.readAllBytes(csv);
        }
        String text = new String(bytes, Charset.forName("windows-1252"));
        List<String> spans = new ArrayList<>();
        List<String> sentenceSpans = new ArrayList<>();
        StringBuilder span = new StringBuilder();
        String lastWord = "";
        boolean first = true;
        for (String line : text.split("\n")) {
            if (first) { // the column header
                first = false;
                continue;
            }
            line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = NerTrainer.csv(line);
            if (!f.get(0).isBlank()) { // "Sentence: 12": a new sentence
                endSpan(span, sentenceSpans);
                spans.addAll(sentenceSpans);
                sentenceSpans.clear();
            }
            String word = f.size() > 1 ? f.get(1) : "";
            String tag = f.get(f.size() - 1).trim();
            lastWord = word;
            if (tag.equalsIgnoreCase("I-per") && span.length() > 0) {
                span.append(' ').append(word);
            } else {
                endSpan(span, sentenceSpans);
                if (tag.equalsIgnoreCase("B-per") || tag.equalsIgnoreCase("I-per")) {
                    span.append(word);
                }
            }
        }
        endSpan(span, sentenceSpans);
        if (lastWord.equals(".") || lastWord.equals("?") || lastWord.equals("!") || lastWord.equals("\"")) {
            spans.addAll(sentenceSpans);
        }
        return spans;
    }

    private static void endSpan(StringBuilder span, List<String> spans) {
        if (span.length() > 0) {
            spans.add(span.toString());
            span.setLength(0);
        }
    }

    /**
     * Person spans of a CoNLL file (token first column, tag last; IOB1 or IOB2, type {@code PER}); blank lines and
     * {@code -DOCSTART-} end a span.
     */
    static List<String> conllPersons(Path conll) throws IOException {
        List<String> spans = new ArrayList<>();
        StringBuilder span = new StringBuilder();
        for (String line : Files.readAllLines(conll, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            if (line.isBlank() || f[0].equals("-DOCSTART-")) {
                endSpan(span, spans);
                continue;
            }
            String tag = f[f.length - 1];
            boolean per = tag.length() > 2 && tag.substring(2).equalsIgnoreCase("PER");
            if (per && tag.startsWith("I") && span.length() > 0) {
                span.append(' ').append(f[0]);
            } else {
                endSpan(span, spans);
                if (per) {
                    span.append(f[0]);
                }
            }
        }
        endSpan(span, spans);
        return spans;
    }

    private static final Pattern RE3D_PERSON = Pattern.compile(
            "\"type\"\\s*:\\s*\"Person\".*?\"value\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    /**
     * Person entity values of the re3d sources under {@code dir} (each subfolder's {@code entities.json}, JSON
     * lines); a source whose {@code LICENSE} is share-alike is left out, so the list keeps a permissive licence.
     */
    static List<String> re3dPersons(Path dir) throws IOException {
        List<String> spans = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            sources = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path src : sources) {
            Path entities = src.resolve("entities.json");
            Path licence = src.resolve("LICENSE");
            if (!Files.exists(entities) || Files.exists(licence)
                    && Files.readString(licence, StandardCharsets.UTF_8).contains("ShareAlike")) {
                continue;
            }
            for (String line : Files.readAllLines(entities, StandardCharsets.UTF_8)) {
                Matcher m = RE3D_PERSON.matcher(line);
                if (m.find()) {
                    spans.add(m.group(1).replace("\\\"", "\"").replace("\\n", " "));
                }
            }
        }
        return spans;
    }

    /** The first token of a person label when it looks like a given name ("Antonio"), else null. */
    static String givenName(String label) {
        String[] parts = label.trim().split("\\s+");
        if (parts.length < 2) {
            return null;
        }
        String first = parts[0];
        if (first.length() < 2 || !Character.isUpperCase(first.codePointAt(0))
                || HONORIFICS.contains(first.toLowerCase(Locale.ROOT).replace(".", ""))) {
            return null;
        }
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return null;
            }
        }
        // all-caps first tokens are initials or acronyms, not given names
        return first.equals(first.toUpperCase(Locale.ROOT)) ? null : first;
    }

    /** Hand-written aliases by Q-id. */
    static Map<String, List<String>> extraAliases() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        try (InputStream in = GazetteerBuilder.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                return map;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length >= 3) {
                    map.computeIfAbsent(f[0].trim(), k -> new ArrayList<>()).addAll(KnowledgeFiles.list(f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }

    /** Rows of a TSV file with one header line. */
    private static List<String[]> read(Path p) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }

    private static String col(String[] r, int i) {
        return i < r.length ? r[i] : "";
    }

    private static void header(Writer w, String... lines) throws IOException {
        for (String l : lines) {
            w.write("# " + l + "\n");
        }
        w.write("# generated by GazetteerBuilder (newskg build-gazetteer); do not edit by hand\n");
    }

    private static void row(Writer w, String... cols) throws IOException {
        w.write(String.join("\t", cols).replace("\n", " ") + "\n");
    }
}
