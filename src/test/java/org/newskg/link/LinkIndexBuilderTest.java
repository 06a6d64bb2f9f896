package org.newskg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.EntityType;

/** The index builder on small seed lists written by the test (the real ones live outside the project). */
class LinkIndexBuilderTest {

    @TempDir
    Path dir;

    private void write(Path f, String... lines) throws Exception {
        Files.createDirectories(f.getParent());
        Files.writeString(f, String.join("\n", lines) + "\n");
    }

    @Test
    void buildsAReadableIndexWithCountriesCitiesOrganizationsAndPersons() throws Exception {
        Path wd = dir.resolve("wikidata");
        write(wd.resolve("countries_wikidata.tsv"), "qid\tlabel\tdescription\tlon\tlat\tcameo_code",
                "Q142\tFrance\tcountry in Western Europe\t2\t47\tfra");
        write(wd.resolve("cities_100k_wikidata.tsv"), "qid\tlabel_en\tpopulation", "Q90\tParis\t2145906",
                "Q456\tLyon\t513275");
        write(wd.resolve("international_organizations_wikidata.tsv"),
                "qid\tname_en\tacronyms\tother_names_en\torg_family\tyear_established\tlabel_fr\tlabel_es\tlabel_de"
                        + "\tlabel_ru\tlabel_ar\tlabel_zh\tlabel_pt",
                "Q1065\tUnited Nations\tUN\t\tUN and affiliates\t1945\tONU\tONU\tUN\tООН\t\t联合国\tONU");
        write(wd.resolve("news_agencies_wikidata.tsv"), "short_name\tqid", "AFP\tQ40464");
        write(wd.resolve("political_parties_wikidata.tsv"),
                "qid\tname\tname_short\tname_native\tcountry_iso3\tpartyfacts_id\tyear_founded\tyear_dissolved",
                "Q1\tExample Party\tEP\t\tFRA\t1\t2000\t");
        write(wd.resolve("heads_of_state_government_wikidata.tsv"), "person_qid\tperson_label\tposition_qid"
                + "\tposition_label\tcountry_qid\tcountry\tstart_year\tend_year",
                "Q3052772\tEmmanuel Macron\tQ191954\tPresident of the French Republic\tQ142\tFrance\t2017\t");
        write(wd.resolve("foreign_ministers_wikidata.tsv"), "person_qid\tperson_label\tposition_qid\tposition_label"
                + "\tcountry_qid\tcountry\tstart");
        write(wd.resolve("officeholders_wikidata.tsv"), "person_qid\tperson_label\tgender\tbirth_date\tdeath_date"
                + "\tposition_qid\tposition_label\tposition_short\tjurisdiction_qid\tjurisdiction\tstart\tend"
                + "\tsource_repo");
        write(dir.resolve("geonames").resolve("cities1000.tsv"), "geonameid\tname\tasciiname\tcountry_code"
                + "\talt_country_codes\tfeature_code\tadmin1_code\tpopulation\tlat\tlon\talternatenames",
                "2988507\tParis\tParis\tFR\t\tPPLC\t11\t2138551\t48.85341\t2.3488\tParis",
                "2996944\tLyon\tLyon\tFR\t\tPPLA\t84\t522969\t45.74846\t4.84671\tLyon");
        Path out = dir.resolve("out");
        LinkIndexBuilder.Summary s = LinkIndexBuilder.build(wd, out);
        assertEquals(2, s.cities());
        assertEquals(2, s.citiesWithCountry());
        LinkIndex index;
        try (Reader r = Files.newBufferedReader(out.resolve(LinkIndex.FILE))) {
            index = LinkIndex.read(r);
        }
        LinkCandidate paris = index.byName("paris").get(0);
        assertEquals("Q142", paris.country());
        assertEquals(48.85341, paris.lat(), 1e-9);
        assertEquals(0.95, paris.prior(), 1e-9, "a capital's prior");
        assertTrue(index.get("Q456").prior() < paris.prior());
        assertEquals(List.of("Q1065"), index.byAcronym("U.N.").stream().map(LinkCandidate::qid).toList());
        LinkCandidate macron = index.byName("Emmanuel Macron").get(0);
        assertEquals(EntityType.PERSON, macron.type());
        assertEquals(List.of("Q5"), macron.instanceOf());
        assertEquals("Q142", macron.country());
        assertEquals("Q142", index.get("Q1").country());
        assertTrue(Files.readString(out.resolve(LinkIndex.FILE)).startsWith("# newskg offline link index"));
    }
}
