package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.newskg.testing.TestTexts.EntitySpec;

/**
 * Constructions of {@link LexiconRelationExtractor} added for recall on unseen text: a title against a department
 * ("Treasury Secretary"), an office word between an organisation and a role ("Pentagon Press Secretary"), chamber
 * leaders, a missing comma before "said", age and origin asides before a verb, "with the support of X", verbs of
 * fighting and assisting, coordinated progressive verbs, "have" mis-tagged as a verb, encircling, and campaigns "to
 * defeat Y"; each with cases that must give nothing.
 */
class RelationGeneralConstructionsTest {

    private static final LexiconRelationExtractor X = LexiconRelationExtractor.standard();
    private static final LocalDate PUBLISHED = LocalDate.of(2022, 6, 10);

    private static Set<String> triples(String text, EntitySpec... specs) {
        return RelationTests.triples(X.extract(resolved(text, specs), PUBLISHED));
    }

    // --- titles against a department -------------------------------------------------------------------

    @Test
    void secretaryTitledAgainstADepartmentLeadsIt() {
        Set<String> t = triples("Henry Paulson, the US Treasury Secretary, said markets were calm.",
                person("Henry Paulson"), organization("US Treasury"));
        assertTrue(t.contains("Henry Paulson leads US Treasury"), t::toString);
        Set<String> u = triples("Homeland Security Secretary Alejandro Mayorkas visited El Paso.",
                organization("Homeland Security"), person("Alejandro Mayorkas"), place("El Paso"));
        assertTrue(u.contains("Alejandro Mayorkas leads Homeland Security"), u::toString);
        Set<String> v = triples("Carlos Del Toro, Secretary of the Navy, toured the yard.",
                organization("Navy"), person("Carlos Del Toro"));
        assertTrue(v.contains("Carlos Del Toro leads Navy"), v::toString);
    }

    @Test
    void pressOrDeputySecretaryIsEmployedNotLeader() {
        Set<String> t = triples("Pentagon Press Secretary Peter Cook told reporters about the strike.",
                organization("Pentagon"), person("Peter Cook"));
        assertTrue(t.contains("Peter Cook employedBy Pentagon"), t::toString);
        assertFalse(t.contains("Peter Cook leads Pentagon"), t::toString);
        Set<String> u = triples("Deputy Treasury Secretary Wally Adeyemo spoke in Berlin.",
                organization("Treasury"), person("Wally Adeyemo"), place("Berlin"));
        assertFalse(u.contains("Wally Adeyemo leads Treasury"), u::toString);
        Set<String> v = triples("Jane Roe, a secretary at Unison, said pay was low.",
                person("Jane Roe"), organization("Unison"));
        assertFalse(v.contains("Jane Roe leads Unison"), v::toString);
        Set<String> w = triples("Ray Mabus, Under Secretary of the Navy, toured the yard.",
                organization("Navy"), person("Ray Mabus"));
        assertFalse(w.contains("Ray Mabus leads Navy"), w::toString);
    }

    @Test
    void officeWordBetweenOrganisationAndRoleGivesEmployerNotLeadership() {
        Set<String> t = triples("Reuters Photo Editor Ana Lima said the pictures were real.",
                organization("Reuters"), person("Ana Lima"));
        assertTrue(t.contains("Ana Lima employedBy Reuters"), t::toString);
        Set<String> u = triples("Kremlin Security Chief Ivan Petrov said nothing.",
                organization("Kremlin"), person("Ivan Petrov"));
        assertFalse(u.contains("Ivan Petrov commands Kremlin"), u::toString);
        assertFalse(u.contains("Ivan Petrov leads Kremlin"), u::toString);
    }

    @Test
    void chamberMajorityLeaderIsAMemberNotTheLeader() {
        Set<String> t = triples("Senate Majority Leader Chuck Schumer said no.",
                organization("Senate"), person("Chuck Schumer"));
        assertTrue(t.contains("Chuck Schumer memberOf Senate"), t::toString);
        assertFalse(t.contains("Chuck Schumer leads Senate"), t::toString);
    }

    @Test
    void roleAppositionClosedBySaidWithoutComma() {
        Set<String> t = triples("Gen. Mark Ortiz, commander of Africa Command said the raid had worked.",
                person("Mark Ortiz"), organization("Africa Command"));
        assertTrue(t.contains("Mark Ortiz commands Africa Command"), t::toString);
        // a list, not an apposition: nothing for the first name
        Set<String> u = triples("Mark Ortiz, commander of Africa Command and Lena Park met.",
                person("Mark Ortiz"), organization("Africa Command"), person("Lena Park"));
        assertFalse(u.contains("Lena Park commands Africa Command"), u::toString);
    }

    // --- asides between a subject and its verb -----------------------------------------------------------

