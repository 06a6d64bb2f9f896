package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import opennlp.tools.ml.model.MaxentModel;
import org.newskg.nlp.MaxentModels;

/**
 * A maximum-entropy classifier of entity pairs: P(predicate) and P({@link #NONE}) of a
 * {@link RelationCandidates.Pair} from its features, trained on the development gold by
 * {@code newskg train-relations} (see {@code RELATIONS.md} next to the bundled model), with the two thresholds
 * chosen by cross-validation: a rule relation is dropped when P(NONE) of its pair is above {@link #verify()}; an
 * empty pair gets the model's predicate when its probability is above {@link #propose()}.
 *
 * <pre>
 * MaxentRelationClassifier c = MaxentRelationClassifier.standard();      // the bundled model, loaded once
 * MaxentRelationClassifier on = c.withThresholds(c.verify(), c.propose()); // enabled at its CV thresholds
 * MaxentRelationClassifier mine = MaxentRelationClassifier.load(Path.of("/tmp/rel.bin"));
 * double[] p = mine.probabilities(pair.features());                     // by mine.outcome(i)
 * </pre>
 *
 * <p>Thread-safe: the model is shared and read only.
 */
public final class MaxentRelationClassifier {

    /** The outcome of a pair the article states no relation of. */
    public static final String NONE = "NONE";

    private static final String RESOURCE = "/org/newskg/extract/relation-classifier.bin";
    private static final String THRESHOLDS = "/org/newskg/extract/relation-classifier.properties";

    private final MaxentModel model;
    private final int none;
    private final Predicate[] predicates;
    private final Settings settings;

    /**
     * What goes with a model: its thresholds, its features and the entity types each predicate may relate.
     *
     * @param verify      a rule relation is dropped when P(NONE) of its pair is above this (1 keeps every one)
     * @param propose     an empty pair gets the model's best predicate when its probability is above this (1
     *                    proposes none)
     * @param ruleFeature whether the model was trained with the rules' verdict on the pair as a feature
     * @param types       for each predicate, the "SUBJECTTYPE|OBJECTTYPE" pairs it may be proposed for (those
     *                    seen in training); a predicate not in the map is never proposed
     * @param enabled     whether the pipeline uses it (false: the rules' output as it is, whatever the thresholds)
     */
    public record Settings(double verify, double propose, boolean ruleFeature, Map<Predicate, Set<String>> types,
                           boolean enabled) {
        public Settings {
            types = Map.copyOf(types);
        }

        /** Nothing checked or proposed: the rules as they are. */
        public boolean off() {
            return !enabled || (verify >= 1 && propose >= 1);
        }
    }

    /**
     * @param model    a model whose outcomes are {@link #NONE} and predicate local names
     * @param settings its thresholds, features and types
     */
    public MaxentRelationClassifier(MaxentModel model, Settings settings) {
        this.model = Objects.requireNonNull(model, "model");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.none = model.getIndex(NONE);
        if (none < 0) {
            throw new IllegalArgumentException("not a relation model: it has no outcome " + NONE);
        }
        this.predicates = new Predicate[model.getNumOutcomes()];
        for (int i = 0; i < predicates.length; i++) {
            String outcome = model.getOutcome(i);
            predicates[i] = i == none ? null : Predicate.byLocalName(outcome).orElseThrow(
                    () -> new IllegalArgumentException("not a relation model: outcome " + outcome
                            + " is neither " + NONE + " nor a predicate's local name"));
        }
    }

    /** The bundled model with its thresholds, loaded on first use. */
    public static MaxentRelationClassifier standard() {
        return Holder.STANDARD;
    }

    /** A model written by {@link #write} and its thresholds (FILE with {@code .properties} for {@code .bin}). */
    public static MaxentRelationClassifier load(Path file) throws IOException {
        Properties t = new Properties();
        Path props = thresholdsFile(file);
        if (Files.exists(props)) {
            try (InputStream in = Files.newInputStream(props)) {
                t.load(in);
            }
        }
        return of(MaxentModels.load(file), t);
    }

    /** The thresholds file that goes with a model file. */
    public static Path thresholdsFile(Path model) {
        String name = model.getFileName().toString();
        String base = name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name;
        return model.resolveSibling(base + ".properties");
    }

