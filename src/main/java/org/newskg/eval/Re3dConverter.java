package org.newskg.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.TextAnalyzer;
import org.newskg.nlp.Token;

/**
 * Converts the re3d corpus (mongoexport JSON lines: {@code documents.json} with the texts, {@code entities.json}
 * with typed character spans) into CoNLL documents, tokenised by newskg's own analyzer.
 *
 * <pre>
 * List&lt;ConllDocument&gt; docs = Re3dConverter.convert(Path.of("re3d"), OpenNlpAnalyzer.english());
 * </pre>
 *
 * <p>Person, Organisation and Location become PER, ORG and LOC; other types are dropped. re3d also marks
 * descriptions ("the Army", "rebels", "U.S. service members"): as NER data marks names only, a span with no
 * capitalised word or starting with a lower-case word (unless hyphenated: "al-Qaeda") is dropped, and a
 * leading "the" is cut off (CoNLL leaves determiners out of names). A token
 * partly inside a span is taken in whole; a span across sentences is dropped; of overlapping spans the longest
 * is kept.
 */
public final class Re3dConverter {

    private static final Map<String, String> TYPES = Map.of("Person", "PER", "Organisation", "ORG",
            "Location", "LOC");

    private Re3dConverter() {
    }

    /** Converts {@code dir}, a re3d source folder (with documents.json) or a folder of such folders. */
    public static List<ConllDocument> convert(Path dir, TextAnalyzer analyzer) throws IOException {
        List<Path> sources = new ArrayList<>();
        if (Files.isRegularFile(dir.resolve("documents.json"))) {
            sources.add(dir);
        } else {
            try (Stream<Path> sub = Files.list(dir)) {
                sub.filter(p -> Files.isRegularFile(p.resolve("documents.json"))).sorted().forEach(sources::add);
            }
        }
        if (sources.isEmpty()) {
            throw new IOException(dir + ": no re3d documents.json here or in its sub-folders");
        }
        List<ConllDocument> docs = new ArrayList<>();
        for (Path source : sources) {
            Map<String, List<int[]>> spans = new HashMap<>();
            Map<String, List<String>> labels = new HashMap<>();
            for (JsonObject e : jsonLines(source.resolve("entities.json"))) {
                String label = TYPES.get(e.getString("type"));
                if (label != null) {
                    String id = e.getString("documentId");
                    spans.computeIfAbsent(id, k -> new ArrayList<>()).add(new int[]{
                            e.getNumber("begin").intValue(), e.getNumber("end").intValue()});
                    labels.computeIfAbsent(id, k -> new ArrayList<>()).add(label);
                }
            }
            for (JsonObject d : jsonLines(source.resolve("documents.json"))) {
                String id = d.getString("_id");
                docs.add(document(id, analyzer.analyze(d.getString("text")),
                        spans.getOrDefault(id, List.of()), labels.getOrDefault(id, List.of())));
            }
        }
        return docs;
    }

    static ConllDocument document(String id, AnalyzedText text, List<int[]> spans, List<String> labels) {
        List<ConllSentence> sentences = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<NamedSpan> named = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                int[] span = trim(text.text(), spans.get(i)[0], spans.get(i)[1]);
                if (span != null && s.contains(span[0]) && span[1] <= s.end()) {
                    List<Token> in = s.tokens().stream()
                            .filter(t -> t.start() < span[1] && span[0] < t.end()).toList();
                    if (!in.isEmpty()) {
                        named.add(new NamedSpan(in.get(0).index(), in.get(in.size() - 1).index() + 1,
                                labels.get(i)));
                    }
                }
            }
            if (!s.tokens().isEmpty()) {
                sentences.add(new ConllSentence(s.tokens().stream().map(Token::text).toList(),
                        NamedSpan.nonOverlapping(named)));
            }
        }
        return new ConllDocument(id, sentences);
    }

    /**
     * The span without a leading "the", or null when it is a description: no capitalised word, or a first word
     * in lower case ("a new Prime Minister"), unless hyphenated ("al-Qaeda").
     */
    static int[] trim(String text, int begin, int end) {
        if (begin < 0 || end > text.length() || end <= begin) {
            return null;
        }
        String s = text.substring(begin, end);
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            begin += 4;
            s = s.substring(4);
        }
        String first = s.split("\\s+", 2)[0];
        boolean lowerFirst = !first.isEmpty() && Character.isLowerCase(first.codePointAt(0)) && !first.contains("-");
        return s.codePoints().anyMatch(Character::isUpperCase) && !lowerFirst ? new int[]{begin, end} : null;
    }

    /** A mongoexport file: one JSON object per line. */
    static List<JsonObject> jsonLines(Path file) throws IOException {
        List<JsonObject> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            if (!line.isBlank()) {
                try {
                    out.add(JSON.parse(line));
                } catch (RuntimeException e) {
                    throw new IOException(file + ":" + n + ": not a JSON object (" + e.getMessage() + ")");
                }
            }
        }
        return out;
    }
}
