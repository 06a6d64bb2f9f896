package org.newskg.eval;

import java.util.List;

/**
 * A document of a CoNLL-style NER file (the sentences between two {@code -DOCSTART-} lines).
 *
 * @param id        an identifier for messages (the document's number, or its source id)
 * @param sentences its sentences
 */
public record ConllDocument(String id, List<ConllSentence> sentences) {
    public ConllDocument {
        sentences = List.copyOf(sentences);
    }
}
