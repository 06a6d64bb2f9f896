package org.newskg.link;

/**
 * A linking decision for one entity: the item chosen and how sure the linker is.
 *
 * @param qid        the Wikidata item
 * @param confidence in [0,1]: the candidate's score, lowered by how close its best rival came
 * @param source     where the candidate came from: "index" (offline) or "wikidata" (the API or its cache)
 * @param label      the item's English label
 */
public record Link(String qid, double confidence, String source, String label) {

    /** The producer name written with the link ("link:index", "link:wikidata"). */
    public String producer() {
        return "link:" + source;
    }
}
