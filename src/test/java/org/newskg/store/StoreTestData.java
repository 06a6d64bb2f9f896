package org.newskg.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Small hand-made TriG batches in newskg's model: two articles, one person each, one shared place. */
final class StoreTestData {

    static final String PREFIXES = """
            PREFIX nkg:  <https://w3id.org/newskg/ontology#>
            PREFIX art:  <https://w3id.org/newskg/article/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    static final String ARTICLE_1 = "https://w3id.org/newskg/article/a1";
    static final String ARTICLE_2 = "https://w3id.org/newskg/article/a2";

    /** Article a1: 4 triples. */
    static final String A1 = """
            art:a1 {
                art:a1 a nkg:Article ; nkg:headline "Mayor opens bridge" .
                <https://w3id.org/newskg/entity/person/ann-lee> a nkg:Person ; rdfs:label "Ann Lee" .
            }
            """;

    /** Article a2: 4 triples. */
    static final String A2 = """
            art:a2 {
                art:a2 a nkg:Article ; nkg:headline "Floods in the valley" .
                <https://w3id.org/newskg/entity/person/omar-haddad> a nkg:Person ; rdfs:label "Omar Haddad" .
            }
            """;

    /** Article a1 extracted again, differently: headline changed, person gone, a place added (4 triples). */
    static final String A1_REVISED = """
            art:a1 {
                art:a1 a nkg:Article ; nkg:headline "Mayor opens new bridge" .
                <https://w3id.org/newskg/entity/place/rivertown> a nkg:City ; rdfs:label "Rivertown" .
            }
            """;

    private StoreTestData() {
    }

    static Dataset trig(String... graphs) {
        return RDFParser.fromString(PREFIXES + String.join("\n", graphs), Lang.TRIG).toDataset();
    }
}
