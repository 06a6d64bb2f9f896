package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

import org.newskg.extract.EntityType;

/**
 * An entity the gold annotation says the article names.
 *
 * @param name     its canonical name
 * @param type     its type
 * @param aliases  other names the article uses for it
 * @param wikidata its Wikidata Q-id, or null when it has none (or none was found)
 */
public record GoldEntity(String name, EntityType type, List<String> aliases, String wikidata) {
    public GoldEntity {
        aliases = List.copyOf(aliases);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
