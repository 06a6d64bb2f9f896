package org.newskg.resolve;

import java.text.Normalizer;
import java.util.Locale;

import org.newskg.extract.EntityType;

/**
 * Entity identity keys, shared with the RDF stage: {@code person/khalifa-haftar} gives
 * {@code ent:person/khalifa-haftar}.
 *
 * <pre>
 * EntityKeys.slug("Antonio Guterres");                      // "antonio-guterres"
 * EntityKeys.key(EntityType.PLACE, "São Tomé and Príncipe"); // "place/sao-tome-and-principe"
 * </pre>
 */
public final class EntityKeys {

    private EntityKeys() {
    }

    /** NFKD, accents stripped, lower case, runs of non-alphanumerics to '-', no leading or trailing '-'. */
    public static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        boolean dash = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK
                    || Character.getType(c) == Character.ENCLOSING_MARK) {
                continue;
            }
            char l = Character.toLowerCase(c);
            if (l >= 'a' && l <= 'z' || l >= '0' && l <= '9') {
                if (dash && b.length() > 0) {
                    b.append('-');
                }
                dash = false;
                b.append(l);
            } else {
                dash = true;
            }
        }
        return b.toString();
    }

    /** {@code type.name().toLowerCase() + "/" + slug(name)}. */
    public static String key(EntityType type, String name) {
        return type.name().toLowerCase(Locale.ROOT) + "/" + slug(name);
    }
}
