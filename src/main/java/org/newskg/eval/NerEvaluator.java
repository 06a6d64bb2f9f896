package org.newskg.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;

/**
 * Scores a {@link MentionFinder} alone on CoNLL-style NER data: exact spans per type.
 *
 * <pre>
 * NerReport r = new NerEvaluator(finder, new ConllAnalyzer(NlpModels.english()))
 *         .evaluate(Conll.read(Path.of("wikigold.conll.txt")));
 * r.scores().total().f1();
 * </pre>
 *
 * <p>Only name mentions are scored (NER data marks names, not pronouns or descriptions). A found name is a true
 * positive when a gold span has exactly its first and last character and its type; gold labels that map to none
 * of our types (MISC, ...) are left out of the gold and counted as ignored, and a name found on one of them is a
 * false positive like any other.
 */
public final class NerEvaluator {

    private final MentionFinder finder;
    private final ConllAnalyzer analyzer;

    public NerEvaluator(MentionFinder finder, ConllAnalyzer analyzer) {
        this.finder = finder;
        this.analyzer = analyzer;
    }

    /**
     * Our type for a data set's label: PER/PERSON, ORG/ORGANIZATION/ORGANISATION, LOC/LOCATION/GPE/GEO/PLACE;
     * null for any other (MISC, dates, ...).
     */
    public static EntityType type(String label) {
        return switch (label.toUpperCase(Locale.ROOT)) {
            case "PER", "PERSON" -> EntityType.PERSON;
            case "ORG", "ORGANIZATION", "ORGANISATION" -> EntityType.ORGANIZATION;
            case "LOC", "LOCATION", "GPE", "GEO", "PLACE" -> EntityType.PLACE;
            default -> null;
        };
    }

    private record Span(int start, int end, EntityType type) {
        boolean overlaps(int s, int e) {
            return start < e && s < end;
        }
    }

    /** A gold span of any label, ours or not (MISC), to say what a false name was in the data. */
    private record Labelled(int start, int end, String label) {
    }

    public NerReport evaluate(List<ConllDocument> docs) {
        ScoreTable.Builder table = new ScoreTable.Builder();
        TreeMap<String, Integer> ignored = new TreeMap<>();
        int sentences = 0;
        int tokens = 0;
        List<NerReport.Error> errors = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            ConllDocument doc = docs.get(d);
            AnalyzedText text = analyzer.analyze(doc);
            Set<Span> gold = new LinkedHashSet<>(); // insertion order: the notes and ties in the error list stay the same run to run
            List<Labelled> labelled = new ArrayList<>();
            for (int i = 0; i < doc.sentences().size(); i++) {
                Sentence s = text.sentences().get(i);
                for (NamedSpan n : doc.sentences().get(i).spans()) {
                    int start = s.tokens().get(n.start()).start();
                    int end = s.tokens().get(n.end() - 1).end();
                    labelled.add(new Labelled(start, end, n.label()));
                    EntityType t = type(n.label());
                    if (t == null) {
                        ignored.merge(n.label(), 1, Integer::sum);
                    } else {
                        gold.add(new Span(start, end, t));
                    }
                }
            }
            Set<Span> found = new LinkedHashSet<>();
            finder.find(text).stream().filter(Mention::isName)
                    .forEach(m -> found.add(new Span(m.start(), m.end(), m.type())));
            for (Span f : found) {
                if (gold.contains(f)) {
                    table.tp(f.type().name());
                } else {
                    table.fp(f.type().name());
                    String in = labelled.stream().filter(g -> f.overlaps(g.start(), g.end()))
                            .map(g -> g.label() + " \"" + text.text().substring(g.start(), g.end()) + "\"")
                            .findFirst().orElse("nothing");
                    errors.add(error(d, '+', f, text, "gold: " + in));
                }
            }
            for (Span g : gold) {
                if (!found.contains(g)) {
                    table.fn(g.type().name());
                    String as = found.stream().filter(f -> f.overlaps(g.start(), g.end()))
                            .map(f -> f.type() + " \"" + text.text().substring(f.start(), f.end()) + "\"")
                            .findFirst().orElse("nothing");
                    errors.add(error(d, '-', g, text, "found: " + as));
                }
            }
            sentences += doc.sentences().size();
            tokens += text.tokenCount();
        }
        errors.sort(Comparator.comparingInt(NerReport.Error::document).thenComparingInt(NerReport.Error::offset)
                .thenComparing(NerReport.Error::sign).thenComparing(NerReport.Error::type).thenComparing(NerReport.Error::text));
        return new NerReport(table.build(), docs.size(), sentences, tokens, ignored, errors);
    }

    private static NerReport.Error error(int document, char sign, Span span, AnalyzedText text, String note) {
        String sentence = text.sentences().stream().filter(s -> s.start() <= span.start() && span.start() < s.end())
                .map(Sentence::text).findFirst().orElse("");
        return new NerReport.Error(document, span.start(), sign, span.type().name(),
                text.text().substring(span.start(), span.end()), note, sentence);
    }
}
