package org.newskg.eval;

import java.util.List;

/**
 * The scores of one article (or, summed, of several: micro-averaging).
 *
 * @param name       the article's name, or "micro-average" for a sum
 * @param entities   entity scores by type (PERSON, ORGANIZATION, PLACE)
 * @param relations  relation scores by predicate local name
 * @param statements statement scores
 * @param links      Wikidata link counts of matched entities
 * @param errors     the missed gold items and the false predictions, one line each (for {@code eval --errors})
 */
public record ArticleResult(String name, ScoreTable entities, ScoreTable relations, Scores statements,
                            LinkCounts links, List<String> errors) {

    public ArticleResult {
        errors = List.copyOf(errors);
    }

    /** Counts summed with another article's: micro-averaging (error lines stay with their articles). */
    public ArticleResult plus(String newName, ArticleResult o) {
        return new ArticleResult(newName, entities.plus(o.entities), relations.plus(o.relations),
                statements.plus(o.statements), links.plus(o.links), List.of());
    }
}
