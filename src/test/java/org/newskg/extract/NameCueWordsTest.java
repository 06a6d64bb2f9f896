package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.extract.gazetteer.Lexicons;

/**
 * The cue words read from lexicon files rather than written in the rules: name-cue-words.tsv loads every class the
 * rules ask for, and the poll group of context-words.tsv; a listed word takes effect in a sentence written for the
 * test, with a near-miss.
 */
class NameCueWordsTest {

    @Test
    void everyClassTheRulesAskForLoads() {
        for (String c : List.of("brand-role", "channel-noun", "credit-label", "season", "spatial-preposition",
                "place-preposition", "project-noun", "programme-noun", "ticker-word", "amount-word", "name-modifier",
                "index-noun", "purpose-head", "purpose-head-plural", "naming-word", "nickname-before", "site-noun",
                "share-move", "personal-role", "reduced-relative", "talk-verb", "person-paper-word", "not-match")) {
            assertFalse(RuleVoters.cueWords(c).isEmpty(), c);
        }
        assertTrue(RuleVoters.cueWords("naming-word").contains("named"));
        assertEquals(RuleVoters.cueWords("purpose-head").size() + RuleVoters.cueWords("purpose-head-plural").size(),
                RuleVoters.cueWords("purpose-head", "purpose-head-plural").size());
        assertThrows(IllegalStateException.class, () -> RuleVoters.cueWords("no-such-class"));
    }

    @Test
    void aNamingWordLetsTheKindBeforeItTypeTheName() {
        assertEquals(EntityType.ORGANIZATION,
                NameFinding.type(NameFinding.RULES, "She later joined a small firm named Quorvel in Leeds.", "Quorvel"));
        // near-miss: the noun before "named" is no kind: the naming word alone says nothing of the name
        assertTrue(NameFinding.find(NameFinding.RULES, "She later met a quiet man named Quorvel in Leeds.").stream()
                .noneMatch(m -> m.text().equals("Quorvel") && m.type() == EntityType.ORGANIZATION));
    }

    @Test
    void thePollGroupOfContextWordsNamesBothPollsters() {
        assertTrue(Lexicons.standard().contextGroup("poll").containsAll(List.of("poll", "polls", "survey", "surveys")));
        assertTrue(Lexicons.standard().contextGroup("no-such-group").isEmpty());
        assertEquals(EntityType.ORGANIZATION, NameFinding.type(NameFinding.STANDARD,
                "A new Brellin / Tosk survey put the mayor two points ahead.", "Brellin"));
    }
}
