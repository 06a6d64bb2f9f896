package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleReader;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Where places and organisations are, who took a place and who attacked it (round 8): containers named by a
 * direction, places listed after "including", "and other towns in", an organisation "of" a country, participles
 * of state after a comma, "based" without a hyphen, "home state", "X, Y" as a modifier, "the fall of Y to X",
 * attacks with a time phrase and a spot, attacks whose actor a verb of showing names, the use of weapons, backers.
 * Every sentence is written for the test.
 */
class RelationPlaceAttackConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    /** The whole pipeline, where the gazetteer's "Country" subclass matters. */
    private static final Pipeline PIPELINE = Pipeline.english();

    private static Set<String> pipelineTriples(String text) throws Exception {
        return RelationTests.triples(
                PIPELINE.process(ArticleReader.parseText("file:///test.txt", "Headline\n\n" + text)).relations());
    }

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), LocalDate.of(2020, 3, 6)));
    }

    // --- places ------------------------------------------------------------------------------------------

    @Test
    void containerNamedByADirection() {
        assertEquals(Set.of("Kirkuk locatedIn Northern Iraq"), triples("Residents of the city of Kirkuk in Northern "
                + "Iraq returned home.", place("Kirkuk"), place("Northern Iraq")));
    }

    @Test
    void placesListedAfterIncluding() {
        EntitySpec[] es = {place("Southern Syria"), place("Busra"), place("Nawa")};
        assertEquals(Set.of("Busra locatedIn Southern Syria", "Nawa locatedIn Southern Syria"),
                triples("Rebels hold several villages in Southern Syria including Busra and Nawa.", es));
        assertEquals(Set.of("Busra locatedIn Southern Syria"),
                triples("Rebels hold villages in Southern Syria, such as Busra.", es));
        // no place noun before "in": "fighters in Y including A" says nothing of A
        assertEquals(Set.of(), triples("Rebels fought in Southern Syria including Busra.", es));
    }

    @Test
    void placeBeforeOtherPlacesIn() {
        assertEquals(Set.of("Homs locatedIn Syria"), triples("Shells fell on Homs and other towns and areas in Syria.",
                place("Homs"), place("Syria")));
    }

    @Test
    void organisationOfACountry() throws Exception {
        assertEquals(Set.of("Toyota basedIn Japan"), pipelineTriples("Toyota of Japan sold more cars."));
        assertEquals(Set.of(), pipelineTriples("The chairman of Toyota of Japan resigned."));
    }

    @Test
    void participleOfStateAfterACommaDescribesThePrepositionalObject() {
        assertEquals(Set.of("Old Bailey basedIn London"), triples("The hearing was held at the Old Bailey, "
                + "located in central London.", organization("Old Bailey"), place("London")));
    }

    @Test
    void basedWithoutAHyphen() {
        assertEquals(Set.of("Boeing basedIn Seattle"), triples("The Navy picked Seattle based Boeing to build the "
                + "ship.", organization("Navy"), place("Seattle"), organization("Boeing")));
    }

    @Test
    void homeStateOfAnOrganisation() {
        assertEquals(Set.of("Dell basedIn Texas"), triples("A suit was filed in Texas, Dell's home state, on Monday.",
                place("Texas"), organization("Dell")));
    }

    @Test
    void placeCommaCountryAsAModifier() throws Exception {
        assertEquals(Set.of("Kandahar locatedIn Afghanistan"), pipelineTriples("The results of the Kandahar, "
                + "Afghanistan airstrike investigation were released."));
    }

    // --- taking and attacking ----------------------------------------------------------------------------

    @Test
    void fallOfAPlaceToAGroup() {
        EntitySpec[] es = {place("Kunduz"), organization("Taliban")};
        assertEquals(Set.of("Taliban tookControlOf Kunduz"), triples("The fall of Kunduz to the Taliban shocked "
                + "the region.", es));
        assertEquals(Set.of("Taliban tookControlOf Kunduz"), triples("A year after the fall of Kunduz to Taliban "
                + "fighters, the city is quiet.", es));
        assertEquals(Set.of(), triples("Officials fear a possible fall of Kunduz to the Taliban.", es));
    }

    @Test
    void attackWithATimePhraseAndASpot() {
        EntitySpec[] es = {place("Norway"), organization("Taliban"), place("Kandahar")};
        assertEquals(Set.of("Taliban attacked Kandahar"), triples("Norway condemns the Taliban attack this morning at "
                + "a crowded bazaar in Kandahar.", es));
        assertEquals(Set.of(), triples("A planned Taliban attack this morning at a bazaar in Kandahar was foiled.",
                es));
    }

    @Test
    void attacksWhoseActorAVerbOfShowingNames() {
        EntitySpec[] es = {place("Homs"), place("Hama"), place("Idlib"), person("Assad")};
        assertEquals(Set.of("Assad attacked Homs", "Assad attacked Hama", "Assad attacked Idlib"),
                triples("The attacks in Homs, Hama and Idlib demonstrate the brutality of the Assad regime.", es));
        assertEquals(Set.of(), triples("The attacks in Homs demonstrate the courage of the Assad family doctors.", es));
    }

    @Test
    void useOfWeaponsByAGroupInAPlace() {
        assertEquals(Set.of("Taliban attacked Kandahar"), triples("The use of chemical weapons by the Taliban in "
                + "Kandahar shows contempt for the law.", organization("Taliban"), place("Kandahar")));
    }

    @Test
    void inflictingBombardment() {
        assertEquals(Set.of("Taliban attacked Kandahar"), triples("The Taliban are inflicting heavy bombardment on "
                + "Kandahar.", organization("Taliban"), place("Kandahar")));
    }

    @Test
    void backersNamedAfterNotably() {
        assertEquals(Set.of("China supports Pakistan"), triples("Pakistan's backers, including China, protested.",
                place("Pakistan"), place("China")));
        assertEquals(Set.of("Iran supports Hezbollah"), triples("Hezbollah and its backers, notably Iran, deny it.",
                organization("Hezbollah"), place("Iran")));
    }

    @Test
    void anOrganisationInAPlaceIsBasedThereSinceLocatedInIsBetweenPlaces() {
        Set<String> t = triples("Students of Harlow College in Leeds marched past the town hall in Ripon.",
                organization("Harlow College"), place("Leeds"), place("Ripon"));
        assertEquals(true, t.contains("Harlow College basedIn Leeds"), t::toString);
        assertEquals(true, t.stream().noneMatch(x -> x.startsWith("Harlow College locatedIn")), t::toString);
    }

    @Test
    void aListOfPlaceContainerPairsGivesEachPair() throws Exception {
        // the regions' kind comes from the gazetteer, so these run the whole pipeline
        Set<String> t = pipelineTriples("The maker will shut plants in Toledo, Ohio, and Lansing, Michigan, by June.");
        assertEquals(Set.of("Toledo locatedIn Ohio", "Lansing locatedIn Michigan"), t);
        // a city and then a plain list of regions is no pair list
        assertEquals(Set.of(), pipelineTriples("Sales fell in Toledo, Ohio, Michigan and Iowa."));
    }

    @Test
    void aPlaceAndItsRegionBeforeANounStillGiveTheContainment() throws Exception {
        assertEquals(Set.of("Hamilton locatedIn Ontario"), pipelineTriples("Staff of the Hamilton, Ontario assembly "
                + "plant voted on Friday."));
    }

    @Test
    void aStateWrittenAsItsNewsAbbreviationIsTheState() throws Exception {
        Set<String> t = pipelineTriples("Engineers in Gary, Ind., and Lansing, Mich., kept their jobs.");
        assertEquals(Set.of("Gary locatedIn Indiana", "Lansing locatedIn Michigan"), t);
    }
}
