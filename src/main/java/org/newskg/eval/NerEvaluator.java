package org.newskg.eval;

import java.util.HashSet;
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
    }

    public NerReport evaluate(List<ConllDocument> docs) {
        ScoreTable.Builder table = new ScoreTable.Builder();
        TreeMap<String, Integer> ignored = new TreeMap<>();
        int sentences = 0;
        int tokens = 0;
        for (ConllDocument doc : docs) {
            AnalyzedText text = analyzer.analyze(doc);
            Set<Span> gold = new HashSet<>();
            for (int i = 0; i < doc.sentences().size(); i++) {
                Sentence s = text.sentences().get(i);
                for (NamedSpan n : doc.sentences().get(i).spans()) {
                    EntityType t = type(n.label());
                    if (t == null) {
                        ignored.merge(n.label(), 1, Integer::sum);
                    } else {
                        gold.add(new Span(s.tokens().get(n.start()).start(), s.tokens().get(n.end() - 1).end(), t));
                    }
                }
            }
            Set<Span> found = new HashSet<>();
            finder.find(text).stream().filter(Mention::isName)
                    .forEach(m -> found.add(new Span(m.start(), m.end(), m.type())));
            for (Span f : found) {
                if (gold.contains(f)) {
                    table.tp(f.type().name());
                } else {
                    table.fp(f.type().name());
                }
            }
            gold.stream().filter(g -> !found.contains(g)).forEach(g -> table.fn(g.type().name()));
            sentences += doc.sentences().size();
            tokens += text.tokenCount();
        }
        return new NerReport(table.build(), docs.size(), sentences, tokens, ignored);
    }
}
