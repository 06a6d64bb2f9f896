package org.newskg.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the gazetteer resource files (TSV, with a header comment) from the Wikidata-derived lists in
 * {@code shared/data/wikidata}: countries, cities of 100,000+, international organizations, news agencies,
 * political parties, regions (hand-written {@code lexicon/regions.tsv}, US states checked against the
 * {@code us-congress} legislators), and given names (with gender counts) derived from the lists of officeholders and
 * legislators.
 *
 * <pre>
 * GazetteerBuilder.build(Path.of("../shared/data/wikidata"), Path.of("src/main/resources/org/newskg/gazetteer"));
 * </pre>
 *
 * <p>Extra hand-written aliases keyed by Q-id (common short forms such as "US" or "Britain") are merged in from
 * the classpath resource {@code /org/newskg/lexicon/gazetteer-aliases.tsv}.
 */
public final class GazetteerBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(GazetteerBuilder.class);

    /** Given names met fewer times than this are left out (rare first tokens are mostly noise). */
    static final int MIN_GIVEN_NAME_PERSONS = 3;

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
     * {@code outDir}.
     */
    public static void build(Path wikidataDir, Path geonames, Path outDir) throws IOException {
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
        writeGivenNames(wikidataDir, outDir.resolve("given-names.tsv"), countryNames);
        writeRegions(wikidataDir.resolve("us-congress/legislators-current.yaml"), outDir.resolve("regions.tsv"));
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
     * lists, given names (given-names.tsv, written before), and closed-class words of the lexicons (titles,
     * head words, demonyms, non-names): a town's name is often a surname or a word too, and the list only votes.
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
                    known.add(Names.norm(r[0]));
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

    /**
     * Given names: the first token of each person's label in the officeholder, legislator, head-of-state and
     * foreign-minister lists, counted once per person, with how many of those persons are male and female.
     */
    private static void writeGivenNames(Path dir, Path out, Set<String> placeNames) throws IOException {
        Map<String, String> genderByPerson = new HashMap<>();
        Map<String, String> labelByPerson = new HashMap<>();
        for (String file : PERSON_LISTS) {
            Path p = dir.resolve(file);
            if (!Files.exists(p)) {
                continue;
            }
            List<String[]> rows = read(p);
            boolean hasGender = file.startsWith("officeholders") || file.startsWith("legislators");
            for (String[] r : rows) {
                labelByPerson.putIfAbsent(r[0], col(r, 1));
                if (hasGender && !col(r, 2).isBlank()) {
                    genderByPerson.putIfAbsent(r[0], col(r, 2));
                }
            }
        }
        Map<String, int[]> counts = new TreeMap<>();
        for (Map.Entry<String, String> e : labelByPerson.entrySet()) {
            String first = givenName(e.getValue());
            if (first == null || placeNames.contains(first.toLowerCase(Locale.ROOT))) {
                continue;
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
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            header(w, "Given names: first tokens of persons' names, with how many persons bear them.",
                    "columns: name, persons, male (persons recorded male), female (persons recorded female)",
                    "source: shared/data/wikidata/{officeholders,legislators,heads_of_state_government,"
                            + "foreign_ministers}_wikidata.tsv (Wikidata, CC0); names of fewer than "
                            + MIN_GIVEN_NAME_PERSONS + " persons and names of countries are left out");
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                if (c[0] >= MIN_GIVEN_NAME_PERSONS) {
                    row(w, e.getKey(), Integer.toString(c[0]), Integer.toString(c[1]), Integer.toString(c[2]));
                }
            }
        }
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
