package org.newskg.extract.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newskg.extract.EntityType;

/**
 * The hand-written word lists under {@code /org/newskg/lexicon} that name finding and resolution use: titles,
 * nationality adjectives, head words, context words, connectors and words that are never names. Loaded once;
 * immutable and thread-safe. Every key is {@link Names#norm normalised}.
 *
 * <pre>
 * Lexicons lex = Lexicons.standard();
 * lex.isTitle("secretary-general");   // true
 * lex.demonymCountry("libyan");        // "Libya"
 * </pre>
 */
public final class Lexicons {

    /** What a head word says about a name ending in it. */
    public record Head(EntityType type, String subclass) {
    }

    /** What is kept of a name ending in a non-entity head word (non-entities.tsv). */
    public enum Keep { NONE, MODIFIER, PLACE, KNOWN, SEAT, EVENT }

    /** Evidence a context word gives: a type and a weight. */
    public record Cue(EntityType type, double weight) {
    }

    private static final String DIR = "/org/newskg/lexicon/";

    private final Set<String> titles = new HashSet<>();
    private final Set<String> titlePrefixes = new HashSet<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Set<String> demonymPrefixes = new HashSet<>();
    private final Map<String, Head> heads = new HashMap<>();
    private final Set<String> facilities = new HashSet<>();
    private final Set<String> descriptions = new HashSet<>();
    private final Set<String> trades = new HashSet<>();
    private final Set<String> surnames = new HashSet<>();
    private final Map<String, List<Cue>> before = new HashMap<>();
    private final Map<String, List<Cue>> after = new HashMap<>();
    private final Map<String, List<Cue>> apposition = new HashMap<>();
    private final Map<String, List<Cue>> roles = new HashMap<>();
    private final Set<String> nonNames = new HashSet<>();
    private final Set<String> timeWords = new HashSet<>();
    private final Set<String> orgConnectors = new HashSet<>();
    private final Set<String> nameConnectors = new HashSet<>();
    private final Set<String> particles = new HashSet<>();
    private final Set<String> nonEntityPrefixes = new HashSet<>();
    private final Map<String, Keep> nonEntityHeads = new HashMap<>();
    private final Set<String> channels = new HashSet<>();
    private final Set<String> nonEntityAcronyms = new HashSet<>();
    private final Set<String> nonEntityNames = new HashSet<>();
    private final Map<String, EntityType> modifierTypes = new HashMap<>();
    private final Set<String> unitHeads = new HashSet<>();
    private final Set<String> legalSuffixes = new HashSet<>();
    private final Set<String> placePrefixes = new HashSet<>();
    private final Set<String> organizationPrefixes = new HashSet<>();
    private final Set<String> kinds = new HashSet<>();
    private final Set<String> productBefore = new HashSet<>();
    private final Set<String> workKinds = new HashSet<>();
    private final Set<String> productAfter = new HashSet<>();
    private final Set<String> productModel = new HashSet<>();
    private final Set<String> productSuffix = new HashSet<>();
    private final Set<String> productOutlet = new HashSet<>();
    private final Set<String> indexVerbs = new HashSet<>();
    private final Set<String> indexUnits = new HashSet<>();
    private final Set<String> numberedThings = new HashSet<>();
    private final Map<String, Set<String>> contextGroups = new HashMap<>();

    private static final class Holder {
        static final Lexicons STANDARD = new Lexicons();
    }

    /**
     * The common English words of {@code gazetteer/common-words.txt} (60,000 sorted ASCII lines), loaded on first
     * use and kept as the file's bytes, searched in place: a few milliseconds to load, where a set of 60,000
     * strings costs some 40.
     */
    private static final class CommonWords {
        static final byte[] BYTES;
        static final int DATA;

