package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;

/**
 * An analysed text with its entities: what the relation and statement extractors read. Immutable; the mention
 * indexes are built once, so lookups stay cheap however often extractors ask.
 */
public final class ResolvedText {

    private final AnalyzedText analyzed;
    private final List<Entity> entities;
    private final List<Mention> mentions;
    private final Map<Mention, Entity> byMention;

    /**
     * @param analyzed the analysed text
     * @param entities the article's entities
     */
    public ResolvedText(AnalyzedText analyzed, List<Entity> entities) {
        this.analyzed = Objects.requireNonNull(analyzed, "analyzed");
        this.entities = List.copyOf(entities);
        this.byMention = new IdentityHashMap<>();
        List<Mention> all = new ArrayList<>();
        for (Entity e : this.entities) {
            for (Mention m : e.mentions()) {
                all.add(m);
                byMention.put(m, e);
            }
        }
        all.sort(Comparator.comparingInt(Mention::start));
        this.mentions = List.copyOf(all);
    }

    public AnalyzedText analyzed() {
        return analyzed;
    }

    public List<Entity> entities() {
        return entities;
    }

    /** Every mention of every entity, in text order. */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The mentions inside a sentence, in text order. */
    public List<Mention> mentionsIn(Sentence s) {
        List<Mention> in = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.start() >= s.end()) {
                break;
            }
            if (m.start() >= s.start() && m.end() <= s.end()) {
                in.add(m);
            }
        }
        return in;
    }

    /** The entity a mention belongs to. */
    public Entity entityOf(Mention m) {
        return byMention.get(m);
    }

    /** The entity with a mention overlapping the span, if any (the longest overlap wins). */
    public Optional<Entity> entityAt(int start, int end) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.start() >= end) {
                break;
            }
            if (m.overlaps(start, end) && (best == null || overlap(m, start, end) > overlap(best, start, end))) {
                best = m;
            }
        }
        return Optional.ofNullable(best).map(byMention::get);
    }

    private static int overlap(Mention m, int start, int end) {
        return Math.min(m.end(), end) - Math.max(m.start(), start);
    }
}
