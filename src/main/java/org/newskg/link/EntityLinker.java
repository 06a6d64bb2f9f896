package org.newskg.link;

import org.newskg.resolve.ResolvedText;

/**
 * Links an article's entities to Wikidata: returns the same text with {@code Entity.wikidata} set (and the entity
 * key switched to the Q-id, so that the link decides identity across articles) where a link can be justified;
 * NIL (no link) is an answer. Runs after resolution and before relations and statements, so that those refer to
 * the linked entities. Thread-safe.
 */
public interface EntityLinker {
    ResolvedText link(ResolvedText text);

    /** Links nothing. */
    EntityLinker NONE = text -> text;
}
