package org.newskg.extract;

import java.util.Arrays;
import java.util.Optional;

/** The relation properties of the newskg ontology, by their local names. */
public enum Predicate {
    COMMANDS("commands"), LEADS("leads"), MEMBER_OF("memberOf"), HOLDS_POSITION("holdsPosition"),
    LOCATED_IN("locatedIn"), BASED_IN("basedIn"), TOOK_CONTROL_OF("tookControlOf"), ATTACKED("attacked"),
    ADVANCED_ON("advancedOn"), MET("met"), VISITED("visited"), SUPPORTS("supports"), OPPOSES("opposes"),
    CALLED_FOR("calledFor"), CITIZEN_OF("citizenOf"), EMPLOYED_BY("employedBy");

    private final String localName;

    Predicate(String localName) {
        this.localName = localName;
    }

    /** The property's local name in the ontology (e.g. "tookControlOf"). */
    public String localName() {
        return localName;
    }

    /** Whether the object is a phrase rather than an entity (a position held, what was called for). */
    public boolean takesPhrase() {
        return this == HOLDS_POSITION || this == CALLED_FOR;
    }

    /** Whether {@code a p b} implies {@code b p a}. */
    public boolean isSymmetric() {
        return this == MET;
    }

    public static Optional<Predicate> byLocalName(String name) {
        return Arrays.stream(values()).filter(p -> p.localName.equals(name)).findFirst();
    }
}
