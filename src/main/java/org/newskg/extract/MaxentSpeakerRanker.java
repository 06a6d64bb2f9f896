package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import opennlp.tools.ml.model.MaxentModel;
import org.newskg.nlp.MaxentModels;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * A learned second opinion on who said a quotation: wraps a {@link StatementExtractor} (the rules of
 * {@link QuoteStatementExtractor}) and, for each direct quotation, scores every candidate speaker
 * ({@link SpeakerFeatures}) with a maximum-entropy model; the best candidate replaces the rules' speaker when its
 * probability beats the rules' choice by {@code margin}, and fills an empty speaker when it reaches
 * {@code threshold}. Offsets, text, sentence and confidence stay; a speaker the model chose marks the rule
 * ({@code "+ranker"}). Trained by {@code newskg train-speakers} (see {@code SPEAKERS.md} beside the model).
 *
 * <pre>
 * StatementExtractor s = MaxentSpeakerRanker.around(QuoteStatementExtractor.standard()); // bundled model, if on
 * MaxentSpeakerRanker r = new MaxentSpeakerRanker(inner, MaxentModels.load(Path.of("m.bin")),
 *         0.2, 0.5, false);
 * List&lt;Statement&gt; statements = r.extract(resolvedText, published);
 * </pre>
 *
 * <p>Thread-safe: the model is shared and read only.
 */
public final class MaxentSpeakerRanker implements StatementExtractor {

    /** The outcome of the candidate that makes the statement match the gold. */
    public static final String RIGHT = "right";
    /** The outcome of any other candidate. */
    public static final String WRONG = "wrong";
    /** Marks the rule of a statement whose speaker the model chose. */
    public static final String MARK = "+ranker";
    /** A margin or threshold that never fires. */
    public static final double NEVER = Double.POSITIVE_INFINITY;

    static final String MODEL_RESOURCE = "/org/newskg/extract/speaker-ranker.bin";
    static final String SETTINGS_RESOURCE = "/org/newskg/extract/speaker-ranker.properties";

    private final StatementExtractor inner;
    private final MaxentModel model;
    private final int right;
    private final double margin;
    private final double threshold;
    private final boolean evidenceOnly;

