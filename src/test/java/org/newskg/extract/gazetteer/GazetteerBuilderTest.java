package org.newskg.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        Path out = dir.resolve("out");
        GazetteerBuilder.build(dir, out);
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
        List<String> rows = rows(buildSample(), "given-names.tsv");
        assertEquals(List.of("Amina\t3\t0\t3"), rows);
        assertFalse(rows.stream().anyMatch(r -> r.startsWith("Sir\t") || r.startsWith("Morocco\t")));
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
}
