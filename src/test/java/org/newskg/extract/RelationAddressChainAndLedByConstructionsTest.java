package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.newskg.Extraction;
import org.newskg.Pipeline;
import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.ingest.ArticleReader;

/**
 * Constructions added in round 13: a city's name after "Town," standing for its region ("Everett, Washington"),
 * an address chain climbing from town to region to country ("Windsor, Ontario, Canada"), and a participle of
 * leading right after an organisation's name ("the Libyan National Army led by X", "between Y, led by X, and
 * Z"), and armed men destroying a group's equipment ("Coalition aircraft destroyed 14 X tanks": attacked X), more verbs of waging before "efforts to counter Y"
 * ("coordinates", "intensified", "strengthened combined efforts"), a name harmed in an attack by a
 * group ("Y was killed in a raid by X": X attacked Y); each with cases that must give nothing. Whole pipeline: the gazetteer's kinds of place matter.
 */
class RelationAddressChainAndLedByConstructionsTest {

    private static final Pipeline PIPELINE = Pipeline.english();

    private static Extraction run(String text) throws Exception {
        return PIPELINE.process(ArticleReader.parseText("file:///test.txt", "Headline\n\n" + text));
    }

    private static Set<String> triples(String text) throws Exception {
        return RelationTests.triples(run(text).relations());
    }

    private static Set<String> entities(String text) throws Exception {
        return run(text).entities().stream().map(e -> e.name()).collect(Collectors.toSet());
    }

    @Test
    void theGazetteerKnowsWhichCityNamesAlsoNameARegion() {
        Gazetteer g = Gazetteer.standard();
        assertEquals("Washington State", g.regionAfterTown("washington").name());
        assertEquals("New York State", g.regionAfterTown("new york").name());
        assertNull(g.regionAfterTown("paris"));
        // alone, the name keeps its usual sense
        assertEquals("City", g.lookup("washington").get(0).subclass());
    }

    @Test
    void aCitysNameAfterATownAndACommaIsTheRegion() throws Exception {
        assertTrue(triples("The jet made its first flight in Everett, Washington at noon.")
                .contains("Everett locatedIn Washington State"));
        Set<String> t = triples("Microsoft is based in Redmond, Washington. The senator flew to Washington on Monday.");
        assertTrue(t.contains("Redmond locatedIn Washington State"), t::toString);
        assertTrue(entities("Microsoft is based in Redmond, Washington. The senator flew to Washington on Monday.")
                .containsAll(Set.of("Washington State", "Washington, D.C.")));
        Set<String> s = triples("Rebels shelled Saraqib, Idlib on Tuesday.");
        assertTrue(s.contains("Saraqib locatedIn Idlib Province"), s::toString);
        Set<String> q = triples("The plant in Gatineau, Quebec, will close.");
        assertTrue(q.contains("Gatineau locatedIn Quebec Province"), q::toString);
    }

    @Test
    void aCitysNameAloneInAListOrAsAGovernmentStaysTheCity() throws Exception {
        assertFalse(entities("The senator returned to Washington on Monday.").contains("Washington State"));
        assertFalse(entities("Diplomats from Paris, Washington and London met in Geneva.")
                .contains("Washington State"));
        assertFalse(entities("Unlike Moscow, Washington said it would not attend.").contains("Washington State"));
        assertFalse(entities("Officials in Beijing, Washington, Brussels and Tokyo reacted.")
                .contains("Washington State"));
        // after a region, a region's name is a list member: "Ontario, Quebec"
        assertFalse(entities("Delegates came from Ontario, Quebec, Canada and Mexico.").contains("Quebec Province"));
    }

    @Test
    void anAddressChainPutsEachPlaceInTheNext() throws Exception {
        Set<String> t = triples("The company will close its plant in Windsor, Ontario, Canada next year.");
        assertTrue(t.containsAll(Set.of("Windsor locatedIn Ontario", "Ontario locatedIn Canada")), t::toString);
        Set<String> s = triples("Rebels shelled Saraqib, Idlib, Syria on Tuesday.");
        assertTrue(s.containsAll(Set.of("Saraqib locatedIn Idlib Province", "Idlib Province locatedIn Syria")),
                s::toString);
        Set<String> g = triples("The firm is headquartered in Guelph, Ontario, Canada.");
        assertTrue(g.contains("Guelph locatedIn Ontario"), g::toString);
    }

    @Test
    void aListOfPlacesIsNoChain() throws Exception {
        Set<String> t = triples("The tour visits Paris, Lyon, Nice and Marseille.");
        assertTrue(t.stream().noneMatch(x -> x.contains("locatedIn")), t::toString);
        Set<String> d = triples("Delegates came from Ontario, Quebec, Canada and Mexico.");
        assertTrue(d.stream().noneMatch(x -> x.startsWith("Ontario locatedIn")), d::toString);
        Set<String> m = triples("Ministers from France, Germany, Italy met on Monday.");
        assertTrue(m.stream().noneMatch(x -> x.contains("locatedIn")), m::toString);
    }

