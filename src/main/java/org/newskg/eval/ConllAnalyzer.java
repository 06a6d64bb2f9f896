package org.newskg.eval;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Builds an {@link AnalyzedText} from a CoNLL document's own tokens, so that gold spans and found mentions refer
 * to the same token boundaries (re-tokenising would move them): tokens joined by single spaces, one sentence a
 * line (each its own paragraph), tagged and lemmatised by the OpenNLP models.
 *
 * <pre>
 * AnalyzedText t = new ConllAnalyzer(NlpModels.english()).analyze(document);
 * </pre>
 *
 * <p>Thread-safe: the OpenNLP tagger and lemmatiser are made per call.
 */
public final class ConllAnalyzer {

    private final NlpModels models;

    public ConllAnalyzer(NlpModels models) {
        this.models = models;
    }

    public AnalyzedText analyze(ConllDocument doc) {
        POSTaggerME tagger = new POSTaggerME(models.pos());
        LemmatizerME lemmatizer = new LemmatizerME(models.lemmas());
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (ConllSentence cs : doc.sentences()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            int sentenceStart = text.length();
            String[] words = cs.tokens().toArray(String[]::new);
            String[] tags = tagger.tag(words);
            String[] lemmas = lemmatizer.lemmatize(words, tags);
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                if (i > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(words[i]);
                String lemma = "O".equals(lemmas[i]) ? words[i].toLowerCase() : lemmas[i];
                tokens.add(new Token(i, start, text.length(), words[i], tags[i], lemma));
            }
            int index = sentences.size();
            sentences.add(new Sentence(index, sentenceStart, text.length(),
                    text.substring(sentenceStart), index, tokens));
        }
        return new AnalyzedText(text.toString(), sentences);
    }
}
