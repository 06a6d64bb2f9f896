package org.newskg.extract.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

import org.newskg.extract.EntityType;
import org.newskg.extract.NameShapeFeatures;
import org.newskg.extract.NameShapeVoter;
import org.newskg.nlp.MaxentModels;

/**
 * Trains {@link NameShapeVoter}'s classifier on open name lists in the shared data folder:
 * persons from the Wikidata office-holder, legislator, head-of-state and foreign-minister lists (CC0) and the US
 * Congress YAML (CC0); places from the Wikidata country and city lists (CC0) and GeoNames cities1000 (CC BY 4.0);
 * organisations from the Wikidata international-organisation (CC BY-SA 4.0 compilation), political-party (Party
 * Facts, MIT) and news-agency (CC0) lists. Names are deduplicated (a name in two classes is dropped), a tenth
 * (by a hash of the name) is held out, persons and places are sampled down to {@link Settings#perClass} and
 * organisations repeated up to it so the classes weigh alike.
 *
 * <pre>
 * NameShapeTrainer.Data d = NameShapeTrainer.read(Path.of("../shared"));
 * MaxentModel m = NameShapeTrainer.train(d.train(), NameShapeTrainer.Settings.DEFAULT);
 * MaxentModels.write(m, Path.of("/tmp/name-shapes.bin"));
 * </pre>
 *
 * <p>Deterministic: fixed sampling seed, names in file order, GIS on one thread.
 */
public final class NameShapeTrainer {

    /** One labelled name. */
    public record Named(String name, EntityType type) {
    }

    /** Training and held-out names. */
    public record Data(List<Named> train, List<Named> test, Map<EntityType, Integer> read) {
    }

    /**
     * @param perClass   names per class after balancing
     * @param iterations GIS iterations
     * @param cutoff     least count of a feature
     * @param surnames   also train one person in this many on the last word alone (a surname met alone), 0 never
     */
    public record Settings(int perClass, int iterations, int cutoff, int surnames) {
        public static final Settings DEFAULT = new Settings(20000, 100, 5, 3);
    }

    private static final long SEED = 20261127L;
    private static final Pattern OFFICIAL_FULL = Pattern.compile("^\\s+official_full:\\s*(.+?)\\s*$");
    /** Acronyms ("NATO", "U.N."): no shape to learn, and the voter never asks about them. */
    private static final Pattern ACRONYM = Pattern.compile("^[\\p{Lu}\\d.&-]+$");

    private NameShapeTrainer() {
    }

