package org.newskg.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JsonObject;
import org.newskg.Extraction;
import org.newskg.extract.Mention;
import org.newskg.extract.Predicate;
import org.newskg.extract.Relation;
import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleReader;
import org.newskg.resolve.Entity;

/**
 * Scores extracted relations against the re3d corpus's relations (docs/relations-re3d.md): re3d's types are mapped
 * onto newskg predicates ({@link #MAPPING}), and a relation counts when both its ends overlap the re3d source and
 * target spans. Only the openly licensed sources are read (public domain, Open Government Licence, Creative
 * Commons: {@link #OPEN_SOURCES}).
 *
 * <pre>
 * Re3dRelationEval.Report r = Re3dRelationEval.evaluate(Path.of("../shared/data/re3d"), pipeline::process, Set.of());
 * r.writeText(new PrintWriter(System.out, true));
 * </pre>
 *
 * <p>Precision is counted over the judged predictions only: those whose subject and object mentions (inside the
 * relation's evidence) both overlap re3d entity spans; re3d cannot confirm or refute the others. Recall is counted
 * per re3d type over the relations of mapped types.
 */
public final class Re3dRelationEval {

    /** re3d relation type -> the newskg predicates that state it. */
    public static final Map<String, Set<Predicate>> MAPPING = Map.of(
            "InChargeOf", EnumSet.of(Predicate.COMMANDS, Predicate.LEADS, Predicate.TOOK_CONTROL_OF),
            "BelongsTo", EnumSet.of(Predicate.MEMBER_OF, Predicate.EMPLOYED_BY, Predicate.CITIZEN_OF),
            "FightingAgainst", EnumSet.of(Predicate.ATTACKED, Predicate.ADVANCED_ON, Predicate.OPPOSES),
            "CoLocated", EnumSet.of(Predicate.LOCATED_IN, Predicate.BASED_IN, Predicate.VISITED),
            "CommWith", EnumSet.of(Predicate.MET),
            "Likes", EnumSet.of(Predicate.SUPPORTS),
            "AlliesOf", EnumSet.of(Predicate.SUPPORTS),
            "Dislikes", EnumSet.of(Predicate.OPPOSES));

    /** re3d types without direction: either end may be the subject. */
    public static final Set<String> UNDIRECTED = Set.of("FightingAgainst", "CoLocated", "CommWith", "AlliesOf");

    /** The re3d source folders under an open licence (the EU delegation's legal notice is not one). */
    public static final List<String> OPEN_SOURCES = List.of("CENTCOM", "US State Department", "UK Government",
            "Australian Department of Foreign Affairs", "Wikipedia");

    private record Span(int begin, int end) {
        boolean overlaps(int b, int e) {
            return begin < e && b < end;
        }
    }

    private record GoldRel(String type, Span source, Span target) {
    }

    /** Counts per newskg predicate (precision) and per re3d type (recall). */
    /**
     * @param details one line per judged prediction ("TP"/"FP") and per missed re3d relation ("FN"), with the
     *                sentence: for looking into the figures
     */
    public record Report(int documents, Map<String, Scores> byPredicate, Map<String, int[]> byType, int unjudged,
                         List<String> details) {

        public Scores total() {
            return byPredicate.values().stream().reduce(Scores.ZERO, Scores::plus);
        }

        public double recall() {
            int found = byType.values().stream().mapToInt(a -> a[0]).sum();
            int gold = byType.values().stream().mapToInt(a -> a[1]).sum();
            return gold == 0 ? 0 : (double) found / gold;
        }

        public void writeText(PrintWriter out) {
            Scores t = total();
            out.printf(Locale.ROOT, "re3d relations over %d document(s): precision %.3f (tp %d, fp %d; %d unjudged), "
                    + "recall %.3f%n", documents, t.precision(), t.tp(), t.fp(), unjudged, recall());
            out.println("  precision by newskg predicate (judged predictions):");
            byPredicate.forEach((p, s) -> out.printf(Locale.ROOT, "    %-14s P %.3f  (tp %d, fp %d)%n", p,
                    s.precision(), s.tp(), s.fp()));
            out.println("  recall by re3d type (mapped types):");
            byType.forEach((ty, a) -> out.printf(Locale.ROOT, "    %-16s R %.3f  (found %d of %d) as %s%n", ty,
                    a[1] == 0 ? 0.0 : (double) a[0] / a[1], a[0], a[1], MAPPING.get(ty).stream()
                            .map(Predicate::localName).sorted().toList()));
            out.flush();
        }
    }

    private Re3dRelationEval() {
    }

