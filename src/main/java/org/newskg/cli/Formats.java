package org.newskg.cli;

import org.newskg.rdf.RdfFormat;

/** Picks the RDF format of an output: the --format option, else the file's extension, else a default. */
final class Formats {

    private Formats() {
    }

    static RdfFormat choose(String format, String output, RdfFormat fallback) {
        if (format != null) {
            return RdfFormat.fromName(format).orElseThrow(() -> new UsageException(
                    "unknown format '" + format + "' (want turtle, trig, nquads, jsonld or ntriples)"));
        }
        if (output == null || "-".equals(output)) {
            return fallback;
        }
        return RdfFormat.fromFileName(output).orElseThrow(() -> new UsageException(
                "cannot tell the RDF format of '" + output + "' from its extension; use --format"));
    }
}
