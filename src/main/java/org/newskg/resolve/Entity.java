package org.newskg.resolve;

import java.util.List;
import java.util.Set;

import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;

/**
 * One real-world thing an article talks about: the mentions that refer to it, resolved into one.
 *
 * @param key        identity key: equal keys mean the same thing, in any article (type and normalised name, or
 *                   the Wikidata id once linked); the entity IRI is made from it
 * @param name       canonical name (the longest, most complete name met)
 * @param type       entity type
 * @param subclass   local name of a more specific ontology class, or null
 * @param aliases    other names met in the text (never pronouns), without the canonical name
 * @param mentions   every mention that refers to it, in text order (names, pronouns, descriptions)
 * @param wikidata   Wikidata Q-id, or null when not linked
 * @param confidence in [0,1]
 */
public record Entity(String key, String name, EntityType type, String subclass, Set<String> aliases,
                     List<Mention> mentions, String wikidata, double confidence) {
    public Entity {
        aliases = Set.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    public Entity withWikidata(String qid, String newKey) {
        return new Entity(newKey, name, type, subclass, aliases, mentions, qid, confidence);
    }
}
