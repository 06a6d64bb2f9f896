package org.newskg.eval;

import org.newskg.extract.Predicate;

/**
 * A relation the gold annotation says the article states.
 *
 * @param subject   the subject, a gold entity's name
 * @param predicate the ontology property
 * @param object    a gold entity's name, or a phrase when the object is no entity (a position, what was called
 *                  for)
 * @param evidence  the sentence that states it, for human readers (not used in matching), or null
 */
public record GoldRelation(String subject, Predicate predicate, String object, String evidence) {
}
