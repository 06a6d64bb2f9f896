package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;

import org.newskg.resolve.Entity;

/**
 * Something that happened, as a node of its own: a meeting, a clash, an offensive, a capture or a visit, with its
 * actors, place and time. Made by {@link Events#from} from the relations that state it.
 *
 * @param type       the ontology class's local name: Meeting, Clash, Offensive, Capture or Visit
 * @param actors     who took part (subjects, and objects that are actors), in the order of the text
 * @param place      where it happened, or null
 * @param time       when, as written, or null
 * @param date       {@code time} normalised against the publication date, or null
 * @param evidence   the sentence and the span covering the relations it came from
 * @param confidence in [0,1]: the highest of its relations'
 * @param rule       what produced it, for provenance ("event:" + the first relation's rule)
 * @param relations  the relation(s) it came from
 */
public record Event(String type, List<Entity> actors, Entity place, String time, LocalDate date, Evidence evidence,
                    double confidence, String rule, List<Relation> relations) {
    public Event {
        if (type == null || evidence == null || actors == null || actors.isEmpty()) {
            throw new IllegalArgumentException("an event needs a type, evidence and at least one actor");
        }
        actors = List.copyOf(actors);
        relations = List.copyOf(relations);
    }
}
