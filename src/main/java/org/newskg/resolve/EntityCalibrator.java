package org.newskg.resolve;

import java.util.List;

import org.newskg.nlp.AnalyzedText;

/**
 * Turns an entity's confidence into an estimate of the probability that the entity is right, from the evidence
 * the extractor gathered for it. The pipeline applies it after linking and before its minimum-confidence cut.
 *
 * <pre>
 * EntityCalibrator c = MaxentEntityCalibrator.standard();
 * Entity calibrated = c.calibrate(entity, analyzed);   // same entity, new confidence
 * Pipeline p = Pipeline.builder()...calibrator(EntityCalibrator.NONE).build();
 * </pre>
 *
 * <p>Implementations are thread-safe: one calibrator serves many threads.
 */
public interface EntityCalibrator {

    /** Leaves every entity as it is. */
    EntityCalibrator NONE = new EntityCalibrator() {
        @Override
        public Entity calibrate(Entity entity, AnalyzedText text) {
            return entity;
        }

        @Override
        public String toString() {
            return "EntityCalibrator.NONE";
        }
    };

    /**
     * The entity with a new confidence (every other field unchanged), or, by a calibrator that retypes
     * ({@link MaxentEntityCalibrator#withRetyping}), the entity as another type.
     */
    Entity calibrate(Entity entity, AnalyzedText text);

    /** Every entity of a text calibrated, in the same order. */
    default List<Entity> calibrateAll(List<Entity> entities, AnalyzedText text) {
        return entities.stream().map(e -> calibrate(e, text)).toList();
    }
}
