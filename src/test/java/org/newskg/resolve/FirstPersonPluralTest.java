package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

/** "we"/"our"/"us" outside quotations as the voice of the body issuing a text; every text written for the test. */
class FirstPersonPluralTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.standard();
    private static final NameResolver RESOLVER = NameResolver.standard();

    /** "pronoun -> entity name" for every first-person plural resolved, in text order. */
    private static List<String> voices(String text) {
        AnalyzedText t = ANALYZER.analyze(text);
        ResolvedText r = RESOLVER.resolve(t, FINDER.find(t));
        return r.mentions().stream().filter(m -> m.source().equals("rule:pronoun-first-plural"))
                .map(m -> m.text() + " -> " + r.entityOf(m).name()).toList();
    }

    @Test
    void subjectOfTheSentenceBeforeIsTheVoice() {
        assertEquals(List.of("We -> Norway", "our -> Norway"), voices(
                "Norway condemns the bombing in Kabul. We reaffirm our support for the Afghan people."));
    }

    @Test
    void laterWeKeepsTheVoiceAcrossSentencesAboutOthers() {
        assertEquals(List.of("We -> Norway", "We -> Norway"), voices("Norway strongly condemns the attack in Mali. We "
                + "mourn the victims.\n\nLocal fighters continue to resist the militants. We will continue to help "
                + "the people of Mali."));
    }

    @Test
    void subjectBeforeTheWeInTheSameSentence() {
        assertEquals(List.of("we -> Sweden"), voices(
                "Sweden will provide $20 million to the relief effort, bringing the aid we have given to $90 million."));
    }

    @Test
    void frontedClauseLooksAheadToTheMainSubject() {
        assertEquals(List.of("we -> Sweden"), voices(
                "As we have often said, Sweden supports a negotiated settlement in Yemen."));
    }

    @Test
    void aPersonSpeakingMakesTheVoiceUnclear() {
        assertEquals(List.of(), voices("Minister Jane Doe said:\n\nWe are appalled by the attacks in Mali."));
        assertEquals(List.of(), voices("I welcome the agreement reached in Geneva. We thank Norway for its help."));
    }

    @Test
    void nothingBeforeTheFirstWeResolvesNoLaterOne() {
        assertEquals(List.of(), voices("We welcome the talks in Geneva.\n\n"
                + "Norway continues to host the talks. While this brings us closer to peace, we remain cautious."));
    }

    @Test
    void coordinatedSubjectMayAllBeWe() {
        assertEquals(List.of("We -> Norway"), voices("Norway condemns the attack. We stand with Mali.\n\n"
                + "Norway, Denmark and Finland are committed to peace in Mali. We have supported its army."));
    }

    @Test
    void predicateAndInclusiveWeAreNotTheSubject() {
        assertEquals(List.of(), voices("Denmark is one of our closest partners."));
        assertEquals(List.of("We -> Norway"), voices("Norway welcomes the accord. We thank Mali. "
                + "Our two countries work closely together. We must all act now."));
    }

    @Test
    void quotationsAreLeftToTheSpeaker() {
        assertEquals(List.of(), voices("Norway condemns the attack. \"We will help Mali,\" said Jane Doe."));
    }
}
