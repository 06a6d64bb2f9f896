package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;

/**
 * An analysed text with its entities: what the relation and statement extractors read.
 *
 * @param analyzed the analysed text
 * @param entities the article's entities
 */
public record ResolvedText(AnalyzedText analyzed, List<Entity> entities) {

    public ResolvedText {
        entities = List.copyOf(entities);
    }

    /** Every mention of every entity, in text order. */
    public List<Mention> mentions() {
        List<Mention> all = new ArrayList<>();
        entities.forEach(e -> all.addAll(e.mentions()));
        all.sort(Comparator.comparingInt(Mention::start));
        return all;
    }

    /** The mentions inside a sentence, in text order. */
    public List<Mention> mentionsIn(Sentence s) {
        return mentions().stream().filter(m -> m.start() >= s.start() && m.end() <= s.end()).toList();
    }

    /** The entity a mention belongs to. */
    public Entity entityOf(Mention m) {
        return index().get(m);
    }

    /** The entity with a mention overlapping the span, if any (the longest overlap wins). */
    public Optional<Entity> entityAt(int start, int end) {
        Mention best = null;
        for (Mention m : mentions()) {
            if (m.overlaps(start, end) && (best == null || overlap(m, start, end) > overlap(best, start, end))) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(this::entityOf);
    }

    private static int overlap(Mention m, int start, int end) {
        return Math.min(m.end(), end) - Math.max(m.start(), start);
    }

    private Map<Mention, Entity> index() {
        Map<Mention, Entity> byMention = new IdentityHashMap<>();
        for (Entity e : entities) {
            e.mentions().forEach(m -> byMention.put(m, e));
        }
        return byMention;
    }
}
