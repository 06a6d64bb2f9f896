package org.newskg.extract;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Shared by the relation tests: a relation as one readable line, "Subject predicate Object". */
final class RelationTests {

    private RelationTests() {
    }

    /** "Khalifa Haftar commands Libyan National Army", or a phrase object in quotes: "X calledFor \"a ceasefire\"". */
    static String triple(Relation r) {
        return r.subject().name() + " " + r.predicate().localName() + " "
                + (r.object() != null ? r.object().name() : "\"" + r.objectText() + "\"");
    }

    static Set<String> triples(Collection<Relation> relations) {
        return relations.stream().map(RelationTests::triple).collect(Collectors.toSet());
    }
}
