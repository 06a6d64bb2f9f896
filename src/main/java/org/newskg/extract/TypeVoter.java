package org.newskg.extract;

/**
 * One source of evidence on the type of a name candidate. {@link HybridMentionFinder} asks each of its voters
 * about every candidate and adds the votes up per name and article, so a trained model can join as one more
 * voter. Implementations are thread-safe.
 */
public interface TypeVoter {
    /** Adds this voter's evidence about the candidate to the ballot (or nothing). */
    void vote(NameCandidate candidate, Ballot ballot);
}
