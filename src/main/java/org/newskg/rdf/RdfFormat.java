package org.newskg.rdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes newskg writes, with their Jena language, writer format and file extension.
 *
 * <pre>
 * RdfFormat f = RdfFormat.fromFileName("out/graph.trig").orElse(RdfFormat.TURTLE);   // TRIG
 * RdfFormat g = RdfFormat.fromName("json-ld").orElseThrow();                          // JSONLD
 * </pre>
 */
public enum RdfFormat {
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY, "ttl", false, "turtle", "ttl"),
    TRIG(Lang.TRIG, RDFFormat.TRIG_PRETTY, "trig", true, "trig"),
    NQUADS(Lang.NQUADS, RDFFormat.NQUADS_UTF8, "nq", true, "nquads", "n-quads", "nq"),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD11_PRETTY, "jsonld", true, "jsonld", "json-ld"),
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8, "nt", false, "ntriples", "n-triples", "nt");

    private final Lang lang;
    private final RDFFormat format;
    private final String extension;
    private final boolean namedGraphs;
    private final List<String> names;

    RdfFormat(Lang lang, RDFFormat format, String extension, boolean namedGraphs, String... names) {
        this.lang = lang;
        this.format = format;
        this.extension = extension;
        this.namedGraphs = namedGraphs;
        this.names = List.of(names);
    }

    /** The Jena language, for parsing. */
    public Lang lang() {
        return lang;
    }

    /** The Jena writer format. */
    public RDFFormat format() {
        return format;
    }

    /** The file extension, without the dot ("ttl"). */
    public String extension() {
        return extension;
    }

    /** Whether the syntax carries named graphs; a triple-only syntax gets the union of the graphs. */
    public boolean hasNamedGraphs() {
        return namedGraphs;
    }

    /** The format of a file name, by its extension (case-insensitive; ".json" counts as JSON-LD). */
    public static Optional<RdfFormat> fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = n.substring(dot + 1);
        if (ext.equals("json")) {
            return Optional.of(JSONLD);
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    }

    /** The format called {@code name}: "turtle", "ttl", "trig", "nquads", "jsonld", "json-ld", "ntriples", ... */
    public static Optional<RdfFormat> fromName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(n) || f.name().equalsIgnoreCase(n)).findFirst();
    }
}