    private static MaxentRelationClassifier of(MaxentModel m, Properties t) {
        Map<Predicate, Set<String>> types = new EnumMap<>(Predicate.class);
        for (Predicate p : Predicate.values()) {
            String v = t.getProperty("types." + p.localName(), "").strip();
            if (!v.isEmpty()) {
                types.put(p, Set.of(v.split("\\s+")));
            }
        }
        return new MaxentRelationClassifier(m, new Settings(Double.parseDouble(t.getProperty("verify", "1")),
                Double.parseDouble(t.getProperty("propose", "1")),
                Boolean.parseBoolean(t.getProperty("ruleFeature", "false")), types,
                Boolean.parseBoolean(t.getProperty("enabled", "true"))));
    }

    /** Writes a trained model in OpenNLP's binary format, and its thresholds beside it. */
    public static void write(MaxentModel model, Settings settings, Path file) throws IOException {
        MaxentModels.write(model, file);
        try (Writer w = Files.newBufferedWriter(thresholdsFile(file), StandardCharsets.UTF_8)) {
            w.write("# Settings of the relation classifier beside it (newskg train-relations).\n"
                    + "# enabled: whether the pipeline uses it (false: the rules' output as it is).\n"
                    + "# verify: a rule relation is dropped when P(NONE) of its pair is above it (1 = never).\n"
                    + "# propose: a pair the rules left empty gets the model's predicate above it (1 = never).\n"
                    + "# (both chosen by cross-validation by article)\n"
                    + "# ruleFeature: whether the rules' verdict on a pair is a feature of the model.\n"
                    + "# types.P: the SUBJECT|OBJECT entity types P may be proposed for (seen in training).\n");
            w.write(String.format(Locale.ROOT, "enabled=%s%nverify=%s%npropose=%s%nruleFeature=%s%n",
                    settings.enabled(), settings.verify(), settings.propose(), settings.ruleFeature()));
            for (Map.Entry<Predicate, Set<String>> e : new TreeMap<>(settings.types()).entrySet()) {
                w.write("types." + e.getKey().localName() + "=" + String.join(" ", new TreeSet<>(e.getValue()))
                        + "\n");
            }
        }
    }

    /** This model, enabled, with these thresholds (the bundled ones: {@code withThresholds(verify(), propose())}). */
    public MaxentRelationClassifier withThresholds(double verify, double propose) {
        return new MaxentRelationClassifier(model, new Settings(verify, propose, settings.ruleFeature(),
                settings.types(), true));
    }

    public Settings settings() {
        return settings;
    }

    /** Whether the predicate may be proposed between entities of these types. */
    public boolean allows(Predicate p, EntityType subject, EntityType object) {
        return settings.types().getOrDefault(p, Set.of()).contains(subject + "|" + object);
    }

    /** The probability of each outcome, by index ({@link #predicate(int)}). */
    public double[] probabilities(String[] features) {
        return model.eval(features);
    }

    /** The predicate of an outcome index, or null for {@link #NONE}. */
    public Predicate predicate(int outcome) {
        return predicates[outcome];
    }

    /** The index of the {@link #NONE} outcome. */
    public int noneIndex() {
        return none;
    }

    public int outcomes() {
        return predicates.length;
    }

    /** A rule relation is dropped when P(NONE) of its pair is above this. */
    public double verify() {
        return settings.verify();
    }

    /** A pair the rules left empty gets the model's best predicate when its probability is above this. */
    public double propose() {
        return settings.propose();
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "MaxentRelationClassifier[%s, verify %.2f, propose %.2f]",
                settings.enabled() ? "enabled" : "disabled", verify(), propose());
    }

    private static final class Holder {
        static final MaxentRelationClassifier STANDARD;

        static {
            MaxentModel m = MaxentModels.requiredResource(MaxentRelationClassifier.class, RESOURCE);
            Properties t = new Properties();
            try (InputStream th = MaxentRelationClassifier.class.getResourceAsStream(THRESHOLDS)) {
                if (th != null) {
                    t.load(th);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + THRESHOLDS, e);
            }
            STANDARD = of(m, t);
        }
    }
}
