package org.newskg.eval;

/**
 * How well matched entities are linked to Wikidata.
 *
 * @param correct  gold has a Q-id and the extracted entity has the same one
 * @param wrong    the extracted entity has a different Q-id, or one where gold has none ({@code spurious} of them)
 * @param missing  gold has a Q-id and the extracted entity none
 * @param spurious the extracted entity has a Q-id where gold has none (included in {@code wrong})
 */
public record LinkCounts(int correct, int wrong, int missing, int spurious) {

    public static final LinkCounts ZERO = new LinkCounts(0, 0, 0, 0);

    public LinkCounts plus(LinkCounts o) {
        return new LinkCounts(correct + o.correct, wrong + o.wrong, missing + o.missing, spurious + o.spurious);
    }

    /** Correct among the links made; 1.0 when none were made and none were expected, else 0.0 when none made. */
    public double precision() {
        int made = correct + wrong;
        return made == 0 ? (missing == 0 ? 1.0 : 0.0) : (double) correct / made;
    }

    /** Correct among the gold links of matched entities. */
    public double recall() {
        int expected = correct + wrong - spurious + missing;
        return expected == 0 ? (wrong == 0 ? 1.0 : 0.0) : (double) correct / expected;
    }
}