    /**
     * Runs {@code pipeline} on every document of the open sources under {@code dir} (a re3d folder or one source
     * folder), skipping documents whose text starts like one of {@code excludeTexts} (articles the rules were
     * developed on).
     */
    public static Report evaluate(Path dir, Function<Article, Extraction> pipeline, Set<String> excludeTexts)
            throws IOException {
        List<Path> sources = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve("documents.json"))) {
            sources.add(dir);
        } else {
            for (String s : OPEN_SOURCES) {
                if (Files.isRegularFile(dir.resolve(s).resolve("documents.json"))) {
                    sources.add(dir.resolve(s));
                }
            }
        }
        if (sources.isEmpty()) {
            throw new IOException(dir + ": no re3d documents.json here or in its open-licence sub-folders");
        }
        Map<String, Scores> byPredicate = new TreeMap<>();
        Map<String, int[]> byType = new TreeMap<>();
        MAPPING.keySet().forEach(t -> byType.put(t, new int[2]));
        int docs = 0;
        int unjudged = 0;
        List<String> details = new ArrayList<>();
        for (Path source : sources) {
            Map<String, List<Span>> entities = new HashMap<>();
            for (JsonObject e : Re3dConverter.jsonLines(source.resolve("entities.json"))) {
                entities.computeIfAbsent(e.getString("documentId"), k -> new ArrayList<>())
                        .add(new Span(e.getNumber("begin").intValue(), e.getNumber("end").intValue()));
            }
            Map<String, List<GoldRel>> gold = new HashMap<>();
            for (JsonObject r : Re3dConverter.jsonLines(source.resolve("relations.json"))) {
                String type = r.getString("type");
                if (MAPPING.containsKey(type)) {
                    gold.computeIfAbsent(r.getString("documentId"), k -> new ArrayList<>()).add(new GoldRel(type,
                            new Span(r.getNumber("sourceBegin").intValue(), r.getNumber("sourceEnd").intValue()),
                            new Span(r.getNumber("targetBegin").intValue(), r.getNumber("targetEnd").intValue())));
                }
            }
            for (JsonObject d : Re3dConverter.jsonLines(source.resolve("documents.json"))) {
                String id = d.getString("_id");
                String text = d.getString("text");
                if (excluded(text, excludeTexts)) {
                    continue;
                }
                docs++;
                String title = d.hasKey("title") ? d.getString("title") : "";
                Article a = new Article(ArticleReader.ARTICLE_BASE + "re3d-" + id, "re3d:" + id, title, text,
                        null, null, null, Map.of());
                Extraction x = pipeline.apply(a);
                List<GoldRel> g = gold.getOrDefault(id, List.of());
                List<Span> es = entities.getOrDefault(id, List.of());
                boolean[] found = new boolean[g.size()];
                for (Relation r : x.relations()) {
                    if (r.object() == null || MAPPING.values().stream().noneMatch(s -> s.contains(r.predicate()))) {
                        continue;
                    }
                    List<Mention> sm = within(r.subject(), r);
                    List<Mention> om = within(r.object(), r);
                    if (!overlapsAny(sm, es) || !overlapsAny(om, es)) {
                        unjudged++;
                        continue;
                    }
                    boolean tp = false;
                    for (int i = 0; i < g.size(); i++) {
                        if (matches(g.get(i), r.predicate(), sm, om)) {
                            tp = true;
                            found[i] = true;
                        }
                    }
                    byPredicate.merge(r.predicate().localName(), new Scores(tp ? 1 : 0, tp ? 0 : 1, 0),
                            Scores::plus);
                    details.add((tp ? "TP " : "FP ") + r.subject().name() + " " + r.predicate().localName() + " "
                            + r.object().name() + " [" + r.rule() + "] | "
                            + squash(text.substring(r.evidence().start(), r.evidence().end())));
                }
                for (int i = 0; i < g.size(); i++) {
                    int[] c = byType.get(g.get(i).type());
                    c[1]++;
                    if (found[i]) {
                        c[0]++;
                    } else {
                        GoldRel m = g.get(i);
                        details.add("FN " + text.substring(m.source().begin(), m.source().end()) + " " + m.type()
                                + " " + text.substring(m.target().begin(), m.target().end()));
                    }
                }
            }
        }
        return new Report(docs, byPredicate, byType, unjudged, List.copyOf(details));
    }

    /** The texts of the articles in a folder, to exclude from re3d the documents the gold set was made from. */
    public static Set<String> articleTexts(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            List<String> out = new ArrayList<>();
            for (Path p : txt) {
                out.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return Set.copyOf(out);
        }
    }

    private static boolean excluded(String text, Set<String> excludeTexts) {
        String head = squash(text.substring(0, Math.min(text.length(), 300)));
        return !head.isBlank() && excludeTexts.stream().anyMatch(t -> squash(t).contains(head));
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The entity's mentions inside the relation's evidence span (the ones the relation was read from). */
    private static List<Mention> within(Entity e, Relation r) {
        return e.mentions().stream().filter(m -> m.sentence() == r.evidence().sentence()
                && m.start() >= r.evidence().start() && m.end() <= r.evidence().end()).toList();
    }

    private static boolean overlapsAny(List<Mention> ms, List<Span> spans) {
        return ms.stream().anyMatch(m -> spans.stream().anyMatch(s -> s.overlaps(m.start(), m.end())));
    }

    private static boolean matches(GoldRel g, Predicate p, List<Mention> subject, List<Mention> object) {
        if (!MAPPING.get(g.type()).contains(p)) {
            return false;
        }
        boolean forward = hits(subject, g.source()) && hits(object, g.target());
        boolean backward = hits(subject, g.target()) && hits(object, g.source());
        return forward || (UNDIRECTED.contains(g.type()) || p.isSymmetric()) && backward;
    }

    private static boolean hits(List<Mention> ms, Span s) {
        return ms.stream().anyMatch(m -> s.overlaps(m.start(), m.end()));
    }
}