    @Test
    void aParticipleOfLeadingRightAfterAnOrganisationsName() throws Exception {
        assertTrue(triples("The Libyan National Army led by Khalifa Haftar attacked Tripoli.")
                .contains("Khalifa Haftar leads Libyan National Army"));
        assertTrue(triples("On Monday, Hamas led by Yahya Sinwar rejected the offer.")
                .contains("Yahya Sinwar leads Hamas"));
        assertTrue(triples("Toyota headed by Akio Toyoda reported higher profits.")
                .contains("Akio Toyoda leads Toyota"));
        // set off by commas inside a prepositional phrase: the participle still describes the name
        Set<String> t = triples("He met officials of Hamas, led by Yahya Sinwar, in Cairo.");
        assertTrue(t.contains("Yahya Sinwar leads Hamas"), t::toString);
        Set<String> b = triples("The talks between the Federal Government of Iraq, led by Prime Minister Haider "
                + "Al Abadi, and the Kurdistan Regional Government ended.");
        assertTrue(b.contains("Haider Al Abadi leads Federal Government of Iraq"), b::toString);
    }

    @Test
    void aParticipleOfLeadingThatMayDescribeSomethingElseGivesNothing() throws Exception {
        // after a preposition, "led by" may describe the talks, not Hamas
        Set<String> t = triples("Israel held talks with Hamas led by Egypt's intelligence chief Abbas Kamel.");
        assertTrue(t.stream().noneMatch(x -> x.contains(" leads ")), t::toString);
        assertTrue(triples("Hamas led by a wide margin in the polls.").stream()
                .noneMatch(x -> x.contains(" leads ")));
        assertTrue(triples("The Libyan National Army led by example.").stream()
                .noneMatch(x -> x.contains(" leads ")));
    }

    @Test
    void armedMenDestroyingAGroupsEquipmentAttackIt() throws Exception {
        assertTrue(triples("Coalition aircraft destroyed 14 ISIL tanks near Palmyra.")
                .contains("Coalition attacked ISIL"));
        assertTrue(triples("U.S. aircraft destroyed 12 al-Shabaab vehicles near Kismayo.")
                .contains("United States of America attacked al-Shabaab"));
        // a country may act by itself
        assertTrue(triples("Turkey destroyed three PKK bunkers in northern Iraq.").contains("Turkey attacked PKK"));
    }

    @Test
    void aCompanyDestroyingSomethingAttacksNobody() throws Exception {
        // a group that is no country destroys through its armed men only; a company's lead is no target
        Set<String> t = triples("Microsoft destroyed Apple's lead in the tablet market.");
        assertTrue(t.stream().noneMatch(x -> x.contains("attacked")), t::toString);
        Set<String> f = triples("A fire destroyed the Toyota plant in Aichi.");
        assertTrue(f.stream().noneMatch(x -> x.contains("attacked")), f::toString);
        Set<String> b = triples("Coalition aircraft destroyed a bridge built by Siemens near Mosul.");
        assertTrue(b.stream().noneMatch(x -> x.contains("attacked")), b::toString);
    }

    @Test
    void aVerbOfWagingGovernsEffortsToCounter() throws Exception {
        assertTrue(triples("The European Union coordinates efforts to combat al-Shabaab.")
                .contains("European Union opposes al-Shabaab"));
        // an attributive participle ("combined", "joined") between the verb and the campaign noun
        Set<String> t = triples("NATO strengthened combined efforts to counter Russia.");
        assertTrue(t.contains("North Atlantic Treaty Organisation opposes Russia"), t::toString);
        Set<String> k = triples("The African Union intensified efforts to fight Boko Haram.");
        assertTrue(k.contains("African Union opposes Boko Haram"), k::toString);
    }

    @Test
    void judgingSomeoneElsesEffortsIsNoStance() throws Exception {
        Set<String> t = triples("The Arab League praised efforts to counter ISIL.");
        assertTrue(t.stream().noneMatch(x -> x.contains("opposes")), t::toString);
        Set<String> c = triples("The Arab League criticized the combined efforts to counter ISIL.");
        assertTrue(c.stream().noneMatch(x -> x.contains("opposes")), c::toString);
    }

    @Test
    void aNameHarmedInAnAttackByAGroupWasAttackedByIt() throws Exception {
        assertTrue(triples("Abu Bakr al-Baghdadi was killed in a raid by US special forces in Idlib.")
                .contains("United States of America attacked Abu Bakr al-Baghdadi"));
        assertTrue(triples("Ahmed Saleh was killed in a 2008 raid by Hezbollah inside Syria.")
                .contains("Hezbollah attacked Ahmed Saleh"));
        assertTrue(triples("Ahmed Saleh was injured in an attack by al-Shabaab in Mogadishu.")
                .contains("al-Shabaab attacked Ahmed Saleh"));
    }

    @Test
    void harmWithoutANamedAttackerGivesNoAttack() throws Exception {
        for (String text : new String[] {"John Smith was killed in a car crash in Ohio.",
                "John Smith was injured in an attack by a bear in Alaska.",
                "Ahmed Saleh was killed in a raid by Mosul residents.",
                "Three soldiers from Canada were killed in an attack by Taliban fighters."}) {
            Set<String> t = triples(text);
            assertTrue(t.stream().noneMatch(x -> x.contains("attacked")), () -> text + " " + t);
        }
    }
}
