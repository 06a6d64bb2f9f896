package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.newskg.nlp.AnalyzedText;
import org.newskg.resolve.Entity;
import org.newskg.resolve.NameResolver;
import org.newskg.testing.TestTexts;

/** Shared by the name-finder tests: the finders, loaded once, and look-ups that say what they saw on failure. */
final class NameFinding {

    static final HybridMentionFinder RULES = HybridMentionFinder.rules();
    static final HybridMentionFinder STANDARD = HybridMentionFinder.standard();
    private static final NameResolver RESOLVER = NameResolver.standard();

    private NameFinding() {
    }

    /** The name mentions (no pronouns or descriptions) the finder gives for the text. */
    static List<Mention> find(HybridMentionFinder finder, String text) {
        return finder.find(TestTexts.ANALYZER.analyze(text)).stream().filter(Mention::isName).toList();
    }

    static List<String> names(HybridMentionFinder finder, String text) {
        return find(finder, text).stream().map(Mention::text).toList();
    }

    /** The rules-only finder gives every name of {@code wanted} for the text and none of {@code unwanted}. */
    static void assertNames(String text, List<String> wanted, List<String> unwanted) {
        List<String> ns = names(RULES, text);
        wanted.forEach(w -> assertTrue(ns.contains(w), w + " not in " + ns));
        unwanted.forEach(u -> assertFalse(ns.contains(u), u + " in " + ns));
    }

    /** The first mention written exactly {@code name}, or an error listing what was found. */
    static Mention mention(HybridMentionFinder finder, String text, String name) {
        List<Mention> ms = find(finder, text);
        return ms.stream().filter(m -> m.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + ms));
    }

    /** The type of the mention written exactly {@code name}. */
    static EntityType type(HybridMentionFinder finder, String text, String name) {
        return mention(finder, text, name).type();
    }

    /** The entities of the standard finder and resolver. */
    static List<Entity> entities(String text) {
        AnalyzedText t = TestTexts.ANALYZER.analyze(text);
        return RESOLVER.resolve(t, STANDARD.find(t)).entities();
    }

    /** The entity with this name or alias, or an error listing them all. */
    static Entity entity(List<Entity> es, String name) {
        return es.stream().filter(e -> e.name().equals(name) || e.aliases().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + es.stream()
                        .map(e -> e.name() + e.aliases() + ":" + e.type()).toList()));
    }

    /** The standard finder gives a name written exactly {@code name} for the text. */
    static void assertKept(String text, String name) {
        List<String> ns = names(STANDARD, text);
        assertTrue(ns.contains(name), name + " lost in " + ns);
    }

    /** The standard finder gives no name written exactly {@code name} for the text. */
    static void assertDropped(String text, String name) {
        List<String> ns = names(STANDARD, text);
        assertFalse(ns.contains(name), name + " kept in " + ns);
    }

    /** The finder gives no name that contains any of {@code parts} for the text. */
    static void assertNoNameContaining(HybridMentionFinder finder, String text, String... parts) {
        List<String> ns = names(finder, text);
        for (String part : parts) {
            assertFalse(ns.stream().anyMatch(n -> n.contains(part)), part + " in " + ns);
        }
    }
}
