package org.newskg.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newskg.extract.EntityType;
import org.newskg.extract.Mention;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * A hand-written stand-in for the mention and resolution stages, for unit tests of later stages: the real
 * analyzer, with entities declared by the test.
 *
 * <pre>
 * ResolvedText t = TestTexts.resolved("Guterres met Haftar in Benghazi.",
 *         TestTexts.person("Antonio Guterres", "Guterres"),
 *         TestTexts.person("Khalifa Haftar", "Haftar"),
 *         TestTexts.place("Benghazi"));
 * </pre>
 * Every occurrence (whole word) of a declared surface form becomes a name mention of its entity; pronoun
 * forms given with {@link EntitySpec#pronouns} become pronoun mentions.
 */
public final class TestTexts {

    public static final TextAnalyzer ANALYZER = OpenNlpAnalyzer.english();

    private TestTexts() {
    }

    /** An entity the test declares: its canonical name, type and the surface forms that mention it. */
    public record EntitySpec(String name, EntityType type, List<String> forms, List<String> pronounForms) {
        /** The same entity, also mentioned by the given pronoun occurrences ("he@2" = second "he" in the text). */
        public EntitySpec pronouns(String... occurrences) {
            return new EntitySpec(name, type, forms, List.of(occurrences));
        }
    }

    public static EntitySpec person(String name, String... otherForms) {
        return spec(name, EntityType.PERSON, otherForms);
    }

    public static EntitySpec organization(String name, String... otherForms) {
        return spec(name, EntityType.ORGANIZATION, otherForms);
    }

    public static EntitySpec place(String name, String... otherForms) {
        return spec(name, EntityType.PLACE, otherForms);
    }

    private static EntitySpec spec(String name, EntityType type, String... otherForms) {
        List<String> forms = new ArrayList<>();
        forms.add(name);
        forms.addAll(List.of(otherForms));
        return new EntitySpec(name, type, forms, List.of());
    }

    /** Analyzes {@code text} and attaches the declared entities' mentions. */
    public static ResolvedText resolved(String text, EntitySpec... specs) {
        AnalyzedText analyzed = ANALYZER.analyze(text);
        List<Entity> entities = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        // longer forms first, so "Khalifa Haftar" wins over "Haftar"
        Map<EntitySpec, List<Mention>> byEntity = new LinkedHashMap<>();
        for (EntitySpec s : specs) {
            byEntity.put(s, new ArrayList<>());
        }
        List<Object[]> forms = new ArrayList<>();
        for (EntitySpec s : specs) {
            s.forms().forEach(f -> forms.add(new Object[]{s, f}));
        }
        forms.sort((a, b) -> ((String) b[1]).length() - ((String) a[1]).length());
        for (Object[] f : forms) {
            EntitySpec s = (EntitySpec) f[0];
            String form = (String) f[1];
            int from = 0;
            int at;
            while ((at = text.indexOf(form, from)) >= 0) {
                int end = at + form.length();
                from = end;
                if (!wordBoundary(text, at, end) || overlapsTaken(taken, at, end)) {
                    continue;
                }
                taken.add(new int[]{at, end});
                byEntity.get(s).add(mention(analyzed, at, end, s.type(), Mention.Kind.NAME));
            }
        }
        for (EntitySpec s : specs) {
            for (String occurrence : s.pronounForms()) {
                String[] p = occurrence.split("@");
                int nth = p.length > 1 ? Integer.parseInt(p[1]) : 1;
                int at = nthWord(text, p[0], nth);
                byEntity.get(s).add(mention(analyzed, at, at + p[0].length(), s.type(), Mention.Kind.PRONOUN));
            }
        }
        for (EntitySpec s : specs) {
            List<Mention> ms = byEntity.get(s);
            ms.sort((a, b) -> a.start() - b.start());
            Set<String> aliases = new java.util.TreeSet<>();
            ms.stream().filter(Mention::isName).map(Mention::text).filter(t -> !t.equals(s.name()))
                    .forEach(aliases::add);
            entities.add(new Entity(s.type().name().toLowerCase(Locale.ROOT) + "/" + slug(s.name()), s.name(),
                    s.type(), null, aliases, ms, null, 1.0));
        }
        return new ResolvedText(analyzed, entities);
    }

    private static Mention mention(AnalyzedText analyzed, int at, int end, EntityType type, Mention.Kind kind) {
        Sentence sentence = analyzed.sentenceAt(at).orElseThrow();
        return new Mention(at, end, analyzed.text().substring(at, end), type, null, sentence.index(), kind, 1.0,
                "test");
    }

    private static int nthWord(String text, String word, int nth) {
        int from = 0;
        int seen = 0;
        int at;
        while ((at = text.indexOf(word, from)) >= 0) {
            from = at + word.length();
            if (wordBoundary(text, at, from) && ++seen == nth) {
                return at;
            }
        }
        throw new IllegalArgumentException("no occurrence " + nth + " of '" + word + "'");
    }

    private static boolean wordBoundary(String text, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private static boolean overlapsTaken(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> t[0] < end && start < t[1]);
    }

    private static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
