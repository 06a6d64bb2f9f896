package org.newskg.eval;

import java.util.List;
import java.util.Optional;

/**
 * The gold annotation of one article: what a perfect extractor would find.
 *
 * @param name       the article's name (its file name without extension)
 * @param entities   the entities the article names
 * @param relations  the relations it states
 * @param statements what was said in it
 */
public record GoldArticle(String name, List<GoldEntity> entities, List<GoldRelation> relations,
                          List<GoldStatement> statements) {
    public GoldArticle {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
        statements = List.copyOf(statements);
    }

    /** The gold entity with this name or alias (normalised as in {@link Matcher#normalize}), if any. */
    public Optional<GoldEntity> entityNamed(String name) {
        String n = Matcher.normalize(name);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return entities.stream()
                .filter(e -> e.names().stream().anyMatch(a -> Matcher.normalize(a).equals(n)))
                .findFirst();
    }
}
