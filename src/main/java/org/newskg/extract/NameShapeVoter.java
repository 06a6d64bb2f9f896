package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.IntPredicate;

import opennlp.tools.ml.model.MaxentModel;

import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.MaxentModels;

/**
 * What a name looks like as one {@link TypeVoter}: a character n-gram classifier over the name alone
 * ({@link NameShapeFeatures}), trained on open lists of persons, places and organisations (see NAME-SHAPES.md),
 * votes for each type in proportion to its probability. It speaks only where the rules are in doubt: in the
 * sentences the finder asks costly voters about, on candidates no rule types with {@link HybridMentionFinder#STRONG}
 * evidence, no acronyms, once per name and text (the same word at each mention is one piece of evidence).
 *
 * <pre>
 * List&lt;TypeVoter&gt; voters = new ArrayList&lt;&gt;(RuleVoters.standard(gazetteer, lexicons));
 * voters.add(NameShapeVoter.english());
 * double[] p = NameShapeVoter.english().probabilities("Borislav Kadunov"); // by EntityType.ordinal()
 * </pre>
 *
 * <p>Thread-safe: {@link #forText} returns a new voter that holds one text's state.
 */
public final class NameShapeVoter implements TypeVoter {

    /** Source name of the votes, for provenance. */
    public static final String SOURCE = "model:name-shape";
    /** The bundled model (written by {@code newskg train-name-shapes}). */
    public static final String MODEL = "/org/newskg/extract/name-shapes.bin";
    /** Its settings: enabled, weight, floor, min-words, mode (see {@link Settings}). */
    public static final String SETTINGS = "/org/newskg/extract/name-shapes.properties";

    private final MaxentModel model;
    private final double weight;
    private final double floor;
    private final int minWords;
    private final boolean shift;
    /** Model outcome index per EntityType ordinal, -1 for none. */
    private final int[] outcome;
    /** Names already voted on in this text; null for the voter of no text. */
    private final Set<String> voted;

    /**
     * @param model  a model trained by {@code NameShapeTrainer} (outcomes are EntityType names)
     * @param weight votes per name at probability 1 (a gazetteer hit weighs 3, the name-finder model 2); 0 for off
     * @param floor  the best type's probability below which the voter says nothing
     * @param minWords the fewest words of a name the voter speaks of (a word alone is mostly a surname or a
     *                 place met again, whose shape says little: the lists hold full names)
     * @param shift    true: vote {@code weight * (p - 1/3)} per type, moving weight between types without adding
     *                 any, and only on a name some other voter has voted on (the shape says what a name is, not
     *                 that it is one); false: vote {@code weight * p} per type
     */
    public NameShapeVoter(MaxentModel model, double weight, double floor, int minWords, boolean shift) {
        this(Objects.requireNonNull(model, "model"), weight, floor, minWords, shift, null);
    }

    private NameShapeVoter(MaxentModel model, double weight, double floor, int minWords, boolean shift,
                           Set<String> voted) {
        this.model = model;
        this.weight = weight;
        this.floor = floor;
        this.minWords = minWords;
        this.shift = shift;
        this.voted = voted;
        this.outcome = new int[EntityType.values().length];
        for (EntityType t : EntityType.values()) {
            outcome[t.ordinal()] = model.getIndex(t.name());
        }
    }

    /** The voter on the bundled model with the bundled settings (weight 0 when they say it is off). */
    public static NameShapeVoter english() {
        Settings s = Settings.STANDARD;
        return new NameShapeVoter(Holder.MODEL, s.enabled() ? s.weight() : 0, s.floor(), s.minWords(),
                s.shift());
    }

    /** The bundled model. */
    public static MaxentModel standardModel() {
        return Holder.MODEL;
    }

    /** The probability of each type for a name as written, by {@link EntityType#ordinal()}. */
    public double[] probabilities(String name) {
        double[] p = model.eval(NameShapeFeatures.features(name));
        double[] out = new double[outcome.length];
        for (int t = 0; t < out.length; t++) {
            out[t] = outcome[t] < 0 ? 0 : p[outcome[t]];
        }
        return out;
    }

    /** The most probable type of a name as written. */
    public EntityType best(String name) {
        double[] p = probabilities(name);
        int b = 0;
        for (int t = 1; t < p.length; t++) {
            if (p[t] > p[b]) {
                b = t;
            }
        }
        return EntityType.values()[b];
    }

    @Override
    public TypeVoter forText(AnalyzedText text, IntPredicate sentences) {
        return weight > 0 ? new NameShapeVoter(model, weight, floor, minWords, shift, new HashSet<>()) : this;
    }

    @Override
    public void vote(NameCandidate c, Ballot ballot) {
        if (voted == null || c.acronym() || c.words() < minWords || voted.contains(c.key())
                || shift && ballot.total() <= 0) {
            return;
        }
        for (EntityType t : EntityType.values()) {
            // ruleWeight leaves out the name-finder model and the chunk shape, not this voter (a later mention)
            if (HybridMentionFinder.ruleWeight(ballot, t) - ballot.weight(t, SOURCE) >= HybridMentionFinder.STRONG) {
                return; // a sure rule: the shape adds nothing
            }
        }
        double[] p = probabilities(c.text());
        double best = 0;
        for (double d : p) {
            best = Math.max(best, d);
        }
        if (best < floor) {
            return;
        }
        voted.add(c.key());
        if (shift) {
            // the shape moves weight between types and adds none: it says what a name is, not that it is one
            for (EntityType t : EntityType.values()) {
                ballot.vote(t, weight * (p[t.ordinal()] - 1.0 / p.length), null, SOURCE);
            }
            return;
        }
        for (EntityType t : EntityType.values()) {
            if (p[t.ordinal()] > 0.05) {
                ballot.vote(t, weight * p[t.ordinal()], null, SOURCE);
            }
        }
    }

    /**
     * Whether the voter is on by default, its weight, floor, fewest words and mode.
     *
     * @param enabled whether {@link #english()} votes
     * @param weight  see {@link NameShapeVoter#NameShapeVoter}
     * @param floor   see {@link NameShapeVoter#NameShapeVoter}
     * @param minWords see {@link NameShapeVoter#NameShapeVoter}
     * @param shift    see {@link NameShapeVoter#NameShapeVoter} (property {@code mode=shift}, or {@code add})
     */
    public record Settings(boolean enabled, double weight, double floor, int minWords, boolean shift) {
        static final Settings STANDARD = load();

        private static Settings load() {
            try (InputStream in = NameShapeVoter.class.getResourceAsStream(SETTINGS)) {
                if (in == null) {
                    return new Settings(false, 0, 1, 2, true);
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                return new Settings(Boolean.parseBoolean(p.getProperty("enabled", "false").strip()),
                        Double.parseDouble(p.getProperty("weight", "0").strip()),
                        Double.parseDouble(p.getProperty("floor", "0").strip()),
                        Integer.parseInt(p.getProperty("min-words", "2").strip()),
                        !"add".equals(p.getProperty("mode", "shift").strip()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + SETTINGS, e);
            }
        }
    }

    private static final class Holder {
        static final MaxentModel MODEL = MaxentModels.requiredResource(NameShapeVoter.class, NameShapeVoter.MODEL);
    }
}
