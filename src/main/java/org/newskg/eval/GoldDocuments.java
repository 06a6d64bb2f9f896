package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The texts of gold articles, to keep the corpus documents they were made from out of a held-out figure: a
 * converted document is one of them when one of its longer sentences occurs in a gold article (compared on
 * letters and digits only, since the gold texts were rebuilt from the corpora's tokens).
 *
 * <pre>
 * GoldDocuments gold = GoldDocuments.of(List.of(Path.of("eval/articles"), Path.of("eval/heldout/articles")));
 * docs.removeIf(gold::contains);
 * </pre>
 */
public final class GoldDocuments {

    /** Sentences shorter than this (in letters and digits) are too common to identify a document. */
    private static final int MIN_SENTENCE = 60;

    private final List<String> texts;

    private GoldDocuments(List<String> texts) {
        this.texts = texts;
    }

    /** The .txt articles of the given folders. */
    public static GoldDocuments of(List<Path> folders) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path folder : folders) {
            for (String t : Re3dRelationEval.articleTexts(folder)) {
                texts.add(squash(t));
            }
        }
        return new GoldDocuments(texts);
    }

    /** Whether the document was a source of one of the gold articles. */
    public boolean contains(ConllDocument doc) {
        for (ConllSentence s : doc.sentences()) {
            String key = squash(String.join("", s.tokens()));
            if (key.length() >= MIN_SENTENCE && texts.stream().anyMatch(t -> t.contains(key))) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(Character::isLetterOrDigit).forEach(c -> b.appendCodePoint(Character.toLowerCase(c)));
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
