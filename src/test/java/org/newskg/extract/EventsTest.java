package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newskg.testing.TestTexts.organization;
import static org.newskg.testing.TestTexts.person;
import static org.newskg.testing.TestTexts.place;
import static org.newskg.testing.TestTexts.resolved;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.resolve.Entity;
import org.newskg.testing.TestTexts.EntitySpec;

class EventsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 4, 5);

    private static List<Event> events(String text, EntitySpec... specs) {
        return Events.from(LexiconRelationExtractor.standard().extract(resolved(text, specs), PUBLISHED));
    }

    private static List<String> names(List<Entity> es) {
        return es.stream().map(Entity::name).toList();
    }

    @Test
    void meetingWithPlaceAndTime() {
        List<Event> es = events("Guterres met Haftar in Benghazi on Thursday.", person("Guterres"),
                person("Haftar"), place("Benghazi"));
        assertEquals(1, es.size());
        Event e = es.get(0);
        assertEquals("Meeting", e.type());
        assertEquals(List.of("Guterres", "Haftar"), names(e.actors()));
        assertEquals("Benghazi", e.place().name());
        assertEquals(LocalDate.of(2019, 4, 4), e.date());
        assertEquals(1, e.relations().size());
        assertTrue(e.rule().startsWith("event:lexicon:meet"), e.rule());
    }

    @Test
    void relationWithoutPlaceTimeOrThirdParticipantIsNoEvent() {
        assertEquals(List.of(), events("Guterres met Haftar.", person("Guterres"), person("Haftar")));
        assertEquals(List.of(), events("Haftar commands the LNA on Thursday.", person("Haftar"),
                organization("LNA")));
    }

    @Test
    void oneClauseWithSeveralActorsIsOneEvent() {
        List<Event> es = events("Al-Shabaab and ISIS attacked AMISOM and the SNA.", organization("Al-Shabaab"),
                organization("ISIS"), organization("AMISOM"), organization("SNA"));
        assertEquals(1, es.size());
        assertEquals("Clash", es.get(0).type());
        assertEquals(List.of("Al-Shabaab", "AMISOM", "SNA", "ISIS"), names(es.get(0).actors()));
        assertEquals(4, es.get(0).relations().size());
    }

    @Test
    void captureOfAPlaceHasThePlaceAsWhere() {
        Event e = events("The LNA took control of Gharyan on Thursday.", organization("LNA"), place("Gharyan"))
                .get(0);
        assertEquals("Capture", e.type());
        assertEquals(List.of("LNA"), names(e.actors()));
        assertEquals("Gharyan", e.place().name());
        assertEquals("on Thursday", e.time());
    }

    @Test
    void eventNounsAreEvents() {
        Event e = events("Protests marked Merkel's visit to Athens.", person("Merkel"), place("Athens")).get(0);
        assertEquals("Visit", e.type());
        assertEquals("Athens", e.place().name());
        assertNull(e.time());
    }

    @Test
    void unrealEventsAreNoEvents() {
        assertEquals(List.of(), events("Guterres will meet Haftar in Benghazi on Thursday.", person("Guterres"),
                person("Haftar"), place("Benghazi")));
        assertEquals(List.of(), events("Ruritania's planned invasion of Vulgaria on Monday failed.",
                place("Ruritania"), place("Vulgaria")));
    }
}
