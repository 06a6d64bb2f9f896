package org.newskg.extract;

import java.util.List;

import org.newskg.nlp.AnalyzedText;

/** Finds the mentions of persons, organizations and places in an analysed text. Thread-safe. */
public interface MentionFinder {
    /** Mentions in text order, not overlapping. */
    List<Mention> find(AnalyzedText text);
}
