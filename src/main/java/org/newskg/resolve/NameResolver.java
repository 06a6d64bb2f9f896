package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.extract.EntityType;
import org.newskg.extract.HybridMentionFinder;
import org.newskg.extract.RuleVoters;
import org.newskg.extract.Mention;
import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.extract.gazetteer.Names;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Groups an article's name mentions into entities, one per thing, and resolves personal pronouns to persons.
 *
 * <ul>
 * <li>Same type and same normalised name (case, accents, a leading "the" and a possessive "'s" ignored).</li>
 * <li>Acronyms join their long form: defined in the text ("Libyan National Army (LNA)"), known to the gazetteer
 * ("UN", "U.N." and "United Nations"), or the initials of the one multi-word name of that type in the article
 * (or, loosely, the one name it spells out: "SIA" of "Singapore Airlines").</li>
 * <li>Organizations and places: a short form joins the one longer name it ends or starts ("Senate", "Fiat",
 * "Apple" of "Apple Computer"); acronym words inside names count by their letters ("U.S. Air Force" is "US Air
 * Force"); a one-word name misspelt by two swapped letters joins the name ("Chrylser").</li>
 * <li>Persons: spelling variants merge (same number of words, each word equal or one edit apart on words of five
 * letters or more: "Hafter"/"Haftar"); a shorter name joins the one longer name it ends (or starts) with
 * ("Guterres" joins "Antonio Guterres"), met earlier or later.</li>
 * <li>he/him/his/she/her: the subject of the sentence when it is a compatible person named before the pronoun,
 * else the most recent compatible person in the sentence, else in the previous one (or the one before),
 * preferring its subject. Gender comes from given names. Pronouns inside quotations are left alone.</li>
 * <li>Definite descriptions ("the minister", "the carmaker") and organization pronouns ("it said"): see
 * {@link DescriptionResolver}.</li>
 * </ul>
 * The canonical name is the gazetteer's label when the entity is in a gazetteer (so "US" and "United States" get
 * one key in every article), else the most complete name met, each word in its most frequent spelling
 * ("Khalifa Haftar" from "Khalifa Hafter", "Haftar", "Haftar").
 *
 * <pre>
 * EntityResolver resolver = NameResolver.standard();
 * AnalyzedText t = OpenNlpAnalyzer.english().analyze(text);
 * ResolvedText r = resolver.resolve(t, HybridMentionFinder.standard().find(t));
 * </pre>
 * Thread-safe.
 */
public final class NameResolver implements EntityResolver {

    private static final Set<String> MALE = Set.of("he", "him", "his", "himself");
    private static final Set<String> FEMALE = Set.of("she", "her", "hers", "herself");
    private static final int PRONOUN_LOOKBACK = 2;
    /** What may stand between a long form and "(" + its acronym: white space, or a possessive. */
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("(['\u2019]s?)?\\s*");
    /** What says two names are two things: "Apple and Apple Corps", "between Acme or Acme Group". */
    private static final Pattern CONTRAST = Pattern.compile("\\s*,?\\s*(and|or|versus|vs\\.?)\\s+(the\\s+)?");

    private final Gazetteer gazetteer;

    public NameResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A resolver on the bundled gazetteer. */
    public static NameResolver standard() {
        return new NameResolver(Gazetteer.standard());
    }

    /** Mentions of one entity being built. */
    private static final class Cluster {
        final EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        /** Cleaned name forms as written, in order of first appearance. */
        final Set<String> forms = new LinkedHashSet<>();
        Cluster mergedInto;
        /** The region a city's name stands for after "Town," ("Everett, Washington"), or null. */
        Gazetteer.Entry region;

        Cluster(EntityType type) {
            this.type = type;
        }

        Cluster root() {
            Cluster c = this;
            while (c.mergedInto != null) {
                c = c.mergedInto;
            }
            return c;
        }

        /** The form with most words, then most characters. */
        String longest() {
            return forms.stream().max(Comparator.<String>comparingInt(f -> words(f).length)
                    .thenComparingInt(String::length)).orElseThrow();
        }
    }