    /**
     * Reads the lists under the shared folder ({@code data/wikidata}, {@code data/geonames}).
     *
     * @throws IOException when a list is missing or unreadable
     */
    public static Data read(Path shared) throws IOException {
        Path wd = shared.resolve("data/wikidata");
        Map<String, EntityType> labels = new LinkedHashMap<>();
        Map<String, String> written = new HashMap<>();
        Map<String, Boolean> conflict = new HashMap<>();
        Map<EntityType, Integer> read = new EnumMap<>(EntityType.class);
        BiConsumer<String, EntityType> add = (raw, t) -> {
            String name = raw == null ? "" : raw.strip().replaceAll("\\s*\\(.*\\)$", "");
            if (name.isEmpty() || ACRONYM.matcher(name).matches() || !Character.isLetter(name.charAt(0))
                    || name.length() > 80) {
                return;
            }
            read.merge(t, 1, Integer::sum);
            String key = name.toLowerCase(Locale.ROOT);
            EntityType was = labels.putIfAbsent(key, t);
            written.putIfAbsent(key, name);
            if (was != null && was != t) {
                conflict.put(key, true);
            }
        };
        for (String f : List.of("officeholders", "legislators", "heads_of_state_government", "foreign_ministers")) {
            column(wd.resolve(f + "_wikidata.tsv"), "person_label", v -> add.accept(v, EntityType.PERSON));
        }
        for (String f : List.of("legislators-current.yaml", "executive.yaml")) {
            Path p = wd.resolve("us-congress").resolve(f);
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                Matcher m = OFFICIAL_FULL.matcher(line);
                if (m.matches()) {
                    add.accept(m.group(1), EntityType.PERSON);
                }
            }
        }
        column(wd.resolve("countries_wikidata.tsv"), "label", v -> add.accept(v, EntityType.PLACE));
        column(wd.resolve("cities_100k_wikidata.tsv"), "label_en", v -> add.accept(v, EntityType.PLACE));
        column(shared.resolve("data/geonames/cities1000.tsv"), "name", v -> add.accept(v, EntityType.PLACE));
        Path io = wd.resolve("international_organizations_wikidata.tsv");
        column(io, "name_en", v -> add.accept(v, EntityType.ORGANIZATION));
        column(io, "other_names_en", v -> {
            for (String s : v.split("\\|")) {
                add.accept(s, EntityType.ORGANIZATION);
            }
        });
        Path parties = wd.resolve("political_parties_wikidata.tsv");
        column(parties, "name", v -> add.accept(v, EntityType.ORGANIZATION));
        column(parties, "name_short", v -> add.accept(v, EntityType.ORGANIZATION));
        column(wd.resolve("news_agencies_wikidata.tsv"), "short_name", v -> add.accept(v, EntityType.ORGANIZATION));
        List<Named> train = new ArrayList<>();
        List<Named> test = new ArrayList<>();
        labels.forEach((key, t) -> {
            if (!conflict.containsKey(key)) {
                // a tenth held out by name: the same name never on both sides
                (Math.floorMod(key.hashCode(), 10) == 0 ? test : train).add(new Named(written.get(key), t));
            }
        });
        return new Data(train, test, read);
    }

    /** Calls back with one column's values of a TSV file with a header line. */
    private static void column(Path tsv, String header, Consumer<String> each) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IOException("empty list: " + tsv);
        }
        int col = List.of(lines.get(0).split("\t", -1)).indexOf(header);
        if (col < 0) {
            throw new IOException("no column " + header + " in " + tsv);
        }
        for (int i = 1; i < lines.size(); i++) {
            String[] r = lines.get(i).split("\t", -1);
            if (col < r.length && !r[col].isBlank()) {
                each.accept(r[col]);
            }
        }
    }

    /**
     * The balanced training names: each class sampled down to {@code perClass} (fixed seed), a smaller class
     * repeated up to about it; persons' surnames alone added before balancing.
     */
    public static List<Named> balance(List<Named> names, Settings s) {
        Map<EntityType, List<Named>> by = new EnumMap<>(EntityType.class);
        Map<String, EntityType> seen = new HashMap<>();
        names.forEach(n -> seen.put(n.name().toLowerCase(Locale.ROOT), n.type()));
        int people = 0;
        for (Named n : names) {
            by.computeIfAbsent(n.type(), k -> new ArrayList<>()).add(n);
            if (n.type() == EntityType.PERSON && s.surnames() > 0 && people++ % s.surnames() == 0) {
                String[] w = n.name().split("\\s+");
                String last = w[w.length - 1];
                // a surname alone that is also some place's or body's name teaches nothing sure
                if (w.length > 1 && last.length() > 2 && seen.putIfAbsent(last.toLowerCase(Locale.ROOT),
                        EntityType.PERSON) == null) {
                    by.get(EntityType.PERSON).add(new Named(last, EntityType.PERSON));
                }
            }
        }
        List<Named> out = new ArrayList<>();
        Random random = new Random(SEED);
        for (EntityType t : EntityType.values()) {
            List<Named> list = new ArrayList<>(by.getOrDefault(t, List.of()));
            if (list.isEmpty()) {
                continue;
            }
            Collections.shuffle(list, random);
            if (list.size() >= s.perClass()) {
                out.addAll(list.subList(0, s.perClass()));
            } else {
                int times = Math.max(1, Math.round((float) s.perClass() / list.size()));
                for (int i = 0; i < times; i++) {
                    out.addAll(list);
                }
            }
        }
        return out;
    }

    /** Trains the classifier on balanced names ({@link MaxentModels#train}: GIS, one thread). */
    public static MaxentModel train(List<Named> names, Settings s) throws IOException {
        List<Event> events = new ArrayList<>();
        for (Named n : balance(names, s)) {
            events.add(new Event(n.type().name(), NameShapeFeatures.features(n.name())));
        }
        return MaxentModels.train(events, s.iterations(), s.cutoff());
    }

    /** Counts per gold type (rows) and predicted type (columns), by EntityType ordinal. */
    public static int[][] confusion(MaxentModel model, List<Named> test) {
        NameShapeVoter v = new NameShapeVoter(model, 1, 0, 1, false);
        int n = EntityType.values().length;
        int[][] c = new int[n][n];
        for (Named t : test) {
            c[t.type().ordinal()][v.best(t.name()).ordinal()]++;
        }
        return c;
    }
}
