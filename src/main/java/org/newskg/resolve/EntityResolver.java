package org.newskg.resolve;

import java.util.List;

import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;

/** Groups an article's mentions into entities (one per real-world thing). Thread-safe. */
public interface EntityResolver {
    ResolvedText resolve(AnalyzedText text, List<Mention> mentions);
}
