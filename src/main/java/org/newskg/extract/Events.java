package org.newskg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newskg.resolve.Entity;

/**
 * Events as nodes (issue 5.3) from relations: where a relation of an event kind (met, attacked, advancedOn,
 * tookControlOf, visited) has a place or a time, more than two participants, or was read from an event noun
 * ("the attack on"), it becomes an {@link Event}. Relations of one clause (same sentence, predicate, rule, time and
 * place: "X and Y attacked Z and W") make one event with all their actors.
 *
 * <pre>
 * List&lt;Event&gt; events = Events.from(extraction.relations());
 * // "Guterres met Haftar in Benghazi on Thursday." -&gt; Meeting, actors [Guterres, Haftar], place Benghazi
 * </pre>
 *
 * <p>Deterministic (the order of the relations, then of the evidence) and stateless.
 */
public final class Events {

    private Events() {
    }

    /** The ontology class of the events a predicate states, or null when it states none. */
    public static String typeOf(Predicate p) {
        return switch (p) {
            case MET -> "Meeting";
            case ATTACKED -> "Clash";
            case ADVANCED_ON -> "Offensive";
            case TOOK_CONTROL_OF -> "Capture";
            case VISITED -> "Visit";
            default -> null;
        };
    }

    public static List<Event> from(List<Relation> relations) {
        Map<String, List<Relation>> groups = new LinkedHashMap<>();
        for (Relation r : relations) {
            if (typeOf(r.predicate()) == null || r.object() == null) {
                continue;
            }
            String key = r.evidence().sentence() + "|" + r.predicate() + "|" + r.rule() + "|" + r.time() + "|"
                    + (r.place() == null ? "" : r.place().key());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        List<Event> events = new ArrayList<>();
        for (List<Relation> g : groups.values()) {
            Event e = event(g);
            if (e != null) {
                events.add(e);
            }
        }
        events.sort(Comparator.comparingInt((Event e) -> e.evidence().start()).thenComparing(Event::type));
        return List.copyOf(events);
    }

    private static Event event(List<Relation> g) {
        Relation first = g.get(0);
        Predicate p = first.predicate();
        List<Entity> actors = new ArrayList<>();
        Entity place = first.place();
        for (Relation r : g) {
            addOnce(actors, r.subject());
            boolean objectIsWhere = r.object().type() == EntityType.PLACE
                    && p != Predicate.MET;
            if (!objectIsWhere) {
                addOnce(actors, r.object());
            }
        }
        // the place of an attack on, visit to or capture of a place is that place, when the clause gives no other
        if (place == null && p != Predicate.MET) {
            Entity target = null;
            for (Relation r : g) {
                if (r.object().type() == EntityType.PLACE) {
                    if (target != null && !target.key().equals(r.object().key())) {
                        target = null;
                        break;
                    }
                    target = r.object();
                }
            }
            place = target;
        }
        boolean nominal = first.rule() != null && first.rule().startsWith("eventnoun:");
        int participants = actors.size() + (place != null && first.place() == null ? 1 : 0);
        if (first.place() == null && first.time() == null && participants <= 2 && !nominal) {
            return null;
        }
        if (actors.isEmpty()) {
            return null;
        }
        int start = g.stream().mapToInt(r -> r.evidence().start()).min().orElseThrow();
        int end = g.stream().mapToInt(r -> r.evidence().end()).max().orElseThrow();
        double conf = g.stream().mapToDouble(Relation::confidence).max().orElseThrow();
        return new Event(typeOf(p), actors, place, first.time(), first.date(),
                new Evidence(first.evidence().sentence(), start, end), conf, "event:" + first.rule(), g);
    }

    private static void addOnce(List<Entity> list, Entity e) {
        if (list.stream().noneMatch(x -> x.key().equals(e.key()))) {
            list.add(e);
        }
    }
}
