package org.newskg.extract;

import java.time.LocalDate;
import java.util.List;

import org.newskg.resolve.Entity;

/**
 * Something said: a direct quotation, or reported speech ("Haftar told Guterres that ...").
 *
 * @param speakers   who said it (several for a joint statement; empty when nobody in the text is named for it)
 * @param speakerText how the speaker was referred to in the attribution ("Haftar's office", "he"), or null
 * @param text       the quoted text (direct) or the reported content (indirect), exactly as in the article
 * @param start      offset of {@code text} in the article text
 * @param end        offset after it
 * @param direct     true for a quotation, false for reported speech
 * @param addressee  to whom it was said, or null
 * @param medium     through what ("Twitter", "audio message", "joint statement"), or null
 * @param time       when, as written, or null
 * @param date       {@code time} normalised, or null
 * @param about      entities mentioned inside the text
 * @param evidence   the sentence and span holding quotation and attribution
 * @param confidence in [0,1]
 * @param rule       what produced it
 */
public record Statement(List<Entity> speakers, String speakerText, String text, int start, int end, boolean direct,
                        Entity addressee, String medium, String time, LocalDate date, List<Entity> about,
                        Evidence evidence, double confidence, String rule) {
    public Statement {
        speakers = List.copyOf(speakers);
        about = List.copyOf(about);
        if (end <= start) {
            throw new IllegalArgumentException("empty statement span " + start + ".." + end);
        }
    }
}
