package org.newskg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

class ConllTest {

    private static List<ConllDocument> read(String text) throws IOException {
        return Conll.read(new BufferedReader(new StringReader(text)), "test.conll");
    }

    @Test
    void iob2SpansStartAtB() {
        assertEquals(List.of(new NamedSpan(0, 2, "PER"), new NamedSpan(2, 3, "PER"), new NamedSpan(4, 5, "LOC")),
                ConllSentence.decode(List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC")));
    }

    @Test
    void iob1SpansStartAtIAfterAnotherTypeOrOutside() {
        assertEquals(List.of(new NamedSpan(0, 2, "ORG"), new NamedSpan(2, 3, "ORG"), new NamedSpan(3, 4, "LOC"),
                        new NamedSpan(5, 6, "MISC")),
                ConllSentence.decode(List.of("I-ORG", "I-ORG", "B-ORG", "I-LOC", "O", "I-MISC")));
    }

    @Test
    void badTagsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConllSentence.decode(List.of("PER")));
        assertThrows(IllegalArgumentException.class, () -> ConllSentence.decode(List.of("X-PER")));
    }

    @Test
    void readsDocumentsAndSentencesTakingTheLastColumnAsTag() throws IOException {
        List<ConllDocument> docs = read("""
                -DOCSTART- -X- O O

                Haftar NNP I-NP I-PER
                visited VBD I-VP O
                Rome NNP I-NP I-LOC
                . . O O

                He PRP I-NP O
                left VBD I-VP O

                -DOCSTART- -X- O O

                The DT B-ORG
                UN NNP I-ORG
                """);
        assertEquals(2, docs.size());
        assertEquals(2, docs.get(0).sentences().size());
        ConllSentence first = docs.get(0).sentences().get(0);
        assertEquals(List.of("Haftar", "visited", "Rome", "."), first.tokens());
        assertEquals(List.of(new NamedSpan(0, 1, "PER"), new NamedSpan(2, 3, "LOC")), first.spans());
        assertEquals(List.of(new NamedSpan(0, 2, "ORG")), docs.get(1).sentences().get(0).spans());
    }

    @Test
    void aFileWithoutDocstartIsOneDocument() throws IOException {
        assertEquals(1, read("A B-PER\n\nB O\n").size());
    }

    @Test
    void malformedLinesNameFileAndLine() {
        IOException e = assertThrows(IOException.class, () -> read("Haftar B-PER\nvisited\n"));
        assertTrue(e.getMessage().contains("test.conll:2"), e.getMessage());
        IOException tag = assertThrows(IOException.class, () -> read("\nHaftar PER\n"));
        assertTrue(tag.getMessage().contains("line 2") && tag.getMessage().contains("'PER'"), tag.getMessage());
    }

    @Test
    void writtenFilesReadBackAsIob2() throws IOException {
        ConllSentence s = new ConllSentence(List.of("Khalifa", "Haftar", "met", "UN", "envoys"),
                List.of(new NamedSpan(0, 2, "PER"), new NamedSpan(3, 4, "ORG")));
        StringWriter out = new StringWriter();
        Conll.write(List.of(new ConllDocument("d", List.of(s))), out);
        assertTrue(out.toString().contains("Khalifa B-PER\nHaftar I-PER\nmet O\nUN B-ORG\n"), out.toString());
        assertEquals(List.of(s), read(out.toString()).get(0).sentences());
    }

    @Test
    void overlappingSpansKeepTheLongest() {
        assertEquals(List.of(new NamedSpan(0, 4, "PER"), new NamedSpan(5, 6, "LOC")),
                NamedSpan.nonOverlapping(List.of(new NamedSpan(2, 4, "LOC"), new NamedSpan(0, 4, "PER"),
                        new NamedSpan(5, 6, "LOC"))));
    }
}
