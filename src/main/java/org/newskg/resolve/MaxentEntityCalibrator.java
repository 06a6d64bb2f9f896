package org.newskg.resolve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import opennlp.tools.ml.model.MaxentModel;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.MaxentModels;

/**
 * An {@link EntityCalibrator} by a maximum-entropy (logistic) model over the {@link CalibrationFeatures} of an
 * entity, trained on the gold by {@code newskg train-calibration} (see {@code CALIBRATION.md} next to the bundled
 * model for data, features and scores).
 *
 * <p>A typed model has the outcomes {@code PERSON}, {@code ORGANIZATION}, {@code PLACE} (the type of the gold
 * entity the extracted one matches, the type left out of the match) and {@code WRONG} (matches none): the
 * entity's confidence becomes P(outcome = its type). With retyping on, an unlinked entity whose other type T is
 * more probable than its own by more than the margin is retyped to T (mentions too; subclasses, which belong to
 * one type, dropped) with confidence P(T). A binary model (outcomes {@code right}/{@code wrong}) only calibrates.
 *
 * <pre>
 * EntityCalibrator c = MaxentEntityCalibrator.standard();            // the bundled model, loaded once
 * MaxentEntityCalibrator mine = MaxentEntityCalibrator.load(Path.of("/tmp/calib.bin")).withRetyping(0.2);
 * Entity e2 = mine.calibrate(entity, analyzed);                      // new confidence, maybe another type
 * </pre>
 *
 * <p>Thread-safe: the model is shared and read only; every call keeps its state on its own stack.
 */
public final class MaxentEntityCalibrator implements EntityCalibrator {

    /** The outcome of an entity that matches the gold (binary model). */
    public static final String RIGHT = "right";
    /** The outcome of an entity that matches nothing in the gold (binary model). */
    public static final String WRONG = "wrong";
    /** The outcome of an entity that matches nothing in the gold, whatever the type (typed model). */
    public static final String WRONG_TYPED = "WRONG";
    /**
     * The margin by which another type's probability must beat the entity's own for the bundled model to retype
     * it; {@link Double#POSITIVE_INFINITY}: the bundled model does not retype (see CALIBRATION.md for the sweep).
     */
    public static final double DEFAULT_RETYPE_MARGIN = Double.POSITIVE_INFINITY;

    /**
     * The system property that overrides {@link #DEFAULT_RETYPE_MARGIN} for the bundled model (a number, or "off"),
     * e.g. {@code java -Dnewskg.calibration.retype-margin=0.2 ...}, to measure retyping end to end.
     */
    public static final String MARGIN_PROPERTY = "newskg.calibration.retype-margin";

    private static final String RESOURCE = "/org/newskg/resolve/entity-calibration.bin";

    private final MaxentModel model;
    private final int right;
    /** Outcome index of each entity type (typed model), or null (binary model). */
    private final int[] typeIndex;
    private final double retypeMargin;
    private final boolean retypeLinked;

    public MaxentEntityCalibrator(MaxentModel model) {
        this(model, Double.POSITIVE_INFINITY, false);
    }

    private MaxentEntityCalibrator(MaxentModel model, double retypeMargin, boolean retypeLinked) {
        this.model = Objects.requireNonNull(model, "model");
        this.retypeMargin = retypeMargin;
        this.retypeLinked = retypeLinked;
        if (model.getIndex(WRONG_TYPED) >= 0) {
            typeIndex = new int[EntityType.values().length];
            for (EntityType t : EntityType.values()) {
                typeIndex[t.ordinal()] = model.getIndex(t.name()); // -1 when no training entity had it
            }
            right = -1;
        } else {
            typeIndex = null;
            right = model.getIndex(RIGHT);
            if (right < 0 || model.getIndex(WRONG) < 0) {
                throw new IllegalArgumentException("not a calibration model: outcomes must be " + RIGHT + "/"
                        + WRONG + " or PERSON/ORGANIZATION/PLACE/" + WRONG_TYPED);
            }
        }
    }

    /** The bundled model ({@code entity-calibration.bin}), loaded on first use, retyping at the default margin. */
    public static MaxentEntityCalibrator standard() {
        return Holder.STANDARD;
    }

    /**
     * A model written by {@link MaxentModels#write} (e.g. by {@code newskg train-calibration --out FILE}); no
     * retyping.
     */
    public static MaxentEntityCalibrator load(Path file) throws IOException {
        return new MaxentEntityCalibrator(MaxentModels.load(file));
    }

    /**
     * This model retyping unlinked entities whose other type beats their own by more than {@code margin}
     * ({@link Double#POSITIVE_INFINITY}: never). Only a typed model can retype.
     */
    public MaxentEntityCalibrator withRetyping(double margin) {
        return new MaxentEntityCalibrator(model, margin, retypeLinked);
    }