        static {
            String res = "/org/newskg/gazetteer/common-words.txt";
            try (InputStream in = Lexicons.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing from the classpath: " + res);
                }
                BYTES = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + res, e);
            }
            int from = 0; // after the header comment
            while (from < BYTES.length && BYTES[from] == '#') {
                while (from < BYTES.length && BYTES[from] != '\n') {
                    from++;
                }
                from++;
            }
            DATA = from;
        }

        /** Binary search over the bytes themselves: no index to build at load time. */
        static boolean contains(String w) {
            int lo = DATA; // lines starting in [lo, hi) are still candidates
            int hi = BYTES.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int start = mid;
                while (start > lo && BYTES[start - 1] != '\n') {
                    start--;
                }
                int end = start;
                while (end < BYTES.length && BYTES[end] != '\n') {
                    end++;
                }
                int c = compare(start, w);
                if (c == 0 && end > start) {
                    return true;
                } else if (c < 0) {
                    lo = end + 1;
                } else {
                    hi = start;
                }
            }
            return false;
        }

        /** The line at offset {@code at} compared with {@code w}, byte by byte (the file is sorted ASCII). */
        private static int compare(int at, String w) {
            int i = 0;
            for (; at + i < BYTES.length && BYTES[at + i] != '\n' && i < w.length(); i++) {
                int d = (BYTES[at + i] & 0xff) - w.charAt(i);
                if (d != 0) {
                    return d;
                }
            }
            boolean lineEnded = at + i >= BYTES.length || BYTES[at + i] == '\n';
            return lineEnded ? (i == w.length() ? 0 : -1) : 1;
        }
    }

    /**
     * Whether a normalised word is a common English word with no proper-noun spelling in the word list
     * ("galaxy", "business", "oath"; not "treasury", "apple", "shell", which are also names).
     */
    public boolean isCommonWord(String normalizedWord) {
        return CommonWords.contains(normalizedWord);
    }

    /** The bundled lexicons, loaded on first use. */
    public static Lexicons standard() {
        return Holder.STANDARD;
    }

    private Lexicons() {
        KnowledgeFiles.read(DIR + "titles.txt", r -> addPhrase(Names.norm(r[0]), titles, titlePrefixes));
        KnowledgeFiles.read(DIR + "demonyms.tsv", r -> {
            String d = Names.norm(r[0]);
            String country = r.length > 1 ? r[1].trim() : "";
            demonyms.put(d, country);
            addPhrase(d, null, demonymPrefixes);
            // no plural that spells the country itself: "Lao" + "s" is "Laos", a place, not its people
            if (!(d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("ese"))
                    && !(d + "s").equals(Names.norm(country))) {
                demonyms.put(d + "s", country);
                addPhrase(d + "s", null, demonymPrefixes);
            }
        });
        KnowledgeFiles.read(DIR + "head-words.tsv", r -> {
            heads.putIfAbsent(Names.norm(r[0]),
                    new Head(EntityType.valueOf(r[1].trim()), r.length > 2 && !r[2].isBlank() ? r[2].trim() : null));
            // kinds, comma-separated ("facility,surname")
            for (String kind : r.length > 3 ? r[3].split(",") : new String[0]) {
                switch (kind.trim()) {
                    case "facility" -> facilities.add(Names.norm(r[0]));
                    case "description" -> descriptions.add(Names.norm(r[0]));
                    case "trade" -> trades.add(Names.norm(r[0]));
                    case "surname" -> surnames.add(Names.norm(r[0]));
                    default -> { }
                }
            }
        });
        KnowledgeFiles.read(DIR + "context-words.tsv", r -> {
            if (r[1].trim().equals("kind")) {
                kinds.add(normPhrase(r[0]));
            }
            Map<String, List<Cue>> m = switch (r[1].trim()) {
                case "before", "kind" -> before;
                case "after" -> after;
                case "apposition" -> apposition;
                case "role" -> roles;
                default -> throw new IllegalStateException("context-words.tsv: unknown position " + r[1]);
            };
            m.computeIfAbsent(normPhrase(r[0]), k -> new ArrayList<>(2))
                    .add(new Cue(EntityType.valueOf(r[2].trim()), Double.parseDouble(r[3].trim())));
            if (r.length > 4 && !r[4].isBlank()) {
                contextGroups.computeIfAbsent(r[4].trim(), k -> new HashSet<>()).add(r[0].trim());
            }
        });
        KnowledgeFiles.read(DIR + "non-names.txt", r -> {
            String w = r[0].trim();
            if (w.startsWith("@")) {
                w = w.substring(1);
                timeWords.add(Names.norm(w));
            }
            nonNames.add(Names.norm(w));
        });
        KnowledgeFiles.read(DIR + "connectors.tsv", r -> (switch (r[1].trim()) {
            case "org" -> orgConnectors;
            case "name" -> nameConnectors;
            case "particle" -> particles;
            default -> throw new IllegalStateException("connectors.tsv: unknown kind " + r[1]);
        }).add(Names.norm(r[0])));
        KnowledgeFiles.read(DIR + "non-entities.tsv", r -> {
            String w = Names.norm(r[0]);
            switch (r[1].trim()) {
                case "prefix" -> nonEntityPrefixes.add(w);
                case "channel" -> channels.add(w);
                case "head" -> {
                    nonEntityHeads.put(w, Keep.valueOf(r[2].trim().toUpperCase(java.util.Locale.ROOT)));
                    if (r.length > 3 && !r[3].isBlank()) {
                        modifierTypes.put(w, EntityType.valueOf(r[3].trim()));
                    }
                }
                default -> throw new IllegalStateException("non-entities.tsv: unknown position " + r[1]);
            }
        });
        KnowledgeFiles.read(DIR + "unit-heads.txt", r -> unitHeads.add(Names.norm(r[0])));
        KnowledgeFiles.read(DIR + "legal-suffixes.txt", r -> legalSuffixes.add(Names.norm(r[0])));
        KnowledgeFiles.read(DIR + "place-prefixes.txt", r -> placePrefixes.add(Names.norm(r[0])));
        KnowledgeFiles.read(DIR + "organization-prefixes.txt", r -> organizationPrefixes.add(Names.norm(r[0])));
        KnowledgeFiles.read(DIR + "product-cues.tsv", r -> (switch (r[1].trim()) {
            case "before" -> productBefore;
            case "work" -> workKinds;
            case "after" -> productAfter;
            case "model" -> productModel;
            case "suffix" -> productSuffix;
            case "outlet" -> productOutlet;
            case "index-verb" -> indexVerbs;
            case "index-unit" -> indexUnits;
            case "numbered" -> numberedThings;
            default -> throw new IllegalStateException("product-cues.tsv: unknown position " + r[1]);
        }).add(normPhrase(r[0])));
        KnowledgeFiles.read(DIR + "non-entity-names.tsv", r -> {
            String name = r[0].trim();
            if (Names.isAcronym(name)) {
                nonEntityAcronyms.add(name.replace(".", ""));
            } else {
                nonEntityNames.add(normPhrase(name));
            }
        });
    }

    private static String normPhrase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.trim().split("\\s+")) {
            sb.append(sb.length() > 0 ? " " : "").append(Names.norm(w));
        }
        return sb.toString();
    }

    private static void addPhrase(String phrase, Set<String> set, Set<String> prefixes) {
        if (set != null) {
            set.add(phrase);
        }
        prefixes.add(phrase);
        for (int i = 1; i < phrase.length(); i++) {
            if (Character.isLetterOrDigit(phrase.charAt(i - 1)) != Character.isLetterOrDigit(phrase.charAt(i))) {
                prefixes.add(phrase.substring(0, i));
            }
        }
    }

    public boolean isTitle(String normalized) {
        return titles.contains(normalized);
    }

    public boolean isTitlePrefix(String normalized) {
        return titlePrefixes.contains(normalized);
    }

    /** The country a nationality adjective or demonym refers to ("" when none, e.g. "Kurdish"), or null. */
    public String demonymCountry(String normalized) {
        return demonyms.get(normalized);
    }

    public boolean isDemonymPrefix(String normalized) {
        return demonymPrefixes.contains(normalized);
    }

    /** The head word's type and subclass, or null. */
    public Head head(String normalizedWord) {
        return heads.get(normalizedWord);
    }

    /**
     * Whether a head word names a facility ("Plant", "Factory": head-words.tsv, kind facility): "of" after it says
     * where the facility is ("the Acme Plant of Springfield"), it does not go on with the name.
     */
    public boolean isFacilityHead(String normalizedWord) {
        return facilities.contains(normalizedWord);
    }

    /**
     * Whether a head word is a company's trade or legal form ("Motors", "Airlines", "Inc.": head-words.tsv, kind
     * trade): "of" and a place after it say where the company is based ("Tata Motors of India").
     */
    public boolean isTradeHead(String normalizedWord) {
        return trades.contains(normalizedWord);
    }

    /**
     * Whether a head word is also a common surname ("Plant", "Bank", "Church": head-words.tsv, kind surname): after
     * a given name it names a person ("Robert Plant"), where other heads beat the given name ("Douglas Aircraft").
     */
    public boolean isSurnameHead(String normalizedWord) {
        return surnames.contains(normalizedWord);
    }

    /**
     * Whether a head word alone after a possessive determiner describes one's own body ("our Company", "its
     * Board": head-words.tsv, kind description) rather than naming it ("its Navy" names one).
     */
    public boolean isDescriptionHead(String normalizedWord) {
        return descriptions.contains(normalizedWord);
    }

    /** Cues of a word right before a name. */
    public List<Cue> before(String normalizedWord) {
        return before.getOrDefault(normalizedWord, List.of());
    }

    /** Cues of a word right after a name. */
    public List<Cue> after(String normalizedWord) {
        return after.getOrDefault(normalizedWord, List.of());
    }

    /**
     * Cues of a role held in an organization, for the name right before it ("Acme chief executive") or after it
     * and "of", "for" or "at" ("spokesman for Acme").
     */
    public List<Cue> role(String normalizedWord) {
        return roles.getOrDefault(normalizedWord, List.of());
    }

    /** Cues of the noun of an apposition after a name. */
    public List<Cue> apposition(String normalizedWord) {
        return apposition.getOrDefault(normalizedWord, List.of());
    }

    /** Words never a name on their own (months, weekdays, directions, ...). */
    public boolean isNonName(String normalizedWord) {
        return nonNames.contains(normalizedWord);
    }

    /** Months and weekdays: they end a name. */
    public boolean isTimeWord(String normalizedWord) {
        return timeWords.contains(normalizedWord);
    }

    /** "of", "for", "of the": inside organization and place names after a head word. */
    public boolean isOrgConnector(String normalized) {
        return orgConnectors.contains(normalized);
    }

    /** "bin", "von", "al": inside persons' names (standing alone, or before a hyphen). */
    public boolean isNameConnector(String normalizedWord) {
        return nameConnectors.contains(normalizedWord) || particles.contains(normalizedWord);
    }

    /** "bin", "von", "al" but not "as", "ad": may stand alone between two capitalised words of a name. */
    public boolean isFreeNameConnector(String normalizedWord) {
        return nameConnectors.contains(normalizedWord);
    }

    /** "Operation", "USS": a name starting with this word is no entity (non-entities.tsv). */
    public boolean isNonEntityPrefix(String normalizedWord) {
        return nonEntityPrefixes.contains(normalizedWord);
    }

    /** "Twitter", "Facebook": a social network, no entity when named as the channel of a statement. */
    public boolean isChannel(String normalizedWord) {
        return channels.contains(normalizedWord);
    }

    /** What is kept of a name ending in this non-entity head word ("Flight", "Day"), or null when it is none. */
    public Keep nonEntityHead(String normalizedWord) {
        return nonEntityHeads.get(normalizedWord);
    }

    /** The type of the name kept before this non-entity head ("Adam Air" of "Adam Air Flight": an airline), or null. */
    public EntityType modifierType(String normalizedWord) {
        return modifierTypes.get(normalizedWord);
    }

    /** "Inc.", "PLC", "SpA": a company's legal form after its name (legal-suffixes.txt). */
    public boolean isLegalSuffix(String normalizedWord) {
        return legalSuffixes.contains(normalizedWord);
    }

    /** "Wing", "Battalion", "Group": an ordinal before a name ending in this word is part of it ("507th ... Wing"). */
    public boolean isUnitHead(String normalizedWord) {
        return unitHeads.contains(normalizedWord);
    }

    /**
     * Whether a name as written is an index, time zone, unit, currency code or other capitalised non-entity
     * (non-entity-names.tsv): "FTSE", "UTC", "GDP", "Dow Jones". Acronyms match case-sensitively.
     */
    public boolean isNonEntityName(String text) {
        return Names.isAcronym(text) ? nonEntityAcronyms.contains(text.replace(".", ""))
                : nonEntityNames.contains(normPhrase(text));
    }

    /** "Mount", "Fort", "Lake", "Tel": a name starting with this word is a place (place-prefixes.txt). */
    public boolean isPlacePrefix(String normalizedWord) {
        return placePrefixes.contains(normalizedWord);
    }

    /**
     * "Partido", "Banco", "Instituto": a name starting with this word is an organisation named in a language that
     * puts the head first (organization-prefixes.txt).
     */
    public boolean isOrganizationPrefix(String normalizedWord) {
        return organizationPrefixes.contains(normalizedWord);
    }

    /**
     * "film", "graphic novel", "shuttle": a kind of work or vehicle right before a name, which then names that work
     * or vehicle (product-cues.tsv, position work).
     */
    public boolean isWorkKind(String normalizedPhrase) {
        return workKinds.contains(normalizedPhrase);
    }

    /** "users", "operating system": words right after a name that make it a product's (product-cues.tsv). */
    public boolean isProductCueAfter(String normalizedWord) {
        return productAfter.contains(normalizedWord);
    }

    /**
     * "sedans", "smartphone", "jets": a kind of product right after a maker's name and one more word ("the Acme
     * Tempest sedans"), which then names a model (product-cues.tsv, position model).
     */
    public boolean isProductModelNoun(String normalizedWord) {
        return productModel.contains(normalizedWord);
    }

    /** "Pro", "MAX": a word after a model's number that ends the model's name (product-cues.tsv, position suffix). */
    public boolean isProductSuffix(String normalizedWord) {
        return productSuffix.contains(normalizedWord);
    }

    /**
     * "Store": a shop word that, ending a name after a lower-case-first product line ("iTunes Store"), makes the
     * name the product's shop, read as the product (product-cues.tsv, position outlet).
     */
    public boolean isProductOutlet(String normalizedWord) {
        return productOutlet.contains(normalizedWord);
    }

    /** "fall", "gain", "close": the lemma of a verb of a market's move (product-cues.tsv, index-verb). */
    public boolean isIndexVerb(String lemma) {
        return lemma != null && indexVerbs.contains(lemma);
    }

    /** "points": the unit in which an index moves (product-cues.tsv, index-unit). */
    public boolean isIndexUnit(String normalizedWord) {
        return indexUnits.contains(normalizedWord);
    }

    /** "Flight", "Route": a word before a number that names a numbered thing, not a maker (product-cues.tsv). */
    public boolean isNumberedThing(String normalizedWord) {
        return numberedThings.contains(normalizedWord);
    }

    /** "the new", "version of": words right before a name that make it a product's (product-cues.tsv). */
    public boolean isProductCueBefore(String normalizedPhrase) {
        return productBefore.contains(normalizedPhrase);
    }

    /** "carmaker", "giant", "town": a "before" cue that says what the name after it is (context-words.tsv kind). */
    public boolean isKind(String normalizedWord) {
        return kinds.contains(normalizedWord);
    }

    /**
     * The words of context-words.tsv rows of a group (fifth column) that a rule reads as one set ("poll": "poll",
     * "survey", ...), as written there; empty when no row has it.
     */
    public Set<String> contextGroup(String group) {
        return Set.copyOf(contextGroups.getOrDefault(group, Set.of()));
    }
}
