package org.newskg.extract;

import java.util.List;
import java.util.function.IntPredicate;

import org.newskg.nlp.AnalyzedText;

/**
 * One source of evidence on the type of a name candidate. {@link HybridMentionFinder} asks each of its voters
 * about every candidate and adds the votes up per name and article, so a trained model can join as one more
 * voter. Implementations are thread-safe.
 */
public interface TypeVoter {

    /**
     * A name a voter proposes on its own, as character offsets into the text: {@link HybridMentionFinder} adds it
     * as a candidate when no rule candidate overlaps it.
     */
    record Proposal(int sentence, int start, int end) {
    }

    /** Adds this voter's evidence about the candidate to the ballot (or nothing). */
    void vote(NameCandidate candidate, Ballot ballot);

    /**
     * The voter to use for one text. A voter that reads whole texts (a statistical model) does its work here and
     * returns a voter for that text only; rule voters return themselves.
     */
    default TypeVoter forText(AnalyzedText text) {
        return forText(text, i -> true);
    }

    /**
     * The voter to use for the given sentences of one text (the finder asks a costly voter only about sentences
     * whose names the rules leave in doubt).
     */
    default TypeVoter forText(AnalyzedText text, IntPredicate sentences) {
        return this;
    }

    /** Names this voter (as returned by {@link #forText}) proposes that the rules may have missed. */
    default List<Proposal> proposals() {
        return List.of();
    }
}
