package org.newskg.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.EntityType;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

class ModelVoterTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder HYBRID = HybridMentionFinder.standard();
    private static final HybridMentionFinder RULES = HybridMentionFinder.rules();

    @Test
    void theModelGivesEvidenceForLoneNamesTheRulesDrop() {
        AnalyzedText t = ANALYZER.analyze("Elders from the tribe met. Afterwards, the elders travelled by road past "
                + "Helmand and Uruzgan.");
        assertTrue(RULES.find(t).isEmpty(), "no rule evidence for either name");
        List<Mention> ms = HYBRID.find(t);
        assertEquals(List.of("Helmand", "Uruzgan"), ms.stream().map(Mention::text).toList());
        for (Mention m : ms) {
            assertEquals(EntityType.PLACE, m.type(), m::toString);
            assertTrue(m.source().contains(ModelVoter.SOURCE), m::toString);
        }
    }

    @Test
    void sentencesWhoseNamesTheRulesTypeSurelyAreNotReadByTheModel() {
        List<Mention> ms = HYBRID.find(ANALYZER.analyze("President Vladimir Putin met Emmanuel Macron in Paris."));
        assertEquals(3, ms.size(), ms::toString);
        assertTrue(ms.stream().noneMatch(m -> m.source().contains(ModelVoter.SOURCE)), ms::toString);
    }

    @Test
    void theVoterOfATextVotesOnlyForCandidatesItsNamesOverlap() {
        AnalyzedText t = ANALYZER.analyze("Troops from Helmand returned on Monday.");
        ModelVoter voter = ModelVoter.english();
        List<Mention> ms = HYBRID.find(t);
        Mention helmand = ms.stream().filter(m -> m.text().equals("Helmand")).findFirst().orElseThrow();
        assertEquals(EntityType.PLACE, helmand.type());
        assertTrue(helmand.source().contains(ModelVoter.SOURCE), helmand::toString);
        // a voter made for no sentence has nothing to say
        assertTrue(voter.forText(t, i -> false).proposals().isEmpty());
    }
}
