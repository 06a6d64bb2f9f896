package org.newskg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.store.StoreTestData.A1;
import static org.newskg.store.StoreTestData.A2;
import static org.newskg.store.StoreTestData.trig;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryRunnerTest {

    private static final String NAMES = "SELECT ?p ?name { ?p a nkg:Person ; rdfs:label ?name } ORDER BY ?name";

    @TempDir
    static Path dir;
    private static Tdb2Store store;
    private static QueryRunner runner;

    @BeforeAll
    static void load() {
        store = Tdb2Store.open(dir);
        store.load(trig(A1, A2));
        runner = new QueryRunner(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void tableShowsHeaderAndRowsWithIrisAbbreviatedByPrefix() {
        Output out = run(NAMES, ResultFormat.TABLE);

        assertEquals(new QueryRunner.Summary("SELECT", 2), out.summary);
        List<String> lines = out.text.lines().toList();
        assertTrue(lines.get(1).matches("\\|\\s+p\\s+\\|\\s+name\\s+\\|"), lines.get(1));
        assertTrue(out.text.contains("| <https://w3id.org/newskg/entity/person/ann-lee> "), out.text);
        assertTrue(out.text.contains("\"Omar Haddad\""), out.text);

        Output articles = run("SELECT ?a { ?a a nkg:Article } ORDER BY ?a", ResultFormat.TABLE);
        assertTrue(articles.text.contains("| art:a1 |"), articles.text);
    }

    @Test
    void csvHasAHeaderLineAndOneLinePerRow() {
        Output out = run(NAMES, ResultFormat.CSV);

        assertEquals(new QueryRunner.Summary("SELECT", 2), out.summary);
        assertEquals(List.of("p,name", "https://w3id.org/newskg/entity/person/ann-lee,Ann Lee",
                "https://w3id.org/newskg/entity/person/omar-haddad,Omar Haddad"), out.text.lines().toList());
    }

    @Test
    void tsvUsesSparqlTermSyntax() {
        Output out = run(NAMES, ResultFormat.TSV);

        assertEquals("?p\t?name", out.text.lines().findFirst().orElseThrow());
        assertTrue(out.text.contains("<https://w3id.org/newskg/entity/person/ann-lee>\t\"Ann Lee\""), out.text);
    }

    @Test
    void jsonIsSparqlResultsJsonThatJenaReadsBack() {
        Output out = run(NAMES, ResultFormat.JSON);

        ResultSet back = ResultSetFactory.fromJSON(new ByteArrayInputStream(out.bytes));
        assertEquals(List.of("p", "name"), back.getResultVars());
        assertEquals("Ann Lee", back.next().getLiteral("name").getString());
        assertEquals("Omar Haddad", back.next().getLiteral("name").getString());
        assertFalse(back.hasNext());
    }

    @Test
    void askPrintsTrueOrFalse() {
        Output yes = run("ASK { ?p rdfs:label \"Ann Lee\" }", ResultFormat.TABLE);
        Output no = run("ASK { ?p rdfs:label \"Nobody\" }", ResultFormat.CSV);

        assertEquals("true", yes.text.strip());
        assertEquals(new QueryRunner.Summary("ASK", 1), yes.summary);
        assertEquals("false", no.text.strip());
        assertTrue(run("ASK {}", ResultFormat.JSON).text.contains("\"boolean\" : true"));
    }

    @Test
    void constructPrintsTurtle() {
        Output out = run("CONSTRUCT { ?p rdfs:label ?name } WHERE { ?p a nkg:Person ; rdfs:label ?name }",
                ResultFormat.TABLE);

        Model model = RDFParser.fromString(out.text, Lang.TURTLE).toModel();
        assertEquals(2, model.size());
        assertEquals(new QueryRunner.Summary("CONSTRUCT", 2), out.summary);
        assertTrue(out.text.contains("rdfs:label"), out.text);
    }

    @Test
    void describeSummarisesAResource() {
        Output out = run("DESCRIBE art:a2", ResultFormat.TABLE);

        assertEquals("DESCRIBE", out.summary.form());
        assertEquals(2, out.summary.results());
    }

    @Test
    void aSyntaxErrorGivesLineAndColumn() {
        StoreException e = assertThrows(StoreException.class,
                () -> run("SELECT ?name\nWHERE { ?p rdfs:label ?name", ResultFormat.TABLE));

        assertTrue(e.getMessage().startsWith("SPARQL syntax error at line 2, column "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void anUndeclaredPrefixIsASyntaxError() {
        StoreException e = assertThrows(StoreException.class,
                () -> run("SELECT * { ?s foaf:name ?o }", ResultFormat.TABLE));

        assertTrue(e.getMessage().contains("foaf"), e.getMessage());
    }

    @Test
    void formatsAreNamedInAnyCase() {
        assertEquals(ResultFormat.TSV, ResultFormat.of("Tsv"));
        StoreException e = assertThrows(StoreException.class, () -> ResultFormat.of("xml"));
        assertEquals("Unknown result format 'xml': use table, csv, json or tsv", e.getMessage());
    }

    private static Output run(String sparql, ResultFormat format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        QueryRunner.Summary summary = runner.run(sparql, format, bytes);
        return new Output(summary, bytes.toByteArray());
    }

    private record Output(QueryRunner.Summary summary, byte[] bytes, String text) {
        Output(QueryRunner.Summary summary, byte[] bytes) {
            this(summary, bytes, new String(bytes, StandardCharsets.UTF_8));
        }
    }
}