    @Override
    public ResolvedText resolve(AnalyzedText text, List<Mention> mentions) {
        List<Mention> names = mentions.stream().filter(Mention::isName)
                .sorted(Comparator.comparingInt(Mention::start)).toList();
        // 1. exact: same type, same normalised form (acronyms by their letters)
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        // "Everett, Washington": the region, kept apart from the city's mentions and from the joins below
        Map<String, Cluster> regions = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Mention m = names.get(i);
            String form = clean(m.text());
            if (form.isEmpty()) {
                continue;
            }
            Gazetteer.Entry region = regionAfterTown(text.text(), names, i, form);
            Cluster c = region != null ? regions.computeIfAbsent(region.name(), k -> new Cluster(m.type()))
                    : byKey.computeIfAbsent(m.type() + "|" + formKey(form), k -> new Cluster(m.type()));
            c.region = region;
            c.mentions.add(m);
            c.forms.add(form);
        }
        List<Cluster> clusters = new ArrayList<>(byKey.values());
        joinAcronyms(text.text(), clusters, byKey);
        joinReorderedNames(clusters);
        joinLegalNames(clusters);
        joinAcronymParts(clusters);
        joinAcronymTails(clusters);
        joinClippedCompanyNames(clusters);
        joinCountryVariants(clusters);
        joinShortNames(text.text(), clusters);
        joinCountryPrefixedParties(clusters);
        joinMisspelledNames(clusters);
        joinPersonVariants(clusters);
        joinPartialPersonNames(clusters);
        if (joinMiddleNamesDropped(text.text(), clusters)) {
            joinPartialPersonNames(clusters); // "Bolton" fitted "John R. Bolton" and "John Bolton": now one person
        }
        clusters.addAll(regions.values());
        List<Cluster> roots = clusters.stream().filter(c -> c.mergedInto == null).toList();
        // 2. pronouns
        Map<Cluster, List<Mention>> pronouns = resolvePronouns(text, roots);
        // 2b. definite descriptions and organization pronouns (never aliases: only names make forms)
        List<DescriptionResolver.Group> groups = roots.stream()
                .map(c -> new DescriptionResolver.Group(c.type, subclass(c), List.copyOf(c.mentions))).toList();
        List<List<Mention>> described = DescriptionResolver.standard().resolve(text, groups);
        for (int i = 0; i < roots.size(); i++) {
            if (!described.get(i).isEmpty()) {
                pronouns.computeIfAbsent(roots.get(i), k -> new ArrayList<>()).addAll(described.get(i));
            }
        }
        // 3. entities
        List<Entity> entities = new ArrayList<>();
        Map<String, Integer> byEntityKey = new HashMap<>();
        for (Cluster c : roots) {
            List<Mention> ms = new ArrayList<>(c.mentions);
            ms.addAll(pronouns.getOrDefault(c, List.of()));
            ms.sort(Comparator.comparingInt(Mention::start));
            String name = canonical(c);
            Set<String> aliases = new LinkedHashSet<>(c.forms);
            aliases.remove(name);
            String key = EntityKeys.key(c.type, name);
            double confidence = c.mentions.stream().mapToDouble(Mention::confidence).max().orElse(0.5);
            Entity e = new Entity(key, name, c.type, subclass(c), aliases, ms, null, confidence);
            Integer at = byEntityKey.get(key);
            if (at != null) {
                // two clusters reached one canonical name (e.g. "UN" alone and a gazetteer alias): one entity
                Entity prev = entities.get(at);
                List<Mention> all = new ArrayList<>(prev.mentions());
                all.addAll(ms);
                all.sort(Comparator.comparingInt(Mention::start));
                Set<String> al = new LinkedHashSet<>(prev.aliases());
                al.addAll(aliases);
                al.remove(name);
                entities.set(at, new Entity(key, name, c.type, prev.subclass() != null ? prev.subclass()
                        : e.subclass(), al, all, null, Math.max(prev.confidence(), confidence)));
            } else {
                byEntityKey.put(key, entities.size());
                entities.add(e);
            }
        }
        entities.sort(Comparator.comparingInt(e -> e.mentions().get(0).start()));
        return new ResolvedText(text, entities);
    }

    /**
     * A leading "the", a possessive "'s" or "'", an editor's square brackets ("[George H. W.] Bush": the brackets
     * go, the words stay) and surrounding white space removed.
     */
    static String clean(String text) {
        if (text.indexOf('[') >= 0 || text.indexOf(']') >= 0) {
            text = text.replace("[", "").replace("]", "").replaceAll("\\s+", " ");
        }
        String s = text.strip().replace('\u2019', '\'');
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip();
        }
        if (s.endsWith("'s") || s.endsWith("'S")) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        // keep the original apostrophes of the text inside the name
        return text.strip().startsWith(s) ? s : restoreCase(text.strip(), s);
    }

    private static String restoreCase(String original, String cleaned) {
        int at = original.replace('\u2019', '\'').indexOf(cleaned);
        return at >= 0 ? original.substring(at, at + cleaned.length()) : cleaned;
    }

    private static String formKey(String form) {
        return acronymForm(form) ? "acr:" + Names.acronymKey(form) : String.join(" ", words(form));
    }

    /** An acronym ("LNA", "U.N."), or a unit's acronym with its number ("507th ARW"). */
    private static boolean acronymForm(String form) {
        return Names.isAcronym(form) || Names.isUnitAcronym(form);
    }

    /** Normalised words; a word written as an acronym by its letters ("U.S. Air Force" and "US Air Force" alike). */
    private static String[] words(String form) {
        String[] raw = form.strip().split("\\s+");
        String[] out = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = Names.isAcronym(raw[i]) ? Names.acronymKey(raw[i]).toLowerCase(Locale.ROOT) : Names.norm(raw[i]);
        }
        return out;
    }

    // ---- acronyms ----

    private void joinAcronyms(String text, List<Cluster> clusters, Map<String, Cluster> byKey) {
        for (Cluster acr : clusters) {
            if (acr.mergedInto != null || !acronymForm(acr.forms.iterator().next())) {
                continue;
            }
            String letters = Names.acronymKey(acr.forms.iterator().next());
            Cluster target = definedLongForm(text, acr, clusters);
            if (target == null) {
                target = openedByAcronym(acr, clusters);
            }
            if (target == null) {
                target = gazetteerLongForm(letters, acr, clusters);
                // "ISIL", "Da'esh" (the gazetteer's other name) and "Islamic State of Iraq and the Levant" (its
                // initials spelled out): both long forms are the acronym's
                Cluster spelled = target == null ? null : uniqueInitials(letters, acr, clusters);
                if (spelled != null && spelled.root() != target.root()) {
                    merge(spelled.root(), target.root());
                }
            }
            if (target == null) {
                target = uniqueInitials(letters, acr, clusters);
            }
            if (target != null) {
                merge(acr, target.root());
            }
        }
    }

    /**
     * The one name of the acronym's type that is the acronym and a company's trade or legal word ("NPD Group",
     * "ABC Holdings" for "NPD", "ABC"): the article's short name for that company, before any gazetteer entry of
     * the same letters (a party), or null. "UN Security Council" or "US Army" do not take "UN" or "US".
     */
    private static Cluster openedByAcronym(Cluster acr, List<Cluster> clusters) {
        String a = acr.forms.iterator().next();
        Cluster found = null;
        for (Cluster c : clusters) {
            if (c == acr || c.mergedInto != null || c.type != acr.type) {
                continue;
            }
            for (String f : c.forms) {
                String[] w = f.split("\\s+");
                if (w.length == 2 && w[0].equals(a)
                        && HybridMentionFinder.companyWord(Lexicons.standard(), Names.norm(w[1]))) {
                    if (found != null && found != c) {
                        return null;
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    /** A name right before "(" + the acronym + ")" in the text. */
    private static Cluster definedLongForm(String text, Cluster acr, List<Cluster> clusters) {
        for (Mention a : acr.mentions) {
            int open = text.lastIndexOf('(', a.start());
            if (open < 0 || !text.substring(open + 1, a.start()).isBlank() || a.end() >= text.length()
                    || text.charAt(a.end()) != ')') {
                continue;
            }
            for (Cluster c : clusters) {
                if (c == acr || c.mergedInto != null) {
                    continue;
                }
                for (Mention m : c.mentions) {
                    String gap = m.end() <= open ? text.substring(m.end(), open) : "x";
                    // "Naval Forces Central Command's (NAVCENT)": a possessive may stand between, when the letters
                    // are the name's (not "Japan's (ANA)", where the writer left the airline's name out)
                    // a dateline's agency names no place: "NEW YORK (AP)", "LONDON (AFP)" (another type, not its
                    // letters)
                    boolean letters = c.forms.stream().anyMatch(f -> lettersInOrder(Names.acronymKey(a.text()), f));
                    if (gap.isBlank() && (c.type == acr.type || letters)
                            || c.type == acr.type && POSSESSIVE_GAP.matcher(gap).matches() && letters) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    /** The acronym's letters in order in the name, the first one a word's initial ("NAVCENT", "U.S. Naval ..."). */
    private static boolean lettersInOrder(String acr, String name) {
        String up = name.toUpperCase(Locale.ROOT);
        for (int st = 0; st < up.length() && !acr.isEmpty(); st++) {
            if ((st == 0 || up.charAt(st - 1) == ' ') && up.charAt(st) == acr.charAt(0)) {
                int at = st;
                for (int i = 0; i < acr.length() && at >= 0; i++) {
                    at = up.indexOf(acr.charAt(i), at);
                    at = at < 0 ? -1 : at + 1;
                }
                if (at >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private Cluster gazetteerLongForm(String letters, Cluster acr, List<Cluster> clusters) {
        List<Gazetteer.Entry> entries = gazetteer.lookupAcronym(letters);
        for (Cluster c : clusters) {
            if (c == acr || c.mergedInto != null || c.type != acr.type) {
                continue;
            }
            for (String f : c.forms) {
                if (Names.isAcronym(f)) {
                    continue;
                }
                for (Gazetteer.Entry e : gazetteer.lookup(Names.norm(f))) {
                    if (entries.contains(e)) {
                        return c;
                    }
                }
            }
        }
        return null;
    }

    private static Cluster uniqueInitials(String letters, Cluster acr, List<Cluster> clusters) {
        Cluster exact = uniqueInitials(letters, acr, clusters, false);
        return exact != null ? exact : uniqueInitials(letters, acr, clusters, true);
    }

    /**
     * The one cluster of the acronym's type with a form whose initials are its letters, or, loosely, a form it
     * spells out ("SIA" of "Singapore Airlines": {@link Names#spellsOut}); null when none or several fit.
     */
    private static Cluster uniqueInitials(String letters, Cluster acr, List<Cluster> clusters, boolean loosely) {
        Cluster found = null;
        for (Cluster c : clusters) {
            if (c == acr || c.mergedInto != null || c.type != acr.type) {
                continue;
            }
            for (String f : c.forms) {
                if (!acronymForm(f) && (loosely ? Names.spellsOut(letters, f) : initials(f).equals(letters))) {
                    if (found != null && found != c) {
                        return null; // two long forms fit: leave it
                    }
                    found = c;
                }
            }
        }
        return found;
    }

    private static String initials(String form) {
        StringBuilder b = new StringBuilder();
        for (String w : form.split("[\\s-]+")) {
            if (Names.isOrdinal(w)) {
                b.append(w.toUpperCase(Locale.ROOT)); // "507th Air Refueling Wing" -> "507THARW" ("507th ARW")
            } else if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    // ---- organizations and places ----

    /** "Defense Department" joins "Department of Defense" (and "Foreign Ministry" "Ministry of Foreign Affairs" not). */
    private static void joinReorderedNames(List<Cluster> clusters) {
        Map<String, Cluster> byReordered = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.type == EntityType.PERSON || c.mergedInto != null) {
                continue;
            }
            for (String f : c.forms) {
                String[] w = words(f);
                if (w.length >= 3 && w[1].equals("of")) {
                    String[] r = new String[w.length - 1];
                    System.arraycopy(w, 2, r, 0, w.length - 2);
                    r[w.length - 2] = w[0];
                    byReordered.put(c.type + "|" + String.join(" ", r), c);
                }
            }
        }
        for (Cluster c : clusters) {
            if (c.type == EntityType.PERSON || c.mergedInto != null) {
                continue;
            }
            for (String f : c.forms) {
                Cluster target = byReordered.get(c.type + "|" + String.join(" ", words(f)));
                if (target != null && target.root() != c.root()) {
                    merge(c, target);
                    break;
                }
            }
        }
    }

    /**
     * A company's name joins its legal name: the name plus a legal-form suffix ("Apple" and "Apple Inc.", "Fiat" and
     * "Fiat S.p.A."), even when the gazetteer knows the short name, as long as one legal name fits. Another
     * organization starting with the same word ("Apple Corps") does not stop it: a writer who tells two companies
     * apart names the other one by its distinguishing word and uses the bare name for the one whose legal name
     * is that name plus a suffix.
     */
    private static void joinLegalNames(List<Cluster> clusters) {
        Lexicons lex = Lexicons.standard();
        Map<String, Set<Cluster>> byStem = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.type != EntityType.ORGANIZATION || c.mergedInto != null) {
                continue;
            }
            for (String f : c.forms) {
                String[] w = words(f);
                if (w.length >= 2 && lex.isLegalSuffix(w[w.length - 1])) {
                    String[] stem = Arrays.copyOf(w, w.length - 1);
                    stem[stem.length - 1] = stem[stem.length - 1].replaceAll(",$", ""); // "Apple, Inc."
                    byStem.computeIfAbsent(String.join(" ", stem), k -> new LinkedHashSet<>()).add(c);
                }
            }
        }
        if (byStem.isEmpty()) {
            return;
        }
        for (Cluster c : clusters) {
            if (c.type != EntityType.ORGANIZATION || c.mergedInto != null) {
                continue;
            }
            for (String f : c.forms) {
                Set<Cluster> legal = byStem.getOrDefault(String.join(" ", words(f)), Set.of());
                if (legal.size() == 1 && legal.iterator().next().root() != c.root()) {
                    merge(c, legal.iterator().next().root());
                    break;
                }
            }
        }
    }

    /**
     * A company name with a clipped word joins the fuller name it shortens ("Penske Auto" of "Penske Automotive
     * Group", "Acme Pharma" of "Acme Pharmaceuticals"): the same first word, each later word the start (four
     * letters or more) of the fuller name's word in the same place, at least one of them clipped. Only when one
     * fuller name fits.
     */
    private static void joinClippedCompanyNames(List<Cluster> clusters) {
        for (Cluster shorter : clusters) {
            if (shorter.type != EntityType.ORGANIZATION || shorter.mergedInto != null) {
                continue;
            }
            String[] s = words(shorter.longest());
            if (s.length < 2) {
                continue;
            }
            Set<Cluster> fits = new LinkedHashSet<>();
            for (Cluster longer : clusters) {
                if (longer.type != EntityType.ORGANIZATION || longer.root() == shorter.root()) {
                    continue;
                }
                for (String f : longer.forms) {
                    if (clipped(words(f), s)) {
                        fits.add(longer.root());
                    }
                }
            }
            if (fits.size() == 1) {
                merge(shorter, fits.iterator().next());
            }
        }
    }

    private static boolean clipped(String[] l, String[] s) {
        if (l.length < s.length || !l[0].equals(s[0])) {
            return false;
        }
        boolean clip = false;
        for (int i = 1; i < s.length; i++) {
            if (s[i].equals(l[i])) {
                continue;
            }
            if (s[i].length() < 4 || !l[i].startsWith(s[i])) {
                return false;
            }
            clip = true;
        }
        return clip;
    }

    /**
     * A short form joins the one longer organization or place name of the article that ends with it ("Senate" of
     * "United States Senate", "Security Council" of "UN Security Council") or, for organizations, starts with it
     * ("Fiat" of "Fiat Group SpA", "Northrop" of "Northrop Grumman"). A place the gazetteer knows stands for
     * itself ("Sudan" is not "South Sudan"); a known organization joins the one longer organization name of one
     * more word it starts ("Apple" of "Apple Computer"; not "Boeing Commercial Airplanes", a division), and a lone
     * head word the one name it ends, written before it ("Coalition" of "the Global Coalition"). When two longer names fit, one that the text sets against the short form ("Apple and Apple
     * Corps") is not it.
     */
    private static void joinShortNames(String text, List<Cluster> clusters) {
        Lexicons lex = Lexicons.standard();
        for (Cluster shorter : clusters) {
            if (shorter.type == EntityType.PERSON || shorter.mergedInto != null
                    || shorter.forms.stream().anyMatch(Names::isAcronym)) {
                continue;
            }
            String[] s = words(shorter.longest());
            boolean known = shorter.mentions.stream().anyMatch(m -> m.source().contains("gazetteer:"));
            boolean headAlone = s.length == 1 && lex.head(s[0]) != null;
            if (known && !headAlone && shorter.type != EntityType.ORGANIZATION) {
                continue;
            }
            int shorterStart = shorter.mentions.stream().mapToInt(Mention::start).min().orElse(0);
            Set<Cluster> fits = new LinkedHashSet<>();
            Set<Cluster> endFits = new LinkedHashSet<>(); // the short form ends them: "Air Force" of "US Air Force"
            for (Cluster longer : clusters) {
                Cluster root = longer.root();
                if (longer.type != shorter.type || root == shorter.root()) {
                    continue;
                }
                // a known head word alone ("the Coalition") refers back to a longer name written before it
                boolean before = !known || root.mentions.stream().mapToInt(Mention::start).min().orElse(0)
                        < shorterStart;
                for (String f : longer.forms) {
                    String[] l = words(f);
                    // a known name starts a longer name of its own with one more word ("Apple Computer"), not a
                    // division, an event or an office ("Boeing Commercial Airplanes", "Apple Worldwide Developers
                    // Conference", "Pentagon Acquisition Director")
                    boolean renamed = !known || l.length == s.length + 1 && !lex.isTitle(l[l.length - 1]);
                    boolean ends = l.length > s.length && suffix(l, s) && (!known || headAlone && before);
                    if (ends || l.length > s.length
                            && shorter.type == EntityType.ORGANIZATION && startsWith(l, s) && renamed) {
                        fits.add(root);
                    }
                    if (ends) {
                        endFits.add(root);
                    }
                }
            }
            if (fits.size() > 1) {
                fits.removeIf(l -> contrasted(text, shorter, l));
            }
            if (fits.size() > 1 && endFits.size() == 1 && fits.containsAll(endFits)) {
                // a name the short form ends is that name written in full; one it starts is a body or programme
                // of it ("Air Force" is "United States Air Force", not "Air Force ROTC")
                fits.retainAll(endFits);
            }
            if (fits.size() == 1) {
                merge(shorter, fits.iterator().next());
            }
        }
    }

    /**
     * One body written with two forms of its country before it ("United States Navy" and "U.S. Navy", "US
     * Department of Justice" and "United States Department of Justice", "Supreme Court of the United Kingdom" and
     * "UK Supreme Court"): one organization. The forms must name the same gazetteer country before or after "of"
     * the same other words; "U.S. Navy" and "UK Navy" stay apart. Joined first, a short form ("the Navy") then
     * fits one name instead of two.
     */
    private void joinCountryVariants(List<Cluster> clusters) {
        Map<String, Cluster> byRest = new HashMap<>();
        for (Cluster c : clusters) {
            if (c.type != EntityType.ORGANIZATION || c.mergedInto != null) {
                continue;
            }
            for (String f : List.copyOf(c.forms)) {
                String[] l = f.strip().split("\\s+");
                List<String> keys = new ArrayList<>();
                for (int extra = 1; extra <= 2 && extra < l.length; extra++) {
                    String qid = countryQid(String.join(" ", Arrays.copyOfRange(l, 0, extra)));
                    if (qid != null) {
                        String rest = String.join(" ", Arrays.copyOfRange(l, extra, l.length));
                        keys.add(qid + "|" + String.join(" ", words(rest)));
                    }
                }
                // "the Supreme Court of the United Kingdom" is "the UK Supreme Court"
                for (int of = 1; of + 1 < l.length; of++) {
                    if (!l[of].equals("of")) {
                        continue;
                    }
                    int c0 = of + 1 < l.length - 1 && l[of + 1].equalsIgnoreCase("the") ? of + 2 : of + 1;
                    String qid = countryQid(String.join(" ", Arrays.copyOfRange(l, c0, l.length)));
                    if (qid != null) {
                        keys.add(qid + "|" + String.join(" ", words(String.join(" ", Arrays.copyOf(l, of)))));
                    }
                }
                for (String key : keys) {
                    Cluster other = byRest.putIfAbsent(key, c.root());
                    if (other != null && other.root() != c.root()) {
                        merge(c, other.root());
                    }
                }
            }
        }
    }

    /** The Wikidata id of the country a form names ("United States", "U.S.", "US"), or null. */
    private String countryQid(String form) {
        List<Gazetteer.Entry> es = Names.isAcronym(form) ? gazetteer.lookupAcronym(Names.acronymKey(form))
                : gazetteer.lookup(Names.norm(form));
        return es.stream().filter(e -> "Country".equals(e.subclass())).map(Gazetteer.Entry::qid).findFirst()
                .orElse(null);
    }

    /**
     * A party's name with and without its country written before it ("the U.S. Republican Party" and "the
     * Republican Party", "the British Labour Party" and "the Labour Party"): one party, when one such longer
     * name is in the text. The country is a gazetteer country or a demonym; only names ending in a party's head
     * word (head-words.tsv subclass PoliticalParty) are joined, so "Japanese Red Cross" stays apart from "Red
     * Cross".
     */
    private void joinCountryPrefixedParties(List<Cluster> clusters) {
        Lexicons lex = Lexicons.standard();
        for (Cluster shorter : clusters) {
            if (shorter.type != EntityType.ORGANIZATION || shorter.mergedInto != null) {
                continue;
            }
            String[] s = shorter.longest().split("\\s+");
            Lexicons.Head head = lex.head(Names.norm(s[s.length - 1]));
            if (head == null || !"PoliticalParty".equals(head.subclass())) {
                continue;
            }
            String party = String.join(" ", s);
            Set<Cluster> fits = new LinkedHashSet<>();
            for (Cluster longer : clusters) {
                if (longer.type != EntityType.ORGANIZATION || longer.root() == shorter.root()) {
                    continue;
                }
                for (String f : longer.forms) {
                    String[] l = f.split("\\s+");
                    int extra = l.length - s.length;
                    if (extra < 1 || extra > 2
                            || !String.join(" ", Arrays.copyOfRange(l, extra, l.length)).equalsIgnoreCase(party)) {
                        continue;
                    }
                    String prefix = String.join(" ", Arrays.copyOfRange(l, 0, extra));
                    boolean countryAcronym = Names.isAcronym(prefix) // "U.S.", "UK"
                            && gazetteer.lookupAcronym(Names.acronymKey(prefix)).stream()
                            .anyMatch(e -> "Country".equals(e.subclass()));
                    if (isCountry(prefix) || countryAcronym
                            || extra == 1 && lex.demonymCountry(Names.norm(prefix)) != null) {
                        fits.add(longer.root());
                    }
                }
            }
            if (fits.size() == 1) {
                merge(shorter, fits.iterator().next());
            }
        }
    }

    /** Whether the text joins a mention of one name to a form of the other by "and"/"or" ("Apple and Apple Corps"). */
    private static boolean contrasted(String text, Cluster a, Cluster b) {
        for (Mention m : a.mentions) {
            for (Mention o : b.mentions) {
                int from = Math.min(m.end(), o.end());
                int to = Math.max(m.start(), o.start());
                if (from <= to && to - from < 20 && CONTRAST.matcher(text.substring(from, to)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An acronym that starts a hyphenated acronym of the article joins it ("CJTF" of "CJTF-OIR"), when only one
     * such is written.
     */
    private static void joinAcronymParts(List<Cluster> clusters) {
        for (Cluster acr : clusters) {
            if (acr.mergedInto != null || !acr.forms.stream().allMatch(NameResolver::acronymForm)) {
                continue;
            }
            Set<Cluster> fits = new LinkedHashSet<>();
            for (Cluster c : clusters) {
                for (String f : c.forms) {
                    for (String a : acr.forms) {
                        if (c.root() != acr.root() && f.startsWith(a + "-") && f.length() > a.length() + 2
                                && Names.isAcronym(f.substring(a.length() + 1))) {
                            fits.add(c.root());
                        }
                    }
                }
            }
            if (fits.size() == 1) {
                merge(acr, fits.iterator().next());
            }
        }
    }

    /**
     * A name ending in an acronym joins the name that spells that acronym out after the same first words
     * ("Vermont ANG" and "Vermont Air National Guard").
     */
    private static void joinAcronymTails(List<Cluster> clusters) {
        for (Cluster a : clusters) {
            if (a.type == EntityType.PERSON || a.mergedInto != null) {
                continue;
            }
            for (String f : a.forms) {
                String[] raw = f.strip().split("\\s+");
                if (raw.length < 2 || !Names.isAcronym(raw[raw.length - 1])) {
                    continue;
                }
                String[] head = Arrays.copyOf(words(f), raw.length - 1);
                String letters = Names.acronymKey(raw[raw.length - 1]);
                for (Cluster b : clusters) {
                    if (b.type != a.type || b.root() == a.root()) {
                        continue;
                    }
                    for (String g : b.forms) {
                        String[] w = words(g);
                        String[] braw = g.strip().split("\\s+");
                        if (w.length > raw.length && startsWith(w, head) && initials(String.join(" ",
                                Arrays.copyOfRange(braw, head.length, braw.length))).equals(letters)) {
                            merge(a, b.root());
                        }
                    }
                }
            }
        }
    }

    /**
     * A one-word organization or place name misspelt once by two swapped letters joins the name it misspells
     * ("Chrylser" and "Chrysler").
     */
    private static void joinMisspelledNames(List<Cluster> clusters) {
        for (Cluster a : clusters) {
            if (a.type == EntityType.PERSON || a.mergedInto != null || a.forms.size() != 1) {
                continue;
            }
            String w = Names.norm(a.forms.iterator().next());
            for (Cluster b : clusters) {
                // the spelling written more often, or first, is the name
                if (b.type != a.type || b.root() == a.root() || b.mentions.size() < a.mentions.size()
                        || b.mentions.size() == a.mentions.size() && b.mentions.get(0).start() > a.mentions.get(0).start()) {
                    continue;
                }
                if (b.forms.stream().anyMatch(f -> HybridMentionFinder.swapped(w, Names.norm(f)))) {
                    merge(a, b.root());
                    break;
                }
            }
        }
    }

    private static boolean suffix(String[] l, String[] s) {
        for (int i = 0; i < s.length; i++) {
            if (!s[s.length - 1 - i].equals(l[l.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    // ---- persons ----

    /** Same number of words, each the same word or a spelling variant, at least one word differing. */
    private static void joinPersonVariants(List<Cluster> clusters) {
        for (int i = 0; i < clusters.size(); i++) {
            Cluster a = clusters.get(i);
            if (a.type != EntityType.PERSON || a.mergedInto != null) {
                continue;
            }
            for (int j = i + 1; j < clusters.size(); j++) {
                Cluster b = clusters.get(j);
                if (b.type == EntityType.PERSON && b.mergedInto == null
                        && variants(words(a.longest()), words(b.longest()))) {
                    merge(b, a);
                }
            }
        }
    }

    private static boolean variants(String[] a, String[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!HybridMentionFinder.sameWord(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person's name written without its middle names, initials or generational suffix joins the one fuller name
     * of the article it shortens ("Robert Mugabe" and "Robert Gabriel Mugabe", "John Smith" and "John R. Smith
     * Jr."); two fuller names that fit ("John A. Smith", "John B. Smith") leave it alone.
     */
    private static boolean joinMiddleNamesDropped(String text, List<Cluster> clusters) {
        boolean joined = false;
        List<Cluster> persons = clusters.stream().filter(c -> c.type == EntityType.PERSON).toList();
        // "her mother, Gloria Ann Smith": named after a relative, asked once per person, not per pair of forms
        Set<Cluster> afterRelative = new HashSet<>();
        for (Cluster c : persons) {
            if (afterRelative(text, c)) {
                afterRelative.add(c);
            }
        }
        for (Cluster shorter : persons) {
            if (shorter.mergedInto != null || afterRelative.contains(shorter)) {
                continue;
            }
            Set<Cluster> fits = new LinkedHashSet<>();
            for (String sf : shorter.forms) {
                String[] s = words(sf);
                for (Cluster longer : persons) {
                    if (longer.root() == shorter.root()) {
                        continue;
                    }
                    for (String lf : longer.forms) {
                        if (middleNamesDropped(words(lf), s) && !afterRelative.contains(longer)
                                && !contrasted(text, shorter, longer)) {
                            fits.add(longer.root());
                        }
                    }
                }
            }
            if (fits.size() == 1) {
                merge(shorter, fits.iterator().next());
                joined = true;
            }
        }
        return joined;
    }

    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}-]+)[\\s,]*$");

    /**
     * Whether a mention of c follows a relative word ("her mother, Gloria Ann Smith", "his son John Smith"): a
     * mother and a daughter often share a given name and a surname, so such a name is kept apart.
     */
    private static boolean afterRelative(String text, Cluster c) {
        for (Mention m : c.mentions) {
            var w = LAST_WORD.matcher(text.substring(Math.max(0, m.start() - 20), m.start()));
            if (w.find() && RuleVoters.isRelative(w.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A shorter person name joins the one longer person name whose last (or first) words it is. */
    private static void joinPartialPersonNames(List<Cluster> clusters) {
        List<Cluster> persons = clusters.stream().filter(c -> c.type == EntityType.PERSON).toList();
        for (Cluster shorter : persons) {
            if (shorter.mergedInto != null) {
                continue;
            }
            String[] s = words(shorter.longest());
            Set<Cluster> fits = new LinkedHashSet<>();
            for (Cluster longer : persons) {
                Cluster root = longer.root();
                if (root == shorter.root()) {
                    continue;
                }
                String[] l = words(root.longest());
                if (l.length > s.length && (endsWith(l, s) || endsWith(withoutGeneration(l), s) || startsWith(l, s))) {
                    fits.add(root);
                }
            }
            if (fits.size() > 1) {
                Cluster main = mainBearer(shorter, s, fits);
                fits.removeIf(f -> f != main);
            }
            if (fits.size() == 1) {
                merge(shorter, fits.iterator().next());
            }
        }
    }

    /**
     * A surname alone that two persons of the article share ("Rod Blagojevich", "Patti Blagojevich", then
     * "Blagojevich") stands for the one the article is about: the one named first, in an earlier sentence than the
     * others and before the surname alone, and at least as often as each other; null when a fit is by the first
     * name, two are first named in one sentence, or the first-named is named less.
     */
    private static Cluster mainBearer(Cluster shorter, String[] s, Set<Cluster> fits) {
        if (s.length != 1) {
            return null;
        }
        Cluster first = null;
        int firstStart = Integer.MAX_VALUE;
        for (Cluster f : fits) {
            if (!endsWith(withoutGeneration(words(f.longest())), s)) {
                return null;
            }
            int start = f.mentions.stream().mapToInt(Mention::start).min().orElse(Integer.MAX_VALUE);
            if (start < firstStart) {
                firstStart = start;
                first = f;
            }
        }
        int shorterStart = shorter.mentions.stream().mapToInt(Mention::start).min().orElse(0);
        if (first == null || firstStart > shorterStart) {
            return null;
        }
        int firstSentence = first.mentions.stream().mapToInt(Mention::sentence).min().orElse(0);
        for (Cluster f : fits) {
            // two named together ("John Smith and Jane Smith arrived") leave the surname ambiguous
            if (f != first && (f.mentions.size() > first.mentions.size()
                    || f.mentions.stream().mapToInt(Mention::sentence).min().orElse(0) <= firstSentence)) {
                return null;
            }
        }
        return first;
    }

    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

    /**
     * Whether s, a given name and a surname, is l without its middle names or initials, and without a
     * generational suffix: "Robert Mugabe" of "Robert Gabriel Mugabe", "John Smith" of "John R. Smith" or "John
     * James Smith Jr.". First and last words must be the same: "John Smith" is no short form of "John Smith
     * Taylor".
     */
    private static boolean middleNamesDropped(String[] l, String[] s) {
        // a middle initial of its own makes another person: "George W. Bush" is not "George H. W. Bush"
        if (s.length != 2 || l.length <= s.length) {
            return false;
        }
        int last = withoutGeneration(l).length - 1;
        return last >= 1 && s[0].equals(l[0]) && HybridMentionFinder.sameWord(s[1], l[last]);
    }

    /** l without a generational suffix ("Jr.", "III") after two words or more. */
    private static String[] withoutGeneration(String[] l) {
        return l.length > 2 && GENERATIONS.contains(l[l.length - 1].replace(".", ""))
                ? Arrays.copyOf(l, l.length - 1) : l;
    }

    private static boolean endsWith(String[] l, String[] s) {
        for (int i = 0; i < s.length; i++) {
            if (!HybridMentionFinder.sameWord(s[s.length - 1 - i], l[l.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(String[] l, String[] s) {
        for (int i = 0; i < s.length; i++) {
            if (!s[i].equals(l[i])) {
                return false;
            }
        }
        return true;
    }

    private static void merge(Cluster from, Cluster into) {
        Cluster f = from.root();
        Cluster t = into.root();
        if (f == t) {
            return;
        }
        t.mentions.addAll(f.mentions);
        t.forms.addAll(f.forms);
        f.mentions.clear();
        f.mergedInto = t;
    }

    // ---- canonical name ----

    private String canonical(Cluster c) {
        if (c.region != null) {
            return c.region.name();
        }
        // the gazetteer label, when a full name of the text is in the gazetteer, or the text has only acronyms
        // (an acronym alone is ambiguous: "SDF" next to "Syrian Democratic Forces" is not the SAARC fund)
        boolean onlyAcronyms = c.forms.stream().allMatch(Names::isAcronym);
        for (String f : c.forms) {
            if (Names.isAcronym(f) != onlyAcronyms) {
                continue;
            }
            List<Gazetteer.Entry> es = onlyAcronyms ? gazetteer.lookupAcronym(Names.acronymKey(f))
                    : gazetteer.lookup(Names.norm(f));
            for (Gazetteer.Entry e : es) {
                // regions are a curated list without Q-ids: their label still names "Mich." and "Michigan" alike
                if (e.type() == c.type && (e.qid() != null || "Region".equals(e.subclass()))) {
                    return e.name();
                }
            }
        }
        String longest = c.longest();
        if (c.type != EntityType.PERSON) {
            return longest;
        }
        // each word in its most frequent spelling among the cluster's mentions
        String[] surface = longest.split("\\s+");
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : c.mentions) {
            for (String w : clean(m.text()).split("\\s+")) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        for (int i = 0; i < surface.length; i++) {
            String best = surface[i];
            int bestCount = counts.getOrDefault(best, 0);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                if (e.getValue() > bestCount
                        && HybridMentionFinder.sameWord(Names.norm(e.getKey()), Names.norm(surface[i]))) {
                    best = e.getKey();
                    bestCount = e.getValue();
                }
            }
            surface[i] = best;
        }
        return String.join(" ", surface);
    }

    /**
     * The region names[i] stands for when it is a region's short name ("Washington", "New York") right after a
     * place and a comma ("Everett, Washington", "near Albany, New York, on Monday"), or null. Not in a list of
     * places ("Paris, Washington and London", "Moscow, Washington, Beijing") nor when the city stands for its
     * government ("Unlike Moscow, Washington said ..."): the town does not follow a comma, and the name ends at punctuation other than a comma before a capital, or before a lower-case
     * preposition.
     */
    private Gazetteer.Entry regionAfterTown(String text, List<Mention> names, int i, String form) {
        Mention m = names.get(i);
        Gazetteer.Entry region = m.type() == EntityType.PLACE && i > 0
                ? gazetteer.regionAfterTown(Names.norm(form)) : null;
        if (region == null) {
            return null;
        }
        Mention town = names.get(i - 1);
        if (town.type() != EntityType.PLACE || "Region".equals(town.subclass()) || "Country".equals(town.subclass())
                || town.end() > m.start()
                || !text.substring(town.end(), m.start()).strip().equals(",")) {
            return null;
        }
        String before = text.substring(Math.max(0, town.start() - 5), town.start()).strip();
        if (before.endsWith(",")) {
            return null;
        }
        String after = text.substring(m.end()).strip();
        if (after.isEmpty() || ".;:)".indexOf(after.charAt(0)) >= 0) {
            return region;
        }
        if (after.charAt(0) == ',') {
            // "Everett, Washington, United States" (a country closes the chain), not "Paris, Washington, London"
            String next = after.substring(1).strip();
            return next.isEmpty() || !Character.isUpperCase(next.charAt(0)) || i + 1 < names.size()
                    && text.substring(m.end(), names.get(i + 1).start()).strip().equals(",")
                    && isCountry(clean(names.get(i + 1).text())) ? region : null;
        }
        String word = after.split("[\\s,.;:]", 2)[0];
        return AFTER_REGION.contains(word) ? region : null;
    }

    /**
     * Words that may follow "Town, Region" (prepositions, time words, subordinators): "in Everett, Washington at
     * 18:00".
     */
    private static final Set<String> AFTER_REGION = Set.of("at", "in", "on", "near", "for", "from", "to", "with",
            "by", "where", "which", "last", "this", "earlier", "today", "yesterday",
            // a clause or adjunct opens after the pair: "in Tacoma, Washington until she was twenty"
            "until", "when", "while", "before", "after", "since", "following", "during");

    private boolean isCountry(String form) {
        List<Gazetteer.Entry> es = gazetteer.lookup(Names.norm(form));
        return !es.isEmpty() && "Country".equals(es.get(0).subclass());
    }

    private static String subclass(Cluster c) {
        if (c.region != null) {
            return c.region.subclass();
        }
        Map<String, Integer> n = new HashMap<>();
        c.mentions.stream().filter(m -> m.subclass() != null).forEach(m -> n.merge(m.subclass(), 1, Integer::sum));
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    // ---- pronouns ----

    private Map<Cluster, List<Mention>> resolvePronouns(AnalyzedText text, List<Cluster> roots) {
        Map<Mention, Cluster> personOf = new HashMap<>();
        Map<Cluster, String> gender = new HashMap<>();
        for (Cluster c : roots) {
            if (c.type == EntityType.PERSON) {
                c.mentions.forEach(m -> personOf.put(m, c));
                gender.put(c, gender(c));
            }
        }
        Map<Cluster, List<Mention>> out = new HashMap<>();
        if (personOf.isEmpty()) {
            return out;
        }
        List<List<Mention>> bySentence = new ArrayList<>();
        text.sentences().forEach(s -> bySentence.add(new ArrayList<>()));
        personOf.keySet().forEach(m -> bySentence.get(m.sentence()).add(m));
        bySentence.forEach(l -> l.sort(Comparator.comparingInt(Mention::start)));
        boolean[] quoted = quoted(text.text());
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text().toLowerCase();
                String g = MALE.contains(w) ? "male" : FEMALE.contains(w) ? "female" : null;
                if (g == null || quoted[t.start()]) {
                    continue;
                }
                Resolution r = antecedent(text.sentences(), s, t, g, bySentence, personOf, gender);
                if (r != null) {
                    out.computeIfAbsent(r.cluster, k -> new ArrayList<>()).add(new Mention(t.start(), t.end(),
                            t.text(), EntityType.PERSON, null, s.index(), Mention.Kind.PRONOUN, r.confidence,
                            "rule:pronoun"));
                }
            }
        }
        return out;
    }

    private record Resolution(Cluster cluster, double confidence) {
    }

    private static Resolution antecedent(List<Sentence> sentences, Sentence s, Token pronoun, String g, List<List<Mention>> bySentence,
                                         Map<Mention, Cluster> personOf, Map<Cluster, String> gender) {
        for (int back = 0; back <= PRONOUN_LOOKBACK && s.index() - back >= 0; back++) {
            List<Mention> here = new ArrayList<>();
            for (Mention m : bySentence.get(s.index() - back)) {
                Cluster c = personOf.get(m);
                String cg = gender.get(c);
                if ((back > 0 || m.end() <= pronoun.start()) && (cg == null || cg.equals(g))) {
                    here.add(m);
                }
            }
            if (here.isEmpty()) {
                continue;
            }
            Set<Cluster> distinct = new LinkedHashSet<>();
            here.forEach(m -> distinct.add(personOf.get(m)));
            double decay = back == 0 ? 1.0 : back == 1 ? 0.9 : 0.75;
            if (distinct.size() == 1) {
                return new Resolution(distinct.iterator().next(), 0.8 * decay);
            }
            Mention subject = subject(sentences.get(s.index() - back), here.get(0));
            if (subject != null) {
                return new Resolution(personOf.get(subject), 0.6 * decay);
            }
            return new Resolution(personOf.get(here.get(here.size() - 1)), 0.45 * decay);
        }
        return null;
    }

    /**
     * The first person mention of a sentence when it comes before the sentence's first verb (its subject, in the
     * usual news order), else null.
     */
    private static Mention subject(Sentence s, Mention first) {
        for (Token t : s.tokens()) {
            if (t.isVerb()) {
                return first.end() <= t.start() ? first : null;
            }
        }
        return first;
    }

    private String gender(Cluster c) {
        String[] w = c.longest().split("\\s+");
        if (w.length < 2) {
            return null;
        }
        Gazetteer.GivenName n = gazetteer.givenName(w[0]);
        return n == null ? null : n.gender();
    }

    /** Which characters of the text are inside a quotation (“...” or "..."). */
    static boolean[] quoted(String text) {
        boolean[] q = new boolean[text.length() + 1];
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || c == '"' && !in) {
                in = true;
            } else if (c == '\u201D' || c == '"') {
                in = false;
            } else if (c == '\n') {
                in = false; // an unclosed quotation ends with its paragraph
            }
            q[i] = in;
        }
        return q;
    }
}
