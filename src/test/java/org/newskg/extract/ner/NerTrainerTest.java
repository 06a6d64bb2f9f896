package org.newskg.extract.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.Scores;
import org.newskg.nlp.OpenNlpAnalyzer;

class NerTrainerTest {

    @TempDir
    Path dir;

    @Test
    void csvFieldsMayBeQuotedAndHoldCommasAndQuotes() {
        assertEquals(List.of("", "10,000", "CD", "O"), NerTrainer.csv(",\"10,000\",CD,O"));
        assertEquals(List.of("", "\"", "``", "O"), NerTrainer.csv(",\"\"\"\",``,O"));
        assertEquals(List.of("Sentence: 1", "Thousands", "NNS", "O"), NerTrainer.csv("Sentence: 1,Thousands,NNS,O"));
    }

    @Test
    void leadingTitlesAreStrippedFromPersonSpans() {
        List<String> t = List.of("said", "Secretary", "of", "State", "Jane", "Doe", ".");
        assertEquals(4, NerTrainer.stripTitles(t, 1, 6));
        assertEquals(1, NerTrainer.stripTitles(List.of("Mr.", "Smith"), 0, 2));
        assertEquals(2, NerTrainer.stripTitles(List.of("the", "President"), 1, 2)); // all titles: empty span
        assertEquals(0, NerTrainer.stripTitles(List.of("Ana", "Soto"), 0, 2));
    }

    /** A GMB-like zip: windows-1252, CRLF, types mapped, gpe dropped, titles stripped, last sentence dropped. */
    @Test
    void readsGmbSentencesWithOurTypes() throws IOException {
        String csv = "Sentence #,Word,POS,Tag\r\n"
                + "Sentence: 1,President,NNP,B-per\r\n,Ana,NNP,I-per\r\n,Soto,NNP,I-per\r\n,left,VBD,O\r\n"
                + ",Lima,NNP,B-geo\r\n,for,IN,O\r\n,the,DT,O\r\n,Afghan,JJ,B-gpe\r\n,Red,NNP,B-org\r\n"
                + ",Crescent,NNP,I-org\r\n,\u2019s,POS,O\r\n,\",\",\",\",O\r\n"
                + "Sentence: 2,Cut,NN,O\r\n";
        Path zip = dir.resolve("gmb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("ner_dataset.csv"));
            out.write(csv.getBytes(Charset.forName("windows-1252")));
            out.closeEntry();
        }
        List<NameSample> s = NerTrainer.readGmb(zip);
        assertEquals(1, s.size());
        assertEquals("\u2019s", s.get(0).getSentence()[10]);
        assertEquals(",", s.get(0).getSentence()[11]);
        assertArrayEquals(new Span[]{new Span(1, 3, "person"), new Span(4, 5, "place"),
                new Span(8, 10, "organization")}, s.get(0).getNames());
    }

    @Test
    void gmbArtefactsEventsAndNaturalPhenomenaAreMiscOnlyWhenAsked() throws IOException {
        String csv = "Sentence #,Word,POS,Tag\r\n"
                + "Sentence: 1,Hurricane,NNP,B-nat\r\n,Ida,NNP,I-nat\r\n,hit,VBD,O\r\n,the,DT,O\r\n"
                + ",Olympic,NNP,B-eve\r\n,Games,NNP,I-eve\r\n,in,IN,O\r\n,Kenyan,JJ,B-gpe\r\n,Nairobi,NNP,B-geo\r\n"
                + "Sentence: 2,Cut,NN,O\r\n";
        Path zip = dir.resolve("gmb-misc.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("ner_dataset.csv"));
            out.write(csv.getBytes(Charset.forName("windows-1252")));
            out.closeEntry();
        }
        assertArrayEquals(new Span[]{new Span(0, 2, "misc"), new Span(4, 6, "misc"), new Span(8, 9, "place")},
                NerTrainer.readGmb(zip, true).get(0).getNames());
        assertArrayEquals(new Span[]{new Span(8, 9, "place")}, NerTrainer.readGmb(zip).get(0).getNames());
    }

