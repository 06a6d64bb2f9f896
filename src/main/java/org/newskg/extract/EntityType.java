package org.newskg.extract;

/** The kinds of named entity newskg extracts; each maps onto an ontology class. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE;

    /** The matching class's local name in the newskg ontology. */
    public String ontologyClass() {
        return switch (this) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case PLACE -> "Place";
        };
    }
}
