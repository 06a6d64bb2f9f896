package org.newskg.extract;

import java.time.LocalDate;

import org.newskg.resolve.Entity;

/**
 * A relation the article states between an entity and another entity or a phrase.
 *
 * @param subject    the subject entity
 * @param predicate  the ontology property
 * @param object     the object entity, or null when the object is a phrase ({@link Predicate#takesPhrase()})
 * @param objectText the object as written (the phrase, or the object mention's text)
 * @param place      where it happened ("met Haftar in Benghazi"), or null
 * @param time       when, as written ("on Thursday"), or null
 * @param date       {@code time} normalised against the publication date, or null
 * @param evidence   the sentence and span that state it
 * @param confidence in [0,1]
 * @param rule       the rule or lexicon entry that produced it, for provenance
 */
public record Relation(Entity subject, Predicate predicate, Entity object, String objectText, Entity place,
                       String time, LocalDate date, Evidence evidence, double confidence, String rule) {
    public Relation {
        if (subject == null || predicate == null || evidence == null) {
            throw new IllegalArgumentException("a relation needs a subject, a predicate and evidence");
        }
        if (object == null && (objectText == null || objectText.isBlank())) {
            throw new IllegalArgumentException("a relation needs an object entity or an object phrase");
        }
    }
}
