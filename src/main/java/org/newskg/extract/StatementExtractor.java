package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;

import org.newskg.resolve.ResolvedText;

/** Finds what was said in an article, by whom, to whom, through what and when. Thread-safe. */
public interface StatementExtractor {
    /**
     * @param text      the article's sentences and entities
     * @param published the publication date, to normalise relative dates, or null
     */
    List<Statement> extract(ResolvedText text, LocalDate published);
}
