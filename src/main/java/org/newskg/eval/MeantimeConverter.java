package org.newskg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Converts MEANTIME NAF files (tokens in {@code <wf>} elements with a sentence number, terms over tokens, entity
 * mentions over terms) into CoNLL documents, keeping the corpus's own tokens.
 *
 * <pre>
 * List&lt;ConllDocument&gt; docs = MeantimeConverter.convert(Path.of("meantime-en"));
 * </pre>
 *
 * <p>PER, ORG and LOC are kept; PRO (products), FIN (financial), MIX and others are dropped. A mention over
 * tokens of several sentences or with gaps is dropped; of overlapping mentions the longest is kept.
 */
public final class MeantimeConverter {

    private MeantimeConverter() {
    }

    /** Converts every {@code .naf} file under {@code dir}, in path order. */
    public static List<ConllDocument> convert(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".naf") && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException(dir + ": no .naf files");
        }
        DocumentBuilder builder = builder();
        List<ConllDocument> docs = new ArrayList<>();
        for (Path f : files) {
            try {
                docs.add(document(f.getFileName().toString(), builder.parse(f.toFile())));
            } catch (SAXException e) {
                throw new IOException(f + ": not well-formed NAF (" + e.getMessage() + ")");
            }
        }
        return docs;
    }

    /** The word at a token id: sentence key and index in it. */
    private record Word(String sentence, int index) {
    }

    static ConllDocument document(String id, Document naf) {
        Map<String, List<String>> sentenceTokens = new LinkedHashMap<>();
        Map<String, Word> words = new HashMap<>();
        NodeList wfs = naf.getElementsByTagName("wf");
        for (int i = 0; i < wfs.getLength(); i++) {
            Element wf = (Element) wfs.item(i);
            List<String> tokens = sentenceTokens.computeIfAbsent(wf.getAttribute("sent"), k -> new ArrayList<>());
            words.put(wf.getAttribute("id"), new Word(wf.getAttribute("sent"), tokens.size()));
            tokens.add(wf.getTextContent().strip());
        }
        Map<String, List<String>> termWords = new HashMap<>();
        NodeList terms = naf.getElementsByTagName("term");
        for (int i = 0; i < terms.getLength(); i++) {
            Element t = (Element) terms.item(i);
            termWords.put(t.getAttribute("id"), targets(t));
        }
        Map<String, List<NamedSpan>> spans = new HashMap<>();
        NodeList entities = naf.getElementsByTagName("entity");
        for (int i = 0; i < entities.getLength(); i++) {
            Element e = (Element) entities.item(i);
            String label = e.getAttribute("type");
            if (!label.equals("PER") && !label.equals("ORG") && !label.equals("LOC")) {
                continue;
            }
            NodeList refs = e.getElementsByTagName("span");
            for (int r = 0; r < refs.getLength(); r++) {
                List<Word> ws = targets((Element) refs.item(r)).stream()
                        .flatMap(term -> termWords.getOrDefault(term, List.of()).stream())
                        .map(words::get).toList();
                if (!ws.isEmpty() && !ws.contains(null) && contiguous(ws)) {
                    spans.computeIfAbsent(ws.get(0).sentence(), k -> new ArrayList<>()).add(new NamedSpan(
                            ws.get(0).index(), ws.get(ws.size() - 1).index() + 1, label));
                }
            }
        }
        List<ConllSentence> sentences = new ArrayList<>();
        sentenceTokens.forEach((key, tokens) -> sentences.add(new ConllSentence(tokens,
                NamedSpan.nonOverlapping(spans.getOrDefault(key, List.of())))));
        return new ConllDocument(id, sentences);
    }

    private static boolean contiguous(List<Word> ws) {
        for (int i = 1; i < ws.size(); i++) {
            if (!ws.get(i).sentence().equals(ws.get(0).sentence()) || ws.get(i).index() != ws.get(i - 1).index() + 1) {
                return false;
            }
        }
        return true;
    }

    private static List<String> targets(Element parent) {
        List<String> ids = new ArrayList<>();
        NodeList targets = parent.getElementsByTagName("target");
        for (int i = 0; i < targets.getLength(); i++) {
            ids.add(((Element) targets.item(i)).getAttribute("id"));
        }
        return ids;
    }

    private static DocumentBuilder builder() throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IOException("no XML parser", e);
        }
    }
}
