package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * {@link TextAnalyzer} on Apache OpenNLP: paragraphs (lines), sentences, tokens, UD POS tags and lemmas.
 *
 * <pre>
 * TextAnalyzer analyzer = OpenNlpAnalyzer.english();
 * AnalyzedText t = analyzer.analyze("Guterres met Haftar in Benghazi.");
 * t.sentences().get(0).tokens().get(0).pos();   // "PROPN"
 * </pre>
 *
 * <p>Thread-safe: the models are shared, each thread gets its own OpenNLP {@code *ME} instances. Typographic
 * quotes are folded to ASCII (same length, so offsets are kept) before the models see the text, since the
 * English models were trained on ASCII quotes; possessive {@code 's}, quotes glued to words and dotted
 * acronyms ({@code U.N.}) are then fixed up so that each is one token.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {

    /** Lemmas are shared by all analyzers: a word with a tag has one lemma wherever it occurs. */
    private static final LemmaCache LEMMAS = new LemmaCache();

    private final ThreadLocal<Tools> tools;

    private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME pos, LemmatizerME lemmas) {
    }

    public OpenNlpAnalyzer(NlpModels models) {
        this.tools = ThreadLocal.withInitial(() -> new Tools(
                new SentenceDetectorME(models.sentences()),
                new TokenizerME(models.tokens()),
                new POSTaggerME(models.pos()),
                new LemmatizerME(models.lemmas())));
    }

    /** An analyzer on the English models bundled with newskg. */
    public static OpenNlpAnalyzer english() {
        return new OpenNlpAnalyzer(NlpModels.english());
    }

    @Override
    public AnalyzedText analyze(String text) {
        Tools t = tools.get();
        String folded = fold(text);
        List<Sentence> sentences = new ArrayList<>();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= folded.length()) {
            int lineEnd = folded.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = folded.length();
            }
            String line = folded.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (int[] span : Tokens.joinAfterTitles(line, t.sentences().sentPosDetect(line))) {
                    int start = lineStart + span[0];
                    int end = lineStart + span[1];
                    sentences.add(sentence(t, text, folded, sentences.size(), start, end, paragraph));
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedText(text, sentences);
    }

    private static Sentence sentence(Tools t, String text, String folded, int index, int start, int end,
                                     int paragraph) {
        String s = folded.substring(start, end);
        List<int[]> spans = Tokens.fixUp(s, t.tokens().tokenizePos(s));
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        String[] tags = t.pos().tag(words);
        String[] lemmas = LEMMAS.lemmatize(t.lemmas(), words, tags);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            int ts = start + spans.get(i)[0];
            int te = start + spans.get(i)[1];
            String lemma = lemmas[i];
            tokens.add(new Token(i, ts, te, text.substring(ts, te), tags[i], lemma));
        }
        return new Sentence(index, start, end, text.substring(start, end), paragraph, tokens);
    }

    /** Typographic quotes and dashes to ASCII, character for character. */
    static String fold(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            switch (c[i]) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> c[i] = '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> c[i] = '"';
                case '\u2013', '\u2014', '\u2212' -> c[i] = '-';
                case '\u00A0', '\u2009', '\u202F' -> c[i] = ' ';
                case '\r' -> c[i] = ' ';
                default -> { }
            }
        }
        return new String(c);
    }
}
