package org.newskg.ingest;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read from its source: the text every character offset in newskg refers to.
 *
 * <p>{@code text} is the cleaned article text (headline first, metadata markers removed); {@code headline} is
 * its first non-empty line. {@code uri} identifies the article (its URL when known, else a content hash IRI),
 * and becomes the article's named graph.
 *
 * @param uri         stable article IRI
 * @param location    where it was read from (a path or "-"), for messages
 * @param headline    the first non-empty line
 * @param text        the cleaned text; offsets of every extracted fact refer to it
 * @param source      the outlet (e.g. "ANI"), or null when unknown
 * @param url         the article's web address, or null when unknown
 * @param published   the publication date, or null when unknown
 * @param metadata    other metadata markers met in the text, by name
 */
public record Article(String uri, String location, String headline, String text, String source, String url,
                      LocalDate published, Map<String, String> metadata) {
    public Article {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(text, "text");
        headline = headline == null ? "" : headline;
        location = location == null ? uri : location;
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** The same article with a publication date (used for {@code --date} when the article has none). */
    public Article withPublished(LocalDate date) {
        return new Article(uri, location, headline, text, source, url, date, metadata);
    }
}
