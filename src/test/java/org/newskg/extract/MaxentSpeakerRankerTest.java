package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newskg.Pipeline;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.NameResolver;
import org.newskg.resolve.ResolvedText;

class MaxentSpeakerRankerTest {

    private static OpenNlpAnalyzer analyzer;
    private static MentionFinder finder;
    private static final StatementExtractor RULES = QuoteStatementExtractor.standard();

    @BeforeAll
    static void load() {
        analyzer = OpenNlpAnalyzer.english();
        finder = Pipeline.englishMentionFinder();
    }

    private static ResolvedText resolve(String text) {
        AnalyzedText a = analyzer.analyze(text);
        return NameResolver.standard().resolve(a, finder.find(a));
    }

    /** The bundled ranker as the standard pipeline uses it (evidence features, margin and threshold of its card). */
    private static MaxentSpeakerRanker bundled() {
        MaxentSpeakerRanker.Settings s = MaxentSpeakerRanker.standardSettings();
        return bundled(s.margin(), s.threshold());
    }

    /** The bundled model with its features, at this margin and threshold. */
    private static MaxentSpeakerRanker bundled(double margin, double threshold) {
        return new MaxentSpeakerRanker(RULES, MaxentSpeakerRanker.standardModel(), margin, threshold,
                MaxentSpeakerRanker.standardSettings().evidenceOnly());
    }

    private static Statement quoteStarting(List<Statement> statements, String words) {
        return statements.stream().filter(s -> s.direct() && s.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation \"" + words + "\" in " + statements));
    }

    private static List<String> names(Statement s) {
        return s.speakers().stream().map(Entity::name).toList();
    }

    private static Statement withSpeakers(Statement s, List<Entity> speakers) {
        return new Statement(speakers, null, s.text(), s.start(), s.end(), s.direct(), s.addressee(), s.medium(),
                s.time(), s.date(), s.about(), s.evidence(), s.confidence(), s.rule());
    }

    @Test
    void bundledModelLoadsWithItsSettings() {
        MaxentModel m = MaxentSpeakerRanker.standardModel();
        assertTrue(m.getIndex(MaxentSpeakerRanker.RIGHT) >= 0 && m.getIndex(MaxentSpeakerRanker.WRONG) >= 0);
        MaxentSpeakerRanker.Settings s = MaxentSpeakerRanker.standardSettings();
        assertTrue(s.threshold() >= 0 && s.threshold() <= 1, s.toString());
        assertTrue(MaxentSpeakerRanker.around(RULES) instanceof MaxentSpeakerRanker == s.enabled());
    }

    @Test
    void fillsAQuotationTheRulesLeftWithoutSpeakerWithThePersonTheAttributionNames() {
        String text = "Rail strike talks stall\n\n"
                + "Union leader Tomas Brandt met the board on Monday. The transport minister, Ada Okafor, a "
                + "veteran of two governments, wrote on her blog, a widely read site, \"Nobody gains from a "
                + "long strike!\" Brandt did not reply.\n";
        ResolvedText rt = resolve(text);
        Statement rules = quoteStarting(RULES.extract(rt, null), "Nobody gains");
        // whatever the rules gave, the case the ranker is for: a quotation left with no speaker
        Statement none = withSpeakers(rules, List.of());
        Statement ranked = bundled().rerank(rt, List.of(none)).get(0);
        assertEquals(List.of("Ada Okafor"), names(ranked), ranked.rule());
        assertTrue(ranked.rule().endsWith(MaxentSpeakerRanker.MARK));
        assertEquals(none.start(), ranked.start());
        assertEquals(none.confidence(), ranked.confidence());
        // and end to end, rules and ranker together
        Statement both = quoteStarting(bundled().extract(rt, null), "Nobody gains");
        assertEquals(List.of("Ada Okafor"), names(both));
    }

    @Test
    void evidencePrefersTheAttributedPersonOverANearbyOne() {
        String text = "Port deal signed\n\n"
                + "Harbour master Jonas Weil watched as the papers were signed. \"This port will double its "
                + "trade within five years,\" said Marta Lind, the director of the port authority.\n";
        ResolvedText rt = resolve(text);
        Statement rules = quoteStarting(RULES.extract(rt, null), "This port");
        List<SpeakerFeatures.Candidate> cs = SpeakerFeatures.candidates(rt, rules, null, List.of(rules));
        MaxentSpeakerRanker r = bundled();
        double lind = -1;
        double weil = -1;
        for (SpeakerFeatures.Candidate c : cs) {
            double p = r.probability(c.features());
            if (c.entity().name().equals("Marta Lind")) {
                lind = p;
            } else if (c.entity().name().equals("Jonas Weil")) {
                weil = p;
            }
        }
        assertTrue(lind > weil && weil >= 0, "Lind " + lind + ", Weil " + weil);
        // a wrong rules' choice (the nearby harbour master) is replaced when the margin allows
        Entity weilEntity = cs.stream().map(SpeakerFeatures.Candidate::entity)
                .filter(e -> e.name().equals("Jonas Weil")).findFirst().orElseThrow();
        Statement wrong = withSpeakers(rules, List.of(weilEntity));
        MaxentSpeakerRanker replacing = bundled(0.0, 0.5);
        assertEquals(List.of("Marta Lind"), names(replacing.rerank(rt, List.of(wrong)).get(0)));
    }

    @Test
    void aClearSaidAttributionStays() {
        String text = "Budget vote delayed\n\n"
                + "Senator Paul Rees spoke first. \"We need another week to read the bill,\" Anna Kowalski said. "
                + "Rees agreed.\n";
        ResolvedText rt = resolve(text);
        Statement rules = quoteStarting(RULES.extract(rt, null), "We need");
        assertEquals(List.of("Anna Kowalski"), names(rules));
        MaxentSpeakerRanker replacing = bundled(0.0, 0.5);
        Statement ranked = replacing.rerank(rt, List.of(rules)).get(0);
        assertEquals(List.of("Anna Kowalski"), names(ranked));
        assertFalse(ranked.rule().endsWith(MaxentSpeakerRanker.MARK));
    }

    @Test
    void decideKeepsTheRulesUnlessTheMarginOrThresholdIsMet() {
        String text = "Talks\n\nMaria Costa met Ivan Petrov. \"The talks went well,\" Costa said.\n";
        ResolvedText rt = resolve(text);
        Statement rules = quoteStarting(RULES.extract(rt, null), "The talks");
        List<SpeakerFeatures.Candidate> cs = SpeakerFeatures.candidates(rt, rules, null, List.of(rules));
        assertEquals(2, cs.size(), cs.toString());
        int costa = cs.get(0).entity().name().equals("Maria Costa") ? 0 : 1;
        double[] p = new double[2];
        p[costa] = 0.4;
        p[1 - costa] = 0.7;
        assertEquals(List.of("Maria Costa"), names(MaxentSpeakerRanker.decide(rules, cs, p, 0.5, 0.5)));
        assertEquals(List.of("Ivan Petrov"), names(MaxentSpeakerRanker.decide(rules, cs, p, 0.2, 0.5)));
        Statement none = withSpeakers(rules, List.of());
        assertTrue(MaxentSpeakerRanker.decide(none, cs, p, 0.2, 0.8).speakers().isEmpty());
        assertEquals(List.of("Ivan Petrov"), names(MaxentSpeakerRanker.decide(none, cs, p, 0.2, 0.6)));
        assertNotNull(MaxentSpeakerRanker.decide(none, List.of(), new double[0], 0, 0));
    }
}
