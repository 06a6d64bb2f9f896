package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.entities;
import static org.newskg.extract.NameFinding.entity;
import static org.newskg.extract.NameFinding.type;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.Entity;

/**
 * First-level divisions of large countries in the regions gazetteer (lexicon/regions.tsv): states, provinces,
 * Länder and prefectures are places with their usual abbreviations, names that are also given names or cities
 * keep their old reading, and a region that is a person's surname in the text is the person.
 */
class FirstLevelRegionsTest {

    private static final EntityType PLACE = EntityType.PLACE;
    private static final EntityType PERSON = EntityType.PERSON;

    @Test
    void statesProvincesAndPrefecturesAreRegions() {
        String s = "Wine exports from Tuscany and Piedmont fell sharply, the agriculture ministry said.";
        assertEquals(PLACE, type(STANDARD, s, "Piedmont"));
        assertEquals("Region", NameFinding.mention(STANDARD, s, "Piedmont").subclass());
        assertEquals(PLACE, type(STANDARD, "An earthquake struck Miyagi and Iwate prefectures.", "Iwate"));
        assertEquals(PLACE, type(STANDARD, "Gauteng and KwaZulu-Natal recorded most of the new cases.", "Gauteng"));
        assertEquals(PLACE, type(STANDARD, "Protests spread from Hunan to Zhejiang last week.", "Zhejiang"));
        assertEquals(PLACE, type(STANDARD, "Police in Hesse and Lower Saxony arrested four men.", "Lower Saxony"));
    }

    @Test
    void usualAbbreviationsNameTheRegion() {
        List<Entity> es = entities("Ms Mills said NSW would follow Qld in lifting restrictions.");
        assertEquals(PLACE, entity(es, "New South Wales").type());
        assertEquals(PLACE, entity(es, "Queensland").type());
    }

    @Test
    void givenNamesAndCountriesKeepTheirReading() {
        assertEquals(PERSON, type(STANDARD, "Victoria Beckham opened a shop in London.", "Victoria Beckham"));
        assertEquals(PLACE, type(STANDARD, "Georgia has signed a deal with the European Union.", "Georgia"));
    }

    @Test
    void aRegionThatIsASurnameInTheTextIsThePerson() {
        List<Entity> es = entities("The novelist Hermann Hesse was born in Calw. Hesse won the Nobel Prize in 1946.");
        assertFalse(es.stream().anyMatch(e -> e.name().equals("Hesse") && e.type() == PLACE),
                es.stream().map(e -> e.name() + ":" + e.type()).toList().toString());
        assertEquals(PLACE, type(STANDARD, "Floods hit Hesse and Bavaria on Monday.", "Hesse"));
    }
}