    @Test
    void ageAndOriginAsidesLeadBackToThePerson() {
        Set<String> t = triples("Maria Lopez, 37, of Tucson, Arizona, joined Reuters in 2010.",
                person("Maria Lopez"), place("Tucson"), place("Arizona"), organization("Reuters"));
        assertTrue(t.contains("Maria Lopez memberOf Reuters"), t::toString);
        assertFalse(t.contains("Arizona memberOf Reuters"), t::toString);
        Set<String> u = triples("Tariq Aziz, 29, from Lahore, visited Dubai last week.",
                person("Tariq Aziz"), place("Lahore"), place("Dubai"));
        assertTrue(u.contains("Tariq Aziz visited Dubai"), u::toString);
    }

    @Test
    void placeListBeforeAVerbIsNoSubject() {
        Set<String> t = triples("Officials in Tucson, Arizona, joined Reuters.",
                place("Tucson"), place("Arizona"), organization("Reuters"));
        assertFalse(t.contains("Arizona memberOf Reuters"), t::toString);
        assertFalse(t.contains("Tucson memberOf Reuters"), t::toString);
    }

    // --- support -------------------------------------------------------------------------------------------

    @Test
    void withTheSupportOfXTheSubjectIsSupported() {
        Set<String> t = triples("With the backing of NATO, the Afghan Army has made progress.",
                organization("NATO"), organization("Afghan Army"));
        assertTrue(t.contains("NATO supports Afghan Army"), t::toString);
        Set<String> u = triples("In Syria, with the support of the 60-plus nation Global Coalition, the SDF, which "
                        + "includes Arab units, has made progress.", place("Syria"), organization("Global Coalition"),
                organization("SDF"));
        assertTrue(u.contains("Global Coalition supports SDF"), u::toString);
        assertFalse(u.contains("Global Coalition supports Syria"), u::toString);
        Set<String> v = triples("The Red Cross, with Swiss help, reopened the clinic.",
                organization("Red Cross"), place("Swiss"));
        assertTrue(v.contains("Swiss supports Red Cross"), v::toString);
    }

    @Test
    void withSupportButNoNamedSubjectOrNoBackingNounGivesNothing() {
        Set<String> t = triples("With the support of NATO, the bill passed easily.", organization("NATO"));
        assertTrue(t.stream().noneMatch(s -> s.contains("supports")), t::toString);
        Set<String> u = triples("With the exception of NATO, the Afghan Army has made progress.",
                organization("NATO"), organization("Afghan Army"));
        assertTrue(u.stream().noneMatch(s -> s.contains("supports")), u::toString);
    }

    @Test
    void coordinatedProgressiveVerbsShareTheirSubject() {
        Set<String> t = triples("US forces are advising and assisting the Malian Army in the north.",
                place("US"), organization("Malian Army"));
        assertTrue(t.contains("US supports Malian Army"), t::toString);
        Set<String> u = triples("Engineers from Siemens were trained and assisted by Alstom.",
                organization("Siemens"), organization("Alstom"));
        assertFalse(u.contains("Siemens supports Alstom"), u::toString);
    }

    // --- opposition ------------------------------------------------------------------------------------

    @Test
    void fightingAGroupIsOpposingIt() {
        Set<String> t = triples("The Peshmerga fought ISIL near Kirkuk.",
                organization("Peshmerga"), organization("ISIL"), place("Kirkuk"));
        assertTrue(t.contains("Peshmerga opposes ISIL"), t::toString);
        Set<String> u = triples("Kenya's forces are fighting al-Shabaab in Somalia.",
                place("Kenya"), organization("al-Shabaab"), place("Somalia"));
        assertTrue(u.contains("Kenya opposes al-Shabaab"), u::toString);
        Set<String> v = triples("Lionel Messi fought for Barcelona for years.",
                person("Lionel Messi"), organization("Barcelona"));
        assertFalse(v.contains("Lionel Messi opposes Barcelona"), v::toString);
    }

    @Test
    void whoeverWagesACampaignToDefeatYOpposesY() {
        Set<String> t = triples("The Kurdish Peshmerga are leading efforts in the campaign to defeat ISIL.",
                organization("Kurdish Peshmerga"), organization("ISIL"));
        assertTrue(t.contains("Kurdish Peshmerga opposes ISIL"), t::toString);
        Set<String> u = triples("Canada joined the fight to oust the Taliban in 2001.",
                place("Canada"), organization("Taliban"));
        assertTrue(u.contains("Canada opposes Taliban"), u::toString);
        Set<String> v = triples("NATO's campaign to degrade and defeat Al-Shabaab has slowed.",
                organization("NATO"), organization("Al-Shabaab"));
        assertTrue(v.contains("NATO opposes Al-Shabaab"), v::toString);
        Set<String> w = triples("Elsewhere in the campaign to defeat Boko Haram, the Chadian Army has begun a new "
                + "offensive.", organization("Boko Haram"), organization("Chadian Army"));
        assertTrue(w.contains("Chadian Army opposes Boko Haram"), w::toString);
    }

