package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;

import org.newskg.resolve.ResolvedText;

/** Finds the relations an article states between its entities. Thread-safe. */
public interface RelationExtractor {
    /**
     * @param text      the article's sentences and entities
     * @param published the publication date, to normalise relative dates ("on Friday"), or null
     */
    List<Relation> extract(ResolvedText text, LocalDate published);
}
