package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.extract.EntityType;
import org.newskg.extract.Predicate;

class GoldReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void readsEntitiesRelationsAndStatements() throws Exception {
        Path f = write("clashes.json", """
                {"entities": [{"name": "Khalifa Haftar", "type": "PERSON", "aliases": ["Haftar"], "wikidata": "Q1"},
                              {"name": "Tripoli", "type": "PLACE", "wikidata": null, "comment": "capital"}],
                 "relations": [{"s": "Khalifa Haftar", "p": "advancedOn", "o": "Tripoli", "evidence": "..."}],
                 "statements": [{"speaker": null, "quote_start": "Heavy fighting", "medium": "Twitter"}]}
                """);
        GoldArticle g = GoldReader.read(f);
        assertEquals("clashes", g.name());
        assertEquals(new GoldEntity("Khalifa Haftar", EntityType.PERSON, List.of("Haftar"), "Q1"), g.entities().get(0));
        assertNull(g.entities().get(1).wikidata());
        assertEquals(Predicate.ADVANCED_ON, g.relations().get(0).predicate());
        assertNull(g.statements().get(0).speaker());
        assertEquals("Twitter", g.statements().get(0).medium());
        assertEquals("Tripoli", g.entityNamed("the tripoli").orElseThrow().name());
    }

    @Test
    void missingSectionsAreEmpty() throws Exception {
        GoldArticle g = GoldReader.read(write("empty.json", "{}"));
        assertTrue(g.entities().isEmpty() && g.relations().isEmpty() && g.statements().isEmpty());
    }

    private void assertError(String json, String expectedPart) throws IOException {
        Path f = write("bad.json", json);
        GoldException e = assertThrows(GoldException.class, () -> GoldReader.read(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expectedPart), e.getMessage());
    }

    @Test
    void errorsNameTheFileAndTheProblem() throws IOException {
        assertError("{\"entities\": [", "invalid JSON");
        assertError("[1, 2]", "JSON object");
        assertError("{\"entities\": [{\"name\": \"X\", \"type\": \"ANIMAL\"}]}", "'ANIMAL' is not PERSON");
        assertError("{\"entities\": [{\"type\": \"PERSON\"}]}", "missing 'name'");
        assertError("{\"relations\": [{\"s\": \"A\", \"p\": \"likes\", \"o\": \"B\"}]}", "'likes' is not an ontology");
        assertError("{\"statement\": []}", "unknown key 'statement'");
        assertError("{\"statements\": [{\"speaker\": 3, \"quote_start\": \"x\"}]}", "'speaker' must be a string");
        assertError("{\"entities\": {}}", "'entities' must be an array");
    }

    @Test
    void aMissingFileIsAnError() {
        GoldException e = assertThrows(GoldException.class, () -> GoldReader.read(dir.resolve("none.json")));
        assertTrue(e.getMessage().contains("none.json"));
    }
}
