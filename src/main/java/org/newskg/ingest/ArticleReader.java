package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain-text news articles: UTF-8, the first non-empty line is the headline, bracketed metadata markers
 * ({@code [source_without_link]ANI[/source_without_link]}, {@code [url]...[/url]}, {@code [date]2019-04-05[/date]})
 * become metadata and are cut from the text.
 *
 * <pre>
 * Article a = ArticleReader.read(Path.of("examples/tripoli-clashes.txt"));
 * a.headline();   // "Clashes break out in Tripoli, ..."
 * a.source();     // "ANI"
 * </pre>
 *
 * <p>Bad input fails with an {@link ArticleException} that names the file and the reason: empty, binary, not
 * UTF-8, unreadable, missing.
 */
public final class ArticleReader {

    /** Base of article IRIs. */
    public static final String ARTICLE_BASE = "https://w3id.org/newskg/article/";

    private static final Pattern MARKER = Pattern.compile("\\[([a-z_]+)\\](.*?)\\[/\\1\\]", Pattern.DOTALL);
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private ArticleReader() {
    }

    /** Reads one article file. */
    public static Article read(Path path) throws ArticleException {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                throw new ArticleException(path, "is a directory");
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new ArticleException(path, "too large for a news article (over 20 MiB)");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new ArticleException(path, "no such file");
        } catch (AccessDeniedException e) {
            throw new ArticleException(path, "permission denied");
        } catch (IOException e) {
            throw new ArticleException(path, "unreadable (" + e.getMessage() + ")");
        }
        return parse(path.toString(), bytes);
    }

    /** Reads one article from a stream (standard input), named {@code location} in messages. */
    public static Article read(InputStream in, String location) throws ArticleException {
        try {
            return parse(location, in.readAllBytes());
        } catch (IOException e) {
            throw new ArticleException(location, "unreadable (" + e.getMessage() + ")");
        }
    }

    /** Parses an article from its bytes. */
    public static Article parse(String location, byte[] bytes) throws ArticleException {
        if (bytes.length == 0) {
            throw new ArticleException(location, "empty file");
        }
        if (looksBinary(bytes)) {
            throw new ArticleException(location, "binary content, not a text article");
        }
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ArticleException(location, "not valid UTF-8 text");
        }
        return parseText(location, raw);
    }

    /** Parses an article from its text. */
    public static Article parseText(String location, String raw) throws ArticleException {
        if (!raw.isEmpty() && raw.charAt(0) == '\uFEFF') {
            raw = raw.substring(1);
        }
        raw = raw.replace("\r\n", "\n").replace('\r', '\n');
        Map<String, String> metadata = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(raw);
        StringBuilder text = new StringBuilder(raw.length());
        while (m.find()) {
            metadata.putIfAbsent(m.group(1), m.group(2).strip());
            m.appendReplacement(text, "");
        }
        m.appendTail(text);
        String cleaned = text.toString().strip();
        if (cleaned.isEmpty()) {
            throw new ArticleException(location, "no article text (empty or only metadata)");
        }
        String headline = cleaned.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        String source = firstOf(metadata, "source_without_link", "source");
        String url = firstOf(metadata, "url", "link");
        LocalDate published = null;
        String date = firstOf(metadata, "date", "published");
        if (date != null) {
            try {
                published = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
            } catch (DateTimeParseException e) {
                throw new ArticleException(location, "unreadable date marker '" + date + "' (want YYYY-MM-DD)");
            }
        }
        String uri = ARTICLE_BASE + hash(url != null ? url : cleaned);
        return new Article(uri, location, headline, cleaned, source, url, published, metadata);
    }

    private static String firstOf(Map<String, String> metadata, String... keys) {
        for (String k : keys) {
            String v = metadata.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** NUL bytes or many control characters in the first 8 KiB. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 10;
    }

    /** First 16 hex digits of the SHA-256 of a string: stable article ids. */
    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
