package org.newskg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void headlineIsTheFirstNonEmptyLineAndMarkersBecomeMetadata() throws Exception {
        Path p = write("a.txt", ("\n\nBank raises rates\n\nThe central bank said on Monday it would act.\n\n"
                + "[source_without_link]Reuters[/source_without_link]").getBytes(StandardCharsets.UTF_8));
        Article a = ArticleReader.read(p);
        assertEquals("Bank raises rates", a.headline());
        assertEquals("Reuters", a.source());
        assertFalse(a.text().contains("Reuters"), "marker text must not stay in the article text");
        assertFalse(a.text().contains("[source"));
        assertTrue(a.text().startsWith("Bank raises rates"));
        assertNull(a.published());
    }

    @Test
    void urlAndDateMarkersAreRead() throws Exception {
        Article a = ArticleReader.parseText("x", "Title\n\nBody.\n[url]https://example.org/n/1[/url]"
                + "[date]2019-04-05[/date]");
        assertEquals("https://example.org/n/1", a.url());
        assertEquals(LocalDate.of(2019, 4, 5), a.published());
    }

    @Test
    void articleIriIsStableAndDependsOnContent() throws Exception {
        Article a1 = ArticleReader.parseText("a", "Title\n\nSame body.");
        Article a2 = ArticleReader.parseText("b", "Title\r\n\r\nSame body.\n");
        Article a3 = ArticleReader.parseText("c", "Title\n\nOther body.");
        assertEquals(a1.uri(), a2.uri());
        assertNotEquals(a1.uri(), a3.uri());
        assertTrue(a1.uri().startsWith(ArticleReader.ARTICLE_BASE));
    }

    @Test
    void urlDecidesIdentityWhenKnown() throws Exception {
        Article a1 = ArticleReader.parseText("a", "Title\n\nFirst version.[url]https://example.org/n/1[/url]");
        Article a2 = ArticleReader.parseText("a", "Title\n\nCorrected version.[url]https://example.org/n/1[/url]");
        assertEquals(a1.uri(), a2.uri());
    }

    @Test
    void badInputNamesTheFileAndTheReason() throws Exception {
        ArticleException empty = assertThrows(ArticleException.class,
                () -> ArticleReader.read(write("empty.txt", new byte[0])));
        assertTrue(empty.getMessage().contains("empty.txt"));
        assertTrue(empty.reason().contains("empty"));

        ArticleException binary = assertThrows(ArticleException.class,
                () -> ArticleReader.read(write("img.txt", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})));
        assertTrue(binary.reason().contains("binary"));

        ArticleException latin1 = assertThrows(ArticleException.class,
                () -> ArticleReader.read(write("latin1.txt", "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1))));
        assertTrue(latin1.reason().contains("UTF-8"));

        ArticleException missing = assertThrows(ArticleException.class,
                () -> ArticleReader.read(dir.resolve("nope.txt")));
        assertTrue(missing.reason().contains("no such file"));

        ArticleException onlyMarkers = assertThrows(ArticleException.class,
                () -> ArticleReader.read(write("m.txt", "[source]AP[/source]\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(onlyMarkers.reason().contains("no article text"));
    }

    @Test
    void foldersExpandToTheirTextFilesInOrder() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        write("b.txt", "B\n\nx".getBytes(StandardCharsets.UTF_8));
        write("sub/a.txt", "A\n\nx".getBytes(StandardCharsets.UTF_8));
        write("notes.md", "ignored".getBytes(StandardCharsets.UTF_8));
        var inputs = ArticleInputs.expand(java.util.List.of(dir.toString()), System.in);
        assertEquals(2, inputs.size());
        assertTrue(inputs.get(0).location().endsWith("b.txt"));
        assertTrue(inputs.get(1).location().endsWith("a.txt"));
    }
}
