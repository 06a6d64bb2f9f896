package org.newskg.eval;

/**
 * Something the gold annotation says was said in the article.
 *
 * @param speaker    the speaker, a gold entity's name, or null when nobody in the text is named for it
 * @param quoteStart the first words of what was said, as written
 * @param medium     through what it was said ("Twitter"), or null; informational, not scored
 */
public record GoldStatement(String speaker, String quoteStart, String medium) {
}
