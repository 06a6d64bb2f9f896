package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Round 22 of name spans and non-entities, on sentences written for the test in several topics: a stop glued to
 * the next sentence does not glue the next word to a name; a nationality before a company name that holds a trade
 * word ("Airways") stays in the name; games, constitutions and initiatives are no entities (guideline E3), nor
 * are holidays, storage units and capitalised common abbreviations. Each has a case that must stay.
 */
class SpansAndNonEntityWordsTest {

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.RULES, text);
    }

    private static void assertNone(String text, String unwanted) {
        List<String> found = names(text);
        assertFalse(found.stream().anyMatch(f -> f.equals(unwanted)), unwanted + " in " + found);
    }

    @Test
    void aNameBeforeAGluedStopEndsAtTheStop() {
        NameFinding.assertNames("The draft went to the Security Council.In this respect, envoys met in Geneva.",
                List.of("Security Council"), List.of("Security Council.In"));
        NameFinding.assertNames("The striker left Real Sociedad.Then he signed for a club in Lisbon.",
                List.of("Real Sociedad"), List.of("Real Sociedad.Then"));
        NameFinding.assertNames("Police questioned a man in Leeds.The court in Bradford charged him.",
                List.of("Leeds", "Bradford"), List.of("Leeds.The"));
        NameFinding.assertNames("The probe was built by the European Space Agency.Its launch slipped.",
                List.of("European Space Agency"), List.of("European Space Agency.Its"));
    }

    @Test
    void aNationalityBeforeATradeWordAndMoreStaysInTheName() {
        NameFinding.assertNames("Passengers of Thai Airways International were stranded in Bangkok.",
                List.of("Thai Airways International"), List.of("Airways International"));
        NameFinding.assertNames("The fans flew with Nordic Airways Express to the final in Oslo.",
                List.of(), List.of("Airways Express"));
        NameFinding.assertNames("Shares of Indian Motors Holdings fell in Mumbai.",
                List.of("Indian Motors Holdings"), List.of("Motors Holdings"));
        NameFinding.assertNames("The museum bought a jet from Kenyan Airways Cargo last year.",
                List.of("Kenyan Airways Cargo"), List.of("Airways Cargo"));
        // near-miss: a nationality before a plain name still goes
        NameFinding.assertNames("The Russian Gazprom cut supplies to Kiev.", List.of("Gazprom"),
                List.of("Russian Gazprom"));
    }

    @Test
    void gamesConstitutionsAndInitiativesAreNoEntities() {
        assertNone("The stadium will be ready for the 2030 Asian Games.", "Asian Games");
        assertNone("Athletes trained for the Commonwealth Games in Glasgow.", "Commonwealth Games");
        assertNone("Parties must respect the political process governed by the Constitution.", "Constitution");
        assertNone("The judges cited the Kenyan Constitution in their ruling.", "Kenyan Constitution");
        assertNone("Talks were held in the framework of the Union's Regional Initiative on Yemen.",
                "Regional Initiative");
        assertNone("Scientists joined the Ocean Mapping Initiative last year.", "Ocean Mapping Initiative");
        // the known place before a Games or a constitution stays
        NameFinding.assertNames("The jets were due in time for the 2008 Beijing Olympic Games.",
                List.of("Beijing"), List.of("Beijing Olympic Games"));
        // near-miss: a body whose name does not end in the head stays
        NameFinding.assertNames("The Constitutional Court in Ankara rejected the appeal.",
                List.of("Constitutional Court"), List.of());
    }

    @Test
    void holidaysUnitsAndCommonAbbreviationsAreNoEntities() {
        assertNone("Sales rose during the Christmas and New Year shopping period.", "New Year");
        assertNone("The phone comes in a 16 GB and a 32 GB model.", "GB");
        assertNone("Outsourcing firms and IT software exporters in Pune lost orders.", "IT");
        assertNone("The company wants to lower its break-even EBIT point.", "EBIT");
        assertNone("The office VPN did not work with the new system.", "VPN");
        assertNone("The bishop met the minister, HE Dr Karim Haddad, in Perth.", "HE");
        // near-miss: an acronym the gazetteer or the text defines stays
        NameFinding.assertNames("The Gulf Ports Authority (GPA) said the GPA would expand in Doha.",
                List.of("GPA"), List.of());
    }

    @Test
    void pluralTitlesAndTheirPortfoliosAreNoEntities() {
        NameFinding.assertNames("The Foreign Ministers of Chile, Peru and Bolivia met in Lima.",
                List.of("Chile", "Peru", "Bolivia", "Lima"), List.of("Foreign Ministers"));
        NameFinding.assertNames("Envoys of the Ministers of Foreign Affairs of Ghana and Togo met in Accra.",
                List.of("Ghana", "Togo", "Accra"), List.of("Foreign Affairs", "Ministers of Foreign Affairs"));
        NameFinding.assertNames("The Finance Ministers of the eurozone met in Brussels on Monday.",
                List.of("Brussels"), List.of("Finance Ministers"));
        NameFinding.assertNames("After the match, the Prime Ministers of both nations praised the team.",
                List.of(), List.of("Prime Ministers"));
        // near-miss: a plural title word alone at the end of a team's name stays in the name
        NameFinding.assertNames("The Kansas City Chiefs beat the Denver Broncos on Sunday.",
                List.of("Kansas City Chiefs"), List.of());
    }

    @Test
    void aHyphenatedNameWrittenWithSpacesIsOneName() {
        NameFinding.assertNames("The drinks company Coca - Cola said sales rose in the summer.", List.of("Coca - Cola"),
                List.of("Coca", "Cola"));
        NameFinding.assertNames("The engine maker Rolls - Royce will supply the new airliner.",
                List.of("Rolls - Royce"), List.of("Rolls", "Royce"));
        NameFinding.assertNames("The store passed the retailer Wal - Mart as the top seller of music.",
                List.of("Wal - Mart"), List.of("Wal"));
        NameFinding.assertNames("The charity said the logistics firm Trans - Vega had given money to the hospital.",
                List.of("Trans - Vega"), List.of("Trans", "Vega"));
        // near-misses: two known names, a score, and a dash between clauses stay apart
        NameFinding.assertNames("The Paris - Berlin train was delayed for hours.", List.of("Paris", "Berlin"),
                List.of("Paris - Berlin"));
        NameFinding.assertNames("The final ended Arsenal 2 - 1 Chelsea in London.", List.of(),
                List.of("Arsenal 2 - 1 Chelsea"));
        NameFinding.assertNames("The striker praised Moretti - Ferrari's new driver - after the race.",
                List.of(), List.of("Moretti - Ferrari"));
    }

    @Test
    void aRomanNumeralAfterNoGivenNameNumbersAProductOrEvent() {
        NameFinding.assertNames("The satellite rode a Delta IV from Cape Canaveral on Friday.",
                List.of("Cape Canaveral"), List.of("Delta IV", "Delta"));
        assertNone("Veterans of World War II gathered in Normandy.", "World War II");
        assertNone("Gamers queued in Tokyo for Grand Theft Auto IV.", "Grand Theft Auto IV");
        assertNone("The Titan II rocket was retired by the United States Air Force.", "Titan II");
        // near-misses: a ruler's or a family's numeral after a given name stays in the person's name
        NameFinding.assertNames("Queen Elizabeth II opened the bridge in Ottawa.", List.of("Elizabeth II"),
                List.of());
        NameFinding.assertNames("The golfer Robert Love III won the open in Atlanta.", List.of("Robert Love III"),
                List.of());
    }

    @Test
    void aircraftAndWeaponKindsCloseAProductsName() {
        assertNone("The air force wants more of the Joint Strike Fighter next year.", "Joint Strike Fighter");
        assertNone("Engineers in Utah tested the Minuteman Missile again.", "Minuteman Missile");
        assertNone("The museum in Dayton shows a Stealth Bomber from the war.", "Stealth Bomber");
        assertNone("Scientists watched the Falcon Rocket lift off from Florida.", "Falcon Rocket");
        // near-miss: a plural (a team or a group) stays
        NameFinding.assertNames("The Houston Rockets beat the Utah Jazz on Sunday.", List.of("Houston Rockets"),
                List.of());
    }

    @Test
    void anAcronymOfLowerCaseWordsIsACommonNoun() {
        assertNone("The archive holds 64 petabytes (PB) of data, the agency said in Seoul.", "PB");
        assertNone("Staff reached the office through a virtual private network (VPN) during the strike.", "VPN");
        assertNone("Doctors warned of chronic wasting disease (CWD) among deer in Montana. CWD spreads fast.",
                "CWD");
        assertNone("The telescope measures the cosmic microwave background (CMB) from Chile.", "CMB");
        // near-misses: initials that differ, or a capitalised name before the brackets, keep the acronym
        NameFinding.assertNames("The ruling party (AKP) won most seats, and the AKP formed a government.",
                List.of("AKP"), List.of());
        NameFinding.assertNames("The Kestrel Mining Authority (KMA) said the KMA would hire staff.",
                List.of("KMA"), List.of());
    }
}
