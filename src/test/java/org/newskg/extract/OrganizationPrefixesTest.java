package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.extract.NameFinding.RULES;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Organisations named in a language that puts the head first ("Partido Popular", "Banco Santander", "Frente
 * Amplio": organization-prefixes.txt) are organisations, in politics, business, education and courts.
 */
class OrganizationPrefixesTest {

    @Test
    void aNameStartingWithAForeignOrganisationHeadIsAnOrganisation() {
        assertEquals(EntityType.ORGANIZATION, type(RULES,
                "The Partido Verdeazul lost half its seats in the regional vote on Sunday.", "Partido Verdeazul"));
        assertEquals(EntityType.ORGANIZATION, type(RULES,
                "Shares of Banco Corvalan rose 4 percent after the merger was approved.", "Banco Corvalan"));
        assertEquals(EntityType.ORGANIZATION, type(RULES,
                "The Frente Ribereño called for calm after the clashes in the capital.", "Frente Ribereño"));
        assertEquals(EntityType.ORGANIZATION, type(RULES,
                "Pupils of the Instituto Marcelli marched to the ministry on Tuesday.", "Instituto Marcelli"));
        assertEquals(EntityType.ORGANIZATION, type(STANDARD,
                "The Tribunal Oriental ruled that the law breached the constitution.", "Tribunal Oriental"));
    }

    @Test
    void aPlaceHeadAtTheEndKeepsItsOwnType() {
        // the venue named after the university is a place (head word "Stadium"), not the university
        assertEquals(EntityType.PLACE, type(RULES,
                "The final was played at the Universidad Marcelli Stadium on Saturday.", "Universidad Marcelli Stadium"));
    }

    @Test
    void frenchAndItalianArticlesInsideANameKeepItWhole() {
        List<String> ns = names(STANDARD, "The talks opened at the Palais des Nations on Monday. "
                + "Staff of the Istituto degli Innocenti and the painter Bruno des Forêts attended.");
        for (String whole : List.of("Palais des Nations", "Istituto degli Innocenti", "Bruno des Forêts")) {
            assertTrue(ns.contains(whole), whole + " not in " + ns);
        }
        assertFalse(ns.contains("Palais"), ns.toString());
    }
}