    /** This model retyping linked entities too (by default the link decides a linked entity's type). */
    public MaxentEntityCalibrator withRetypingLinked(boolean linked) {
        return new MaxentEntityCalibrator(model, retypeMargin, linked);
    }

    /** Whether the model predicts a type (outcomes PERSON/ORGANIZATION/PLACE/WRONG) rather than right/wrong. */
    public boolean isTyped() {
        return typeIndex != null;
    }

    /** The retyping margin ({@link Double#POSITIVE_INFINITY} when off). */
    public double retypeMargin() {
        return retypeMargin;
    }

    /** P(the entity is right, with its type) by the model. */
    public double probability(Entity entity, AnalyzedText text) {
        return probability(CalibrationFeatures.of(entity, text).toArray(String[]::new), entity.type());
    }

    /** P(an entity of this type with these {@link CalibrationFeatures} is right, with this type). */
    public double probability(String[] features, EntityType type) {
        double[] p = model.eval(features);
        return typeIndex == null ? p[right] : prob(p, type);
    }

    /**
     * The type an entity of type {@code type} with these features should have: another type whose probability
     * beats the own type's by more than the margin (the most probable such), or {@code type} itself. Linked
     * entities ({@code linked}) keep their type unless retyping of linked entities is on.
     */
    public EntityType bestType(String[] features, EntityType type, boolean linked) {
        if (typeIndex == null || retypeMargin == Double.POSITIVE_INFINITY || linked && !retypeLinked) {
            return type;
        }
        double[] p = model.eval(features);
        double own = prob(p, type);
        EntityType best = type;
        double bestP = own;
        for (EntityType t : EntityType.values()) {
            double q = prob(p, t);
            if (t != type && q - own > retypeMargin && q > bestP) {
                best = t;
                bestP = q;
            }
        }
        return best;
    }

    private double prob(double[] p, EntityType t) {
        int i = typeIndex[t.ordinal()];
        return i < 0 ? 0 : p[i];
    }

    @Override
    public Entity calibrate(Entity e, AnalyzedText text) {
        String[] features = CalibrationFeatures.of(e, text).toArray(String[]::new);
        EntityType t = bestType(features, e.type(), e.wikidata() != null);
        double p = Math.max(0, Math.min(1, probability(features, t)));
        if (t != e.type()) {
            return retyped(e, t, p);
        }
        return new Entity(e.key(), e.name(), e.type(), e.subclass(), e.aliases(), e.mentions(), e.wikidata(), p);
    }

    /** Retypes, but keeps an entity's type when the new key is another entity's of the same text. */
    @Override
    public List<Entity> calibrateAll(List<Entity> entities, AnalyzedText text) {
        Set<String> keys = new HashSet<>();
        entities.forEach(e -> keys.add(e.key()));
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            Entity c = calibrate(e, text);
            if (!c.key().equals(e.key()) && keys.contains(c.key())) {
                c = new Entity(e.key(), e.name(), e.type(), e.subclass(), e.aliases(), e.mentions(), e.wikidata(),
                        Math.max(0, Math.min(1, probability(e, text))));
            }
            out.add(c);
        }
        return List.copyOf(out);
    }

    /**
     * The entity as type {@code t}: its mentions too; the key re-made from the type (a linked entity keeps its
     * Wikidata key); a subclass kept only on mentions already of type {@code t} (a subclass belongs to one type).
     */
    public static Entity retyped(Entity e, EntityType t, double confidence) {
        List<Mention> ms = e.mentions().stream().map(m -> m.type() == t ? m
                : new Mention(m.start(), m.end(), m.text(), t, null, m.sentence(), m.kind(), m.confidence(),
                        m.source())).toList();
        String key = e.wikidata() != null ? e.key() : EntityKeys.key(t, e.name());
        return new Entity(key, e.name(), t, null, e.aliases(), ms, e.wikidata(), confidence);
    }

    @Override
    public String toString() {
        return "MaxentEntityCalibrator";
    }

    /** The default margin, or the one of the system property {@value #MARGIN_PROPERTY} (for experiments). */
    private static double margin() {
        String m = System.getProperty(MARGIN_PROPERTY);
        if (m == null || m.isBlank()) {
            return DEFAULT_RETYPE_MARGIN;
        }
        try {
            return m.strip().equals("off") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MARGIN_PROPERTY + ": a number or \"off\", not " + m, e);
        }
    }

    private static final class Holder {
        static final MaxentEntityCalibrator STANDARD = new MaxentEntityCalibrator(
                MaxentModels.requiredResource(MaxentEntityCalibrator.class, RESOURCE)).withRetyping(margin());
    }
}
