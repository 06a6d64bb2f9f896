package org.newskg.rdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.newskg.Extraction;
import org.newskg.extract.Events;
import org.newskg.extract.Evidence;
import org.newskg.extract.Predicate;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.ingest.ArticleReader;
import org.newskg.nlp.Sentence;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;
import org.newskg.testing.TestTexts;

/**
 * Two hand-built extractions (real analyzer, entities, relations and statements declared here) for the tests of
 * the RDF stage. Article one: a commander, a capture, a meeting, a quotation on Twitter. Article two: a second
 * meeting, a leader, an organisation based in a city, a call for something, a joint statement by two speakers.
 * Events (the capture and the meetings) are made from the relations by {@link Events#from}.
 */
final class RdfFixtures {

    static final String TEXT_1 = """
            Haftar forces take Gharyan

            Khalifa Haftar commands the Libyan National Army. The Libyan National Army took control of Gharyan \
            on Thursday. UN Secretary-General Antonio Guterres met Haftar in Benghazi on Friday. \
            "I leave Libya with a heavy heart," Guterres said on Twitter. Gharyan is a town in Libya.
            [source_without_link]ANI[/source_without_link] [date]2019-04-05[/date] [url]https://example.org/news/1[/url]
            """;

    static final String TEXT_2 = """
            Rivals meet in Abu Dhabi

            Fayez al-Sarraj and Hafter met in Abu Dhabi on Wednesday. Sarraj and Haftar said in a joint statement \
            that elections would be held in Libya. Sarraj leads the Government of National Accord, which is based \
            in Tripoli. The Government of National Accord called for a ceasefire. Tripoli is the capital of Libya.
            [date]2019-04-06[/date]
            """;

    private RdfFixtures() {
    }

    static Extraction first() {
        Article a = article("first.txt", TEXT_1);
        ResolvedText t = TestTexts.resolved(a.text(),
                TestTexts.person("Khalifa Haftar", "Haftar"),
                TestTexts.organization("Libyan National Army"),
                TestTexts.place("Gharyan"),
                TestTexts.person("Antonio Guterres", "Guterres"),
                TestTexts.place("Benghazi"),
                TestTexts.place("Libya"));
        List<Entity> es = refine(t.entities(), Map.of("Gharyan", "City", "Libya", "Country"), Map.of("Libya", "Q1016"));
        Entity haftar = named(es, "Khalifa Haftar");
        Entity lna = named(es, "Libyan National Army");
        Entity gharyan = named(es, "Gharyan");
        Entity guterres = named(es, "Antonio Guterres");
        Entity libya = named(es, "Libya");
        String text = a.text();
        List<Relation> rels = List.of(
                relation(t, haftar, Predicate.COMMANDS, lna, null, null, null, null, "Haftar commands the Libyan"),
                relation(t, lna, Predicate.TOOK_CONTROL_OF, gharyan, null, null, "on Thursday",
                        LocalDate.of(2019, 4, 4), "took control of Gharyan"),
                relation(t, guterres, Predicate.MET, haftar, null, named(es, "Benghazi"), "on Friday",
                        LocalDate.of(2019, 4, 5), "Guterres met Haftar in Benghazi"),
                relation(t, guterres, Predicate.HOLDS_POSITION, null, "Secretary-General", null, null, null,
                        "Secretary-General Antonio Guterres"),
                relation(t, gharyan, Predicate.LOCATED_IN, libya, null, null, null, null,
                        "Gharyan is a town in Libya"));
        String quote = "I leave Libya with a heavy heart,";
        int qs = text.indexOf(quote);
        Statement st = new Statement(List.of(guterres), "Guterres", quote, qs, qs + quote.length(), true, null,
                "Twitter", null, null, List.of(libya), evidence(t, quote), 0.9, "quote:said-after");
        return new Extraction(a, t.analyzed(), es, rels, List.of(st), Events.from(rels));
    }

    static Extraction second() {
        Article a = article("second.txt", TEXT_2);
        ResolvedText t = TestTexts.resolved(a.text(),
                TestTexts.person("Khalifa Haftar", "Hafter", "Haftar"),
                TestTexts.person("Fayez al-Sarraj", "Sarraj"),
                TestTexts.place("Abu Dhabi"),
                TestTexts.organization("Government of National Accord"),
                TestTexts.place("Tripoli"),
                TestTexts.place("Libya"));
        List<Entity> es = refine(t.entities(),
                Map.of("Tripoli", "City", "Libya", "Country", "Government of National Accord", "Government"),
                Map.of("Libya", "Q1016"));
        Entity haftar = named(es, "Khalifa Haftar");
        Entity sarraj = named(es, "Fayez al-Sarraj");
        Entity gna = named(es, "Government of National Accord");
        Entity tripoli = named(es, "Tripoli");
        Entity libya = named(es, "Libya");
        String text = a.text();
        List<Relation> rels = List.of(
                relation(t, sarraj, Predicate.MET, haftar, null, named(es, "Abu Dhabi"), "on Wednesday",
                        LocalDate.of(2019, 4, 3), "Fayez al-Sarraj and Hafter met in Abu Dhabi"),
                relation(t, sarraj, Predicate.LEADS, gna, null, null, null, null, "Sarraj leads the Government"),
                relation(t, gna, Predicate.BASED_IN, tripoli, null, null, null, null, "based in Tripoli"),
                relation(t, gna, Predicate.CALLED_FOR, null, "a ceasefire", null, null, null, "called for a ceasefire"),
                relation(t, tripoli, Predicate.LOCATED_IN, libya, null, null, null, null, "Tripoli is the capital"));
        String said = "elections would be held in Libya";
        int ss = text.indexOf(said);
        Statement st = new Statement(List.of(sarraj, haftar), "Sarraj and Haftar", said, ss, ss + said.length(),
                false, null, "a joint statement", null, null, List.of(libya), evidence(t, said), 0.8,
                "report:said-that");
        return new Extraction(a, t.analyzed(), es, rels, List.of(st), Events.from(rels));
    }

    static Article article(String name, String raw) {
        try {
            return ArticleReader.parseText(name, raw);
        } catch (ArticleException e) {
            throw new IllegalStateException(e);
        }
    }

    static Entity named(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    /** The entities with subclasses and Wikidata links (a linked entity's key becomes its Q-id). */
    static List<Entity> refine(List<Entity> entities, Map<String, String> subclasses, Map<String, String> qids) {
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities) {
            Entity r = new Entity(e.key(), e.name(), e.type(), subclasses.get(e.name()), e.aliases(), e.mentions(),
                    null, e.confidence());
            if (qids.containsKey(e.name())) {
                r = r.withWikidata(qids.get(e.name()), qids.get(e.name()));
            }
            out.add(r);
        }
        return out;
    }

    /** Evidence: the span of {@code phrase} in the text, in the sentence holding it. */
    static Evidence evidence(ResolvedText t, String phrase) {
        int at = t.analyzed().text().indexOf(phrase);
        if (at < 0) {
            throw new IllegalArgumentException("not in the text: " + phrase);
        }
        Sentence s = t.analyzed().sentenceAt(at).orElseThrow();
        return new Evidence(s.index(), at, at + phrase.length());
    }

    static Relation relation(ResolvedText t, Entity subject, Predicate p, Entity object, String phrase,
                             Entity place, String time, LocalDate date, String evidencePhrase) {
        return new Relation(subject, p, object, object != null ? object.name() : phrase, place, time, date,
                evidence(t, evidencePhrase), 0.85, "test:" + p.localName());
    }
}