    /**
     * @param inner     the extractor whose statements are re-attributed
     * @param model     a model with outcomes {@link #RIGHT} and {@link #WRONG}
     * @param margin    how much more probable than the rules' speaker the best candidate must be to replace it
     * @param threshold how probable the best candidate must be to fill an empty speaker
     * @param evidenceOnly whether the model was trained without the rules' choice among its features
     *                  ({@link SpeakerFeatures#withoutRules})
     */
    public MaxentSpeakerRanker(StatementExtractor inner, MaxentModel model, double margin, double threshold,
                               boolean evidenceOnly) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.model = Objects.requireNonNull(model, "model");
        this.right = model.getIndex(RIGHT);
        if (right < 0 || model.getIndex(WRONG) < 0) {
            throw new IllegalArgumentException("not a speaker model: outcomes must be " + RIGHT + "/" + WRONG);
        }
        this.margin = margin;
        this.threshold = threshold;
        this.evidenceOnly = evidenceOnly;
    }

    /**
     * The extractor with the bundled ranker when its settings ({@code speaker-ranker.properties}) switch it on,
     * else {@code inner} itself. The first model and settings on the class path win, so a model trained elsewhere
     * can be put first to measure it.
     */
    public static StatementExtractor around(StatementExtractor inner) {
        Settings s = Settings.STANDARD;
        return s.enabled() && Holder.MODEL != null ? new MaxentSpeakerRanker(inner, Holder.MODEL, s.margin(),
                s.threshold(), s.evidenceOnly()) : inner;
    }

    /** The bundled model, loaded on first use. */
    public static MaxentModel standardModel() {
        if (Holder.MODEL == null) {
            throw new IllegalStateException("resource missing from the classpath: " + MODEL_RESOURCE);
        }
        return Holder.MODEL;
    }

    /** The bundled settings: whether the ranker is on, its margin and threshold. */
    public static Settings standardSettings() {
        return Settings.STANDARD;
    }

    /**
     * Whether the ranker is on by default, and its margin and threshold ({@link #NEVER} for off).
     *
     * @param enabled   whether {@link #around} wraps the rules with the ranker
     * @param margin    see {@link MaxentSpeakerRanker#MaxentSpeakerRanker}
     * @param threshold see {@link MaxentSpeakerRanker#MaxentSpeakerRanker}
     * @param evidenceOnly see {@link MaxentSpeakerRanker#MaxentSpeakerRanker}
     */
    public record Settings(boolean enabled, double margin, double threshold, boolean evidenceOnly) {
        static final Settings STANDARD = load();

        private static Settings load() {
            try (InputStream in = MaxentSpeakerRanker.class.getResourceAsStream(SETTINGS_RESOURCE)) {
                if (in == null) {
                    return new Settings(false, NEVER, NEVER, false);
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                return new Settings(Boolean.parseBoolean(p.getProperty("enabled", "false")),
                        number(p.getProperty("margin", "never")), number(p.getProperty("threshold", "never")),
                        "evidence".equals(p.getProperty("features", "all").strip()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + SETTINGS_RESOURCE, e);
            }
        }

        private static double number(String s) {
            return "never".equals(s.strip()) ? NEVER : Double.parseDouble(s.strip());
        }

        /** Writes the settings as a properties file, with a header saying what they mean. */
        public void write(Path file, String comment) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("# Settings of org.newskg.extract.MaxentSpeakerRanker (written by newskg train-speakers).\n");
                w.write("# enabled: whether the standard pipeline asks the ranker; margin: how much more probable\n");
                w.write("# than the rules' speaker its best candidate must be to replace it; "
                        + "threshold: how probable\n");
                w.write("# it must be to fill an empty speaker ('never' = off); features: all, or evidence (the\n");
                w.write("# model was trained without the rules' choice among its features).\n");
                for (String line : comment.split("\n")) {
                    w.write("# " + line + "\n");
                }
                w.write("enabled=" + enabled + "\n");
                w.write("margin=" + format(margin) + "\n");
                w.write("threshold=" + format(threshold) + "\n");
                w.write("features=" + (evidenceOnly ? "evidence" : "all") + "\n");
            }
        }

        private static String format(double d) {
            return Double.isInfinite(d) ? "never" : String.format(Locale.ROOT, "%.2f", d);
        }
    }

    /** P(the candidate is the speaker the gold names) from its features. */
    public double probability(String[] features) {
        return model.eval(evidenceOnly ? SpeakerFeatures.withoutRules(features) : features)[right];
    }

    @Override
    public List<Statement> extract(ResolvedText text, LocalDate published) {
        return rerank(text, inner.extract(text, published));
    }

    /** The statements with the speakers the model prefers (direct quotations only; others as they are). */
    public List<Statement> rerank(ResolvedText text, List<Statement> statements) {
        List<Statement> out = new ArrayList<>(statements.size());
        Statement previous = null;
        for (Statement s : statements) {
            if (!s.direct()) {
                out.add(s);
                continue;
            }
            if (margin == NEVER && !s.speakers().isEmpty()) {
                out.add(s); // the rules named a speaker and no margin lets the model replace it: nothing to score
                previous = s;
                continue;
            }
            List<SpeakerFeatures.Candidate> cs = SpeakerFeatures.candidates(text, s, previous, statements);
            double[] p = new double[cs.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = probability(cs.get(i).features());
            }
            out.add(decide(s, cs, p, margin, threshold));
            previous = s;
        }
        return out;
    }

    /**
     * The statement with the best candidate as speaker when it beats the rules' choice by {@code margin} (or fills
     * an empty speaker with at least {@code threshold}); else the statement itself.
     */
    public static Statement decide(Statement s, List<SpeakerFeatures.Candidate> cs, double[] p, double margin,
                                   double threshold) {
        int best = -1;
        double rules = -1;
        for (int i = 0; i < cs.size(); i++) {
            if (best < 0 || p[i] > p[best]) {
                best = i;
            }
            String key = cs.get(i).entity().key();
            if (s.speakers().stream().anyMatch(e -> e.key().equals(key))) {
                rules = Math.max(rules, p[i]);
            }
        }
        if (best < 0) {
            return s;
        }
        Entity chosen = cs.get(best).entity();
        if (s.speakers().stream().anyMatch(e -> e.key().equals(chosen.key()))) {
            return s;
        }
        boolean replace = s.speakers().isEmpty() ? p[best] >= threshold : p[best] - Math.max(rules, 0) > margin;
        if (!replace) {
            return s;
        }
        Mention m = cs.get(best).mention();
        return new Statement(List.of(chosen), m != null ? m.text() : chosen.name(), s.text(), s.start(), s.end(),
                s.direct(), s.addressee(), s.medium(), s.time(), s.date(), s.about(), s.evidence(), s.confidence(),
                (s.rule() == null ? "quote" : s.rule()) + MARK);
    }

    @Override
    public String toString() {
        return "MaxentSpeakerRanker(" + inner + ", margin " + margin + ", threshold " + threshold + ")";
    }

    private static final class Holder {
        /** Null when the class path has none: {@link #around} then leaves the rules alone. */
        static final MaxentModel MODEL = MaxentModels.resource(MaxentSpeakerRanker.class, MODEL_RESOURCE);
    }
}
