package org.newskg.extract.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.TokenNameFinderModel;

import org.newskg.extract.Ballot;
import org.newskg.extract.Mention;
import org.newskg.extract.NameCandidate;
import org.newskg.extract.TypeVoter;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;

/**
 * The statistical name finder ({@link ModelNameFinder}) as one {@link TypeVoter} of the hybrid finder: for each
 * rule candidate the model's names that overlap it vote for their type with a weight proportional to the model's
 * probability (full weight when the spans are the same, half when they only overlap); names the model finds with
 * a high probability where no rule candidate is are proposed as candidates.
 *
 * <pre>
 * List&lt;TypeVoter&gt; voters = new ArrayList&lt;&gt;(RuleVoters.standard(gazetteer, lexicons));
 * voters.add(new ModelVoter(ModelNameFinder.english()));
 * MentionFinder finder = new HybridMentionFinder(gazetteer, lexicons, voters);
 * </pre>
 *
 * <p>Thread-safe: {@link #forText} returns a new voter holding one text's model names.
 */
public final class ModelVoter implements TypeVoter {

    /** Source name of the votes, for provenance. */
    public static final String SOURCE = "model:ner";
    /** Weight of a vote from a span the model gives probability 1 to (a gazetteer hit weighs 3, a title 3). */
    public static final double WEIGHT = 2.0;
    /** Probability from which a model name that no rule found is proposed as a candidate. */
    public static final double PROPOSE = 0.9;

    private final ModelNameFinder finder;
    private final List<Mention> names;

    /** A voter that runs the model on each text given to {@link #forText}. */
    public ModelVoter(ModelNameFinder finder) {
        this(Objects.requireNonNull(finder, "finder"), List.of());
    }

    private ModelVoter(ModelNameFinder finder, List<Mention> names) {
        this.finder = finder;
        this.names = names;
    }

    /**
     * A voter on the committed model with greedy decoding (beam size 1): as accurate here as the default beam of 3
     * and about twice as fast. Loaded once per JVM.
     */
    public static ModelVoter english() {
        return new ModelVoter(new ModelNameFinder(Greedy.MODEL));
    }

    @Override
    public TypeVoter forText(AnalyzedText text, IntPredicate sentences) {
        List<Sentence> chosen = text.sentences().stream().filter(s -> sentences.test(s.index())).toList();
        if (chosen.isEmpty()) {
            return new ModelVoter(finder, List.of());
        }
        // the model reads the chosen sentences only; mentions keep their offsets and sentence indexes
        return new ModelVoter(finder, finder.find(new AnalyzedText(text.text(), chosen)));
    }

    /** The committed model with its beam size set to 1. */
    private static final class Greedy extends TokenNameFinderModel {
        static final TokenNameFinderModel MODEL = load();

        private Greedy(InputStream in) throws IOException {
            super(in);
            setManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER, "1");
        }

        private static TokenNameFinderModel load() {
            WordClusterFeatureGeneratorFactory.allow();
            try (InputStream in = ModelVoter.class.getResourceAsStream(ModelNameFinder.MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("name-finder model not on the classpath: " + ModelNameFinder.MODEL);
                }
                return new Greedy(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load name-finder model " + ModelNameFinder.MODEL, e);
            }
        }
    }

    @Override
    public void vote(NameCandidate c, Ballot ballot) {
        for (Mention m : names) {
            if (m.sentence() == c.sentence().index() && m.overlaps(c.start(), c.end())) {
                boolean same = m.start() == c.start() && m.end() == c.end();
                ballot.vote(m.type(), WEIGHT * m.confidence() * (same ? 1.0 : 0.5), null, SOURCE);
            }
        }
    }

    @Override
    public List<Proposal> proposals() {
        List<Proposal> out = new ArrayList<>();
        for (Mention m : names) {
            if (m.confidence() >= PROPOSE) {
                out.add(new Proposal(m.sentence(), m.start(), m.end()));
            }
        }
        return out;
    }
}
