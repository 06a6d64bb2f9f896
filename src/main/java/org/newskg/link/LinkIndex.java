package org.newskg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.newskg.extract.EntityType;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.extract.gazetteer.Names;

/**
 * The offline link index: Wikidata items looked up by normalised name, alias or acronym, and by Q-id. Loaded once
 * from the bundled {@value #FILE} (built by {@link LinkIndexBuilder}). Immutable and thread-safe.
 *
 * <pre>
 * LinkIndex index = LinkIndex.standard();
 * index.byName("Paris");      // [LinkCandidate[qid=Q90, label=Paris, kind=city, country=Q142, ...]]
 * index.byAcronym("UN");      // [LinkCandidate[qid=Q1065, ...]]
 * index.get("Q142");          // France
 * </pre>
 */
public final class LinkIndex {

    /** File name of the index among the resources of this package. */
    public static final String FILE = "wikidata-index.tsv";

    private final Map<String, LinkCandidate> byQid = new HashMap<>();
    private final Map<String, List<LinkCandidate>> byName = new HashMap<>();
    private final Map<String, List<LinkCandidate>> byAcronym = new HashMap<>();
    private final Map<String, List<LinkCandidate>> personsByLastName = new HashMap<>();

    private static final class Holder {
        static final LinkIndex STANDARD = load();
    }

    /** The bundled index, loaded on first use. */
    public static LinkIndex standard() {
        return Holder.STANDARD;
    }

    private static LinkIndex load() {
        InputStream in = LinkIndex.class.getResourceAsStream(FILE);
        if (in == null) {
            throw new IllegalStateException("link index resource missing: " + FILE
                    + " (run newskg build-link-index)");
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index of these candidates (tests, or an index built elsewhere). */
    public LinkIndex(Collection<LinkCandidate> candidates) {
        candidates.forEach(this::add);
    }

    /** Reads an index in the TSV format of {@value #FILE} (comment lines start with '#'). */
    public static LinkIndex read(Reader reader) throws IOException {
        List<LinkCandidate> all = new ArrayList<>();
        BufferedReader r = new BufferedReader(reader);
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = Arrays.copyOf(line.split("\t", -1), 11);
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i] == null ? "" : c[i];
            }
            all.add(new LinkCandidate(c[0], c[1], KnowledgeFiles.list(c[2]), EntityType.valueOf(c[3]), c[4], KnowledgeFiles.list(c[5]),
                    c[6], c[7], number(c[8]), number(c[9]), c[10].isEmpty() ? 0.5 : Double.parseDouble(c[10]),
                    "index"));
        }
        return new LinkIndex(all);
    }

    private void add(LinkCandidate c) {
        byQid.putIfAbsent(c.qid(), c);
        if (c.type() == EntityType.PERSON) {
            String[] w = Names.norm(c.label()).split(" ");
            if (w.length >= 2) {
                personsByLastName.computeIfAbsent(w[w.length - 1], k -> new ArrayList<>(1)).add(c);
            }
        }
        List<String> forms = new ArrayList<>();
        forms.add(c.label());
        forms.addAll(c.aliases());
        for (String form : forms) {
            String f = form.startsWith("the ") || form.startsWith("The ") ? form.substring(4) : form;
            List<LinkCandidate> list = Names.isAcronym(f)
                    ? byAcronym.computeIfAbsent(Names.acronymKey(f), k -> new ArrayList<>(1))
                    : byName.computeIfAbsent(Names.norm(f), k -> new ArrayList<>(1));
            if (!list.contains(c)) {
                list.add(c);
            }
        }
    }

    /** Items with this name or alias (case, accents and a leading "the" ignored); never null. */
    public List<LinkCandidate> byName(String name) {
        String n = Names.norm(name);
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        return byName.getOrDefault(n, List.of());
    }

    /** Items with this acronym (as {@link Names#acronymKey} folds it: "U.N." is "UN"); never null. */
    public List<LinkCandidate> byAcronym(String acronym) {
        return byAcronym.getOrDefault(Names.acronymKey(acronym), List.of());
    }

    /** Items a name form may denote: by acronym when it is written as one, else by name. */
    public List<LinkCandidate> lookup(String form) {
        return Names.isAcronym(form.strip()) ? byAcronym(form.strip()) : byName(form);
    }

    /**
     * Persons whose label is a spelling variant of the name: the same last name and as many words, each equal or,
     * for words of five letters or more, one edit apart ("Sergei Lavrov" finds "Sergey Lavrov"); never null.
     */
    public List<LinkCandidate> personVariants(String name) {
        String[] w = Names.norm(name).split(" ");
        if (w.length < 2) {
            return List.of();
        }
        List<LinkCandidate> out = new ArrayList<>();
        for (LinkCandidate c : personsByLastName.getOrDefault(w[w.length - 1], List.of())) {
            String[] l = Names.norm(c.label()).split(" ");
            boolean same = l.length == w.length;
            for (int i = 0; same && i < w.length; i++) {
                same = HybridMentionFinder.sameWord(w[i], l[i]);
            }
            if (same) {
                out.add(c);
            }
        }
        return out;
    }

    /** The item with this Q-id, or null. */
    public LinkCandidate get(String qid) {
        return byQid.get(qid);
    }

    public int size() {
        return byQid.size();
    }

    private static double number(String s) {
        if (s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
