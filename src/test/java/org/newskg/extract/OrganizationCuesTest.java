package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.TextAnalyzer;

/** The context cues that tell a company from a place or a person, on the rules alone, and the model's cap. */
class OrganizationCuesTest {

    private static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final HybridMentionFinder FINDER = HybridMentionFinder.rules();

    private static EntityType typeOf(String text, String name) {
        List<Mention> ms = FINDER.find(ANALYZER.analyze(text));
        return ms.stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + ms)).type();
    }

    @Test
    void twoWordCueReplacesThePlaceCueOfIn() {
        assertEquals(EntityType.ORGANIZATION,
                typeOf("The fund bought a large stake in Korvanta on Monday.", "Korvanta"));
        assertEquals(EntityType.ORGANIZATION,
                typeOf("The union said 2,000 jobs at Brellmont would go next year.", "Brellmont"));
        assertEquals(EntityType.PLACE, typeOf("The fund opened an office in Korvanta on Monday.", "Korvanta"));
    }

    @Test
    void roleAfterTheNameOrBeforeForMakesItTheEmployer() {
        assertEquals(EntityType.ORGANIZATION,
                typeOf("On Monday, Brellmont chief executive Anna Kowalczyk resigned.", "Brellmont"));
        assertEquals(EntityType.ORGANIZATION,
                typeOf("A spokesman for Brellmont declined to comment.", "Brellmont"));
        assertEquals(EntityType.ORGANIZATION,
                typeOf("Prices fell, said Tomas Lind, an economist at Halvorsen Asset Partners.",
                        "Halvorsen Asset Partners"));
    }

    @Test
    void kindOfOrganizationBeforeTheName() {
        assertEquals(EntityType.ORGANIZATION, typeOf("Shares of the carmaker Zelvaro rose sharply.", "Zelvaro"));
    }

    @Test
    void appositionHeadIsItsLastNoun() {
        assertEquals(EntityType.ORGANIZATION,
                typeOf("The plant was sold to Tavrex, a Danish automobile parts maker, last year.", "Tavrex"));
        assertEquals(EntityType.PERSON,
                typeOf("The plan was backed by Ilse Marwick, the Danish finance minister, on Friday.",
                        "Ilse Marwick"));
    }

    @Test
    void phraseFollowedByAVerbIsNoApposition() {
        List<Mention> ms = FINDER.find(ANALYZER.analyze(
                "The plant was sold to Tavrex, a Danish official said on Friday."));
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("Tavrex") && m.type() == EntityType.PERSON),
                ms.toString());
    }

    @Test
    void capSourceScalesOneVotersVotesInProportion() {
        Ballot b = new Ballot();
        b.vote(EntityType.PERSON, 6.0, null, "model:ner");
        b.vote(EntityType.ORGANIZATION, 2.0, null, "model:ner");
        b.vote(EntityType.ORGANIZATION, 1.5, null, "context:word");
        b.capSource("model:ner", 4.0);
        assertEquals(3.0, b.score(EntityType.PERSON), 1e-9);
        assertEquals(2.5, b.score(EntityType.ORGANIZATION), 1e-9);
        assertEquals(1.0, b.weight(EntityType.ORGANIZATION, "model:ner"), 1e-9);
        b.capSource("context:word", 4.0); // under the cap: unchanged
        assertEquals(2.5, b.score(EntityType.ORGANIZATION), 1e-9);
    }
}