    @Test
    void campaignWithoutItsWagerOrWithAPassiveClauseGivesNothing() {
        Set<String> t = triples("The campaign to defeat ISIL is failing, Lena Park said.",
                organization("ISIL"), person("Lena Park"));
        assertFalse(t.contains("Lena Park opposes ISIL"), t::toString);
        Set<String> u = triples("Hamas criticised the effort to destroy Fatah.",
                organization("Hamas"), organization("Fatah"));
        assertFalse(u.contains("Hamas opposes Fatah"), u::toString);
        Set<String> v = triples("In the campaign to oust Saddam, Kuwait was liberated.",
                person("Saddam"), place("Kuwait"));
        assertFalse(v.contains("Kuwait opposes Saddam"), v::toString);
        Set<String> w = triples("Canada may join the fight to oust the Taliban.",
                place("Canada"), organization("Taliban"));
        assertFalse(w.contains("Canada opposes Taliban"), w::toString);
    }

    // --- advancing -----------------------------------------------------------------------------------------

    @Test
    void advancedAndEncircledAreMovesOnAPlace() {
        Set<String> t = triples("The Taliban have now advanced to within 7 kilometres of Kunduz.",
                organization("Taliban"), place("Kunduz"));
        assertTrue(t.contains("Taliban advancedOn Kunduz"), t::toString);
        Set<String> u = triples("Houthi forces encircled Marib on Sunday.", organization("Houthi"), place("Marib"));
        assertTrue(u.contains("Houthi advancedOn Marib"), u::toString);
        Set<String> v = triples("The Taliban have not advanced towards Kunduz.",
                organization("Taliban"), place("Kunduz"));
        assertFalse(v.contains("Taliban advancedOn Kunduz"), v::toString);
        Set<String> w = triples("Tesla advanced its plans in Berlin.", organization("Tesla"), place("Berlin"));
        assertFalse(w.contains("Tesla advancedOn Berlin"), w::toString);
    }

    // --- a participle after a description of a name -----------------------------------------------------

    @Test
    void participleWithAgentAfterADescriptionIsAPassiveOfTheName() {
        Set<String> t = triples("Fighting continued in Gharyan, a town captured by the LNA last week.",
                place("Gharyan"), organization("LNA"));
        assertTrue(t.contains("LNA tookControlOf Gharyan"), t::toString);
        Set<String> u = triples("Talks began with Monsanto, the company bought by Bayer in 2018.",
                organization("Monsanto"), organization("Bayer"));
        assertTrue(u.contains("Bayer tookControlOf Monsanto"), u::toString);
        Set<String> v = triples("Gharyan, a town captured by the LNA, and Derna, a city attacked by ISIL.",
                place("Gharyan"), organization("LNA"), place("Derna"), organization("ISIL"));
        assertTrue(v.contains("ISIL attacked Derna"), v::toString);
        assertFalse(v.contains("Derna tookControlOf Gharyan"), v::toString);
    }

    @Test
    void participleWithoutAgentOrWithoutDescribedNameGivesNothing() {
        Set<String> t = triples("Fighting continued in Gharyan, a town captured last week.", place("Gharyan"));
        assertTrue(t.stream().noneMatch(s -> s.contains("tookControlOf")), t::toString);
        Set<String> u = triples("Residents fled the town captured by the LNA.", organization("LNA"));
        assertTrue(u.stream().noneMatch(s -> s.contains("tookControlOf")), u::toString);
    }

    @Test
    void fightingACountryInARelativeClause() {
        Set<String> t = triples("Iran supports the Houthis, who are fighting Saudi Arabia.",
                place("Iran"), organization("Houthis"), place("Saudi Arabia"));
        assertTrue(t.contains("Houthis opposes Saudi Arabia"), t::toString);
        Set<String> u = triples("Soldiers from Chad fought in Kirkuk.", place("Chad"), place("Kirkuk"));
        assertFalse(u.contains("Chad opposes Kirkuk"), u::toString);
    }

    @Test
    void nameHyphenBackedBeforeANameSupportsIt() {
        Set<String> t = triples("The UN-backed Government of National Accord said it would respond.",
                organization("UN"), organization("Government of National Accord"));
        assertTrue(t.contains("UN supports Government of National Accord"), t::toString);
        Set<String> u = triples("The Iran-backed Houthis fired missiles at Riyadh.",
                place("Iran"), organization("Houthis"), place("Riyadh"));
        assertTrue(u.contains("Iran supports Houthis"), u::toString);
        Set<String> v = triples("The UN-led talks with Hamas stalled.", organization("UN"), organization("Hamas"));
        assertFalse(v.contains("UN supports Hamas"), v::toString);
        Set<String> w = triples("The UN-backed government met Hamas.", organization("UN"), organization("Hamas"));
        assertFalse(w.contains("UN supports Hamas"), w::toString);
    }
}
