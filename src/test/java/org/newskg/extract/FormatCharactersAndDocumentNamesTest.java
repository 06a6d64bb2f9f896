package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.gazetteer.Names;
import org.newskg.resolve.Entity;

/**
 * Round 17 of entity typing, from the re3d corpus: an invisible format character copied from a web page
 * (left-to-right mark, zero-width space) glued to a title does not hide the title, so the name after it is a
 * person and the surname alone later joins it; a "Barrage" (a dam) is a place; a name ending in "Book" is a
 * document (guideline E3), not an organization. Each has a case that must stay.
 */
class FormatCharactersAndDocumentNamesTest {

    private static final String LRM = "\u200E";
    private static final String ZWSP = "\u200B";

    private static List<String> names(String text) {
        return NameFinding.names(NameFinding.STANDARD, text);
    }

    private static EntityType type(String text, String name) {
        return NameFinding.type(NameFinding.STANDARD, text, name);
    }

    @Test
    void normalisationDropsFormatCharacters() {
        assertEquals("minister", Names.norm("Minister" + LRM));
        assertEquals("al-abadi", Names.norm(ZWSP + "al-Abadi"));
        assertEquals("minister", Names.norm("Minister"));
        assertEquals("sao paulo", Names.norm("S\u00e3o Paulo"));
    }

    @Test
    void aTitleWithAFormatMarkStillMakesAPerson() {
        String text = "The envoy met Iraqi Prime Minister" + LRM + " Rashid al-Karimi in Baghdad. The envoy thanked"
                + " Karimi for his support.";
        List<String> found = names(text);
        assertTrue(found.contains("Rashid al-Karimi"), found.toString());
        assertEquals(EntityType.PERSON, type(text, "Karimi"));
        Entity e = NameFinding.entity(NameFinding.entities(text), "Rashid al-Karimi");
        assertEquals(EntityType.PERSON, e.type());
        assertTrue(e.aliases().contains("Karimi"), e.aliases().toString());
    }

    @Test
    void aTitleWithAZeroWidthSpaceStillMakesAPerson() {
        String text = "Shares rose after Chief Executive" + ZWSP + " Linda Ferrante announced the deal. Ferrante"
                + " said the merger would close in June.";
        assertTrue(names(text).contains("Linda Ferrante"), names(text).toString());
        assertEquals(EntityType.PERSON, type(text, "Ferrante"));
    }

    @Test
    void aFormatMarkElsewhereChangesNothing() {
        String plain = "Foreign Minister Omar Haddad arrived in Amman on Sunday.";
        String marked = "Foreign Minister Omar Haddad arrived in Amman" + LRM + " on Sunday.";
        assertEquals(EntityType.PERSON, type(plain, "Omar Haddad"));
        assertEquals(EntityType.PERSON, type(marked, "Omar Haddad"));
        assertEquals(EntityType.PLACE, type(plain, "Amman"));
    }

    @Test
    void aBarrageIsAPlace() {
        assertEquals(EntityType.PLACE, type("Water stored behind the Qadisiyah Barrage was used for irrigation.",
                "Qadisiyah Barrage"));
        assertEquals(EntityType.PLACE, type("Engineers inspected the Kunar Barrage after the floods.",
                "Kunar Barrage"));
        assertEquals(EntityType.PLACE, type("Militants seized the Tabqa Barrage and the town around it.",
                "Tabqa Barrage"));
    }

    @Test
    void aBarrageOfCriticismIsNoName() {
        String text = "Northwind Energy faced a barrage of criticism from investors on Monday.";
        List<String> found = names(text);
        assertFalse(found.stream().anyMatch(n -> n.toLowerCase().contains("barrage")), found.toString());
        assertEquals(EntityType.ORGANIZATION, type(text, "Northwind Energy"));
    }

    @Test
    void aBookIsADocumentNotAnEntity() {
        assertEquals(List.of("Mosul"), names("The original text of the Black Book is kept in a village near Mosul."));
        assertEquals(List.of("London"), names("Historians compared the Domesday Book with tax records held in London."));
        assertTrue(names("Scholars generally agree that the Book of Revelation was written later.").isEmpty());
    }

    @Test
    void aPublisherNamedBooksStays() {
        assertTrue(names("Penguin Books said on Monday that sales rose 4 percent.").contains("Penguin Books"));
    }
}
