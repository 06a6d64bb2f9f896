package org.newskg.nlp;

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
import java.util.List;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The project's own OpenNLP maximum-entropy models (entity calibration, relation classifier, speaker ranker): how
 * they are trained, written, read from a file and from the class path. Here, beside {@link NlpModels}, because
 * both {@code resolve} and {@code extract} load such models and may depend on {@code nlp}, not on each other's
 * stage or on {@code eval}.
 *
 * <pre>
 * MaxentModel m = MaxentModels.train(events, 100, 5);                 // GIS, one thread: deterministic
 * MaxentModels.write(m, Path.of("/tmp/m.bin"));
 * MaxentModel again = MaxentModels.load(Path.of("/tmp/m.bin"));
 * MaxentModel bundled = MaxentModels.resource(MyClass.class, "/org/newskg/extract/m.bin"); // null when absent
 * </pre>
 */
public final class MaxentModels {

    private MaxentModels() {
    }

    /**
     * Trains a model on the events: GIS on one thread, so the same events give the same model byte for byte
     * (OpenNLP logs its progress through SLF4J, at a level {@code simplelogger.properties} keeps silent).
     *
     * @param iterations GIS iterations
     * @param cutoff     features seen fewer times than this are not used
     */
    public static MaxentModel train(List<Event> events, int iterations, int cutoff) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.TRAINER_TYPE_PARAM, EventTrainer.EVENT_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(ObjectStreamUtils.createObjectStream(events));
    }

    /** Writes a trained model in OpenNLP's binary format, creating the folder if need be. */
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

    /** A model written by {@link #write}. */
    public static MaxentModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    /** A model in OpenNLP's binary format; the stream is left open. */
    public static MaxentModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(in));
        return new GenericModelReader(new BinaryFileDataReader(data)).getModel();
    }

    /** The model of a class-path resource (looked up as by {@code owner.getResourceAsStream}), or null if absent. */
    public static MaxentModel resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** {@link #resource}, which must be there. */
    public static MaxentModel requiredResource(Class<?> owner, String resource) {
        MaxentModel m = resource(owner, resource);
        if (m == null) {
            throw new IllegalStateException("resource missing from the classpath: " + resource);
        }
        return m;
    }
}
