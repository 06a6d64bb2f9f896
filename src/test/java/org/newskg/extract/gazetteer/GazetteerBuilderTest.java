package org.newskg.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerBuilderTest {

    @TempDir
    Path dir;

    private void write(String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n");
    }

    private List<String> rows(Path out, String file) throws IOException {
        return Files.readAllLines(out.resolve(file)).stream().filter(l -> !l.startsWith("#")).toList();
    }

    private Path buildSample() throws IOException {
        return buildSample(GazetteerBuilder.PersonCorpora.NONE);
    }

    private Path buildSample(GazetteerBuilder.PersonCorpora corpora) throws IOException {
        return buildSample(corpora, GazetteerBuilder.DEFAULT_MIN_GIVEN_NAME_PERSONS, dir.resolve("no-geonames.tsv"));
    }

    /**
     * Officeholders whose first tokens are borne by one or two persons, each a case of the rare-name guards: real
     * given names (Wanjiru, Uhuru, Kipchoge twice), a surname-first label of a Chinese officeholder (Zhao), a first
     * token that ends more names than it starts (Kenyatta), a city (Tripoli), a title (Captain), common words
     * (Galaxy, and "Rare" of the sample's "Rare Name"), a town (Kisumu, when the GeoNames sample is given), Cyrillic
     * letters, and a short token (Bo).
     */
    private static final String[] RARE_OFFICEHOLDERS = {
        "Q7\tWanjiru Kamau\tfemale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q8\tKipchoge Keino\tmale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q9\tKipchoge Rono\tmale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q10\tZhao Lijian\tmale\t\t\t\t\t\t\tChina\t\t\t",
        "Q11\tKenyatta Mwangi\tmale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q12\tUhuru Kenyatta\tmale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q13\tMargaret Kenyatta\tfemale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q14\tTripoli Haddad\tmale\t\t\t\t\t\t\tLebanon\t\t\t",
        "Q15\tCaptain Obi\tmale\t\t\t\t\t\t\tNigeria\t\t\t",
        "Q16\tGalaxy Ochieng\tmale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q17\tKisumu Otieno\tmale\t\t\t\t\t\t\tKenya\t\t\t",
        "Q18\tВілмош Сіклаварі\tmale\t\t\t\t\t\t\tHungary\t\t\t",
        "Q19\tBo Ndiaye\tmale\t\t\t\t\t\t\tSenegal\t\t\t"};

    private Path geonamesSample() throws IOException {
        write("cities1000.tsv", "geonameid\tname\tasciiname\tcountry_code\talt_country_codes\tfeature_code\t"
                + "admin1_code\tpopulation", "1\tKisumu\tKisumu\tKE\t\tPPLA\t08\t409928",
                "2\tNakuru\tNakuru\tKE\t\tPPLA\t08\t259903");
        return dir.resolve("cities1000.tsv");
    }

    private Path buildSample(GazetteerBuilder.PersonCorpora corpora, int minGivenNamePersons, Path geonames)
            throws IOException {
        write("countries_wikidata.tsv", "qid\tlabel\tdescription\tlon\tlat\tcameo_code",
                "Q30\tUnited States of America\tcountry primarily located in North America\t-98\t39\tusa",
                "Q1028\tMorocco\tsovereign state in North Africa\t-6\t32\tmar",
                "Q12585\tLatin America\tregion of the Americas where Romance languages are spoken\t\t\tlam",
                "Q878309\tLy dynasty\tVietnam's monarch that ruled from 1009 to 1226.\t\t\t",
                "Q7184\tNATO\tintergovernmental military alliance of Western states\t\t\t",
                "Q778\tThe Bahamas\tisland country in the Caribbean\t-77\t24\tbhs");
        write("cities_100k_wikidata.tsv", "qid\tlabel_en\tpopulation",
                "Q3579\tTripoli\t1293016",
                "Q1000\tTripoli\t200000",
                "Q3868\tlos vilos\t150804",
                "Q99\tQ99\t120000");
        write("international_organizations_wikidata.tsv",
                "qid\tname_en\tacronyms\tother_names_en\torg_family\tyear_established\tlabel_fr",
                "Q1065\tUnited Nations\tUN|ONU\t\tUN and affiliates\t1945\tOrganisation des Nations unies",
                "Q7184\tNorth Atlantic Treaty Organisation\tNATO\t\t\t1949\tOTAN");
        write("news_agencies_wikidata.tsv", "short_name\tqid", "AFP\tQ40464", "UP-UPI\tQ493845");
        write("political_parties_wikidata.tsv",
                "qid\tname\tname_short\tname_native\tcountry_iso3\tpartyfacts_id\tyear_founded\tyear_dissolved",
                "Q9630\tLabour Party\tLab\tLabour Party\tGBR\t1516\t1900\t",
                "Q9630\tLabour Party\tLab\tLabour Party\tGBR\t1517\t1900\t",
                "Q38799\tHamas\t\tحماس\tPSE\t1\t1987\t");
        String header = "person_qid\tperson_label\tgender\tbirth_date\tdeath_date\tposition_qid\tposition_label\t"
                + "position_short\tjurisdiction_qid\tjurisdiction\tstart\tend\tsource_repo";
        write("officeholders_wikidata.tsv", header,
                "Q1\tAmina Diallo\tfemale\t\t\t\t\t\t\t\t\t\t",
                "Q2\tAmina Touré\tfemale\t\t\t\t\t\t\t\t\t\t",
                "Q3\tAmina Bello\tfemale\t\t\t\t\t\t\t\t\t\t",
                "Q3\tAmina Bello\tfemale\t\t\t\t\t\t\t\t\t\t",
                "Q4\tRare Name\tmale\t\t\t\t\t\t\t\t\t\t",
                "Q5\tSir John Major\tmale\t\t\t\t\t\t\t\t\t\t",
                "Q6\tMorocco Person\tmale\t\t\t\t\t\t\t\t\t\t");
        Files.write(dir.resolve("officeholders_wikidata.tsv"), List.of(RARE_OFFICEHOLDERS),
                java.nio.file.StandardOpenOption.APPEND);
        Path out = dir.resolve("out");
        GazetteerBuilder.build(dir, geonames, out, corpora, minGivenNamePersons);
        return out;
    }

    @Test
    void countriesKeepPlacesWithShortFormsAndDropNonPlaces() throws IOException {
        Path out = buildSample();
        List<String> rows = rows(out, "countries.tsv");
        assertTrue(rows.contains("Q30\tUnited States of America\tUnited States|US|U.S.|USA|U.S.A.|America\tCountry"),
                rows::toString);
        assertTrue(rows.contains("Q12585\tLatin America\t\t"), "a region: a place without the Country subclass");
        assertTrue(rows.contains("Q778\tThe Bahamas\tBahamas\tCountry"));
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("Q878309\t") || r.startsWith("Q7184\t")),
                "dynasties and organizations are left out");
    }

    @Test
    void citiesAreOnePerNameMostPopulousFirst() throws IOException {
        List<String> rows = rows(buildSample(), "cities.tsv");
        assertEquals(List.of("Q3579\tTripoli\t"), rows);
    }

    @Test
    void organizationsKeepAcronymsAndTheirLicenceNote() throws IOException {
        Path out = buildSample();
        List<String> rows = rows(out, "international-organizations.tsv");
        assertTrue(rows.contains("Q1065\tUnited Nations\tUN|ONU\tU.N.|UNO"), rows::toString);
        String text = Files.readString(out.resolve("international-organizations.tsv"));
        assertTrue(text.contains("CC BY-SA 4.0") && text.contains("supraverden"), "attribution and share-alike note");
        assertTrue(Files.readString(out.resolve("political-parties.tsv")).contains("MIT License"));
    }

    @Test
    void agenciesAndPartiesAreDeduplicatedWithAliases() throws IOException {
        Path out = buildSample();
        assertTrue(rows(out, "news-agencies.tsv").contains("Q493845\tUP-UPI\tUPI|United Press International"));
        List<String> parties = rows(out, "political-parties.tsv");
        assertEquals(List.of("Q9630\tLabour Party\tLab\tGBR", "Q38799\tHamas\t\tPSE"), parties);
    }

    @Test
    void givenNamesNeedSeveralPersonsAndSkipHonorificsAndPlaces() throws IOException {
        List<String> rows = rows(buildSample(GazetteerBuilder.PersonCorpora.NONE, 3, dir.resolve("none.tsv")),
                "given-names.tsv");
        assertEquals(List.of("Amina\t3\t0\t3\twikidata"), rows);
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("Sir\t") || r.startsWith("Morocco\t")));
    }

    @Test
    void aCutOfTwoKeepsGivenNamesOfTwoOfficeholdersOnly() throws IOException {
        List<String> rows = rows(buildSample(GazetteerBuilder.PersonCorpora.NONE, 2, dir.resolve("none.tsv")),
                "given-names.tsv");
        assertEquals(List.of("Amina\t3\t0\t3\twikidata", "Kipchoge\t2\t2\t0\twikidata"), rows);
    }

    @Test
    void aCutOfOneKeepsRareGivenNamesThatPassTheGuards() throws IOException {
        Path out = buildSample(GazetteerBuilder.PersonCorpora.NONE, 1, geonamesSample());
        List<String> rows = rows(out, "given-names.tsv");
        assertTrue(rows.contains("Wanjiru\t1\t0\t1\twikidata"), rows::toString);
        assertTrue(rows.contains("Kipchoge\t2\t2\t0\twikidata") && rows.contains("Uhuru\t1\t1\t0\twikidata"));
        for (String refused : List.of("Zhao", "Kenyatta", "Tripoli", "Captain", "Galaxy", "Kisumu", "Вілмош", "Bo",
                "Rare", "Sir", "Morocco")) {
            assertTrue(rows.stream().noneMatch(r -> r.startsWith(refused + "\t")), refused + " in " + rows);
        }
        assertTrue(rows(out, "towns.tsv").stream().anyMatch(r -> r.startsWith("Kisumu\t")),
                "a town keeps its name: one officeholder does not outweigh it");
        assertTrue(Files.readString(out.resolve("given-names.tsv")).contains("names of 1 to 2 persons (4 rows)"));
    }

    @Test
    void rareGivenNameGuardsAgainstSurnamesTitlesPlacesAndOtherScripts() {
        Lexicons lex = Lexicons.standard();
        Set<String> none = Set.of();
        assertTrue(GazetteerBuilder.rareGivenName("Wanjiru", 1, 0, lex, none, none));
        assertTrue(GazetteerBuilder.rareGivenName("Kipchoge", 2, 2, lex, none, none), "as many starts as ends");
        assertFalse(GazetteerBuilder.rareGivenName("Kenyatta", 1, 2, lex, none, none), "ends more names");
        assertFalse(GazetteerBuilder.rareGivenName("Bo", 1, 0, lex, none, none), "too short");
        assertFalse(GazetteerBuilder.rareGivenName("Minister", 1, 0, lex, none, none), "a title");
        assertFalse(GazetteerBuilder.rareGivenName("Kenyan", 1, 0, lex, none, none), "a demonym");
        assertFalse(GazetteerBuilder.rareGivenName("August", 1, 0, lex, none, none), "a month");
        assertFalse(GazetteerBuilder.rareGivenName("Addis", 1, 0, lex, Set.of("addis"), none), "a known name's word");
        assertFalse(GazetteerBuilder.rareGivenName("Nakuru", 1, 0, lex, none, Set.of("nakuru")), "a town");
        assertFalse(GazetteerBuilder.rareGivenName("Марат", 1, 0, lex, none, none), "not Latin letters");
        assertTrue(GazetteerBuilder.rareGivenName("Ștefan", 1, 0, lex, none, none), "Latin with diacritics");
    }

    @Test
    void everyFileHasAHeaderComment() throws IOException {
        Path out = buildSample();
        for (String f : List.of("countries.tsv", "cities.tsv", "international-organizations.tsv",
                "news-agencies.tsv", "political-parties.tsv", "given-names.tsv")) {
            String first = Files.readAllLines(out.resolve(f)).get(0);
            assertTrue(first.startsWith("# "), f);
            assertTrue(Files.readString(out.resolve(f)).contains("# columns: "), f);
        }
    }

    /** A GMB-like CSV (windows-1252, CRLF, titles inside person spans, cut in its last sentence). */
    private Path gmbSample() throws IOException {
        String csv = String.join("\r\n", "Sentence #,Word,POS,Tag",
                "Sentence: 1,Foreign,NNP,B-per", ",Minister,NNP,I-per", ",Kwabena,NNP,I-per", ",Mensah,NNP,I-per",
                ",said,VBD,O", ",.,.,O",
                "Sentence: 2,Kwabena,NNP,B-per", ",Osei,NNP,I-per", ",and,CC,O", ",Kwabena,NNP,B-per",
                ",Mensah,NNP,I-per", ",met,VBD,O", ",\"\"\"\",``,O", ",.,.,O",
                "Sentence: 3,Morocco,NNP,B-per", ",Smith,NNP,I-per", ",Morocco,NNP,B-per", ",Jones,NNP,I-per",
                ",Galaxy,NNP,B-per", ",Brown,NNP,I-per", ",Galaxy,NNP,B-per", ",Green,NNP,I-per",
                ",Zo\u00eb,NNP,B-per", ",Adjei,NNP,I-per", ",Zo\u00eb,NNP,B-per", ",Badu,NNP,I-per", ",.,.,O",
                "Sentence: 4,President,NNP,B-per", ",Tamsin,NNP,I-per", ",Ward,NNP,I-per", ",Yaw,NNP,B-per",
                ",Boateng,NNP,I-per", ",.,.,O",
                "Sentence: 5,Efua,NNP,B-per", ",Ansah,NNP,I-per", ",Efua,NNP,B-per", ",Kuma,NNP,I-per", ",told",
                "");
        Path p = dir.resolve("ner_dataset.csv");
        Files.write(p, csv.getBytes(Charset.forName("windows-1252")));
        return p;
    }

    private Path conllSample() throws IOException {
        write("wikigold.conll.txt", "-DOCSTART- O", "", "Tamsin I-PER", "Hale I-PER", "spoke O", ". O", "",
                "Amina I-PER", "Kone I-PER", "and O", "Osei I-PER", "Tutu I-PER", "met O", "Ama I-PER", "Osei I-PER",
                "and O", "Kojo I-PER", "Osei I-PER", ". O");
        return dir.resolve("wikigold.conll.txt");
    }

    @Test
    void gmbPersonsReadWindows1252AndDropTheCutLastSentence() throws IOException {
        List<String> spans = GazetteerBuilder.gmbPersons(gmbSample());
        assertTrue(spans.contains("Foreign Minister Kwabena Mensah"), spans::toString);
        assertTrue(spans.contains("Zo\u00eb Adjei"), "windows-1252 decoded");
        assertTrue(spans.contains("Kwabena Osei") && spans.contains("Yaw Boateng"), "B-per starts a new span");
        assertFalse(spans.stream().anyMatch(s -> s.startsWith("Efua")), "the unfinished last sentence is dropped");
    }

    @Test
    void personNameStripsTitlesAndRefusesNonNames() {
        Lexicons lex = Lexicons.standard();
        assertEquals("Mustafa Osman Ismail", GazetteerBuilder.personName("Foreign Minister Mustafa Osman Ismail", lex));
        assertEquals("Fuad Masum", GazetteerBuilder.personName("Iraqi President Fuad Masum", lex));
        assertEquals("Ali Khan", GazetteerBuilder.personName("Lieutenant-General Ali Khan", lex));
        assertEquals("Leonella Sgorbati", GazetteerBuilder.personName("Sister Leonella Sgorbati", lex));
        assertNull(GazetteerBuilder.personName("President Fuad", lex), "one word left: no given name");
        assertNull(GazetteerBuilder.personName("Bush Administration", lex), "ends in a common word");
        assertNull(GazetteerBuilder.personName("J. Smith", lex), "an initial");
        assertNull(GazetteerBuilder.personName("NATO Chief", lex));
    }

    @Test
    void corpusGivenNamesCountDistinctFullNamesAndRefuseCountriesAndCommonWords() throws IOException {
        Path out = buildSample(new GazetteerBuilder.PersonCorpora(gmbSample(), List.of(conllSample()), null, 2));
        List<String> rows = rows(out, "given-names.tsv");
        assertTrue(rows.contains("Kwabena\t2\t0\t0\tgmb"), "two distinct full names, the repeat counted once: "
                + rows);
        assertTrue(rows.contains("Tamsin\t2\t0\t0\tgmb|wikigold"), "title stripped; both corpora");
        assertTrue(rows.contains("Zo\u00eb\t2\t0\t0\tgmb"));
        assertTrue(rows.contains("Amina\t3\t0\t3\twikidata"), "a Wikidata row stays as it was");
        for (String refused : List.of("Morocco", "Galaxy", "Foreign", "Minister", "President", "Yaw", "Efua", "Osei")) {
            assertTrue(rows.stream().noneMatch(r -> r.startsWith(refused + "\t")), refused);
        }
    }

    @Test
    void aNameThatMoreOftenEndsNamesIsASurname() throws IOException {
        Path out = buildSample(new GazetteerBuilder.PersonCorpora(null, List.of(conllSample()), null, 1));
        List<String> rows = rows(out, "given-names.tsv");
        assertTrue(rows.contains("Ama\t1\t0\t0\twikigold"), rows::toString);
        assertTrue(rows.stream().noneMatch(r -> r.startsWith("Osei\t")), "starts one name, ends two");
    }

    @Test
    void givenNamesHeaderSaysColumnsSourcesAndLicences() throws IOException {
        Path out = buildSample(new GazetteerBuilder.PersonCorpora(gmbSample(), List.of(conllSample()), null, 2));
        String text = Files.readString(out.resolve("given-names.tsv"));
        String header = text.lines().filter(l -> l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
        for (String must : Set.of("# columns: name, persons", "source (|-separated", "Wikidata, CC0", "ODbL",
                "Voice of America", "CC BY 4.0", "kept from 2 distinct persons")) {
            assertTrue(header.contains(must), must + " in\n" + header);
        }
    }

    @Test
    void theBundledListHasCorpusRowsTheGazetteerFinds() {
        Gazetteer g = Gazetteer.standard();
        List<String> corpusRows = new java.util.ArrayList<>();
        KnowledgeFiles.read("/org/newskg/gazetteer/given-names.tsv", r -> {
            if (r.length > 4 && !r[4].equals("wikidata")) {
                corpusRows.add(r[0]);
            }
        });
        assertTrue(corpusRows.size() > 100, "corpus rows: " + corpusRows.size());
        for (String name : corpusRows) {
            assertNotNull(g.givenName(name), name);
        }
        assertNotNull(g.givenName("Kurmanbek"), "a given name of the GMB corpus (Kurmanbek Bakiyev)");
    }
}
