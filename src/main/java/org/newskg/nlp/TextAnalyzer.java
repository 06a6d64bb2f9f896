package org.newskg.nlp;

/**
 * Splits text into sentences and tokens and tags them. Implementations are thread-safe.
 */
public interface TextAnalyzer {
    AnalyzedText analyze(String text);
}
