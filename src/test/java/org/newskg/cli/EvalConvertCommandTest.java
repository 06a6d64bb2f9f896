package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.eval.Conll;
import org.newskg.eval.ConllDocument;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.NamedSpan;
import picocli.CommandLine;

class EvalConvertCommandTest {

    @TempDir
    Path dir;

    /** A GMB-shaped zip of {@code n} sentences; sentence i reads "Minister Ali{i} visited Paris{i} ." */
    private Path gmb(int n) throws IOException {
        StringBuilder csv = new StringBuilder("Sentence #,Word,POS,Tag\n");
        for (int i = 1; i <= n; i++) {
            csv.append("Sentence: ").append(i).append(",Minister,NNP,B-per\n")
                    .append(",Ali").append(i).append(",NNP,I-per\n")
                    .append(",visited,VBD,O\n")
                    .append(",Paris").append(i).append(",NNP,B-geo\n")
                    .append(",.,.,O\n");
        }
        csv.append("Sentence: ").append(n + 1).append(",Cut,NNP,O\n"); // the corpus ends inside a sentence
        Path zip = dir.resolve("ner_dataset.csv.zip");
        try (OutputStream f = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(f)) {
            z.putNextEntry(new ZipEntry("ner_dataset.csv"));
            z.write(csv.toString().getBytes(Charset.forName("windows-1252")));
            z.closeEntry();
        }
        return zip;
    }

    private int run(StringWriter err, String... args) {
        CommandLine cmd = new CommandLine(new EvalConvertCommand());
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        return cmd.execute(args);
    }

    @Test
    void gmbWritesOnlyTheSentencesTrainNerHoldsOutWithTitlesOutOfPersonSpans() throws IOException {
        Path out = dir.resolve("gmb.conll");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "--gmb", gmb(25).toString(), "--heldout-every", "10", "-o", out.toString()),
                err.toString());
        List<ConllSentence> sentences = Conll.read(out).stream().map(ConllDocument::sentences)
                .flatMap(List::stream).toList();
        assertEquals(2, sentences.size(), "sentences 10 and 20 of 25");
        assertEquals("Ali10", sentences.get(0).tokens().get(1));
        assertEquals("Ali20", sentences.get(1).tokens().get(1));
        assertEquals(List.of(new NamedSpan(1, 2, "PER"), new NamedSpan(3, 4, "LOC")), sentences.get(0).spans());
    }

    @Test
    void aMissingCorpusIsAUsageErrorNamingIt() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "--gmb", dir.resolve("none.zip").toString(), "-o", dir.resolve("x").toString()));
        assertTrue(err.toString().contains("none.zip"), err.toString());
    }
}
