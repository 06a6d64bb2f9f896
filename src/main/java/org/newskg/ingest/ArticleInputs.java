package org.newskg.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns command-line arguments (files, folders, "-" for standard input) into the list of articles to read.
 * Folders are walked recursively for {@code .txt} files, in name order so runs are reproducible; a file named
 * explicitly is read whatever its extension.
 */
public final class ArticleInputs {

    /** One article to read: a file, or standard input. */
    public record Input(Path path, InputStream stdin) {
        public String location() {
            return path == null ? "-" : path.toString();
        }

        public Article read() throws ArticleException {
            return path == null ? ArticleReader.read(stdin, "-") : ArticleReader.read(path);
        }
    }

    private ArticleInputs() {
    }

    /**
     * Expands the arguments. A missing file stays in the list (reading it reports the error), so one bad name
     * does not stop the batch.
     */
    public static List<Input> expand(List<String> args, InputStream stdin) {
        List<Input> inputs = new ArrayList<>();
        for (String arg : args) {
            if ("-".equals(arg)) {
                inputs.add(new Input(null, stdin));
                continue;
            }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted()
                            .forEach(f -> inputs.add(new Input(f, null)));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot list folder " + p + ": " + e.getMessage(), e);
                }
            } else {
                inputs.add(new Input(p, null));
            }
        }
        return inputs;
    }

    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") && !name.startsWith(".");
    }
}
