package org.newskg.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes CoNLL-style NER files: one token a line, the token in the first column and its IOB tag
 * (IOB1 or IOB2) in the last, columns separated by white space; a blank line ends a sentence; a line starting
 * with {@code -DOCSTART-} starts a document (a file without one is a single document).
 *
 * <pre>
 * List&lt;ConllDocument&gt; docs = Conll.read(Path.of("wikigold.conll.txt"));
 * Conll.write(docs, writer);   // IOB2, two columns
 * </pre>
 */
public final class Conll {

    private static final String DOCSTART = "-DOCSTART-";

    private Conll() {
    }

    /** Reads a UTF-8 CoNLL file; a malformed line fails with its file and line number. */
    public static List<ConllDocument> read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    public static List<ConllDocument> read(BufferedReader in, String location) throws IOException {
        List<ConllDocument> docs = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        int lineNo = 0;
        int sentenceLine = 1;
        String line;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith(DOCSTART)) {
                endSentence(tokens, tags, sentences, location, sentenceLine);
                sentenceLine = lineNo + 1;
                if (l.startsWith(DOCSTART) && !sentences.isEmpty()) {
                    docs.add(new ConllDocument(String.valueOf(docs.size() + 1), sentences));
                    sentences = new ArrayList<>();
                }
                continue;
            }
            String[] cols = l.split("\\s+");
            if (cols.length < 2) {
                throw new IOException(location + ":" + lineNo + ": expected a token and a tag, got '" + l + "'");
            }
            tokens.add(cols[0]);
            tags.add(cols[cols.length - 1]);
        }
        endSentence(tokens, tags, sentences, location, sentenceLine);
        if (!sentences.isEmpty()) {
            docs.add(new ConllDocument(String.valueOf(docs.size() + 1), sentences));
        }
        return docs;
    }

    private static void endSentence(List<String> tokens, List<String> tags, List<ConllSentence> sentences,
                                    String location, int line) throws IOException {
        if (tokens.isEmpty()) {
            return;
        }
        try {
            sentences.add(new ConllSentence(tokens, ConllSentence.decode(tags)));
        } catch (IllegalArgumentException e) {
            throw new IOException(location + ": sentence at line " + line + ": " + e.getMessage());
        }
        tokens.clear();
        tags.clear();
    }

    /** Writes documents in two columns (token, IOB2 tag); white space inside a token becomes '_'. */
    public static void write(List<ConllDocument> docs, Writer out) throws IOException {
        for (ConllDocument d : docs) {
            out.write(DOCSTART + " O\n\n");
            for (ConllSentence s : d.sentences()) {
                List<String> tags = s.iob2();
                for (int i = 0; i < tags.size(); i++) {
                    out.write(s.tokens().get(i).replaceAll("\\s", "_") + " " + tags.get(i) + "\n");
                }
                out.write("\n");
            }
        }
        out.flush();
    }
}
