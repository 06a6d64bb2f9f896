package org.newskg.resolve;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.newskg.nlp.AnalyzedText;

/**
 * An {@link EntityCalibrator} by a maximum-entropy (logistic) model: P(the entity is right) from its
 * {@link CalibrationFeatures}, trained on the development gold by {@code newskg train-calibration} (see
 * {@code CALIBRATION.md} next to the bundled model for data, features and scores).
 *
 * <pre>
 * EntityCalibrator c = MaxentEntityCalibrator.standard();            // the bundled model, loaded once
 * EntityCalibrator mine = MaxentEntityCalibrator.load(Path.of("/tmp/calib.bin"));
 * double p = mine.probability(entity, analyzed);
 * </pre>
 *
 * <p>Thread-safe: the model is shared and read only; every call keeps its state on its own stack.
 */
public final class MaxentEntityCalibrator implements EntityCalibrator {

    /** The outcome of an entity that matches the gold. */
    public static final String RIGHT = "right";
    /** The outcome of an entity that matches nothing in the gold. */
    public static final String WRONG = "wrong";

    private static final String RESOURCE = "/org/newskg/resolve/entity-calibration.bin";

    private final MaxentModel model;
    private final int right;

    public MaxentEntityCalibrator(MaxentModel model) {
        this.model = Objects.requireNonNull(model, "model");
        this.right = model.getIndex(RIGHT);
        if (right < 0 || model.getIndex(WRONG) < 0) {
            throw new IllegalArgumentException("not a calibration model: outcomes must be " + RIGHT + "/" + WRONG);
        }
    }

    /** The bundled model ({@code entity-calibration.bin}), loaded on first use. */
    public static MaxentEntityCalibrator standard() {
        return Holder.STANDARD;
    }

    /** A model written by {@link #write} (e.g. by {@code newskg train-calibration --out FILE}). */
    public static MaxentEntityCalibrator load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static MaxentEntityCalibrator read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        return new MaxentEntityCalibrator(new GenericModelReader(new BinaryFileDataReader(data)).getModel());
    }

    /** Writes a trained model in OpenNLP's binary format. */
    public static void write(MaxentModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            DataOutputStream data = new DataOutputStream(out);
            new GenericModelWriter((AbstractModel) model, data).persist();
            data.flush();
        }
    }

    /** P(the entity is right) by the model. */
    public double probability(Entity entity, AnalyzedText text) {
        return probability(CalibrationFeatures.of(entity, text).toArray(String[]::new));
    }

    /** P(the entity is right) by the model, from its {@link CalibrationFeatures} already computed. */
    public double probability(String[] features) {
        return model.eval(features)[right];
    }

    @Override
    public Entity calibrate(Entity e, AnalyzedText text) {
        double p = probability(e, text);
        return new Entity(e.key(), e.name(), e.type(), e.subclass(), e.aliases(), e.mentions(), e.wikidata(),
                Math.max(0, Math.min(1, p)));
    }

    @Override
    public String toString() {
        return "MaxentEntityCalibrator";
    }

    private static final class Holder {
        static final MaxentEntityCalibrator STANDARD;

        static {
            try (InputStream in = MaxentEntityCalibrator.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing from the classpath: " + RESOURCE);
                }
                STANDARD = read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }
}
