package org.newskg.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.Lemmatizer;

/**
 * Lemmas through OpenNLP's statistical lemmatizer, asked only where it matters and only once per word and tag.
 *
 * <p>The lemmatizer is by far the slowest OpenNLP step (it scores every edit script for every token), yet news
 * repeats its vocabulary and only content words need a real lemma: names, numbers, punctuation and function words
 * get their lower-cased form. The remaining words not yet seen are lemmatized together, in sentence order. The
 * cache is bounded (cleared when full) and thread-safe.
 */
final class LemmaCache {

    private static final int MAX_ENTRIES = 200_000;

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    String[] lemmatize(Lemmatizer lemmatizer, String[] words, String[] tags) {
        String[] lemmas = new String[words.length];
        int[] missing = new int[words.length];
        int n = 0;
        for (int i = 0; i < words.length; i++) {
            if (!needsModel(tags[i])) {
                lemmas[i] = words[i].toLowerCase(Locale.ROOT);
                continue;
            }
            String cached = cache.get(key(words[i], tags[i]));
            if (cached != null) {
                lemmas[i] = cached;
            } else {
                missing[n++] = i;
            }
        }
        if (n > 0) {
            String[] w = new String[n];
            String[] t = new String[n];
            for (int k = 0; k < n; k++) {
                w[k] = words[missing[k]];
                t[k] = tags[missing[k]];
            }
            String[] l = lemmatizer.lemmatize(w, t);
            if (cache.size() > MAX_ENTRIES) {
                cache.clear();
            }
            for (int k = 0; k < n; k++) {
                String lemma = "O".equals(l[k]) ? w[k].toLowerCase(Locale.ROOT) : l[k];
                lemmas[missing[k]] = lemma;
                cache.put(key(w[k], t[k]), lemma);
            }
        }
        return lemmas;
    }

    /** Content words whose lemma is not simply their lower-cased form. */
    private static boolean needsModel(String tag) {
        return switch (tag) {
            case "VERB", "AUX", "NOUN", "ADJ", "ADV" -> true;
            default -> false;
        };
    }

    private static String key(String word, String tag) {
        return tag + '\t' + word;
    }
}
