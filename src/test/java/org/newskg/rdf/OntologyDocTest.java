package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** docs/ontology.md must be what {@link OntologyDoc} makes of ontology/newskg.ttl. */
class OntologyDocTest {

    @Test
    void ontologyTableIsUpToDate() throws IOException {
        if (Boolean.getBoolean("newskg.regenerate")) {
            OntologyDoc.write();
        }
        assertEquals(OntologyDoc.markdown(), Files.readString(OntologyDoc.DOC, StandardCharsets.UTF_8),
                "docs/ontology.md is stale: mvn -q -o test -Dtest=OntologyDocTest -Dnewskg.regenerate=true");
    }
}