    @Test
    void readsConllIob1WithoutMisc() throws IOException {
        Path f = dir.resolve("wg.conll.txt");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(("-DOCSTART- O\n\nAna I-PER\nSoto I-PER\nof O\nAcme I-ORG\nvisited O\nOslo I-LOC\n"
                    + "in O\nJapanese I-MISC\nstyle O\n. O\n").getBytes(StandardCharsets.UTF_8));
        }
        List<NameSample> s = NerTrainer.readConll(f);
        assertEquals(1, s.size());
        assertTrue(s.get(0).isClearAdaptiveDataSet());
        assertArrayEquals(new Span[]{new Span(0, 2, "person"), new Span(3, 4, "organization"),
                new Span(5, 6, "place")}, s.get(0).getNames());
    }

    /** With misc: names of works and events are a fourth type, nationality words stay O. */
    @Test
    void readsConllMiscButNotNationalityWords() throws IOException {
        Path f = dir.resolve("wg2.conll.txt");
        try (OutputStream out = Files.newOutputStream(f)) {
            out.write(("-DOCSTART- O\n\nThe I-MISC\nMagic I-MISC\nFlute I-MISC\nopened O\nin O\nArabic I-MISC\n"
                    + "and O\nIraqi I-MISC\nstyle O\nat O\nthe O\nWorld I-MISC\nCup I-MISC\n. O\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        List<NameSample> s = NerTrainer.readConll(f, true);
        assertArrayEquals(new Span[]{new Span(0, 3, "misc"), new Span(11, 13, "misc")}, s.get(0).getNames());
        assertEquals(0, NerTrainer.readConll(f, false).get(0).getNames().length);
    }

    @Test
    void demonymsAreOneCapitalisedWordWithANationalityEnding() {
        assertTrue(NerTrainer.demonym(List.of("Japanese"), 0, 1));
        assertTrue(NerTrainer.demonym(List.of("the", "Brazilian", "team"), 1, 2));
        assertTrue(NerTrainer.demonym(List.of("Dutch"), 0, 1));
        assertTrue(!NerTrainer.demonym(List.of("Windows"), 0, 1));
        assertTrue(!NerTrainer.demonym(List.of("Super", "Bowl"), 0, 2));
        assertTrue(!NerTrainer.demonym(List.of("Hanukkah"), 0, 1));
    }

    @Test
    void documentSplitHoldsOutEveryNthDocument() {
        List<NameSample> all = new java.util.ArrayList<>();
        for (int d = 0; d < 7; d++) {
            for (int i = 0; i < 2; i++) {
                all.add(new NameSample(new String[]{"d" + d}, new Span[0], i == 0));
            }
        }
        NerTrainer.Split split = NerTrainer.splitDocuments(all, 3);
        assertEquals(List.of("d2", "d2", "d5", "d5"), split.test().stream().map(x -> x.getSentence()[0]).toList());
        assertEquals(10, split.train().size());
    }

    @Test
    void splitHoldsOutEveryNthSentence() {
        List<NameSample> all = java.util.stream.IntStream.range(0, 25)
                .mapToObj(i -> new NameSample(new String[]{"w" + i}, new Span[0], false)).toList();
        NerTrainer.Split split = NerTrainer.split(all, 10);
        assertEquals(List.of("w9", "w19"), split.test().stream().map(x -> x.getSentence()[0]).toList());
        assertEquals(23, split.train().size());
    }

    @Test
    void evaluationCountsExactSpansPerType() {
        // the committed model on a sentence whose gold marks a wrong span: one fn, and no tp for it
        NameSample gold = new NameSample(new String[]{"Angela", "Merkel", "visited", "Paris", "."},
                new Span[]{new Span(0, 1, "person"), new Span(3, 4, "place")}, true);
        Map<String, Scores> s = NerTrainer.evaluate(ModelNameFinder.englishModel(), List.of(gold));
        assertEquals(1, s.get("place").tp(), s.toString());
        assertEquals(0, s.get("person").tp(), s.toString());
        assertEquals(1, s.get("person").fn(), s.toString());
        Scores sum = s.entrySet().stream()
                .filter(e -> !e.getKey().equals(NerTrainer.ALL) && !e.getKey().equals(NerTrainer.MISC))
                .map(Map.Entry::getValue).reduce(Scores.ZERO, Scores::plus);
        assertEquals(sum, s.get(NerTrainer.ALL));
    }

    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.english();

    /**
     * Gold articles: names and aliases tagged on whole tokens only, longest first; a person's surname too; titles
     * and products stay outside; an excluded article gives nothing; the first sentence clears adaptive data.
     */
    @Test
    void goldArticlesAreTaggedWithTheirEntityNames() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path test = Files.createDirectories(dir.resolve("test"));
        Files.writeString(articles.resolve("a.txt"), "Harbour Bank names new chief\n\n"
                + "President Maria Okafor of Harbour Bank flew to Lagos on Monday.\n\n"
                + "Okafor said the bank's Zeta app would reach USA users, but not US ones at Harbour.\n");
        Files.writeString(gold.resolve("a.json"), "{\"entities\": ["
                + "{\"name\": \"Harbour Bank\", \"type\": \"ORGANIZATION\", \"aliases\": [\"Harbour\"]},"
                + "{\"name\": \"Maria Okafor\", \"type\": \"PERSON\", \"aliases\": []},"
                + "{\"name\": \"Lagos\", \"type\": \"PLACE\", \"aliases\": []},"
                + "{\"name\": \"United States\", \"type\": \"PLACE\", \"aliases\": [\"US\"]}],"
                + "\"relations\": [], \"statements\": []}");
        Files.writeString(articles.resolve("b.txt"), "Lagos floods\n\nRain hit Lagos.\n");
        Files.writeString(gold.resolve("b.json"), "{\"entities\": ["
                + "{\"name\": \"Lagos\", \"type\": \"PLACE\", \"aliases\": []}],"
                + "\"relations\": [], \"statements\": []}");
        Files.writeString(test.resolve("b.txt"), "held out");

        List<NameSample> all = NerTrainer.readGoldArticles(articles, gold, List.of(), ANALYZER);
        List<NameSample> s = NerTrainer.readGoldArticles(articles, gold, List.of(test), ANALYZER);
        assertEquals(all.size() - 2, s.size(), "article b (headline + one sentence) excluded");
        assertEquals(3, s.size(), names(s).toString());
        assertTrue(s.get(0).isClearAdaptiveDataSet());
        assertTrue(!s.get(1).isClearAdaptiveDataSet());
        assertEquals(List.of("Harbour Bank/organization"), names(s).get(0));
        assertEquals(List.of("Maria Okafor/person", "Harbour Bank/organization", "Lagos/place"), names(s).get(1));
        // surname tagged; "Zeta" (a product) and "USA" (not the whole token "US") untagged; alias "Harbour"
        assertEquals(List.of("Okafor/person", "US/place", "Harbour/organization"), names(s).get(2));
    }

    private static List<List<String>> names(List<NameSample> samples) {
        return samples.stream().map(x -> java.util.Arrays.stream(x.getNames())
                .map(n -> String.join(" ", java.util.Arrays.copyOfRange(x.getSentence(), n.getStart(), n.getEnd()))
                        + "/" + n.getType()).toList()).toList();
    }
}
