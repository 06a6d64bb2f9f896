package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.extract.MentionFinder;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.Sentence;

class NerEvaluatorTest {

    private static final ConllAnalyzer ANALYZER = new ConllAnalyzer(NlpModels.english());

    /** A hand-written finder: each given phrase, wherever it occurs, is a name of the given type. */
    private static MentionFinder finding(Map<String, EntityType> names, Mention.Kind kind) {
        return text -> {
            List<Mention> out = new ArrayList<>();
            names.forEach((phrase, type) -> {
                int at = text.text().indexOf(phrase);
                if (at >= 0) {
                    Sentence s = text.sentenceAt(at).orElseThrow();
                    out.add(new Mention(at, at + phrase.length(), phrase, type, null, s.index(), kind, 1.0, "t"));
                }
            });
            return out;
        };
    }

    private static final ConllDocument DOC = new ConllDocument("1", List.of(
            new ConllSentence(List.of("Khalifa", "Haftar", "'s", "forces", "entered", "Tripoli", "."),
                    List.of(new NamedSpan(0, 2, "PER"), new NamedSpan(5, 6, "LOC"))),
            new ConllSentence(List.of("The", "United", "Nations", "called", "for", "a", "European", "truce", "."),
                    List.of(new NamedSpan(1, 3, "ORG"), new NamedSpan(6, 7, "MISC")))));

    @Test
    void analyzerKeepsTheGivenTokensAndTagsThem() {
        AnalyzedText t = ANALYZER.analyze(DOC);
        assertEquals("Khalifa Haftar 's forces entered Tripoli .\nThe United Nations called for a European truce .",
                t.text());
        Sentence second = t.sentences().get(1);
        assertEquals(9, second.tokens().size());
        assertEquals("United", t.text().substring(second.tokens().get(1).start(), second.tokens().get(1).end()));
        assertEquals("PROPN", t.sentences().get(0).tokens().get(0).pos());
        assertEquals("enter", t.sentences().get(0).tokens().get(4).lemma());
    }

    @Test
    void exactSpansOfTheRightTypeAreTruePositives() {
        NerReport r = new NerEvaluator(finding(Map.of("Khalifa Haftar", EntityType.PERSON,
                "Tripoli", EntityType.ORGANIZATION, "Nations", EntityType.ORGANIZATION), Mention.Kind.NAME),
                ANALYZER).evaluate(List.of(DOC));
        assertEquals(new Scores(1, 0, 0), r.scores().byKey().get("PERSON"));
        assertEquals(new Scores(0, 2, 1), r.scores().byKey().get("ORGANIZATION"), "wrong type, partial span");
        assertEquals(new Scores(0, 0, 1), r.scores().byKey().get("PLACE"));
        assertEquals(Map.of("MISC", 1), r.ignored());
        assertEquals(2, r.sentences());
        assertEquals(16, r.tokens());
    }

    @Test
    void onlyNameMentionsAreScored() {
        NerReport r = new NerEvaluator(finding(Map.of("forces", EntityType.ORGANIZATION), Mention.Kind.DESCRIPTION),
                ANALYZER).evaluate(List.of(DOC));
        assertEquals(new Scores(0, 0, 3), r.scores().total());
    }

    @Test
    void labelsMapOntoOurTypes() {
        assertEquals(EntityType.PERSON, NerEvaluator.type("per"));
        assertEquals(EntityType.ORGANIZATION, NerEvaluator.type("Organisation"));
        assertEquals(EntityType.PLACE, NerEvaluator.type("GPE"));
        assertEquals(EntityType.PLACE, NerEvaluator.type("geo"));
        assertNull(NerEvaluator.type("MISC"));
    }
}
