package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.Token;

class SpeechLexiconTest {

    private static final SpeechLexicon LEXICON = SpeechLexicon.standard();

    private static List<Token> tokens(String... wordAndPos) {
        Token[] t = new Token[wordAndPos.length / 2];
        for (int i = 0; i < t.length; i++) {
            t[i] = new Token(i, i * 10, i * 10 + 5, wordAndPos[2 * i], wordAndPos[2 * i + 1],
                    wordAndPos[2 * i].toLowerCase());
        }
        return List.of(t);
    }

    @Test
    void longestFormWins() {
        SpeechLexicon.Match<SpeechLexicon.Verb> m = LEXICON.verbAt(tokens("called", "VERB", "for", "ADP"), 0);
        assertEquals(SpeechLexicon.Role.OBJECT, m.entry().role());
        assertEquals(2, m.length());
        assertEquals(SpeechLexicon.Role.LABEL, LEXICON.verbAt(tokens("called", "VERB", "it", "PRON"), 0).entry()
                .role());
    }

    @Test
    void nounFormsNeedAVerbTag() {
        assertNull(LEXICON.verbAt(tokens("claims", "NOUN"), 0));
        assertEquals("claim", LEXICON.verbAt(tokens("claims", "VERB"), 0).entry().lemma());
        assertEquals("say", LEXICON.verbAt(tokens("Said", "NOUN"), 0).entry().lemma());
    }

    @Test
    void mediaAndDocuments() {
        SpeechLexicon.Match<SpeechLexicon.Medium> m = LEXICON.mediumAt(tokens("joint", "ADJ", "statement", "NOUN"), 0);
        assertEquals("joint statement", m.entry().label());
        assertTrue(m.entry().document());
        assertEquals("Twitter", LEXICON.mediumAt(tokens("Twitter", "PROPN"), 0).entry().label());
        assertTrue(LEXICON.isDocument("statement"));
        assertEquals(false, LEXICON.isDocument("Twitter"));
    }
}
