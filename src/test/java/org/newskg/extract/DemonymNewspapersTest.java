package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.newskg.extract.NameFinding.STANDARD;
import static org.newskg.extract.NameFinding.names;
import static org.newskg.extract.NameFinding.type;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "the Saudi Gazette": after "the", a demonym and a paper's word name a newspaper, demonym included. */
class DemonymNewspapersTest {

    @Test
    void theDemonymStaysInANewspapersName() {
        String text = "\"It was worse,\" an editor at the Omani Gazette said. The Nigerian Tribune reported the "
                + "deal, as did the Kenyan Standard. The Scottish Herald said the plan was dead.";
        for (String n : List.of("Omani Gazette", "Nigerian Tribune", "Kenyan Standard", "Scottish Herald")) {
            assertEquals(EntityType.ORGANIZATION, type(STANDARD, text, n), n);
        }
    }

    @Test
    void aDemonymBeforeAPersonsWordOrWithoutTheIsNoNewspaper() {
        List<String> ns = names(STANDARD, "The American Citizen award went to a nurse. "
                + "Swedish Post and Danish Herald staff met in Oslo.");
        assertFalse(ns.contains("American Citizen"), ns.toString());
        assertFalse(ns.contains("Danish Herald"), ns.toString());
    }
}
