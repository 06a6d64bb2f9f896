package org.newskg.eval;

/**
 * The scores of one article (or, summed, of several: micro-averaging).
 *
 * @param name       the article's name, or "micro-average" for a sum
 * @param entities   entity scores by type (PERSON, ORGANIZATION, PLACE)
 * @param relations  relation scores by predicate local name
 * @param statements statement scores
 * @param links      Wikidata link counts of matched entities
 */
public record ArticleResult(String name, ScoreTable entities, ScoreTable relations, Scores statements,
                            LinkCounts links) {

    /** Counts summed with another article's: micro-averaging. */
    public ArticleResult plus(String newName, ArticleResult o) {
        return new ArticleResult(newName, entities.plus(o.entities), relations.plus(o.relations),
                statements.plus(o.statements), links.plus(o.links));
    }
}
