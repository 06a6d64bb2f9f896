package org.newskg.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds person, organization and place names with newskg's statistical name-finder model
 * ({@code en-ner-news.bin}, trained by {@link NerTrainer}; see MODEL.md beside it). Meant as one voter among the
 * mention finders: its confidence is the model's probability of the span.
 *
 * <pre>
 * MentionFinder finder = ModelNameFinder.english();
 * List&lt;Mention&gt; names = finder.find(OpenNlpAnalyzer.english().analyze(article));
 * </pre>
 *
 * <p>Thread-safe: the model is shared, each thread gets its own {@link NameFinderME}. The finder's memory of
 * earlier decisions in a document (adaptive data) is cleared at the start of each text.
 */
public final class ModelNameFinder implements MentionFinder {

    /** Classpath location of the committed model. */
    public static final String MODEL = "/org/newskg/ner/en-ner-news.bin";
    /** The {@link Mention#source()} of mentions found by this finder. */
    public static final String SOURCE = "model:ner";

    private final ThreadLocal<NameFinderME> finders;

    public ModelNameFinder(TokenNameFinderModel model) {
        Objects.requireNonNull(model, "model");
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    private static final class Holder {
        static final TokenNameFinderModel MODEL_INSTANCE = load();
    }

    /** The committed model, loaded from the classpath once per JVM; thread-safe. */
    public static TokenNameFinderModel englishModel() {
        return Holder.MODEL_INSTANCE;
    }

    /** A finder on the committed model, loaded from the classpath once per JVM. */
    public static ModelNameFinder english() {
        return new ModelNameFinder(Holder.MODEL_INSTANCE);
    }

    private static TokenNameFinderModel load() {
        WordClusterFeatureGeneratorFactory.allow();
        try (InputStream in = ModelNameFinder.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("name-finder model not on the classpath: " + MODEL);
            }
            return new TokenNameFinderModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load name-finder model " + MODEL, e);
        }
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        NameFinderME finder = finders.get();
        finder.clearAdaptiveData();
        List<Mention> out = new ArrayList<>();
        try {
            for (Sentence s : text.sentences()) {
                List<Token> tokens = s.tokens();
                if (tokens.isEmpty()) {
                    continue;
                }
                String[] words = tokens.stream().map(t -> asTrained(t.text())).toArray(String[]::new);
                Span[] spans = finder.find(words);
                double[] probs = finder.probs(spans);
                for (int i = 0; i < spans.length; i++) {
                    EntityType type = type(spans[i].getType());
                    if (type == null) {
                        continue;
                    }
                    int start = tokens.get(spans[i].getStart()).start();
                    int end = tokens.get(spans[i].getEnd() - 1).end();
                    double p = Math.max(0.0, Math.min(1.0, probs[i]));
                    out.add(new Mention(start, end, text.text().substring(start, end), type, null, s.index(),
                            Mention.Kind.NAME, p, SOURCE));
                }
            }
        } finally {
            finder.clearAdaptiveData();
        }
        return out;
    }

    /** The token as the training news wrote it: straight quotes ("’s" is "'s" there). */
    static String asTrained(String token) {
        return token.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    private static EntityType type(String modelType) {
        if (modelType == null) {
            return null;
        }
        return switch (modelType) {
            case NerTrainer.PERSON -> EntityType.PERSON;
            case NerTrainer.ORGANIZATION -> EntityType.ORGANIZATION;
            case NerTrainer.PLACE -> EntityType.PLACE;
            default -> null;
        };
    }
}
