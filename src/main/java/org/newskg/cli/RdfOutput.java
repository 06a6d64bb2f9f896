package org.newskg.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.jena.query.Dataset;
import org.newskg.rdf.RdfFormat;
import org.newskg.rdf.RdfWriter;

/** Writes a dataset to standard output (through the command's writer) or to a file. */
final class RdfOutput {

    private RdfOutput() {
    }

    /**
     * @param output "-" for {@code out}, else a file path; a file is written through a temporary file and an
     *               atomic move, so a failure never leaves half a file behind
     */
    static void write(Dataset dataset, RdfFormat format, String output, PrintWriter out) throws IOException {
        if ("-".equals(output)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            RdfWriter.write(dataset, format, bytes);
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
            return;
        }
        Path target = Path.of(output).toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".newskg-", ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                RdfWriter.write(dataset, format, os);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
