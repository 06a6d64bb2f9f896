package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainNerCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        return run(err, new StringWriter(), args);
    }

    private int run(StringWriter err, StringWriter out, String... args) {
        CommandLine cl = new CommandLine(new TrainNerCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(out));
        return cl.execute(args);
    }

    /** Without training: the committed model scored on a wikigold-like file split by document and one more file. */
    @Test
    void scoreOnlyScoresTheHeldOutDocumentsAndExtraFiles() throws IOException {
        Path zip = dir.resolve("gmb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("ner_dataset.csv"));
            z.write(("Sentence #,Word,POS,Tag\nSentence: 1,Oslo,NNP,B-geo\n,is,VBZ,O\nSentence: 2,Cut,NN,O\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            z.closeEntry();
        }
        Path wg = dir.resolve("wg.conll.txt");
        Files.writeString(wg, "-DOCSTART- O\n\nAna I-PER\nSoto I-PER\nspoke O\n. O\n\n"
                + "-DOCSTART- O\n\nHe O\nvisited O\nParis I-LOC\n. O\n");
        Path extra = dir.resolve("extra.conll");
        Files.writeString(extra, "Maria B-PER\nLopez I-PER\nleft O\nMadrid B-LOC\n. O\n");
        Path model = dir.resolve("m.bin");
        Files.copy(TrainNerCommandTest.class.getResourceAsStream("/org/newskg/ner/en-ner-news.bin"), model);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, out, "--score-only", "--gmb", zip.toString(), "--wikigold", wg.toString(),
                "--train-wikigold", "2", "--test-conll", extra.toString(), "--out", model.toString()), err.toString());
        String s = out.toString();
        assertTrue(s.contains("wikigold: 2 sentences, training on 1, 1 held out"), s);
        assertTrue(s.contains("wikigold held-out documents:"), s);
        assertTrue(s.contains("extra.conll:"), s);
        assertTrue(!s.contains("trained in"), s);
    }

    @Test
    void unknownAlgorithmIsBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(EvalCommand.BAD_INPUT, run(err, "--algorithm", "svm", "--out", dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("maxent or perceptron"), err.toString());
    }

    @Test
    void missingCorpusIsBadInput() {
        StringWriter err = new StringWriter();
        assertEquals(EvalCommand.BAD_INPUT, run(err, "--gmb", dir.resolve("none.zip").toString(),
                "--out", dir.resolve("m.bin").toString()));
        assertTrue(err.toString().contains("none.zip"), err.toString());
    }

    /** More gold folder pairs: their names are tagged like the first pair's; a pair without ':' is a usage error. */
    @Test
    void alsoGoldAddsAnotherPairOfGoldAndArticleFolders() throws IOException {
        Path zip = dir.resolve("gmb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("ner_dataset.csv"));
            z.write("Sentence #,Word,POS,Tag\nSentence: 1,Oslo,NNP,B-geo\n,is,VBZ,O\n".getBytes(StandardCharsets.ISO_8859_1));
            z.closeEntry();
        }
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold2 = Files.createDirectories(dir.resolve("gold2"));
        Path articles2 = Files.createDirectories(dir.resolve("articles2"));
        Files.writeString(articles2.resolve("a.txt"), "Rain in Oslo\n\nMaria Lopez visited Oslo on Monday.\n");
        Files.writeString(gold2.resolve("a.json"), """
                {"entities": [
                  {"name": "Maria Lopez", "type": "PERSON", "aliases": [], "wikidata": null},
                  {"name": "Oslo", "type": "PLACE", "aliases": [], "wikidata": null}],
                 "relations": [], "statements": []}
                """);
        Path model = dir.resolve("m.bin");
        Files.copy(TrainNerCommandTest.class.getResourceAsStream("/org/newskg/ner/en-ner-news.bin"), model);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, out, "--score-only", "--gmb", zip.toString(), "--gold", gold.toString(),
                "--gold-articles", articles.toString(), "--also-gold", gold2 + ":" + articles2,
                "--out", model.toString()), err.toString());
        assertTrue(out.toString().contains("gold articles: 2 sentences, 3 names"), out.toString());

        StringWriter bad = new StringWriter();
        assertEquals(EvalCommand.BAD_INPUT, run(bad, "--score-only", "--gmb", zip.toString(), "--gold",
                gold.toString(), "--gold-articles", articles.toString(), "--also-gold", gold2.toString(),
                "--out", model.toString()));
        assertTrue(bad.toString().contains("GOLD_DIR:ARTICLES_DIR"), bad.toString());
    }
}
