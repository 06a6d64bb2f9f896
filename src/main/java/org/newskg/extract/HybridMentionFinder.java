package org.newskg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.extract.gazetteer.Names;
import org.newskg.extract.ner.ModelVoter;
import org.newskg.nlp.HyphenWords;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds names of persons, organizations and places with rules, gazetteers and votes (v1: OpenNLP has no English
 * name-finder model).
 *
 * <p>Candidates are runs of capitalised words (whatever the POS tagger says: it often tags names NOUN), joined
 * by the connectors names use ("Ministry of Defence", "Mohammed bin Salman") and by gazetteer names
 * ("Bosnia and Herzegovina"); acronyms ("U.N.", "LNA") and hyphenated prefixes ("UN-backed" gives "UN") are
 * candidates too. Titles and roles split a run and are never part of a name ("UN Secretary-General Antonio
 * Guterres" gives "UN" and "Antonio Guterres"); leading nationality adjectives are dropped unless the name ends in
 * a head word ("Libyan National Army"); a possessive "'s" ends a name. Capitalisation that may only be positional
 * (sentence start, a headline in title case) must be backed by other evidence: the same name elsewhere, a
 * gazetteer hit, context.
 *
 * <p>Each candidate is then typed by {@link TypeVoter}s (gazetteer, head word, title before, context words,
 * given names, acronym, shape); votes are added up per name over the whole article (one type per name, a surname
 * inherits the votes of the full name met in the article, an acronym those of its long form).
 *
 * <pre>
 * MentionFinder finder = HybridMentionFinder.standard();
 * List&lt;Mention&gt; ms = finder.find(OpenNlpAnalyzer.english().analyze(
 *         "UN Secretary-General Antonio Guterres met Khalifa Haftar in Benghazi."));
 * // UN (ORGANIZATION), Antonio Guterres (PERSON), Khalifa Haftar (PERSON), Benghazi (PLACE, City)
 * </pre>
 *
 * <p>Thread-safe: resources are loaded once and never modified; {@link #find} keeps its state on the stack.
 */
public final class HybridMentionFinder implements MentionFinder {

    /** POS tags that never start or continue a name (sentence-initial ADV and VERB neither). */
    private static final Set<String> CLOSED = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART",
            "PUNCT", "INTJ", "SYM", "NUM");
    /** Punctuation after which capitalisation is positional, like at the sentence start. */
    private static final Set<String> OPENERS = Set.of(":", ";", "\"", "\u201C", "'", "\u2018", "(", "[", "-",
            "--", "\u2014", "\u2013", ".", "!", "?", "\u2026", "``", "''");
    /** Short function words left out when deciding whether a line is written in title case. */
    private static final Set<String> FUNCTION_WORDS = Set.of("with", "from", "into", "over", "after", "amid",
            "that", "this", "than", "upon", "about", "onto", "during", "against");
    /** A military grade after a rating: "Petty Officer 2nd Class", "Airman First Class". */
    private static final Set<String> GRADE_NOUNS = Set.of("class");
    /** Forms of address that can precede a title ("Mr Justice", "Madam Speaker"). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "madam", "madame",
            "dr", "dr.");
    /** Words after which a lower-case title word is a verb ("I miss Madrid", "they coach Dave's team"). */
    private static final Set<String> VERB_SUBJECTS = Set.of("i", "we", "you", "they", "to", "will", "would",
            "can", "could", "really", "still", "all", "do", "don't", "never", "always");
    private static final Set<String> GRADE_ORDINALS = Set.of("first", "second", "third");
    /** Quotation marks around a name or nickname ("called “Way Forward”", "John “J.D.” Doe"). */
    private static final Set<String> OPEN_QUOTES = Set.of("\u201C", "\"", "\u2018", "'");
    private static final Set<String> CLOSE_QUOTES = Set.of("\u201D", "\"", "\u2019", "'");
    private static final Set<String> PRONOUN_I = Set.of("I", "I'm", "I've", "I'll", "I'd");
    private static final int MAX_PHRASE_TOKENS = 12;
    /** {@code holderAfterPortfolio}: the run is a department whose holder follows after "and". */
    private static final int PORTFOLIO_ONLY = -2;
    /** Prefix, in the set of mid-sentence capitalised words, of a word met with no capitalised word before it. */
    private static final String ALONE = "\u0000";
    /** Prefix, in the same set, of a capitalised word met right after a known given name ("Jobs" of "Steve Jobs"). */
    private static final String SURNAME = "\u0001";
    /** Person evidence a name needs beyond its shape to be typed a person ("said" alone is not enough). */
    static final double MIN_PERSON = 0.8;
    /** Rule evidence from which a candidate's type is not in doubt (a gazetteer hit, a title, a head word). */
    static final double STRONG = 2.0;
    /** Evidence of what a name is, said by the text (a kind noun, a list's kind, an apposition), that the model yields to. */
    static final double KIND_SURE = 1.5;
    /** Confidence of a name kept with no evidence of its type. */
    static final double UNSUPPORTED_CONFIDENCE = 0.3;
    /** Most the model's votes on all mentions of one name may add up to (one sure mention gives 2). */
    static final double MODEL_CAP = 3.0;
    /** Nouns after a social network that make it the channel of a statement ("Facebook page"). */
    private static final Set<String> CHANNEL_NOUNS = RuleVoters.cueWords("channel-noun");

    /** "Channel", "Radio": a broadcast channel's number after it is part of its name ("Channel 4"). */
    private static final Set<String> BROADCAST_NOUNS = RuleVoters.cueWords("broadcast-noun");

    /** "television", "channels": words of a sentence about broadcasting, where "RTE 1" names a channel. */
    private static final Set<String> BROADCAST_CUES = RuleVoters.cueWords("broadcast-cue");

    /** Ordinal words that number an event ("the Second ASEAN Summit"), as "2nd" does. */
    private static final Set<String> ORDINAL_WORDS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    private final Gazetteer gazetteer;
    private final Lexicons lexicons;
    private final List<TypeVoter> voters;

    /**
     * @param gazetteer known names
     * @param lexicons  titles, demonyms, head words, context words
     * @param voters    the voters that type candidates (e.g. {@link RuleVoters#standard}, plus a model voter)
     */
    public HybridMentionFinder(Gazetteer gazetteer, Lexicons lexicons, List<TypeVoter> voters) {
        this.gazetteer = gazetteer;
        this.lexicons = lexicons;
        this.voters = List.copyOf(voters);
    }

    /** Common nouns kept in the possessive inside a name ("the People's Liberation Army"). */
    private static final Set<String> POSSESSIVE_OWNERS = firstColumn("/org/newskg/lexicon/possessive-owners.tsv");
    /** A saint's name in the possessive stays inside a name ("St. Peter's Square"). */
    private static final Set<String> SAINTS = Set.of("st.", "st", "saint");

    /** The first column of a lexicon file, lower case: one word or phrase a row. */
    private static Set<String> firstColumn(String resource) {
        Set<String> words = new HashSet<>();
        KnowledgeFiles.read(resource, r -> words.add(r[0].strip().toLowerCase()));
        return words;
    }

    /** Words after a name that say it is a disease's ("the Ebola outbreak"). */
    private static final Set<String> DISEASE_CUES = firstColumn("/org/newskg/lexicon/disease-cues.tsv");

    /** Head words that alone are a common noun, no name ("Police said", "Court convicts ..."). */
    private static final Set<String> LONE_HEADS = firstColumn("/org/newskg/lexicon/lone-heads.txt");

    /**
     * Prize and award heads after which "in" or "for" and capitalised words name the prize's field ("the Nobel
     * Prize in Physiology or Medicine"), not a place or a body.
     */
    private static final Set<String> PRIZE_HEADS = new HashSet<>();
    /** Lower-case nouns for a prize's winner: the one capitalised word before one names the prize ("Nobel laureate"). */
    private static final Set<String> PRIZE_WINNERS = new HashSet<>();

    static {
        KnowledgeFiles.read("/org/newskg/lexicon/prize-heads.txt", r -> (r.length > 1 && r[1].strip().equals("winner")
                ? PRIZE_WINNERS : PRIZE_HEADS).add(r[0].strip().toLowerCase()));
    }

    /** Portfolios of a minister or department ("Minister of Education"): see portfolios.txt. */
    private static final Set<String> PORTFOLIOS = firstColumn("/org/newskg/lexicon/portfolios.txt");

    /** Labels of a caption's credit before a colon ("Image: Jane Smith."). */
    private static final Set<String> CREDIT_LABELS = RuleVoters.cueWords("credit-label");

    /** Seasons: capitalised before a year ("in Spring 2007") they date something and name nothing. */
    private static final Set<String> SEASONS = RuleVoters.cueWords("season");

    /** Words before a quoted title of a work ("a painting titled \u201C...\u201D"). */
    private static final Set<String> WORK_CUES = firstColumn("/org/newskg/lexicon/work-cues.tsv");

    /** Words after a company's name that name a unit of it, not a product ("Microsoft Research"). */
    private static final Set<String> DIVISION_WORDS = firstColumn("/org/newskg/lexicon/division-words.txt");

    /** Last words of names of systems, markets, plans and studies: no body (non-body-heads.txt). */
    private static final Set<String> NON_BODY_HEADS = firstColumn("/org/newskg/lexicon/non-body-heads.txt");

    /** Words after a person's name that make it the title of a show or feature (show-words.txt). */
    private static final Set<String> SHOW_WORDS = firstColumn("/org/newskg/lexicon/show-words.txt");

    /** Verbs whose subject acts as a person (person-subject-verbs.txt). */
    private static final Set<String> PERSON_SUBJECT_VERBS = firstColumn("/org/newskg/lexicon/person-subject-verbs.txt");

    /** Prepositions before a body's field inside a longer name: "Centre for Policy Studies". */
    private static final Set<String> BODY_LINKS = Set.of("for", "of", "on", "in");

    /** Voters that say nothing of what a name names beyond its being a name. */
    private static final Set<String> NAME_ONLY_SOURCES = Set.of(ModelVoter.SOURCE, NameShapeVoter.SOURCE,
            RuleVoters.SHAPE, "rule:common-words", "rule:acronym");

    private static boolean isOpeningQuote(String w) {
        return w.equals("\"") || w.equals("\u201C") || w.equals("``");
    }

    private static boolean isClosingQuote(String w) {
        return w.equals("\"") || w.equals("\u201D") || w.equals("''");
    }

    /** The finder on the bundled gazetteers and lexicons with the rule voters and the name-finder model. */
    public static HybridMentionFinder standard() {
        Gazetteer g = Gazetteer.standard();
        Lexicons l = Lexicons.standard();
        List<TypeVoter> voters = new ArrayList<>(RuleVoters.standard(g, l));
        voters.add(RuleVoters.basedPlace(l));
        voters.add(ModelVoter.english());
        if (NameShapeVoter.Settings.STANDARD.enabled()) {
            // what the name looks like, where the rules are in doubt; off as shipped, and then its model (a
            // megabyte) is not even loaded
            voters.add(NameShapeVoter.english());
        }
        return new HybridMentionFinder(g, l, voters);
    }

    /** The finder on the bundled gazetteers and lexicons with the rule voters only (no statistical model). */
    public static HybridMentionFinder rules() {
        Gazetteer g = Gazetteer.standard();
        Lexicons l = Lexicons.standard();
        List<TypeVoter> voters = new ArrayList<>(RuleVoters.standard(g, l));
        voters.add(RuleVoters.basedPlace(l));
        return new HybridMentionFinder(g, l, voters);
    }

    @Override
    public List<Mention> find(AnalyzedText text) {
        List<NameCandidate> all = new ArrayList<>();
        Map<String, String> definitions = new HashMap<>();
        Set<String> midCaps = capitalisedMidSentence(text);
        Set<String> lowerWords = new HashSet<>();
        Set<String> acronyms = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).text();
                if (i > 0 && Names.isCapitalized(w) && gazetteer.givenName(toks.get(i - 1).text()) != null) {
                    midCaps.add(SURNAME + w); // "Jobs" of "Steve Jobs"
                }
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                    lowerWords.add(w);
                }
                if (Names.isAcronym(w)) {
                    acronyms.add(Names.acronymKey(w));
                }
            }
        }
        Set<String> nonEntities = new HashSet<>();
        Set<String> brands = camelBrands(text);
        for (Sentence s : text.sentences()) {
            SentenceScan scan = new SentenceScan(s, midCaps, lowerWords, nonEntities, acronyms);
            scan.brands = brands;
            scan.scan(all, definitions);
        }
        all.removeIf(c -> nonEntities.contains(c.key()));
        all.removeIf(c -> shoutedWord(c, lowerWords, definitions));
        dropSpeakerLabels(all, text.text());
        joinHeadlineParts(all);
        joinBracketedNameParts(all);
        trimShowWords(all);
        Set<NameCandidate> makers = splitMakerModels(all);
        splitCountryOf(all, lowerWords);
        Set<NameCandidate> invertedNames = joinInvertedNames(text, all);
        List<NameCandidate> nonEntityMentions = new ArrayList<>(all);
        dropNonEntityNames(all, definitions);
        nonEntityMentions.removeAll(all); // where a model may not propose part of one ("Middle" of "Middle Ages")
        dropAcronymEntriesContradictedByText(all);
        // rule votes first; costly voters (a model) then read only the sentences where the rules are in doubt
        Map<NameCandidate, Ballot> own = new IdentityHashMap<>(); // records of whole sentences: hash by identity
        Set<Integer> doubtful = new HashSet<>();
        for (NameCandidate c : all) {
            Ballot b = new Ballot();
            voters.forEach(v -> v.vote(c, b));
            if (invertedNames.contains(c)) {
                b.vote(EntityType.PERSON, 2.0, null, INVERTED_NAME); // "Austen, Jane." in a list of such lines
            }
            if (makers.contains(c)) {
                b.vote(EntityType.ORGANIZATION, 2.0, null, MAKER_MODEL); // "Kestrel" of "Kestrel Trent 900 engines"
            }
            own.put(c, b);
            if (b.score(b.winner()) < STRONG) {
                doubtful.add(c.sentence().index());
            }
        }
        List<TypeVoter> textVoters = new ArrayList<>();
        for (TypeVoter v : voters) {
            TypeVoter t = v.forText(text, doubtful::contains);
            if (t != v) {
                textVoters.add(t);
            }
        }
        boolean modelAsked = !textVoters.isEmpty();
        if (!textVoters.isEmpty()) {
            List<NameCandidate> proposed = addProposals(text, textVoters, all);
            Predicate<NameCandidate> overlapsNonEntity = p -> nonEntityMentions.stream()
                    .anyMatch(c -> c.start() < p.end() && p.start() < c.end());
            proposed.removeIf(overlapsNonEntity);
            all.removeIf(overlapsNonEntity);
            for (NameCandidate c : proposed) {
                Ballot b = new Ballot();
                voters.forEach(v -> v.vote(c, b));
                own.put(c, b);
            }
            all.removeIf(c -> nonEntities.contains(c.key()));
            dropNonEntityNames(all, definitions);
            for (NameCandidate c : all) {
                if (doubtful.contains(c.sentence().index())) {
                    textVoters.forEach(v -> v.vote(c, own.get(c)));
                }
            }
        }
        // "the Bush Administration": a leader's term, no body; gone before a later "Bush" could inherit its type
        all.removeIf(this::leaderTerm);
        // document level: group keys joined by acronym definitions, gazetteer identity and initials
        UnionFind groups = new UnionFind();
        all.forEach(c -> groups.add(groupKey(c)));
        definitions.forEach(groups::union);
        joinInitials(all, groups, definitions);
        Set<String> productGroups = new HashSet<>();
        Map<String, Set<String>> firstWordGroups = new HashMap<>();
        for (NameCandidate c : all) {
            firstWordGroups.computeIfAbsent(Names.norm(c.first().text()), k -> new HashSet<>())
                    .add(groups.find(groupKey(c)));
        }
        // a name before a kind of product in half its mentions or more, never the subject of a verb: a product
        Map<String, int[]> productNouns = new HashMap<>(); // group -> {mentions, before a product noun, subject}
        for (NameCandidate c : all) {
            String g = groups.find(groupKey(c));
            if (productCue(c) || makerModel(c, g, firstWordGroups) || diseaseName(c)) {
                productGroups.add(g);
            }
            int[] n = productNouns.computeIfAbsent(g, k -> new int[3]);
            n[0]++;
            n[1] += c.entry() == null && productNounAfter(c) ? 1 : 0;
            n[2] += subjectOfVerb(c) ? 1 : 0;
        }
        Set<String> productNounGroups = new HashSet<>();
        productNouns.forEach((g, n) -> {
            if (n[1] > 0 && 2 * n[1] >= n[0] && n[2] == 0) {
                productNounGroups.add(g);
            }
        });
        Set<String> certainKeys = new HashSet<>();
        for (NameCandidate c : all) {
            if (!c.uncertain()) {
                certainKeys.add(groups.find(groupKey(c)));
                if (c.size() > 1 && !isHeadline(c.sentence())) {
                    certainKeys.add("last:" + Names.norm(c.last().text())); // a surname alone later
                    certainKeys.add("last:" + Names.norm(c.first().text())); // "Fiat" of "Fiat Group SpA"
                }
            }
        }
        List<NameCandidate> kept = new ArrayList<>();
        for (NameCandidate c : all) {
            boolean seen = certainKeys.contains(groups.find(groupKey(c)))
                    || c.size() == 1 && certainKeys.contains("last:" + c.key())
                    // a head word alone in the title line ("Bank posts record profit") is no short form of
                    // "Acme Bank": the title is written in sentence case or title case, not as a name
                    && !((c.sentence().paragraph() == 0 || c.sentence().index() == 0) && lexicons.head(c.key()) != null)
                    // nor one opening a sentence before a common noun ("Hotel staff said" after "the Harbour Hotel")
                    && !(c.uncertain() && lexicons.head(c.key()) != null && beforeCommonNoun(c));
            if (keep(c, own.get(c), seen, lowerWords)) {
                kept.add(c);
            }
        }
        Map<String, Ballot> ballots = new LinkedHashMap<>();
        Map<String, List<NameCandidate>> members = new LinkedHashMap<>();
        for (NameCandidate c : kept) {
            String g = groups.find(groupKey(c));
            ballots.computeIfAbsent(g, k -> new Ballot()).addAll(own.get(c), 1.0);
            members.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
        }
        // the model sees the same word at each mention of a name: its votes are one piece of evidence, not n
        ballots.values().forEach(b -> b.capSource(ModelVoter.SOURCE, MODEL_CAP));
        // a town's name is the same word at each mention too: one weak piece of evidence
        ballots.values().forEach(b -> b.capSource(RuleVoters.TOWN, 0.5));
        ballots.values().forEach(HybridMentionFinder::townYieldsToNames);
        ballots.values().forEach(HybridMentionFinder::modelYieldsToRules);
        inheritFromFullNames(ballots, members, lexicons);
        // places a rule or a gazetteer speaks for: a name the model alone calls a place near one is a place too
        List<NameCandidate> knownPlaces = kept.stream().filter(c -> {
            Ballot b = ballots.get(groups.find(groupKey(c)));
            return b.winner() == EntityType.PLACE && ruleWeight(b, EntityType.PLACE) > 0;
        }).toList();
        Set<String> companyFirstWords = companyFirstWords(kept, groups, ballots);
        Set<String> longNameWords = new HashSet<>(); // "Jobs" of "Steve Jobs": a later "Jobs" alone is that name
        kept.stream().filter(c -> c.size() > 1).forEach(c -> longNameWords.addAll(words(c)));
        List<Mention> out = new ArrayList<>(kept.size());
        for (NameCandidate c : kept) {
            String g = groups.find(groupKey(c));
            Ballot b = ballots.get(g);
            EntityType type = c.words() == 1 || c.acronym() ? typeWithEvidence(b) : b.winner();
            if (type == EntityType.PERSON && companyLine(c, members.get(g), companyFirstWords)) {
                if (b.score(EntityType.ORGANIZATION) <= 0) {
                    continue; // "Quorra Home speakers" after "Quorra Inc.": a product line, no person
                }
                type = EntityType.ORGANIZATION; // "Quorra Cloud will be led by ...": a unit of the company
            }
            if (type == EntityType.PERSON && commonNounPhrase(members.get(g), b, lowerWords)) {
                continue;
            }
            if (lowerCaseTwin(members.get(g), lowerWords, longNameWords)) {
                continue; // "speak to the People" beside "people": a common word capitalised for emphasis or a title
            }
            if (commonWordName(members.get(g), b, longNameWords)) {
                continue; // "the Galaxy", "a Drug deal": a common word only the model or its capital calls a name
            }
            if (c.words() > 1 && !c.acronym() && modelAsked) {
                type = typeBeyondShape(b); // the model read this doubtful sentence and saw no name here
            }
            if (yearPossessive(c) && c.entry() == null && lexicons.head(Names.norm(c.last().text())) == null) {
                continue; // "1992's Batman Returns": a work dated by its year, whatever words it holds (E3)
            }
            if (type == EntityType.ORGANIZATION && nonBodyName(members.get(g), b)) {
                continue; // "the Emergency Management Information System", "a Single Market": no body (E3)
            }
            if (type == EntityType.ORGANIZATION && makerProduct(g, members.get(g), b, kept, groups, ballots)) {
                continue; // "the Acme Tempest" after "Acme": the maker's product (guideline E3), by the model's word only
            }
            if (type == EntityType.ORGANIZATION && ownedName(g, members.get(g), b, kept, groups, ballots)) {
                continue; // "Microsoft's Windows Mobile", "EA's Spore": a body's product, by no rule's word (E3)
            }
            if (productGroups.contains(g) && (type == null || sureEvidence(b, type) < STRONG)) {
                continue; // "Windows users", "the new Shuffle": a product (guideline E3), unless a sure rule says else
            }
            if (type != null && members.get(g).stream().allMatch(HybridMentionFinder::quoted)
                    && sureEvidence(b, type) < STRONG) {
                continue; // a plan called “Way Forward”, a nickname “J.D.”: a quoted title, not a name met in the text
            }
            if (productNounGroups.contains(g) && ruleEvidence(b) <= 1.0) {
                continue; // "Macintosh computers", "the Dreamliner aircraft": only the model calls it a name
            }
            if (type == EntityType.PLACE && actingPlace(members.get(g), b)) {
                type = EntityType.PERSON; // "Gorbachev agreed that ...": a place only by the model's word acts
            }
            if (type == EntityType.PLACE && unknownModelPlace(members.get(g), b, knownPlaces)) {
                continue; // "the current Falcon", "founded NeXT": a place only by the model's word
            }
            if (type == EntityType.PLACE && modelAsked && prepositionOnlyPlace(members.get(g), b, knownPlaces)) {
                continue; // "a PhD in Final Cut", "porting it to Android": a place only by the preposition's word
            }
            if (type == EntityType.PLACE && fieldOfStudy(members.get(g), b)) {
                continue; // "Assistant Professor in Sport Studies": a field of study, no entity
            }
            if (type == EntityType.PLACE && members.get(g).stream().allMatch(HybridMentionFinder::multiHumpWord)
                    && b.weightFrom(EntityType.PLACE, "gazetteer:") <= 0) {
                continue; // "RecentChangesCamp", "ShakataGaNai": an event, a site or a user name run together
            }
            if (type == EntityType.PLACE && contestTeam(members.get(g), b)) {
                type = EntityType.ORGANIZATION; // "lost to the Cardinals": a team
            }
            if (type == null) {
                // nothing but capitalisation: a name met more than once is kept as an organization (most such
                // names are companies, brands and groups), with a low confidence, if the tagger calls some
                // mention of it a proper noun and not every mention is a piece of a title-case phrase cut at a
                // preposition ("the Cessation of Hostilities"); once, it is dropped
                if (members.get(g).size() >= 2 && members.get(g).stream().anyMatch(m -> taggedName(m))
                        && !members.get(g).stream().allMatch(HybridMentionFinder::pieceOfTitlePhrase)) {
                    out.add(new Mention(c.start(), c.end(), c.text(), EntityType.ORGANIZATION, null,
                            c.sentence().index(), Mention.Kind.NAME, UNSUPPORTED_CONFIDENCE, RuleVoters.SHAPE));
                }
                continue;
            }
            String sources = b.sources(type);
            out.add(new Mention(c.start(), c.end(), c.text(), type, b.subclass(type), c.sentence().index(),
                    Mention.Kind.NAME, b.confidence(), sources.isEmpty() ? RuleVoters.SHAPE : sources));
        }
        dropAcronymsOfNonNames(text, out);
        splitCountryRegions(text, out);
        addCompassRegions(text, out);
        return out;
    }

    /**
     * An acronym in brackets right after the capitalised words whose initials spell it, when none of those words
     * is kept as a name ("the Interview of the Month (IOTM)", "Maintenance, Repair and Overhaul (MRO)"): the
     * abbreviation of a title-case phrase that names nothing names nothing either, wherever it is used. A long form
     * kept as a name keeps its acronym ("the Union of Rationalist Atheists (URA)").
     */
    private static void dropAcronymsOfNonNames(AnalyzedText text, List<Mention> out) {
        Set<String> dropped = new HashSet<>();
        for (Mention m : out) {
            Sentence s = text.sentences().get(m.sentence());
            List<Token> toks = s.tokens();
            int a = s.tokenAt(m.start());
            if (a < 2 || a + 1 >= toks.size() || toks.get(a).start() != m.start() || !Names.isAcronym(m.text())
                    || !toks.get(a).text().equals(m.text())
                    || !toks.get(a - 1).text().equals("(") || !toks.get(a + 1).text().equals(")")) {
                continue;
            }
            String acr = m.text().toLowerCase(Locale.ROOT);
            String names = ""; // initials of the capitalised words ("MRO" of "Maintenance, Repair and Overhaul")
            String all = ""; // and of the glue words too ("IOTM" of "Interview of the Month")
            int from = -1;
            for (int k = a - 2; k >= 0 && names.length() < acr.length(); k--) {
                String w = toks.get(k).text();
                String lower = w.toLowerCase(Locale.ROOT);
                if (ACRONYM_SKIPPED.contains(lower) || w.equals(",")) {
                    all = Character.isLetter(w.charAt(0)) ? lower.charAt(0) + all : all;
                    continue;
                }
                if (!Names.isCapitalized(w)) {
                    break;
                }
                names = lower.charAt(0) + names;
                all = lower.charAt(0) + all;
                if (names.equals(acr) || all.equals(acr)) {
                    from = k;
                    break;
                }
            }
            if (from < 0) {
                continue;
            }
            int start = toks.get(from).start();
            int end = toks.get(a - 2).end();
            if (out.stream().noneMatch(o -> o != m && o.overlaps(start, end))) {
                dropped.add(m.text());
            }
        }
        out.removeIf(m -> dropped.contains(m.text()));
    }

    /** Compass words that open a region's name after its country ("the US West Coast", "China's South Coast"). */
    private static final Set<String> REGION_COMPASS = Set.of("West", "East", "North", "South", "Northern",
            "Southern", "Eastern", "Western", "Northeast", "Northwest", "Southeast", "Southwest");

    /**
     * A place written as a country's name and a region of it, the region a compass word and a place's head word
     * ("the US West Coast", "the China East Coast"): two places, the country and the region, as "the West Coast of
     * the US" would give.
     */
    private void splitCountryRegions(AnalyzedText text, List<Mention> out) {
        List<Mention> split = new ArrayList<>();
        for (Iterator<Mention> it = out.iterator(); it.hasNext(); ) {
            Mention m = it.next();
            if (m.type() != EntityType.PLACE || m.kind() != Mention.Kind.NAME) {
                continue;
            }
            List<Token> toks = text.sentences().get(m.sentence()).tokensIn(m.start(), m.end());
            for (int n = 1; n <= 2 && n + 2 <= toks.size(); n++) {
                Token first = toks.get(0);
                Token last = toks.get(n - 1);
                String country = text.text().substring(first.start(), last.end());
                List<Gazetteer.Entry> known = new ArrayList<>(gazetteer.lookup(Names.norm(country)));
                if (Names.isAcronym(country)) {
                    known.addAll(gazetteer.lookupAcronym(Names.acronymKey(country))); // "US", "UK"
                }
                Optional<Gazetteer.Entry> e = known.stream()
                        .filter(x -> x.type() == EntityType.PLACE && "Country".equals(x.subclass())).findFirst();
                Lexicons.Head head = lexicons.head(Names.norm(toks.get(toks.size() - 1).text()));
                if (e.isEmpty() || !REGION_COMPASS.contains(toks.get(n).text()) || head == null
                        || head.type() != EntityType.PLACE) {
                    continue;
                }
                Token r = toks.get(n);
                it.remove();
                split.add(new Mention(first.start(), last.end(), country, EntityType.PLACE, "Country", m.sentence(),
                        Mention.Kind.NAME, m.confidence(), "gazetteer:" + e.get().source()));
                split.add(new Mention(r.start(), m.end(), text.text().substring(r.start(), m.end()), EntityType.PLACE,
                        "Region", m.sentence(), Mention.Kind.NAME, m.confidence(), m.source()));
                break;
            }
        }
        out.addAll(split);
        out.sort(Comparator.comparingInt(Mention::start));
    }

    /**
     * Compass points that, capitalised after "the", name a region ("the West", "the Midwest"). "the North", "the
     * South" and "the East" are left out: in news they mostly stand for half of a divided country ("shells fired
     * into the North"), which the guidelines do not make a mention.
     */
    private static final Set<String> COMPASS_REGIONS = Set.of("West", "Midwest", "Northeast", "Northwest",
            "Southeast", "Southwest");

    /**
     * Adds "the West", "the Midwest", "the Southwest" as places: a compass point capitalised after a lower-case "the"
     * (so mid-sentence, not a title-case line) and before no other capitalised word names a region or the
     * Western world (guideline: "the West" is a PLACE). Alone the word is no name (non-names.txt), and with a
     * capitalised word after it it is part of one ("the South Korean army", "the West Bank"); after "of" and a
     * capitalised word it ends a name ("Bank of the West").
     */
    private static void addCompassRegions(AnalyzedText text, List<Mention> out) {
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 1; i < toks.size(); i++) {
                Token t = toks.get(i);
                if (!COMPASS_REGIONS.contains(t.text()) || !toks.get(i - 1).text().equals("the")) {
                    continue;
                }
                if (i + 1 < toks.size() && (Names.isCapitalized(toks.get(i + 1).text())
                        || toks.get(i + 1).text().equals("-"))) {
                    continue; // "the South Korean army", "the West Bank", "the North-South divide"
                }
                if (i >= 3 && toks.get(i - 2).text().equals("of") && Names.isCapitalized(toks.get(i - 3).text())) {
                    continue; // "Bank of the West", "University of the South": the end of a name
                }
                if (out.stream().anyMatch(m -> m.overlaps(t.start(), t.end()))) {
                    continue;
                }
                out.add(new Mention(t.start(), t.end(), t.text(), EntityType.PLACE, "Region", s.index(),
                        Mention.Kind.NAME, 0.7, "rule:compass-region"));
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
    }

    /**
     * A surname opened by an elided Romance particle, one token with the apostrophe: "d'Ettorre", "dell'Orto",
     * "d’Alema" (the particles are a closed class; the capital after the apostrophe makes it a name).
     */
    private static final Pattern ELIDED_PARTICLE = Pattern.compile("(?:d|dall|dell|degl|l)['’]\\p{Lu}\\p{L}+");
    /** A lower-case-first word with a capital inside: "eBay", "wikiHow", "iPod" (not "e-mail", "mRNA"). */
    private static final Pattern CAMEL = Pattern.compile("\\p{Ll}{1,8}\\p{Lu}\\p{Ll}+(\\p{Lu}\\p{Ll}+)*");
    /** Roles whose "of" names an organization: "the founder of eBay", "employees of wikiHow". */
    private static final Set<String> BRAND_ROLES = RuleVoters.cueWords("brand-role");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** What glues a site's address into a longer URL or an e-mail address after it ("example.com/page"). */
    private static final Set<String> URL_GLUE = Set.of("/", "@", ":");
    /** A site's address written in lower case: a word, maybe with digits and hyphens, and a generic domain. */
    private static final Pattern LOWER_SITE = Pattern.compile("\\p{Ll}[\\p{Ll}0-9-]{2,}\\.(com|org|net)");

    /**
     * Whether token i is a lower-case site address standing alone ("sites like podiobooks.com"), not a piece of
     * a URL or an e-mail address ("www.example.com", "http://example.org/page", "info@example.com").
     */
    private static boolean siteAddress(List<Token> toks, int i) {
        if (!LOWER_SITE.matcher(toks.get(i).text()).matches()) {
            return false;
        }
        if (i > 0 && toks.get(i).start() == toks.get(i - 1).end()) {
            return false; // glued to what comes before: "www.", "@", "//"
        }
        return i + 1 >= toks.size() || toks.get(i + 1).start() > toks.get(i).end()
                || !URL_GLUE.contains(toks.get(i + 1).text());
    }
    private static final Set<String> BRAND_COPULAS = Set.of("is", "was", "are", "were", "remains", "became");

    /**
     * Camel-case brands the text shows to be organizations ("wikiHow is a website", "eBay, the auction site",
     * "the founder of eHow"): written lower-case first they are no capitalised word, so the scan reads them only
     * when one of their mentions has such a cue; a product ("the iPod, a music player") has none and stays out
     * (guideline E3).
     */
    private Set<String> camelBrands(AnalyzedText text) {
        Set<String> brands = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> toks = s.tokens();
            for (int i = 0; i < toks.size(); i++) {
                String w = toks.get(i).text();
                if (siteAddress(toks, i)) {
                    brands.add(w); // "podiobooks.com": a site's address names the site, whatever its case
                    continue;
                }
                if (!CAMEL.matcher(w).matches() || lexicons.isNonName(Names.norm(w))) {
                    continue;
                }
                boolean cued = i >= 2 && toks.get(i - 1).text().equals("of")
                        && BRAND_ROLES.contains(toks.get(i - 2).text().toLowerCase());
                int k = i + 1;
                if (k < toks.size() && (toks.get(k).text().equals(",") || "AUX".equals(toks.get(k).pos())
                        || BRAND_COPULAS.contains(toks.get(k).text().toLowerCase()))) {
                    k++;
                }
                if (!cued && k < toks.size() && ARTICLES.contains(toks.get(k).text().toLowerCase())) {
                    for (int h = k + 1; h < toks.size() && h <= k + 6; h++) {
                        Token t = toks.get(h);
                        boolean hyphened = toks.get(h - 1).text().equals("-"); // "a Boston-based charity"
                        if ("PUNCT".equals(t.pos()) && !t.text().equals("-") || "VERB".equals(t.pos()) && !hyphened
                                || "ADP".equals(t.pos())) {
                            break;
                        }
                        if (lexicons.apposition(Names.norm(t.text())).stream()
                                .anyMatch(c -> c.type() == EntityType.ORGANIZATION)) {
                            cued = true;
                            break;
                        }
                    }
                }
                if (cued) {
                    brands.add(w);
                }
            }
        }
        return brands;
    }

    /**
     * First words of the article's company names that end in a head word or a legal suffix ("quorra" of "Quorra
     * Inc.", "kordel" of "Kordel Motors") and are no given name ("Ford" of "Ford Motor" would be one if it were).
     */
    private Set<String> companyFirstWords(List<NameCandidate> kept, UnionFind groups, Map<String, Ballot> ballots) {
        Set<String> out = new HashSet<>();
        for (NameCandidate c : kept) {
            String last = Names.norm(c.last().text());
            if (c.words() >= 2 && !c.acronym() && gazetteer.givenName(c.first().text()) == null
                    && (lexicons.head(last) != null || lexicons.isLegalSuffix(last))
                    && ballots.get(groups.find(groupKey(c))).winner() == EntityType.ORGANIZATION) {
                out.add(Names.norm(c.first().text()));
            }
        }
        return out;
    }

    /**
     * Whether a name the voters call a person is a company's line, unit or service instead: two or more words, the
     * first a company's first word ({@link #companyFirstWords}) and no given name, no title before any mention
     * ("Quorra Cloud", "Quorra Home" after "Quorra Inc."). "Ford Smith" with a title, or "Jordan Peters" (a given
     * name) after "Jordan Motors", stay persons.
     */
    private boolean companyLine(NameCandidate c, List<NameCandidate> members, Set<String> companyFirstWords) {
        return c.words() >= 2 && !c.acronym() && companyFirstWords.contains(Names.norm(c.first().text()))
                && gazetteer.givenName(c.first().text()) == null
                && lexicons.head(Names.norm(c.last().text())) == null
                && members.stream().noneMatch(NameCandidate::titleBefore);
    }

    /**
     * A place that only the statistical model calls one: no gazetteer knows any of its mentions, no rule (head
     * word, place prefix, context word, a known place it contains) votes for a place, and no mention stands where
     * places stand: after a spatial preposition ("in Daraya", "on Earth") or within three words of a place the
     * gazetteer or a rule knows ("Woodbridge, Virginia", "Aleppo and Daraya", "Batavia Transmission in Ohio"), or after a
     * place's kind and "of" ("the state of North Rhine-Westphalia"). What the
     * model alone takes for a place there is far more often a product, a model line or a company ("the current
     * Falcon", "Palm's webOS", "founded NeXT"). A mention that is the subject of a verb stays (an actor: the
     * model's type may be wrong, the name is not), and so does a place before a company's kind and name ("Surinam
     * carrier Blue Wing Airlines").
     */
    private boolean unknownModelPlace(List<NameCandidate> members, Ballot b, List<NameCandidate> knownPlaces) {
        if (ruleWeight(b, EntityType.PLACE) > 0) {
            return false;
        }
        for (NameCandidate m : members) {
            // a model's proposal inside a longer name carries no entry: "United States" of "the United States
            // Dow Jones Industrial Average"
            if (m.entry() != null || gazetteer.lookup(Names.norm(m.text())).stream().anyMatch(e -> e.type() == EntityType.PLACE)
                    || afterSpatialPreposition(m)) {
                return false;
            }
            List<Token> toks = m.sentence().tokens();
            if (subjectOfVerb(m)) {
                return false; // "Halvex will build cars": an actor, whatever the model's type
            }
            if (m.to() + 1 < toks.size() && toks.get(m.to() + 1).isCapitalized()
                    && lexicons.before(Names.norm(toks.get(m.to()).text())).stream()
                    .anyMatch(cue -> cue.type() == EntityType.ORGANIZATION)) {
                return false; // "Surinam carrier Blue Wing Airlines": where the named company is from
            }
            if (m.from() > 1 && Names.norm(toks.get(m.from() - 1).text()).equals("of")) {
                Lexicons.Head h = lexicons.head(Names.norm(toks.get(m.from() - 2).text()));
                if (h != null && h.type() == EntityType.PLACE) {
                    return false; // "the German state of North Rhine-Westphalia", "the town of Zumar"
                }
            }
            for (NameCandidate p : knownPlaces) {
                if (p.sentence() == m.sentence() && p.from() - m.to() <= 3 && m.from() - p.to() <= 3) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * A place only by the word before it ("in", "to", "from": one weak vote), unknown to the gazetteer, where the
     * model read the sentence and gave it no place vote (none at all, or an outvoted other type), in a sentence of speech (a first or second person
     * word): software, games, fields and events after a preposition in conversation ("porting it to Android", "I
     * give talks at TEDx"). A town the model knows for a place keeps its vote and stays; so does one before a
     * comma and a known place ("in Flint, Michigan").
     */
    private boolean prepositionOnlyPlace(List<NameCandidate> members, Ballot b, List<NameCandidate> knownPlaces) {
        double word = b.weight(EntityType.PLACE, "context:word");
        // nothing else speaks for a place, and no rule for another type; the model's vote for another type (which
        // lost to the preposition's, as a lone name needs rule evidence) is no place evidence: "porting it to
        // Android" read as a person
        double otherRules = b.total() - b.score(EntityType.PLACE) - b.weight(EntityType.PERSON, ModelVoter.SOURCE)
                - b.weight(EntityType.ORGANIZATION, ModelVoter.SOURCE);
        if (word <= 0 || word > 1.0 || Math.abs(b.score(EntityType.PLACE) - word) > 1e-9
                || Math.abs(otherRules) > 1e-9) {
            return false;
        }
        for (NameCandidate m : members) {
            if (m.entry() != null || !gazetteer.lookup(Names.norm(m.text())).isEmpty()
                    || m.sentence().tokens().stream().noneMatch(t -> SPEAKER_WORDS.contains(t.text()))) {
                return false; // only in speech ("I", "we", "you"): a report's "a man from Ealing" stays
            }
            for (NameCandidate p : knownPlaces) {
                if (p != m && p.sentence() == m.sentence() && p.from() == m.to() + 1
                        && m.sentence().tokens().get(m.to()).text().equals(",")) {
                    return false; // "in Flint, Michigan": a town before its state
                }
            }
        }
        return true;
    }

    /** Words of a speaker and the one spoken to: a sentence with one of them is conversation. */
    private static final Set<String> SPEAKER_WORDS = Set.of("I", "we", "We", "you", "You", "my", "My", "our", "Our",
            "me", "us");

    /** A spatial preposition right before the name, or before the list it ends ("past Helmand and Farah"). */
    private static boolean afterSpatialPreposition(NameCandidate m) {
        List<Token> toks = m.sentence().tokens();
        int k = m.from() - 1;
        if (k > 0 && LIST_WORDS.contains(Names.norm(toks.get(k).text()))) {
            k--;
            while (k > 0 && toks.get(k).isCapitalized()) {
                k--;
            }
        }
        return k >= 0 && k < m.from() && SPATIAL_PREPOSITIONS.contains(Names.norm(toks.get(k).text()));
    }

    /** Prepositions before a place ("in Daraya", "near Zumar", "on Earth"); not "of" nor "by" ("founder of NeXT"). */
    private static final Set<String> SPATIAL_PREPOSITIONS = RuleVoters.cueWords("spatial-preposition");

    /**
     * A person only by the model's word, whose longer mentions all end in a word the article also writes in lower
     * case ("Mission Control", "Consumer Reports", "Snow Leopard"): a capitalised phrase of common words names a
     * product, an event or a body, not a person. A title, a given name or "who" ({@link #MIN_PERSON} of rule
     * evidence; "said" alone is less) keeps the person.
     */
    private static boolean commonNounPhrase(List<NameCandidate> members, Ballot b, Set<String> lowerWords) {
        double rules = ruleWeight(b, EntityType.PERSON);
        List<NameCandidate> longer = members.stream().filter(m -> m.words() > 1).toList();
        return rules < MIN_PERSON && !longer.isEmpty()
                && longer.stream().allMatch(m -> lowerWords.contains(m.last().text().toLowerCase()));
    }

    /**
     * A name met only as one capitalised word that the article also writes in lower case ("the Cyclone" beside
     * "the cyclone", "returning government to the People" beside "people"): a common word capitalised for emphasis,
     * a title or a heading, not a name. A gazetteer name, an acronym, a name after a title ("Judge Young") and a
     * word that is also part of a longer name of the same group ("Jobs" of "Steve Jobs") stay.
     */
    private static boolean lowerCaseTwin(List<NameCandidate> members, Set<String> lowerWords,
                                         Set<String> longNameWords) {
        return members.stream().allMatch(m -> m.size() == 1 && !m.acronym() && m.entry() == null && !m.titleBefore()
                // a twin is another writing ("podiobooks.com" is its own)
                && !m.text().equals(m.text().toLowerCase(Locale.ROOT))
                && lowerWords.contains(m.text().toLowerCase(Locale.ROOT)) && !longNameWords.contains(m.key()));
    }

    /**
     * A name met only as one capitalised word that is a common English word with no proper-noun spelling
     * ({@link Lexicons#isCommonWord}: "Galaxy", "Business", "Oath"; not "Treasury", "Apple", "Shell"), never at a
     * positional capital (sentence start, after a colon or a quote, a title-case line), with nothing but the model
     * or its capital for it: no gazetteer entry, title, head word, apposition, verb or other cue (no text rule's
     * vote), and no part of a longer name of the article ("Atlantis" of "Space Shuttle Atlantis"). Evidence against
     * the name, not a veto: any rule's vote keeps it ("the band Galaxy", "Galaxy said on Monday").
     */
    private boolean commonWordName(List<NameCandidate> members, Ballot b, Set<String> longNameWords) {
        return ruleEvidence(b) <= 0 && members.stream().allMatch(m -> m.size() == 1 && !m.acronym()
                && m.entry() == null && !m.titleBefore() && !positionalCapital(m) && lexicons.isCommonWord(m.key())
                && !longNameWords.contains(m.key()) && !subjectOfVerb(m) && !beforeAuxiliary(m)
                && !townBeforePlace(m) && !pluralAfterThe(m));
    }

    /** "signed by the Jets", "known as the Falcons": a plural after "the" is how teams and bands are named. */
    private static boolean pluralAfterThe(NameCandidate m) {
        String w = m.text();
        return m.from() > 0 && m.sentence().tokens().get(m.from() - 1).text().equalsIgnoreCase("the")
                && w.endsWith("s") && !w.endsWith("ss");
    }

    /** Whether an auxiliary follows the name ("Virgin will be in the UK", "Orion is due"): a clause's subject. */
    private static boolean beforeAuxiliary(NameCandidate m) {
        List<Token> toks = m.sentence().tokens();
        return m.to() < toks.size() && "AUX".equals(toks.get(m.to()).pos());
    }

    /** Whether a comma and a gazetteer place follow the name ("a native of Haverford, Ohio"): a town. */
    private boolean townBeforePlace(NameCandidate m) {
        List<Token> toks = m.sentence().tokens();
        int k = m.to();
        if (k + 1 >= toks.size() || !toks.get(k).text().equals(",")) {
            return false;
        }
        String one = Names.norm(toks.get(k + 1).text());
        String two = k + 2 < toks.size() ? one + " " + Names.norm(toks.get(k + 2).text()) : one;
        return gazetteer.lookup(one).stream().anyMatch(e -> e.type() == EntityType.PLACE)
                || gazetteer.lookup(two).stream().anyMatch(e -> e.type() == EntityType.PLACE);
    }

    /** Whether a one-word candidate's capital may be its position's: sentence start, after an opener, a headline. */
    private static boolean positionalCapital(NameCandidate m) {
        return m.uncertain() || m.from() == 0 || OPENERS.contains(m.sentence().tokens().get(m.from() - 1).text())
                || isHeadline(m.sentence());
    }

    /**
     * Evidence for a type that a product cue does not outweigh: a gazetteer name (not a given name: "Mac"), a head
     * word, a place word, a title, an apposition, an ampersand.
     */
    static double sureEvidence(Ballot b, EntityType t) {
        return b.weightFrom(t, "gazetteer:") - b.weight(t, "gazetteer:given-names") + b.weight(t, "rule:head-word")
                + b.weight(t, "rule:place-prefix") + b.weight(t, "context:title") + b.weight(t, "context:apposition")
                + b.weight(t, "rule:ampersand");
    }

    /**
     * The winning type of a longer name, unless only its shape speaks for it ("Armed Conflict", "Executive
     * Order": two capitalised words the model, asked about the sentence, does not take for a name); then the best
     * type with other evidence, or null. Without a model (the rules alone) the shape still decides.
     */
    static EntityType typeBeyondShape(Ballot b) {
        EntityType w = b.winner();
        if (w == null || b.score(w) - b.weight(w, RuleVoters.SHAPE) > 0) {
            return w;
        }
        EntityType best = null;
        double bestEvidence = 0;
        for (EntityType t : EntityType.values()) {
            double e = b.score(t) - b.weight(t, RuleVoters.SHAPE);
            if (e > bestEvidence) {
                best = t;
                bestEvidence = e;
            }
        }
        return best;
    }

    /** Nouns after "X of Y" that make the capitalised phrase a project's title ("the Future of Babylon project"). */
    private static final Set<String> PROJECT_NOUNS = RuleVoters.cueWords("project-noun");

    /** Lower-case nouns after an acronym that make it a programme's name ("the TARP programme"). */
    private static final Set<String> PROGRAMME_NOUNS = RuleVoters.cueWords("programme-noun");

    /** Words right before a ticker symbol (not a name): "under the ticker ACME", "its symbol ACM". */
    private static final Set<String> TICKER_WORDS = RuleVoters.cueWords("ticker-word");

    /** Prefixes that make a compound with a hyphen and a name ("Counter-IED", "Anti-ISIL", "Pro-Assad"). */
    private static final Set<String> COMPOUND_PREFIXES = Set.of("counter", "anti", "pro", "non", "post", "pre");

    /** Words after a number that make it an amount, not a product's version ("Acme 5 percent"). */
    private static final Set<String> AMOUNT_WORDS = RuleVoters.cueWords("amount-word");

    /**
     * "the Ebola outbreak", "the Nipah virus": a one-word name the gazetteer does not know, right before a word of
     * {@code disease-cues.tsv}, names a disease (guideline E3), dropped like a product unless a sure rule says else.
     */
    private boolean diseaseName(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        return c.size() == 1 && c.entry() == null && c.to() < toks.size()
                && c.end() == toks.get(c.to() - 1).end() && toks.get(c.to()).start() > c.end()
                && DISEASE_CUES.contains(Names.norm(toks.get(c.to()).text()));
    }

    /**
     * "UNLESS you pay", "it was SO loud", "the CARS rebate": a word in capitals for emphasis or a scheme's nickname,
     * written in lower case elsewhere in the same text, is no acronym of a body: dropped unless the gazetteer knows
     * it, the text defines it or brackets it after a name ("Cooperative for Assistance and Relief Everywhere
     * (CARE)"), or a kind of body stands before it ("the charity CARE").
     */
    private boolean shoutedWord(NameCandidate c, Set<String> lowerWords, Map<String, String> definitions) {
        String w = c.text();
        if (!c.acronym() || c.size() != 1 || c.entry() != null || w.length() < 2
                || !w.chars().allMatch(Character::isLetter)) {
            return false;
        }
        if (c.from() > 0) {
            String before = c.sentence().tokens().get(c.from() - 1).text();
            if (before.equals("(") || lexicons.isKind(Names.norm(before))) {
                return false; // "... Everywhere (CARE)", "the charity CARE": the text says it is a name
            }
        }
        String key = groupKey(c);
        return lowerWords.contains(w.toLowerCase(Locale.ROOT)) && !definitions.containsKey(key)
                && !definitions.containsValue(key);
    }

    /**
     * Whether the text says the candidate names a product (guideline E3): a cue of product-cues.tsv right after
     * ("Windows users") or right before it ("the new Shuffle", "the latest version of Android"), or a version
     * right after it: a number of one or two digits, a decimal ("Windows 7", "Android 2.2") or an "X" after a
     * word that is no given name ("Mac OS X", not "Malcolm X"). Not an amount ("Acme 5 percent") nor a year.
     */
    private boolean productCue(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        int t = c.to();
        if (c.end() < toks.get(t - 1).end()) {
            return false; // "UN-backed"
        }
        if (t < toks.size()) {
            String next = toks.get(t).text();
            if (lexicons.isProductCueAfter(Names.norm(next)) || t + 1 < toks.size()
                    && lexicons.isProductCueAfter(Names.norm(next) + " " + Names.norm(toks.get(t + 1).text()))) {
                return true; // "Windows users", "Android operating system"
            }
            // "the Stoxx Europe 600 index", "its Model 3 sedans": a number between the name and the cue
            if (t + 1 < toks.size() && SHORT_NUMBER.matcher(next).matches() && toks.get(t).start() > c.end()
                    && (lexicons.isProductCueAfter(Names.norm(toks.get(t + 1).text()))
                    || lexicons.isProductModelNoun(Names.norm(toks.get(t + 1).text())))) {
                return true;
            }
            boolean digits = VERSION.matcher(next).matches();
            boolean x = next.equals("X") && gazetteer.givenName(c.last().text()) == null;
            boolean amount = t + 1 < toks.size() && AMOUNT_WORDS.contains(Names.norm(toks.get(t + 1).text()));
            if ((digits || x) && !amount && toks.get(t).start() > c.end() && !c.titleBefore()) {
                return true;
            }
        }
        // "the Boeing 737 MAX", "the iPhone 15 Pro": a model's suffix after its number
        if (c.size() == 1 && lexicons.isProductSuffix(Names.norm(c.text())) && c.from() >= 2
                && MODEL_CODE.matcher(toks.get(c.from() - 1).text()).matches()
                && HAS_DIGIT.matcher(toks.get(c.from() - 1).text()).matches()
                && !toks.get(c.from() - 2).text().equals(toks.get(c.from() - 2).text().toLowerCase()) // "iPhone"
                && !lexicons.isTimeWord(Names.norm(toks.get(c.from() - 2).text()))) {
            return true;
        }
        if (modelNameAfterNumber(c) || indexMove(c) || workKindBefore(c) || yearPossessive(c)) {
            return true;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = c.from() - 1; i >= 0 && i >= c.from() - 4; i--) {
            phrase.insert(0, Names.norm(toks.get(i).text()) + (phrase.length() > 0 ? " " : ""));
            if (lexicons.isProductCueBefore(phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the name is a surname and a head of leader-term ("the Bush Administration", "the Reagan Presidency"):
     * the term or government of a leader, no body (the agency "the Maritime Administration" opens with a common
     * word; "the Social Security Administration" has two words before its head). The word before the head is one
     * plain capitalised word: no common word, no gazetteer entry, no acronym, no head word, no demonym.
     */
    private boolean leaderTerm(NameCandidate c) {
        if (c.size() != 2 || c.entry() != null || !RuleVoters.LEADER_TERMS.contains(Names.norm(c.last().text()))) {
            return false;
        }
        return RuleVoters.leaderSurname(c.first().text(), gazetteer, lexicons);
    }

    /**
     * Whether a year and a possessive stand right before the name ("1992's Batman Returns", "2008's Iron Tide"): a
     * work or an event dated by its year, no entity (E3). Not a year alone ("the 2004 Athens Olympics").
     */
    private static boolean yearPossessive(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        int a = c.from();
        if (a >= 1 && YEAR_POSSESSIVE.matcher(toks.get(a - 1).text()).matches()) {
            return true; // the tokenizer may keep "1992's" whole
        }
        return a >= 2 && (toks.get(a - 1).text().equals("'s") || toks.get(a - 1).text().equals("\u2019s"))
                && MODERN_YEAR.matcher(toks.get(a - 2).text()).matches();
    }

    /**
     * Whether a kind of work or vehicle in lower case stands right before the name (product-cues.tsv, work): "the
     * 1969 film Easy Rider", "her graphic novel Angel Catbird", "the shuttle Atlantis" (guideline E3). Not when a
     * verb follows the name, which then is the subject of a clause about the work ("the film Acme Pictures
     * released"), nor after a possessive or a name ("Acme's film Foo" keeps nothing either way: too rare to tell).
     */
    private boolean workKindBefore(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        int a = c.from();
        if (a == 0 || c.titleBefore()) {
            return false;
        }
        Token w1 = toks.get(a - 1);
        if (!w1.text().equals(w1.text().toLowerCase()) || !w1.text().chars().allMatch(Character::isLetter)) {
            return false;
        }
        boolean cue = lexicons.isWorkKind(Names.norm(w1.text())) || a >= 2
                && toks.get(a - 2).text().equals(toks.get(a - 2).text().toLowerCase())
                && lexicons.isWorkKind(Names.norm(toks.get(a - 2).text()) + " " + Names.norm(w1.text()));
        if (!cue) {
            return false;
        }
        int t = c.to();
        return t >= toks.size() || !"VERB".equals(toks.get(t).pos());
    }

    // patterns of token shapes, compiled once (String.matches compiles its regex at each call)
    /** A number of one to four digits: "600" of "the Stoxx Europe 600 index". */
    private static final Pattern SHORT_NUMBER = Pattern.compile("\\d{1,4}");
    /** A word of a maker's product name after the maker: "Tempest", "McLaren"-like, or a number. */
    private static final Pattern PRODUCT_TAIL_WORD =
            Pattern.compile("\\p{Lu}\\p{Ll}+|\\p{Lu}\\p{Ll}*\\p{Lu}\\p{Ll}+|\\d+");
    /** A form of "be" when the tagger gave no lemma. */
    private static final Pattern FORM_OF_BE = Pattern.compile("(?i)is|are|was|were|been|be");
    /** One capital letter labelling a pool or a side: "B" of "Group B". */
    private static final Pattern LETTER_LABEL = Pattern.compile("[A-Z]");
    /** A version after a product's name: "7" of "Windows 7", "2.2" of "Android 2.2". */
    private static final Pattern VERSION = Pattern.compile("\\d{1,2}|\\d{1,2}\\.\\d{1,2}");
    /** A model's code before its suffix ("737" of "the Boeing 737 MAX", "15" of "the iPhone 15 Pro"); with a digit ({@link #HAS_DIGIT}). */
    private static final Pattern MODEL_CODE = Pattern.compile("[A-Za-z]{0,2}\\d{1,4}[A-Za-z]{0,2}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    /** A lawmaker's party and state in brackets: "R-AZ", "D-Calif.". */
    private static final Pattern PARTY_STATE = Pattern.compile("[RDI]-[A-Z][A-Za-z]{1,5}\\.?");
    /** A product line's prefix split off by the tokenizer: "i" of "i" "Play Store". */
    private static final Pattern LINE_PREFIX = Pattern.compile("[a-z]{1,2}");
    /** A dotted acronym: "U.S.", "U.K.". */
    private static final Pattern DOTTED_CAPITALS = Pattern.compile("(\\p{Lu}\\.)+");
    /** Words an acronym of lower-case words leaves out ("gross domestic product", "ministry of health"). */
    private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "and", "the", "-", "for");
    /** A Roman regnal numeral: "II", "XIV". */
    private static final Pattern REGNAL = Pattern.compile("X{0,2}(IX|IV|V?I{0,3})");
    /** A figure before a measure ("a 2.85 ERA", "a 3 GB card"). */
    private static final Pattern FIGURE = Pattern.compile("\\d+([.,]\\d+)?");
    /** A year after a season ("Spring 2007"). */
    private static final Pattern SEASON_YEAR = Pattern.compile("(1[5-9]|20)\\d\\d");
    /** A year of the last and this century after a head word ("the Senate 2020 race"). */
    private static final Pattern MODERN_YEAR = Pattern.compile("(19|20)\\d\\d");
    /** A year and its possessive as one token ("1992's"). */
    private static final Pattern YEAR_POSSESSIVE = Pattern.compile("(19|20)\\d\\d['\u2019]s");

    /** An index level or move: a count of hundreds or more ("215", "2,328"), or two decimals ("12.34"). */
    private static final Pattern INDEX_AMOUNT = Pattern.compile("\\d{3,}(\\.\\d+)?|\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d\\d");

    /**
     * A stock index by what it does (guideline E3): the name, after auxiliaries and adverbs, is the subject of a
     * market verb (product-cues.tsv, index-verb) with an amount of points within the clause ("the Bovespa fell
     * 6.9% to 31,250.45 points", "the Merval gained 215 points"). Only index-sized amounts count: a team "gained
     * three points" and a candidate "gained 2.5 points in the polls" stay; so does a person (a given name).
     */
    private boolean indexMove(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        if (gazetteer.givenName(c.first().text()) != null || c.titleBefore()) {
            return false;
        }
        int k = c.to();
        while (k < toks.size() && ("AUX".equals(toks.get(k).pos()) || "ADV".equals(toks.get(k).pos()))) {
            k++;
        }
        if (k >= toks.size() || !lexicons.isIndexVerb(toks.get(k).lemma())
                && !lexicons.isIndexVerb(Names.norm(toks.get(k).text()))) { // the lemmatizer may keep "slid"
            return false;
        }
        for (int i = k + 1; i < toks.size() && i <= k + 12; i++) {
            String w = toks.get(i).text();
            if (w.equals(";") || w.equals(",") && i + 1 < toks.size() && "CCONJ".equals(toks.get(i + 1).pos())
                    || "PROPN".equals(toks.get(i).pos()) && toks.get(i).isCapitalized()) {
                return false; // the clause ends, or another name may be the one measured
            }
            if (lexicons.isIndexUnit(Names.norm(w)) && INDEX_AMOUNT.matcher(toks.get(i - 1).text()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A model number: "787", "A380", "MD-11", "F-35"; not a year ("2008"), a count with commas nor an ordinal. */
    private static final Pattern MODEL_NUMBER = Pattern.compile("[A-Z]{1,2}-?\\d{2,4}|\\d{3,4}");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");

    /**
     * A name right after a model number names the model ("the 787 Dreamliner", "Boeing's A350 Xtra", "a Kestrel
     * K-90 Falcon"): its other mentions ("the Dreamliner") then go too. Not a count of people ("the 300 Spartans":
     * a plural), nor a body after a number ("the 911 Commission": a head word), nor a known name ("a 767 Delta
     * flight"), nor a body's name before a common noun ("its 500 Acme employees"); the word before the number must
     * be a determiner, a possessive, an adjective or a maker's name.
     */
    private boolean modelNameAfterNumber(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        int p = c.from() - 1;
        if (p < 1 || c.entry() != null || c.titleBefore() || c.last().text().endsWith("s")
                || lexicons.head(Names.norm(c.last().text())) != null) {
            return false;
        }
        String number = toks.get(p).text();
        if (!MODEL_NUMBER.matcher(number).matches() || YEAR.matcher(number).matches()) {
            return false;
        }
        Token before = toks.get(p - 1);
        boolean determiner = "DET".equals(before.pos()) || "PRON".equals(before.pos())
                || before.text().equals("'s") || before.text().equals("’s");
        boolean adjective = "ADJ".equals(before.pos()) && !before.isCapitalized();
        boolean maker = before.isCapitalized() && "PROPN".equals(before.pos())
                && !lexicons.isNumberedThing(Names.norm(before.text())); // "Flight 447 Air France": no maker
        if (!(determiner || adjective || maker)) {
            return false;
        }
        if (c.to() >= toks.size()) {
            return true;
        }
        Token next = toks.get(c.to());
        String w = Names.norm(next.text());
        // "its 500 Acme employees": the name of a body before a common noun, not a model ("787 Acme jets" is)
        return !AMOUNT_WORDS.contains(w) && !("NOUN".equals(next.pos()) && !next.isCapitalized()
                && !lexicons.isProductModelNoun(w) && !lexicons.isProductCueAfter(w));
    }

    /**
     * A model of a maker ("the Acme Tempest sedans", "its Orbit X2 smartphone" after "Orbit Mobile"): a name of two
     * or more words, no gazetteer entry, not ending in a head word or a legal suffix, right before a kind of product
     * (product-cues.tsv, model), whose first word starts a name of another group in the article. "Acme Motors
     * trucks" (a head word) and a maker named only once ("Kestrel Arrow jets") stay.
     */
    private boolean makerModel(NameCandidate c, String group, Map<String, Set<String>> firstWordGroups) {
        List<Token> toks = c.sentence().tokens();
        if (c.size() < 2 || c.entry() != null || c.to() >= toks.size() || c.acronym()
                || !lexicons.isProductModelNoun(Names.norm(toks.get(c.to()).text()))
                || lexicons.head(Names.norm(c.last().text())) != null) {
            return false;
        }
        Set<String> others = firstWordGroups.getOrDefault(Names.norm(c.first().text()), Set.of());
        return others.stream().anyMatch(g -> !g.equals(group));
    }

    /**
     * A name of a system, market, plan or study (non-body-heads.txt): every longer mention ends in such a word and
     * holds no "for", "of", "on" or "in" (a body's field: "Centre for Policy Studies"), is the subject of no active
     * verb, and only name-shaped evidence ({@link #NAME_ONLY_SOURCES}) calls it an
     * organisation. "the Acme Information System (AIS)" goes with its acronym; "Institute for Policy Studies" and a
     * system that a role or a gazetteer speaks for stay.
     */
    private boolean nonBodyName(List<NameCandidate> members, Ballot b) {
        EntityType org = EntityType.ORGANIZATION;
        double other = b.score(org);
        for (String src : NAME_ONLY_SOURCES) {
            other -= b.weight(org, src);
        }
        if (other > 1e-9) {
            return false;
        }
        boolean any = false;
        for (NameCandidate m : members) {
            if (m.words() < 2 || m.acronym()) {
                continue;
            }
            if (m.entry() != null || !NON_BODY_HEADS.contains(Names.norm(m.last().text()))) {
                return false;
            }
            if (agentOfVerb(m)) {
                return false; // "the Federal Reserve System said": a body that acts
            }
            for (int i = m.from(); i < m.to(); i++) {
                // "Centre for Strategic Studies", "Institute of Systems": a body's name with its field after "for"
                if (BODY_LINKS.contains(m.sentence().tokens().get(i).text().toLowerCase())) {
                    return false;
                }
            }
            any = true;
        }
        return any;
    }

    /**
     * A maker's product named after the maker: every mention is a maker's name (a one-word organisation of another
     * group of the article, or one the gazetteer knows) and one or two capitalised words that are no head word, no
     * legal suffix, no division word (division-words.txt: "Microsoft Research"), no known name and no given name,
     * and nothing but the model calls it an organisation ("Acme Tempest", "Orbit Navigator" after "Acme" and
     * "Orbit"). "Acme Motors", "Acme Europe", "Fiat Chrysler" and a name after a title stay.
     */
    private boolean makerProduct(String group, List<NameCandidate> members, Ballot b, List<NameCandidate> kept,
                                 UnionFind groups, Map<String, Ballot> ballots) {
        EntityType org = EntityType.ORGANIZATION;
        if (textRuleWeight(b, org) > 0 || b.weightFrom(org, "gazetteer:") > 0) {
            return false;
        }
        for (NameCandidate m : members) {
            if (m.acronym() || m.entry() != null || m.titleBefore() || m.words() < 2 || m.words() > 3
                    || m.words() != m.size() || !maker(m.first(), group, kept, groups, ballots)
                    || agentOfVerb(m)) {
                return false; // "Acme Cable launched", "Acme Cable was competing": a body that acts
            }
            for (int i = m.from() + 1; i < m.to(); i++) {
                Token t = m.sentence().tokens().get(i);
                String w = Names.norm(t.text());
                // a tail in capitals ("Acme VEBA"), with a dot ("Acme Ask.com") or in the plural ("Acme Commercial
                // Airplanes") is more often a unit, a fund or another body than a product
                if (!PRODUCT_TAIL_WORD.matcher(t.text()).matches()
                        || i == m.to() - 1 && w.endsWith("s") && !w.equals(Names.norm(t.lemma()))
                        || lexicons.head(w) != null || lexicons.isLegalSuffix(w) || DIVISION_WORDS.contains(w)
                        || !gazetteer.lookup(w).isEmpty() || gazetteer.givenName(t.text()) != null
                        || maker(t, group, kept, groups, ballots)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the name is the subject of an active verb, after auxiliaries and adverbs: "Acme Cable launched",
     * "Acme Cable was competing". A passive ("the Acme Tempest was introduced") or a copula ("is also") is not.
     */
    private static boolean agentOfVerb(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        boolean be = false;
        for (int k = c.to(); k < toks.size() && k < c.to() + 4; k++) {
            Token t = toks.get(k);
            if ("VERB".equals(t.pos())) {
                return !be || t.text().endsWith("ing");
            }
            if ("AUX".equals(t.pos())) {
                be |= "be".equals(t.lemma()) || t.lemma() == null && FORM_OF_BE.matcher(t.text()).matches();
            } else if (!"ADV".equals(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /** The possessive marks after an owner's name, as the tokenizer splits them ("Acme 's"). */
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "\u2019s");

    /** Organisation evidence that says only that a name is a name: in a list, in capitals, holding a place's word. */
    private static final Set<String> OWNED_WEAK_SOURCES = Set.of(ModelVoter.SOURCE, NameShapeVoter.SOURCE,
            RuleVoters.SHAPE, "rule:common-words", "rule:acronym", "rule:contains-place", "context:conjunct");

    /**
     * A thing an organisation owns, named in its possessive: every mention stands right after an organisation of
     * another group and "'s", holds no head word, legal suffix or division word, acts in no clause, is no acronym,
     * and nothing but the name's shape, a list or the model calls it an organisation ("Microsoft's Windows Mobile",
     * "EA's Spore": products, guideline E3). A unit with a head word stays ("Boeing's Launch Systems"), and
     * so does one named elsewhere without an owner ("Renault's Dacia plant ... the vice president of Dacia") or
     * acting ("Alphabet's Waymo said").
     */
    private boolean ownedName(String group, List<NameCandidate> members, Ballot b, List<NameCandidate> kept,
                              UnionFind groups, Map<String, Ballot> ballots) {
        EntityType org = EntityType.ORGANIZATION;
        double strong = b.score(org);
        for (String s : OWNED_WEAK_SOURCES) {
            strong -= b.weight(org, s);
        }
        if (strong > 1e-9 || b.weightFrom(org, "gazetteer:") > 0) { // sums of doubles: no exact zero
            return false;
        }
        for (NameCandidate m : members) {
            List<Token> toks = m.sentence().tokens();
            // an acronym there is more often a unit or a mission than a product ("NATO's ISAF", "Boeing's BDS")
            if (m.acronym() || m.entry() != null || m.titleBefore() || m.from() < 2 || agentOfVerb(m)
                    || coordinatedAgent(m) || !POSSESSIVE_MARKS.contains(toks.get(m.from() - 1).text())) {
                return false;
            }
            for (int i = m.from(); i < m.to(); i++) {
                String w = Names.norm(toks.get(i).text());
                if (lexicons.head(w) != null || lexicons.isLegalSuffix(w) || DIVISION_WORDS.contains(w)) {
                    return false;
                }
            }
            boolean owner = false;
            for (NameCandidate o : kept) {
                String og = groups.find(groupKey(o));
                if (o.sentence() == m.sentence() && o.to() == m.from() - 1 && !og.equals(group)
                        && ballots.get(og).winner() == org) {
                    owner = true;
                }
            }
            if (!owner) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the name opens a list of names that is the subject of a verb: "Acme's Foo and Bolt's Bar announced
     * cuts" (both act, as "Acme's Foo announced" does). The list runs over proper nouns, possessives, commas and
     * "and", and holds an "and"; then the verb, after auxiliaries, as in {@link #agentOfVerb}.
     */
    private static boolean coordinatedAgent(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        int k = c.to();
        if (k >= toks.size() || !("and".equalsIgnoreCase(toks.get(k).text()) || ",".equals(toks.get(k).text()))) {
            return false;
        }
        boolean name = false;
        boolean and = false; // the list's last name comes after "and": "Foo, Bolt's Bar instant ..." is still going on
        while (k < toks.size() && ("PROPN".equals(toks.get(k).pos()) || POSSESSIVE_MARKS.contains(toks.get(k).text())
                || "and".equalsIgnoreCase(toks.get(k).text()) || ",".equals(toks.get(k).text()))) {
            name |= "PROPN".equals(toks.get(k).pos());
            and |= "and".equalsIgnoreCase(toks.get(k).text());
            k++;
        }
        for (; name && and && k < toks.size() && k < c.to() + 12; k++) {
            Token t = toks.get(k);
            if ("VERB".equals(t.pos())) {
                return true;
            }
            if (!"AUX".equals(t.pos()) && !"ADV".equals(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word alone names an organisation: the gazetteer's, or a one-word name of another group here. */
    private boolean maker(Token t, String group, List<NameCandidate> kept, UnionFind groups,
                          Map<String, Ballot> ballots) {
        String w = Names.norm(t.text());
        List<Gazetteer.Entry> known = gazetteer.lookup(w);
        if (known.stream().anyMatch(e -> e.type() == EntityType.PLACE)) {
            return false; // "Paxton First Schoolhouse": a place's name starts many names of its buildings and bodies
        }
        if (known.stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION)) {
            return true;
        }
        for (NameCandidate c : kept) {
            String g = groups.find(groupKey(c));
            if (c.size() == 1 && c.key().equals(w) && !g.equals(group)
                    && ballots.get(g).winner() == EntityType.ORGANIZATION) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a kind of product (product-cues.tsv, model) follows the name, right after it, after one adjective
     * ("Macintosh personal computers") or after the rest of a list ("the Falcon and Territory vehicles"). A maker
     * stands there too ("Kestrel jets"): the finder drops such a name only when no rule speaks for any type.
     */
    private boolean productNounAfter(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        if (c.acronym() || c.end() < toks.get(c.to() - 1).end()) {
            return false; // "UN-backed"
        }
        int k = c.to();
        if (k + 1 < toks.size() && LIST_WORDS.contains(toks.get(k).text())) {
            int m = k + 1;
            while (m < toks.size() && toks.get(m).isCapitalized()) {
                m++;
            }
            if (m > k + 1) {
                k = m; // "the Crown Victoria and Grand Marquis cars"
            }
        }
        if (k + 1 < toks.size() && "ADJ".equals(toks.get(k).pos())
                && !toks.get(k).isCapitalized()) {
            k++; // "its iOS mobile operating system"
        }
        if (k >= toks.size()) {
            return false;
        }
        String w = Names.norm(toks.get(k).text());
        if (!lexicons.after(w).isEmpty()) {
            return false; // "ISIL fighters": a context word says what the name is
        }
        return lexicons.isProductModelNoun(w) || lexicons.isProductCueAfter(w) || k + 1 < toks.size()
                && lexicons.isProductCueAfter(w + " " + Names.norm(toks.get(k + 1).text()));
    }

    private static final Set<String> LIST_WORDS = Set.of("and", "or", ",");

    /**
     * Adjectives that open a body's name before its field ("the National Air and Space Museum", "the Royal
     * Science and Industry Society"): the field pair after them still makes one name.
     */
    private static final Set<String> NAME_MODIFIERS = RuleVoters.cueWords("name-modifier");

    /** Whether quotation marks enclose exactly the name ("called “Way Forward”", "John “J.D.” Doe"). */
    private static boolean quoted(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        return c.from() > 0 && c.to() < toks.size() && OPEN_QUOTES.contains(toks.get(c.from() - 1).text())
                && CLOSE_QUOTES.contains(toks.get(c.to()).text());
    }

    /**
     * Whether a verb follows the name (after auxiliaries and adverbs): "Acme has recently added", "Acme
     * introduced". A maker acts in the text; a product that does ("the Orbit now includes") is kept too: precision.
     */
    private static boolean subjectOfVerb(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        for (int k = c.to(); k < toks.size() && k < c.to() + 4; k++) {
            String pos = toks.get(k).pos();
            if ("VERB".equals(pos)) {
                return true;
            }
            if (!"AUX".equals(pos) && !"ADV".equals(pos)) {
                return false;
            }
        }
        return false;
    }

    /** The weight a type has beyond the models' votes and the name's shape: what rules and the gazetteer say. */
    static double ruleWeight(Ballot b, EntityType t) {
        return b.score(t) - b.weight(t, ModelVoter.SOURCE) - b.weight(t, NameShapeVoter.SOURCE)
                - b.weight(t, RuleVoters.SHAPE);
    }

    /**
     * The most weight a type has from rules, beyond the model, the name's shape and its common words: what the
     * text itself says the name is.
     */
    static double ruleEvidence(Ballot b) {
        double best = 0;
        for (EntityType t : EntityType.values()) {
            best = Math.max(best, textRuleWeight(b, t));
        }
        return best;
    }

    /** The weight a type has from rules beyond the model, the name's shape and its common words. */
    private static double textRuleWeight(Ballot b, EntityType t) {
        return ruleWeight(b, t) - b.weight(t, "rule:common-words");
    }

    /**
     * Speaker labels of a transcript ("QUESTION:", "MODERATOR:", "KIRBY:" at the start of a line, in capitals):
     * a role word, not a name. A label is kept when a title precedes it ("MR KIRBY:") or the article names the
     * same one elsewhere ("Secretary Kerry" and "KERRY:"), a surname of a full name included.
     */
    private static void dropSpeakerLabels(List<NameCandidate> all, String text) {
        Set<String> elsewhere = new HashSet<>();
        boolean any = false;
        for (NameCandidate c : all) {
            if (speakerLabel(c, text)) {
                any = true;
            } else {
                elsewhere.add(c.key());
                elsewhere.add(Names.norm(c.last().text()));
            }
        }
        if (any) {
            all.removeIf(c -> speakerLabel(c, text) && c.entry() == null && !c.titleBefore()
                    && !elsewhere.contains(c.key()));
        }
    }

    private static boolean speakerLabel(NameCandidate c, String text) {
        List<Token> toks = c.sentence().tokens();
        if (c.to() >= toks.size() || !toks.get(c.to()).text().equals(":") || c.from() > 2) {
            return false;
        }
        for (int i = 0; i < c.to(); i++) {
            if (!allCapitalWord(toks.get(i).text())) {
                return false; // "MR KIRBY" with its title: all capitals from the line's start
            }
        }
        int st = c.sentence().start();
        return st == 0 || text.charAt(st - 1) == '\n' || text.lastIndexOf('\n', st - 1) >= 0
                && text.substring(text.lastIndexOf('\n', st - 1) + 1, st).isBlank();
    }

    /**
     * The winning type of a one-word name, when it has evidence beyond its shape: a person needs {@link #MIN_PERSON} of
     * it (a given name, a title, "who", a full name met before), else the best other type with any evidence wins;
     * null when there is none.
     */
    static EntityType typeWithEvidence(Ballot b) {
        EntityType w = b.winner();
        if (w != EntityType.PERSON || b.score(w) - b.weight(w, RuleVoters.SHAPE) >= MIN_PERSON) {
            return b.score(w) - b.weight(w, RuleVoters.SHAPE) > 0 ? w : null;
        }
        EntityType best = null;
        double bestEvidence = 0;
        for (EntityType t : EntityType.values()) {
            double e = b.score(t) - b.weight(t, RuleVoters.SHAPE);
            if (t != EntityType.PERSON && e > bestEvidence) {
                best = t;
                bestEvidence = e;
            }
        }
        return best;
    }

    /**
     * A capitalised word joined to another by a lower-case preposition ("Cessation" and "Hostilities" of "the
     * Cessation of Hostilities", "Freeze on Evictions"): a title-case phrase naming a thing, not two names.
     */
    private static boolean pieceOfTitlePhrase(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        int f = c.from();
        int t = c.to();
        boolean before = f >= 2 && "ADP".equals(toks.get(f - 1).pos())
                && Character.isLowerCase(toks.get(f - 1).text().charAt(0)) && Names.isCapitalized(toks.get(f - 2).text());
        boolean after = t + 1 < toks.size() && "ADP".equals(toks.get(t).pos())
                && Character.isLowerCase(toks.get(t).text().charAt(0)) && Names.isCapitalized(toks.get(t + 1).text());
        return before || after;
    }

    /** Whether the POS tagger calls some word of the candidate a proper noun (or it is an acronym). */
    private static boolean taggedName(NameCandidate c) {
        if (c.acronym()) {
            return true;
        }
        for (int i = c.from(); i < c.to(); i++) {
            if (c.sentence().tokens().get(i).isProperNoun()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A town's name that some mention's rules call a person or an organisation ("Magna, a parts company", "Mr
     * Tamworth") is that: the town list is no evidence against what the text says.
     */
    static void townYieldsToNames(Ballot b) {
        if (b.weight(EntityType.PLACE, RuleVoters.TOWN) > 0
                && (ruleWeight(b, EntityType.PERSON) > 0 || textRuleWeight(b, EntityType.ORGANIZATION) > 0)) {
            b.scaleSource(EntityType.PLACE, RuleVoters.TOWN, 0.0);
        }
    }

    /**
     * The model may not overrule a sure rule: when rule evidence (the model and the name's shape left out) for
     * one type reaches {@link #STRONG} ("Magna, a Canadian parts company"), or what the text says the name is (a
     * kind noun before it, a list's kind, an apposition, a business verb, a role held in it) reaches
     * {@link #KIND_SURE} ("auto parts giant Delphi"),
     * the model's votes for the other types count half.
     */
    static void modelYieldsToRules(Ballot b) {
        for (EntityType sure : EntityType.values()) {
            double rules = ruleWeight(b, sure);
            // what the text says the name is ("carriers such as Verizon", "parts giant Delphi", "Acme, a lender"),
            // or what only such a kind does or has: "Acme will supply turbines" (a business verb), "the drummer of
            // Acme" (a sure role in a body, 1.5: "the manager of" is less); a list neighbour is not enough (a person
            // is listed beside a company often enough: measured, it gains and loses alike)
            double kind = b.weight(sure, RuleVoters.KIND) + b.weight(sure, "context:list")
                    + b.weight(sure, "context:apposition") + b.weight(sure, RuleVoters.BUSINESS)
                    + b.weight(sure, "context:role");
            // sums of votes: 2.0 + 0.3 - 0.3 is a hair below 2.0 in floating point
            if (rules >= STRONG - 1e-9 || kind >= KIND_SURE - 1e-9) {
                for (EntityType other : EntityType.values()) {
                    if (other != sure && b.score(other) >= b.score(sure)) {
                        b.scaleSource(other, ModelVoter.SOURCE, 0.5);
                    }
                }
                return;
            }
        }
    }

    /**
     * In a title-case headline every word is capitalised, so known names stand alone there ("Jordan" of "Jordan
     * Armed Forces – Arab Army ..."): neighbouring headline candidates (a dash between them allowed) whose
     * joined text is a name the body writes become that one name.
     */
    private static void joinHeadlineParts(List<NameCandidate> all) {
        Set<String> bodyKeys = new HashSet<>();
        for (NameCandidate c : all) {
            if (!isHeadline(c.sentence())) {
                bodyKeys.add(c.key());
            }
        }
        for (int k = 0; k < all.size(); k++) {
            NameCandidate c = all.get(k);
            if (!isHeadline(c.sentence())) {
                continue;
            }
            for (int m = k + 1; m < all.size() && m <= k + 3; m++) {
                NameCandidate p = all.get(m - 1);
                NameCandidate q = all.get(m);
                if (q.sentence() != c.sentence() || !onlyDashesBetween(p, q)) {
                    break;
                }
                String text = c.sentence().slice(c.start(), q.end());
                if (bodyKeys.contains(Names.norm(text))) {
                    all.set(k, new NameCandidate(c.sentence(), c.from(), q.to(), c.start(), q.end(), text,
                            Names.norm(text), false, null, c.titleBefore(), true));
                    all.subList(k + 1, m + 1).clear();
                    break;
                }
            }
        }
    }

    /**
     * An editor's square brackets inside a person's name, as interviews and quotations write a part the speaker
     * left out: "[George H. W.] Bush", "[Phil] Gramm", "Jeff [Drake]". The two pieces become one name (the
     * brackets kept in the text, left out of the key) when the piece outside or inside the brackets opens with a
     * known given name; "[the] Senate", "Paris [France]" stay as they are.
     */
    private void joinBracketedNameParts(List<NameCandidate> all) {
        for (int k = 0; k + 1 < all.size(); k++) {
            NameCandidate p = all.get(k);
            NameCandidate q = all.get(k + 1);
            List<Token> toks = p.sentence().tokens();
            if (q.sentence() != p.sentence() || q.from() != p.to() + 1 || q.to() > toks.size()
                    || gazetteer.givenName(p.first().text()) == null || p.entry() != null || q.entry() != null
                    || q.size() != 1 || !Names.isCapitalized(q.first().text())) {
                continue;
            }
            // the tokens stay those of the name (its first a given name, its last the surname): the voters read them
            int start;
            int end;
            if (p.from() > 0 && toks.get(p.from() - 1).text().equals("[") && toks.get(p.to()).text().equals("]")) {
                start = toks.get(p.from() - 1).start(); // "[George H. W.] Bush"
                end = q.end();
            } else if (toks.get(p.to()).text().equals("[") && q.to() < toks.size()
                    && toks.get(q.to()).text().equals("]")) {
                start = p.start(); // "Jeff [Drake]"
                end = toks.get(q.to()).end();
            } else {
                continue;
            }
            String text = p.sentence().slice(start, end);
            String key = Names.norm(text.replace("[", "").replace("]", "").replaceAll("\\s+", " ").strip());
            all.set(k, new NameCandidate(p.sentence(), p.from(), q.to(), start, end, text, key, false, null,
                    p.titleBefore(), p.uncertain() && q.uncertain()));
            all.remove(k + 1);
        }
    }

    /**
     * "the Jeff Adler Experience", "The Ed Dunne Show", "No Omar Vance News Today": a given name, at most two more
     * name words, then only show words (show-words.txt) name a show after a person; the person's name is kept,
     * the show (no entity, E3) is cut off. A known name ("Jimi Hendrix Experience" in a gazetteer) stays whole.
     */
    private void trimShowWords(List<NameCandidate> all) {
        for (int k = 0; k < all.size(); k++) {
            NameCandidate c = all.get(k);
            List<Token> toks = c.sentence().tokens();
            int from = c.from() + (Names.norm(c.first().text()).equals("the") ? 1 : 0); // "The Ed Dunne Show"
            if (c.to() - from < 3 || c.entry() != null || c.acronym()
                    || gazetteer.givenName(toks.get(from).text()) == null) {
                continue;
            }
            int cut = c.to();
            while (cut - 1 > from + 1 && SHOW_WORDS.contains(Names.norm(toks.get(cut - 1).text()))) {
                cut--;
            }
            if (cut == c.to() || cut - from > 3 || SHOW_WORDS.contains(Names.norm(toks.get(cut - 1).text()))) {
                continue;
            }
            int start = toks.get(from).start();
            int end = toks.get(cut - 1).end();
            String text = c.sentence().slice(start, end);
            all.set(k, new NameCandidate(c.sentence(), from, cut, start, end, text, Names.norm(text), false,
                    null, c.titleBefore(), c.uncertain()));
        }
    }

    /** Source of the organisation vote for a maker split off its model's name (splitMakerModels). */
    static final String MAKER_MODEL = "rule:maker-model";

    /**
     * The model words of product-cues.tsv that name an index, not a product: "the Stoxx Europe 600 index" has no
     * maker ("points", the index unit, is no model word).
     */
    private static final Set<String> INDEX_NOUNS = RuleVoters.cueWords("index-noun");

    /** A model's code: "900" of "Trent 900", "VC-10", "A380", "E1"; a year is checked apart. */
    private static final Pattern MAKER_MODEL_CODE = Pattern.compile("[A-Z]{0,3}-?\\d{1,4}[A-Za-z]{0,3}");

    /**
     * "four Kestrel Trent 900 engines", "the Hallam Osprey VC-10 jets": a maker's one-word name, one model word
     * (or only a code written as a word: "Hallam E12") and a model's code, then a kind of product (product-cues.tsv,
     * model) name the maker's product (guideline E3): the maker is what the text names, the model is no entity.
     * The candidate is cut to the maker's word, which gets an organisation vote (returned). Not a known name, a
     * maker word that is a given name, a place, a head word, a title or a demonym, a model word that is a head
     * word ("Acme Motors 500 trucks": a company's name), a year ("Acme Cup 2018 games"), nor an index ("the Stoxx
     * Europe 600 index").
     */
    private Set<NameCandidate> splitMakerModels(List<NameCandidate> all) {
        Set<NameCandidate> makers = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 0; k < all.size(); k++) {
            NameCandidate c = all.get(k);
            List<Token> toks = c.sentence().tokens();
            if (c.entry() != null || c.acronym() || c.size() < 2 || c.words() != 2) {
                continue;
            }
            // the maker's word: every token but the last, written without a space ("Rolls-Royce")
            int last = c.to() - 1;
            for (int i = c.from() + 1; i < last; i++) {
                if (toks.get(i).start() != toks.get(i - 1).end()) {
                    last = -1;
                }
            }
            boolean codeInside = MAKER_MODEL_CODE.matcher(c.last().text()).matches();
            int code = codeInside ? c.to() - 1 : c.to();
            if (last < 0 || code + 1 >= toks.size() || !MAKER_MODEL_CODE.matcher(toks.get(code).text()).matches()
                    || !HAS_DIGIT.matcher(toks.get(code).text()).matches()
                    || MODERN_YEAR.matcher(toks.get(code).text()).matches()
                    || !codeInside && toks.get(code).start() == c.end()) {
                continue;
            }
            String noun = Names.norm(toks.get(code + 1).text());
            if (!lexicons.isProductModelNoun(noun) || INDEX_NOUNS.contains(noun)) {
                continue;
            }
            int start = c.first().start();
            int end = toks.get(last - 1).end();
            String text = c.sentence().slice(start, end);
            String m = Names.norm(text);
            Token first = c.first();
            if (!Names.isCapitalized(first.text()) || gazetteer.givenName(first.text()) != null
                    || !gazetteer.lookup(m).isEmpty() || lexicons.head(m) != null || lexicons.isTitle(m)
                    || lexicons.isNonName(m) || lexicons.demonymCountry(m) != null || lexicons.isTimeWord(m)) {
                continue;
            }
            if (!codeInside && (lexicons.head(Names.norm(c.last().text())) != null
                    || !Names.isCapitalized(c.last().text()))) {
                continue; // "Acme Motors 500 trucks": the company's name; "Acme Group" stays whole
            }
            NameCandidate cut = new NameCandidate(c.sentence(), c.from(), last, start, end, text, m, false, null,
                    c.titleBefore(), c.uncertain());
            all.set(k, cut);
            makers.add(cut);
        }
        return makers;
    }

    /** Words opening names of bodies whose "of <country>" is part of the name (country-name-modifiers.txt). */
    private static final Set<String> COUNTRY_NAME_MODIFIERS =
            firstColumn("/org/newskg/lexicon/country-name-modifiers.txt");

    /**
     * "Halvard Bank of Germany lost $3 billion", "Calder Steel Group of Italy": a company's name that opens with a
     * proper name of its own and ends in a company's head word (head-words.tsv, trade or description: "Bank",
     * "Group", "Airlines"; not "Society" or "Journal", whose "of" a country is often their name's), then "of" and
     * a country, is the company and where it is: the candidate is cut before "of" and the country becomes a
     * candidate of its own. Not when
     * the name opens with a word that such names open with ("the Royal Bank of Scotland", country-name-modifiers.txt),
     * a demonym ("the American University of Armenia"), a title ("Doctor"), an adjective ("the Medical Journal of
     * Australia") or a word the article writes in lower case, nor after "the", which opens a body's full name ("the
     * Halvard Bank of Germany"), nor for a head word alone before "of" ("the Bank of England").
     */
    private void splitCountryOf(List<NameCandidate> all, Set<String> lowerWords) {
        for (int k = 0; k < all.size(); k++) {
            NameCandidate c = all.get(k);
            List<Token> toks = c.sentence().tokens();
            if (c.entry() != null || c.acronym()) {
                continue;
            }
            int of = -1;
            for (int i = c.from() + 2; i < c.to() - 1; i++) {
                if (toks.get(i).text().equals("of")) {
                    of = i;
                    break;
                }
            }
            if (of < 0) {
                continue;
            }
            int from = of + 1 + (Names.norm(toks.get(of + 1).text()).equals("the") ? 1 : 0);
            if (from >= c.to()) {
                continue;
            }
            int start = toks.get(from).start();
            String place = c.sentence().slice(start, c.end());
            List<Gazetteer.Entry> entries = Names.isAcronym(place) ? gazetteer.lookupAcronym(Names.acronymKey(place))
                    : gazetteer.lookup(Names.norm(place));
            Gazetteer.Entry country = entries.stream()
                    .filter(e -> e.type() == EntityType.PLACE && "Country".equals(e.subclass())).findFirst()
                    .orElse(null);
            String headWord = Names.norm(toks.get(of - 1).text());
            Lexicons.Head head = lexicons.head(headWord);
            String opener = toks.get(c.from()).text();
            String o = Names.norm(opener);
            if (country == null || head == null || head.type() != EntityType.ORGANIZATION
                    || !lexicons.isTradeHead(headWord) && !lexicons.isDescriptionHead(headWord)
                    || !Names.isCapitalized(opener) || !"PROPN".equals(toks.get(c.from()).pos())
                    || c.from() > 0 && Names.norm(toks.get(c.from() - 1).text()).equals("the")
                    || lexicons.isTitle(o) || COUNTRY_NAME_MODIFIERS.contains(o)
                    || lexicons.demonymCountry(o) != null || lexicons.head(o) != null
                    || lowerWords.contains(opener.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int end = toks.get(of - 1).end();
            String body = c.sentence().slice(c.start(), end);
            all.set(k, new NameCandidate(c.sentence(), c.from(), of, c.start(), end, body, Names.norm(body), false,
                    null, c.titleBefore(), c.uncertain()));
            all.add(k + 1, new NameCandidate(c.sentence(), from, c.to(), start, c.end(), place, Names.norm(place),
                    Names.isAcronym(place), country, false, false));
            k++;
        }
    }

    /** Source of the person vote for a catalogue-style "Surname, Given" name (joinInvertedNames). */
    static final String INVERTED_NAME = "rule:inverted-name";

    /**
     * "Austen, Jane. Pride and Prejudice" / "Marx, Karl and Engels, Friedrich. The Communist Manifesto": a list of
     * lines opened by a person's name written surname first, as catalogues and bibliographies write it. A line
     * opens with one capitalised proper noun, a comma, a known given name (and at most two more name words), then
     * a full stop, the line's end or "and" and another such name. Two such lines or more make the list; one alone
     * ("Paris, Jane said." or "Thanks, John.") is read as before. Each name becomes one candidate, its text as
     * written ("Austen, Jane"); returns them (they get a person vote).
     */
    private Set<NameCandidate> joinInvertedNames(AnalyzedText text, List<NameCandidate> all) {
        List<NameCandidate> found = new ArrayList<>();
        List<Sentence> sentences = text.sentences();
        Set<Integer> listParagraphs = new HashSet<>();
        // strict lines first (a known given name); then, once they make a list, the lines next to them whose
        // given name is no known one ("Christie, Agatha.") or whose surname the tagger reads as a noun
        for (boolean loose : new boolean[]{false, true}) {
            if (loose && found.size() < 2) {
                return Set.of();
            }
            boolean grown = true;
            while (grown) {
                grown = false;
                for (int si = 0; si < sentences.size(); si++) {
                    Sentence s = sentences.get(si);
                    if (si == 0 || sentences.get(si - 1).paragraph() == s.paragraph()
                            || listParagraphs.contains(s.paragraph())
                            || loose && !listParagraphs.contains(s.paragraph() - 1)
                            && !listParagraphs.contains(s.paragraph() + 1)) {
                        continue; // only a line's first sentence, once
                    }
                    List<NameCandidate> line = invertedNamesAt(s, loose);
                    if (!line.isEmpty()) {
                        found.addAll(line);
                        listParagraphs.add(s.paragraph());
                        grown = loose;
                    }
                }
            }
        }
        if (found.size() < 2) {
            return Set.of();
        }
        for (NameCandidate n : found) {
            int at = -1;
            for (int k = all.size() - 1; k >= 0; k--) {
                NameCandidate c = all.get(k);
                if (c.sentence() == n.sentence() && c.start() < n.end() && n.start() < c.end()) {
                    all.remove(k);
                    at = k;
                }
            }
            if (at < 0) {
                at = 0;
                while (at < all.size() && all.get(at).start() < n.start()) {
                    at++;
                }
            }
            all.add(at, n);
        }
        Set<NameCandidate> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.addAll(found);
        return out;
    }

    /** The "Surname, Given" names opening sentence s, joined by "and" and closed by a full stop; or none. */
    private List<NameCandidate> invertedNamesAt(Sentence s, boolean loose) {
        List<Token> toks = s.tokens();
        List<NameCandidate> line = new ArrayList<>();
        int p = 0;
        while (true) {
            int q = invertedNameEnd(toks, p, loose);
            if (q < 0) {
                return List.of();
            }
            int start = toks.get(p).start();
            int end = toks.get(q - 1).end();
            String written = s.slice(start, end);
            line.add(new NameCandidate(s, p, q, start, end, written, Names.norm(written.replace(",", "")), false,
                    null, false, false));
            if (q < toks.size() && Names.norm(toks.get(q).text()).equals("and")) {
                p = q + 1; // "Marx, Karl and Engels, Friedrich."
                continue;
            }
            // "Paris, Jane said ...": a clause goes on
            return q < toks.size() && !toks.get(q).text().equals(".") ? List.of() : line;
        }
    }

    /**
     * Where a "Surname, Given [Name]" name starting at token p ends, or -1. Loose: the given name need not be a
     * known one and the surname may be tagged a noun.
     */
    private int invertedNameEnd(List<Token> toks, int p, boolean loose) {
        if (p + 2 >= toks.size() || !Names.isCapitalized(toks.get(p).text())
                || !("PROPN".equals(toks.get(p).pos()) || loose && "NOUN".equals(toks.get(p).pos()))
                || Names.isAcronym(toks.get(p).text()) || !toks.get(p + 1).text().equals(",")
                || !Names.isCapitalized(toks.get(p + 2).text()) || !"PROPN".equals(toks.get(p + 2).pos())
                || gazetteer.givenName(toks.get(p + 2).text()) == null
                && (!loose || knownName(Names.norm(toks.get(p + 2).text())))) {
            return -1; // loose, a known place or body is no given name: "Paris, Texas."
        }
        int q = p + 3;
        while (q < toks.size() && q < p + 5 && Names.isCapitalized(toks.get(q).text())
                && "PROPN".equals(toks.get(q).pos())) {
            q++; // "Macaulay, Thomas Babington"
        }
        return q;
    }

    /** Prepositions said of places only: "in", "near" (not "between", "to", "from": "a letter to Tolstoy"). */
    private static final Set<String> PLACE_ONLY_PREPOSITIONS = RuleVoters.cueWords("place-preposition");

    /**
     * A one-word name the model alone calls a place (no rule or gazetteer place vote, no entry, never after a
     * spatial preposition) and one of its mentions is the subject of a verb of saying, thinking or agreeing
     * (person-subject-verbs.txt), right after it or after adverbs and auxiliaries: "Gorbachev agreed",
     * "Gorbachev also proposed", "Tolstoy had believed".
     */
    private boolean actingPlace(List<NameCandidate> members, Ballot b) {
        if (ruleWeight(b, EntityType.PLACE) > 0 || b.score(EntityType.ORGANIZATION) > 0) {
            return false;
        }
        boolean acts = false;
        for (NameCandidate m : members) {
            List<Token> toks = m.sentence().tokens();
            if (m.words() != 1 || m.acronym() || m.entry() != null
                    || m.from() > 0 && PLACE_ONLY_PREPOSITIONS.contains(Names.norm(toks.get(m.from() - 1).text()))
                    || knownName(m.key())) {
                return false;
            }
            for (int k = m.to(); k < toks.size() && k < m.to() + 4; k++) {
                String pos = toks.get(k).pos();
                if ("VERB".equals(pos)) {
                    acts |= PERSON_SUBJECT_VERBS.contains(toks.get(k).lemma().toLowerCase(Locale.ROOT));
                    break;
                }
                if (!"AUX".equals(pos) && !"ADV".equals(pos)) {
                    break;
                }
            }
        }
        return acts;
    }

    /** Academic titles and degrees before a field of study (field-cues.txt). */
    private static final Set<String> FIELD_CUES = firstColumn("/org/newskg/lexicon/field-cues.txt");

    /** Words of a sports contest before "the" and a team's plural name (contest-cues.txt). */
    private static final Set<String> CONTEST_CUES = firstColumn("/org/newskg/lexicon/contest-cues.txt");

    /** One word of three or more capitalised parts run together: "RecentChangesCamp", not "McAllen" or "KwaZulu". */
    private static final Pattern MULTI_HUMP = Pattern.compile("\\p{Lu}\\p{Ll}+(\\p{Lu}\\p{Ll}+){2,}");

    /**
     * A one-word name of three or more capitalised parts run together ("RecentChangesCamp", "ShakataGaNai"): a
     * user name, a site, an event or a product; places are written with two at most ("McAllen", "DeKalb",
     * "KwaZulu").
     */
    private static boolean multiHumpWord(NameCandidate m) {
        return m.size() == 1 && m.entry() == null && MULTI_HUMP.matcher(m.text()).matches();
    }

    /** Words a list of fields runs over, back to its preposition ("in Law, Sport Studies and Education"). */
    private static final Set<String> FIELD_LIST_WORDS = Set.of(",", "and", "or", "&", "/");

    /** The preposition between an academic title and its field ("Professor of Law", "a PhD in Biology"). */
    private static final Set<String> FIELD_PREPOSITIONS = Set.of("in", "of");

    /** Whether the gazetteer, a place's head word or a place prefix votes for a place (not a preposition alone). */
    private static boolean placeByNameOrHead(Ballot b) {
        return b.weightFrom(EntityType.PLACE, "gazetteer:") > 0 || b.weight(EntityType.PLACE, "rule:head-word") > 0
                || b.weight(EntityType.PLACE, "rule:place-prefix") > 0;
    }

    /** Whether the gazetteer knows the normalised name as a name or a town ("Paris", "Angers"). */
    private boolean knownName(String key) {
        return !gazetteer.lookup(key).isEmpty() || !gazetteer.towns(key).isEmpty();
    }

    /**
     * A place only by a preposition's word or the model's (no gazetteer name, no place head word) whose every
     * mention follows "in" or "of" after an academic title or degree (field-cues.txt), directly or in the list
     * the preposition opens: "Assistant Professor in Educational Leadership, Sport Studies and Counseling
     * Psychology", "a PhD in Environmental Engineering". A field of study names no entity.
     */
    private boolean fieldOfStudy(List<NameCandidate> members, Ballot b) {
        if (placeByNameOrHead(b)) {
            return false;
        }
        for (NameCandidate m : members) {
            if (m.entry() != null || !gazetteer.lookup(Names.norm(m.text())).isEmpty()
                    || !gazetteer.towns(m.key()).isEmpty()) {
                return false;
            }
            List<Token> toks = m.sentence().tokens();
            int k = m.from() - 1;
            // back over the list: capitalised words and the words that join them
            while (k > 0 && (FIELD_LIST_WORDS.contains(Names.norm(toks.get(k).text()))
                    || toks.get(k).isCapitalized()) && m.from() - k < 16) {
                k--;
            }
            if (k < 1 || !FIELD_PREPOSITIONS.contains(Names.norm(toks.get(k).text()))
                    || !FIELD_CUES.contains(Names.norm(toks.get(k - 1).text()))) {
                return false;
            }
        }
        return !members.isEmpty();
    }

    /**
     * A one-word plural name after "the" ("the Cardinals", "the Rangers") that only a preposition's word or the
     * model calls a place, unknown to the gazetteer, where some mention follows a word of a sports contest
     * (contest-cues.txt: "lost to the Cardinals", "the loss last year to the Cardinals", "beat the Rangers",
     * "played against the Bulls"): a team.
     */
    private boolean contestTeam(List<NameCandidate> members, Ballot b) {
        if (placeByNameOrHead(b)) {
            return false;
        }
        boolean contest = false;
        for (NameCandidate m : members) {
            List<Token> toks = m.sentence().tokens();
            String w = m.text();
            if (m.words() != 1 || m.acronym() || m.entry() != null || !w.endsWith("s") || w.endsWith("ss")
                    || knownName(m.key())
                    || m.from() < 2 || !Names.norm(toks.get(m.from() - 1).text()).equals("the")) {
                return false;
            }
            String one = Names.norm(toks.get(m.from() - 2).text());
            contest |= CONTEST_CUES.contains(one);
            // "lost to", "the loss last year to": the cue's first word up to four words before its preposition
            for (int k = m.from() - 3; k >= 0 && k >= m.from() - 6; k--) {
                contest |= CONTEST_CUES.contains(Names.norm(toks.get(k).text()) + " " + one);
            }
        }
        return contest;
    }

    private static boolean onlyDashesBetween(NameCandidate p, NameCandidate q) {
        if (q.from() < p.to() || q.start() < p.end()) {
            return false;
        }
        for (int i = p.to(); i < q.from(); i++) {
            String w = p.sentence().tokens().get(i).text();
            if (!(w.equals("-") || w.equals("\u2013") || w.equals("\u2014"))) {
                return false;
            }
        }
        return true;
    }

    /** Names a voter proposes (a model) where no rule candidate is: capitalised, on token boundaries. */
    private static List<NameCandidate> addProposals(AnalyzedText text, List<TypeVoter> voters,
                                                    List<NameCandidate> all) {
        List<NameCandidate> added = new ArrayList<>();
        Map<Sentence, boolean[]> shoutedIn = new IdentityHashMap<>(); // per sentence, not per proposal
        for (TypeVoter v : voters) {
            for (TypeVoter.Proposal p : v.proposals()) {
                if (p.sentence() < 0 || p.sentence() >= text.sentences().size()
                        || all.stream().anyMatch(c -> c.start() < p.end() && p.start() < c.end())) {
                    continue;
                }
                Sentence s = text.sentences().get(p.sentence());
                int from = -1;
                int to = -1;
                for (Token t : s.tokens()) {
                    if (t.start() == p.start()) {
                        from = t.index();
                    }
                    if (t.end() == p.end()) {
                        to = t.index() + 1;
                    }
                }
                int start = p.start();
                if (from == 0 && to - from > 1 && ANSWER_WORDS.contains(s.tokens().get(0).text())) {
                    from = 1; // "No. Google sends us traffic": an answer the splitter left on the next sentence
                    start = s.tokens().get(1).start();
                }
                if (from < 0 || to <= from || !Names.isCapitalized(s.tokens().get(from).text())) {
                    continue;
                }
                boolean[] shouted = shoutedIn.computeIfAbsent(s, x -> shouted(x.tokens()));
                boolean allShouted = true;
                for (int k = from; k < to; k++) {
                    allShouted &= shouted[k];
                }
                if (allShouted) {
                    continue; // capitals for emphasis ("FIRM POSTS SURPRISE LOSS"): the model reads them as names
                }
                String name = s.slice(start, p.end());
                NameCandidate c = new NameCandidate(s, from, to, start, p.end(), name, Names.norm(name),
                        to - from == 1 && Names.isAcronym(name), null, false, false);
                all.add(c);
                added.add(c);
            }
        }
        all.sort(Comparator.comparingInt(NameCandidate::start));
        return added;
    }

    /** One-word answers with a full stop that a sentence splitter reads as abbreviations ("No." of "No. 5"). */
    private static final Set<String> ANSWER_WORDS = Set.of("No.", "Yes.", "OK.", "Okay.", "Sure.", "Right.");

    /** Capitalised words met inside sentences (not first, not after a quote, not in a headline). */
    private static Set<String> capitalisedMidSentence(AnalyzedText text) {
        Set<String> words = new HashSet<>();
        for (Sentence s : text.sentences()) {
            if (isHeadline(s)) {
                continue;
            }
            List<Token> toks = s.tokens();
            for (int i = 1; i < toks.size(); i++) {
                String w = toks.get(i).text();
                if (Names.isCapitalized(w) && !OPENERS.contains(toks.get(i - 1).text())) {
                    words.add(w);
                    if (!Names.isCapitalized(toks.get(i - 1).text())) {
                        words.add(ALONE + w); // "Airbus" with no capitalised word before it
                    }
                }
            }
        }
        return words;
    }

    /** Whether a candidate whose capitalisation may be positional has other evidence. */
    private boolean keep(NameCandidate c, Ballot own, boolean seenElsewhere, Set<String> lowerWords) {
        if (c.entry() == null && possessedHeadWord(c)) {
            return false;
        }
        if (!c.uncertain() || c.entry() != null || seenElsewhere) {
            return true;
        }
        if (outletSubject(c, own) && !lowerWords.contains(c.first().text().toLowerCase())) {
            return true; // "Wikinews interviews ...", also as a headline: a singular subject, no plural common noun
        }
        if (isHeadline(c.sentence()) || lowerWords.contains(c.first().text().toLowerCase())) {
            return false; // "Shares of ..." when "shares" is also written in lower case
        }
        if (c.size() == 1 && "NOUN".equals(c.first().pos()) && beforeCommonNoun(c)) {
            return false; // "Drug makers rose", "Company executives said": a common noun before another
        }
        if (initialName(c)) {
            return true;
        }
        double best = Math.max(own.score(EntityType.PERSON),
                Math.max(own.score(EntityType.ORGANIZATION), own.score(EntityType.PLACE)));
        return best >= 1.5 || c.size() >= 2 && c.sentence().tokens().get(c.from() + 1).isProperNoun();
    }

    /**
     * A lone word opening a sentence that the tagger reads as a proper noun even in that position, acting as the
     * subject of a verb or owning what follows ("Bono gave a speech", "Kavanagh told worshippers", "Veltrana's
     * engineers"): a name, not a word capitalised for its place. A word ending in "s" is left out (the tagger
     * calls "Witnesses", "Doctors" proper nouns there: plural common nouns), and so are closed-class words of the
     * lexicons (titles, head words, demonyms, time words, non-names). Words also written in lower case in the
     * article are dropped before this ("Shares ... shares"), and so is a subject whose verb is followed by "its".
     */
    private boolean initialName(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        Token t = c.first();
        String w = t.text();
        if (c.size() != 1 || c.from() != 0 || c.acronym() || !t.isProperNoun() || c.to() >= toks.size()
                || w.length() < 3 || !w.chars().allMatch(Character::isLetter) || w.endsWith("s")) {
            return false;
        }
        String key = c.key();
        if (lexicons.isNonName(key) || lexicons.isTitle(key) || lexicons.head(key) != null
                || lexicons.demonymCountry(key) != null || lexicons.isTimeWord(key)) {
            return false;
        }
        Token next = toks.get(c.to());
        String nw = next.text();
        if ("'s".equals(nw) || "\u2019s".equals(nw)) {
            return true;
        }
        // "Acme retired its fleet": the subject is a thing, and a verb persons use would type it a person
        boolean its = c.to() + 1 < toks.size() && "its".equalsIgnoreCase(toks.get(c.to() + 1).text());
        return "VERB".equals(next.pos()) && !Names.isCapitalized(nw) && !its;
    }

    /**
     * A first word that {@link RuleVoters#outletVerb} typed before a 3rd-person singular present verb ("Wikinews
     * interviews the mayor", "Dagbladet speaks with ..."): the verb agrees with a singular subject, so the word is
     * no plural common noun capitalised for its place ("Investigators interviewed ..." is not concerned).
     */
    private static boolean outletSubject(NameCandidate c, Ballot own) {
        List<Token> toks = c.sentence().tokens();
        if (c.size() != 1 || c.to() >= toks.size()
                || own.weight(EntityType.ORGANIZATION, RuleVoters.OUTLET_VERB) <= 0) {
            return false;
        }
        String verb = toks.get(c.to()).text();
        // "interviews" may be tagged a noun
        return verb.length() > 3 && verb.endsWith("s") && verb.equals(verb.toLowerCase());
    }

    /** Whether a lower-case common noun follows the candidate ("Theatre critics", "Casino workers"). */
    private static boolean beforeCommonNoun(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        return c.to() < toks.size() && "NOUN".equals(toks.get(c.to()).pos()) && !toks.get(c.to()).isCapitalized();
    }

    /** Possessive determiners: a head word after one is a description ("our Company", "its Board"). */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("our", "its", "their", "his", "her", "my",
            "your");

    /**
     * A head word alone after a possessive determiner ("between our Company and Acme", "its Board approved"): a
     * capitalised description of one's own body, not its name (guideline E8: "the company" is no alias).
     */
    private boolean possessedHeadWord(NameCandidate c) {
        return c.size() == 1 && !c.acronym() && c.from() > 0 && lexicons.isDescriptionHead(c.key())
                && POSSESSIVE_DETERMINERS.contains(Names.norm(c.sentence().tokens().get(c.from() - 1).text()));
    }

    /**
     * Indices, time zones, units, currency codes ("FTSE", "UTC", "GDP": non-entity-names.tsv) name no entity,
     * unless the gazetteer knows the name or the text defines it as a longer name's acronym. A common abbreviation
     * that the gazetteer knows only as some body's acronym ("DNA" of a party) is that body only when the article
     * names it in full too ("DNA samples" beside no "Democratic National Alliance") or makes it act ("the ERA
     * said").
     */
    private void dropNonEntityNames(List<NameCandidate> all, Map<String, String> definitions) {
        List<NameCandidate> fullNames = all.stream().filter(c -> c.entry() != null && !c.acronym()).toList();
        all.removeIf(c -> (c.entry() == null || afterFigure(c) || c.acronym() && !subjectOfVerb(c)
                        && fullNames.stream().noneMatch(f -> f.entry().equals(c.entry())))
                && lexicons.isNonEntityName(c.text()) && !definitions.containsKey(groupKey(c)));
    }

    /**
     * Whether a figure comes right before the name ("a 2.85 ERA", "34 KO's", "a 3 GB card"): a measure after
     * its value, even when an acronym of the same letters is a known body's.
     */
    private static boolean afterFigure(NameCandidate c) {
        return c.from() > 0 && FIGURE.matcher(c.sentence().tokens().get(c.from() - 1).text()).matches();
    }

    private String groupKey(NameCandidate c) {
        if (c.entry() != null) {
            return "gaz:" + c.entry().source() + "/" + c.entry().name();
        }
        return c.acronym() ? "acr:" + Names.acronymKey(c.text()) : "name:" + c.key();
    }

    /**
     * A gazetteer acronym is ambiguous ("SDF" is also the SAARC Development Fund): when the article has a long
     * form with those initials that is not that entry ("Syrian Democratic Forces"), the entry is dropped.
     */
    private void dropAcronymEntriesContradictedByText(List<NameCandidate> all) {
        Map<String, List<NameCandidate>> byInitials = new HashMap<>();
        for (NameCandidate c : all) {
            if (!c.acronym() && c.size() >= 2) {
                byInitials.computeIfAbsent(initials(c.sentence().tokens().subList(c.from(), c.to())),
                        k -> new ArrayList<>()).add(c);
            }
        }
        for (int i = 0; i < all.size(); i++) {
            NameCandidate c = all.get(i);
            if (c.entry() != null && c.size() == 1 && Names.isAcronym(c.text()) && openedByAcronym(all, c)) {
                // "NPD Group ... NPD said": the acronym is the first word of the text's own name
                all.set(i, new NameCandidate(c.sentence(), c.from(), c.to(), c.start(), c.end(), c.text(), c.key(),
                        true, null, c.titleBefore(), c.uncertain()));
                continue;
            }
            if (!c.acronym() || c.entry() == null) {
                continue;
            }
            List<NameCandidate> longForms = byInitials.getOrDefault(Names.acronymKey(c.text()), List.of());
            for (NameCandidate l : longForms) {
                if (l.entry() == null && Names.norm(l.text()).startsWith(Names.norm(c.entry().name()) + " ")) {
                    // "Islamic State of Iraq and the Levant" for "ISIL" of "Islamic State": the entry's full name
                    int at = all.indexOf(l);
                    if (at >= 0) {
                        all.set(at, new NameCandidate(l.sentence(), l.from(), l.to(), l.start(), l.end(), l.text(),
                                l.key(), false, c.entry(), l.titleBefore(), l.uncertain()));
                    }
                }
            }
            longForms = byInitials.getOrDefault(Names.acronymKey(c.text()), List.of());
            if (!longForms.isEmpty() && longForms.stream().noneMatch(l -> c.entry().equals(l.entry())
                    || l.entry() == null && Names.norm(l.text()).startsWith(Names.norm(c.entry().name()) + " "))) {
                all.set(i, new NameCandidate(c.sentence(), c.from(), c.to(), c.start(), c.end(), c.text(), c.key(),
                        true, null, c.titleBefore(), c.uncertain()));
            }
        }
    }

    /**
     * Whether a name of the article the gazetteer does not know is the acronym and a company's trade or legal word
     * ("NPD Group", "ABC Holdings"): the article's "NPD" is that company's short name, not the entry of the same
     * letters (a party). "UN Security Council" or "US Army" leave "UN" and "US" as they are.
     */
    private boolean openedByAcronym(List<NameCandidate> all, NameCandidate c) {
        for (NameCandidate l : all) {
            if (l != c && !l.acronym() && l.size() == 2 && l.first().text().equals(c.text()) && l.entry() == null
                    && companyWord(lexicons, Names.norm(l.last().text()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A company's trade or legal word ("Group", "Holdings", "Motors", "Inc."): head-words.tsv, legal-suffixes.txt.
     * Also used by the resolver to join "NPD" to "NPD Group".
     */
    public static boolean companyWord(Lexicons lex, String w) {
        return lex.isTradeHead(w) || lex.isLegalSuffix(w) || lex.isDescriptionHead(w) && !w.equals("board");
    }

    /** An acronym with no gazetteer entry joins the one multi-word name of the article whose initials it is. */
    private void joinInitials(List<NameCandidate> all, UnionFind groups, Map<String, String> definitions) {
        Map<String, Set<String>> byInitials = new HashMap<>();
        for (NameCandidate c : all) {
            if (!c.acronym() && c.size() >= 2) {
                String ini = initials(c.sentence().tokens().subList(c.from(), c.to()));
                if (ini.length() >= 2) {
                    byInitials.computeIfAbsent(ini, k -> new LinkedHashSet<>()).add(groupKey(c));
                }
            }
        }
        for (NameCandidate c : all) {
            String k = groupKey(c);
            if (c.acronym() && c.entry() == null && !definitions.containsKey(k)) {
                Set<String> longForms = byInitials.getOrDefault(Names.acronymKey(c.text()), Set.of());
                if (longForms.isEmpty()) {
                    // "SIA" of "Singapore Airlines": no initials fit, but the letters spell the one name out
                    longForms = new LinkedHashSet<>();
                    for (NameCandidate l : all) {
                        if (!l.acronym() && l.size() >= 2 && Names.spellsOut(c.text(), l.text())) {
                            longForms.add(groupKey(l));
                        }
                    }
                }
                if (longForms.size() == 1) {
                    groups.union(k, longForms.iterator().next());
                }
            }
        }
    }

    /**
     * Initials of the capitalised words ("Libyan National Army" -> "LNA"; "of", "the" skipped); a unit's ordinal
     * is kept whole ("507th Air Refueling Wing" -> "507THARW", the key of "507th ARW").
     */
    static String initials(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            String w = t.text();
            if (isOrdinal(w)) {
                b.append(w.toUpperCase(Locale.ROOT));
            } else if (Names.isCapitalized(w) && Character.isLetter(w.charAt(0))) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }

    /**
     * A one-word name that is the last word of multi-word person names of the article (or a spelling
     * variant of it: "Haftar" for "Khalifa Hafter") gets that name's votes: a surname alone rarely has any. The
     * first word of organization names ("Fiat" of "Fiat Group SpA"; shared among all that start with it) and
     * the rest of a place-word name ("Sinjar" of "Mount Sinjar") inherit the same way.
     */
    private static void inheritFromFullNames(Map<String, Ballot> ballots, Map<String, List<NameCandidate>> members,
                                             Lexicons lexicons) {
        Map<String, String> lastWordOfPerson = new HashMap<>();
        Map<String, String> givenNameOfPerson = new HashMap<>();
        Map<String, String> particleSurnameOfPerson = new HashMap<>();
        Map<String, List<String>> wordsOfOrg = new HashMap<>();
        Map<String, String> restOfPlace = new HashMap<>();
        for (Map.Entry<String, List<NameCandidate>> e : members.entrySet()) {
            NameCandidate c = e.getValue().get(0);
            EntityType w = ballots.get(e.getKey()).winner();
            if (c.size() >= 2 && !c.acronym() && c.entry() == null && w == EntityType.PERSON) {
                lastWordOfPerson.put(e.getKey(), Names.norm(c.last().text()));
                int space = c.text().indexOf(' ');
                if (space > 0 && space + 1 < c.text().length() && Character.isLowerCase(c.text().charAt(space + 1))) {
                    // "al-Sadr" of "Muqtada al-Sadr", "van Buyten" of "Daniel van Buyten": the surname with its
                    // particle
                    particleSurnameOfPerson.put(e.getKey(), Names.norm(c.text().substring(space + 1)));
                }
                String last = c.last().text();
                if ((ballots.get(e.getKey()).weight(EntityType.PERSON, "gazetteer:given-names") > 0
                        // a person by a rule of the text ("goalkeeper Gianluigi Buffon"), the given name unlisted
                        || ruleWeight(ballots.get(e.getKey()), EntityType.PERSON) >= STRONG)
                        && !last.equals(last.toUpperCase(Locale.ROOT))) { // not "Mac OS"'s "Mac"
                    givenNameOfPerson.put(e.getKey(), Names.norm(c.first().text())); // "Angelo" of "Angelo Fresquet"
                }
            } else if (c.size() >= 2 && !c.acronym() && w == EntityType.ORGANIZATION
                    && ballots.get(e.getKey()).score(w) >= 1.0) {
                wordsOfOrg.put(e.getKey(), words(c)); // "Fiat" of "Fiat Group SpA"
            } else if (c.size() == 2 && c.entry() == null && w == EntityType.PLACE
                    && lexicons.isPlacePrefix(Names.norm(c.first().text()))) {
                restOfPlace.put(e.getKey(), Names.norm(c.last().text())); // "Sinjar" of "Mount Sinjar"
            }
        }
        for (Map.Entry<String, List<NameCandidate>> e : members.entrySet()) {
            NameCandidate c = e.getValue().get(0);
            if (c.acronym() || c.entry() != null) {
                continue;
            }
            // the first words of a longer organization name: "Fiat" of "Fiat Group SpA", "New Century" of "New
            // Century Financial Corporation"
            List<String> own0 = words(c);
            Set<String> orgs = new HashSet<>();
            wordsOfOrg.forEach((g, ws) -> {
                if (ws.size() > own0.size() && ws.subList(0, own0.size()).equals(own0)) {
                    orgs.add(g);
                }
            });
            if (c.size() != 1 && (orgs.isEmpty() || anyRuleEvidence(ballots.get(e.getKey())))) {
                continue; // "from Ras al-Ain" before "the Ras al-Ain Military Council": a cue of its own decides
            }
            // "Penske" of "Penske Auto" and "Penske Automotive Group": which one it is, the resolver decides;
            // that it is an organization, all of them say
            Ballot own = ballots.get(e.getKey());
            double[] sure = new double[EntityType.values().length];
            for (EntityType t : EntityType.values()) {
                sure[t.ordinal()] = ruleWeight(own, t);
            }
            for (String g : orgs) {
                own.addAll(ballots.get(g), 0.8 / orgs.size());
            }
            // "towards Northrop" after "Northrop Grumman": the short form of the one longer organization name is
            // that organization, unless sure evidence of its own says otherwise (a place cue like "towards" is not)
            boolean surname = lastWordOfPerson.containsValue(c.key());
            if (orgs.size() == 1 && !surname && own.winner() != EntityType.ORGANIZATION
                    && sure[own.winner().ordinal()] < STRONG) {
                own.vote(EntityType.ORGANIZATION, own.score(own.winner()) - own.score(EntityType.ORGANIZATION) + 0.5,
                        null, "rule:short-form");
            }
            if (c.size() != 1) {
                continue;
            }
            Set<String> places = new HashSet<>();
            restOfPlace.forEach((g, rest) -> {
                if (rest.equals(c.key())) {
                    places.add(g);
                }
            });
            if (places.size() == 1) {
                ballots.get(e.getKey()).addAll(ballots.get(places.iterator().next()), 0.8);
            }
        }
        if (lastWordOfPerson.isEmpty()) {
            return;
        }
        for (Map.Entry<String, List<NameCandidate>> e : members.entrySet()) {
            NameCandidate c = e.getValue().get(0);
            // a surname that is also a town or region ("said Angers" after "Sandy Angers", "Hesse wrote" after
            // "Hermann Hesse"): when no mention of it stands where a place does ("in Angers"), the gazetteer
            // entry does not decide
            boolean town = c.entry() != null && c.entry().type() == EntityType.PLACE
                    && ("City".equals(c.entry().subclass()) || "Region".equals(c.entry().subclass()))
                    && ballots.get(e.getKey()).weightFrom(EntityType.PLACE, "context:") == 0;
            boolean particleForm = c.size() > 1 && !c.acronym() && c.entry() == null
                    && Character.isLowerCase(c.text().charAt(0))
                    && particleSurnameOfPerson.containsValue(Names.norm(c.text()));
            if (!particleForm && (c.size() != 1 || c.acronym() || c.entry() != null && !town)) {
                continue;
            }
            String word = particleForm ? Names.norm(c.text()) : c.key();
            Set<String> matches = new HashSet<>();
            (particleForm ? particleSurnameOfPerson : lastWordOfPerson).forEach((g, last) -> {
                if (town || particleForm ? word.equals(last) : sameWord(word, last)) {
                    matches.add(g);
                }
            });
            if (matches.isEmpty() && !town) {
                // a person called by the given name alone ("Angelo" after "Angelo Fresquet"), no surname being it
                givenNameOfPerson.forEach((g, first) -> {
                    if (word.equals(first)) {
                        matches.add(g);
                    }
                });
            }
            if (!matches.isEmpty()) {
                if (town) { // the entry's vote at each mention is one piece of evidence, and a weak one here
                    ballots.get(e.getKey()).capSource("gazetteer:" + c.entry().source(), 1.0);
                }
                Ballot own = ballots.get(e.getKey());
                EntityType was = own.winner();
                boolean weak = !town && was != null && was != EntityType.PERSON && ruleWeight(own, was) < STRONG;
                // the surname of several persons ("Marco Citrone" and his father "John Citrone") is a person's
                // too: which one, the resolver decides
                for (String g : matches) {
                    ballots.get(e.getKey()).addAll(ballots.get(g), 0.8 / matches.size());
                }
                if (weak && own.winner() != EntityType.PERSON) {
                    // "Newton fumbled" after "Cam Newton", "from Iniesta's cross": a word of a person's full name,
                    // called a place or body by the model or a preposition alone, is that person (short form)
                    own.vote(EntityType.PERSON, own.score(own.winner()) - own.score(EntityType.PERSON) + 0.5,
                            null, "rule:short-form");
                }
            }
        }
    }

    /**
     * Whether any type has evidence beyond the model, the name's shape and a given name (the first word of "Harlow
     * Ridge Capital" may be one).
     */
    private static boolean anyRuleEvidence(Ballot b) {
        for (EntityType t : EntityType.values()) {
            if (ruleWeight(b, t) - b.weight(t, "gazetteer:given-names") > 1e-9) { // sums of doubles
                return true;
            }
        }
        return false;
    }

    /** The normalised words of a name, punctuation and all. */
    private static List<String> words(NameCandidate c) {
        List<String> out = new ArrayList<>(c.size());
        for (int i = c.from(); i < c.to(); i++) {
            out.add(Names.norm(c.sentence().tokens().get(i).text()));
        }
        return out;
    }

    /** "abadi" of "al-abadi": the Arabic article glued to a surname is often left out ("Abadi"). */
    private static String withoutArticle(String w) {
        int h = w.indexOf('-');
        if (h >= 2 && h <= 3 && h + 1 < w.length()) {
            String p = w.substring(0, h);
            if (p.equals("al") || p.equals("el") || p.equals("ad") || p.equals("as") || p.equals("ar")
                    || p.equals("ash") || p.equals("at") || p.equals("az") || p.equals("an")) {
                return w.substring(h + 1);
            }
        }
        return w;
    }

    /**
     * Equal, or a spelling variant: one edit apart or two neighbouring letters swapped, five letters or more, same
     * first letter.
     */
    public static boolean sameWord(String a, String b) {
        a = withoutArticle(a);
        b = withoutArticle(b);
        if (a.equals(b)) {
            return true;
        }
        return a.length() >= 5 && b.length() >= 5 && a.charAt(0) == b.charAt(0)
                && (Names.editDistance(a, b, 1) <= 1 || swapped(a, b));
    }

    /** Two words of five letters or more, the same but for two neighbouring letters swapped ("Chrylser"). */
    public static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.length() < 5 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.substring(i + 2).equals(b.substring(i + 2));
    }

    /**
     * A headline: a sentence of the first line, without a final period, written in title case (most longer words
     * capitalised).
     */
    static boolean isHeadline(Sentence s) {
        if (s.paragraph() != 0 || s.text().endsWith(".")) {
            return false;
        }
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0)) && !FUNCTION_WORDS.contains(w.toLowerCase())) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    caps++;
                }
            }
        }
        return words >= 3 && caps >= 0.75 * words;
    }

    /**
     * Tokens in a run of three or more consecutive all-capital words of two letters or more ("GOVERNMENT FORCES
     * RETAKE TOWN"): a headline or emphasis in capitals, where the capitals say nothing about names.
     */
    static boolean[] shouted(List<Token> toks) {
        boolean[] out = new boolean[toks.size()];
        int from = 0;
        for (int i = 0; i <= toks.size(); i++) {
            if (i < toks.size() && allCapitalWord(toks.get(i).text())) {
                continue;
            }
            if (i - from >= 3) {
                Arrays.fill(out, from, i, true);
            }
            from = i + 1;
        }
        return out;
    }

    private static boolean allCapitalWord(String w) {
        return w.length() >= 2 && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '\'' || ch == '.');
    }

    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "NUM");
    private static final Set<String> TITLE_ARTICLES = Set.of("The", "A", "An");
    private static final Set<String> TITLE_GLUE = Set.of("of", "and", "the", "a", "an", "in", "on", "to", "for",
            "&", "at");

    /** Prepositions inside a title that may instead open the body it was made at or for (bodyAfterPreposition). */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("at", "for", "with");

    /** A negated auxiliary in one token ("Don't", "CAN'T", "won\u2019t"). */
    private static final Pattern NEGATED = Pattern.compile("(?i)[a-z]+n['\u2019]t");
    private static final Set<String> INTENSIFIERS = Set.of("so", "really", "very", "too", "totally", "absolutely",
            "extremely", "truly", "incredibly", "super");
    private static final Set<String> EMPHASIS_COPULAS = Set.of("'s", "\u2019s", "is", "was", "are", "were");
    private static final Set<String> EMPHASIS_SUBJECTS = Set.of("it", "that", "this", "which");

    /** Endings of agent nouns that name an occupation before a person's name ("Guitarist", "Promoter"). */
    private static final List<String> AGENT_SUFFIXES = List.of("ist", "er", "or", "ian", "ic", "ant", "ent");

    /**
     * Singular heads left out of head-words.tsv because they also close venues' names ("Kennedy Center"), but that
     * head a body when "for" and its purpose follow ("the Centre for Economic Policy Research").
     */
    private static final Set<String> PURPOSE_HEADS = RuleVoters.cueWords("purpose-head");
    private static final Set<String> POST_NOMINALS = RuleVoters.cueWords("post-nominal");
    private static final Set<String> TIME_ADJECTIVES = RuleVoters.cueWords("time-adjective");

    /** The scan of one sentence: its candidates, in order. */
    private final class SentenceScan {
        private final Sentence s;
        private final List<Token> toks;
        private final int n;
        private final String[] norm;
        /** Where a hyphenated lower-case suffix starts inside a capitalised token ("UN-backed"), or -1. */
        private final int[] cut;
        private final int[] gazEnd;
        private final Gazetteer.Entry[] gazEntry;
        private final int[] titleEnd;
        private final boolean[] titleEndsAt;
        private final boolean headline;
        private final Set<String> midCaps;
        private final Set<String> lowerWords;
        private final Set<String> nonEntities;
        /** Words of an all-capitals phrase ("TROOPS RETAKE TOWN"): capitalised for emphasis, not acronyms. */
        private final boolean[] shouted;
        /** Acronyms written anywhere in the article ("ISIL"), by {@link Names#acronymKey}. */
        private final Set<String> acronyms;
        /** Camel-case brands of the article shown to be organizations ({@link #camelBrands}). */
        private Set<String> brands = Set.of();

        SentenceScan(Sentence s, Set<String> midCaps, Set<String> lowerWords, Set<String> nonEntities,
                     Set<String> acronyms) {
            this.s = s;
            this.acronyms = acronyms;
            this.midCaps = midCaps;
            this.lowerWords = lowerWords;
            this.nonEntities = nonEntities;
            this.toks = s.tokens();
            this.n = toks.size();
            this.norm = new String[n];
            this.cut = new int[n];
            for (int i = 0; i < n; i++) {
                String w = toks.get(i).text();
                cut[i] = hyphenCut(w);
                norm[i] = Names.norm(cut[i] >= 0 ? w.substring(0, cut[i]) : w);
            }
            this.gazEnd = new int[n];
            this.gazEntry = new Gazetteer.Entry[n];
            this.titleEnd = new int[n];
            this.titleEndsAt = new boolean[n + 1];
            this.headline = isHeadline(s);
            this.shouted = shouted(toks);
            markGazetteer();
            markTitles();
            markEmphasis();
        }

        /**
         * Capitals for emphasis in speech, not acronyms: a negated auxiliary ("DON'T read the comments", "Don't
         * wait": never a name) and a capitalised word right after an intensifier or after "it's" / "that was"
         * ("so GOOD", "It's AMAZING"). A word the gazetteer knows stays ("it was NATO").
         */
        private void markEmphasis() {
            for (int i = 0; i < n; i++) {
                String w = toks.get(i).text();
                if (NEGATED.matcher(w).matches()) {
                    nonEntities.add(norm[i]);
                    continue;
                }
                if (!allCapitalWord(w) || w.length() < 3 || gazEnd[i] > i || i == 0) {
                    continue;
                }
                boolean intensified = INTENSIFIERS.contains(norm[i - 1]);
                boolean pronounCopula = i >= 2 && EMPHASIS_COPULAS.contains(norm[i - 1])
                        && EMPHASIS_SUBJECTS.contains(norm[i - 2]);
                if (intensified || pronounCopula || shoutedModifier(i)) {
                    shouted[i] = true;
                    nonEntities.add(norm[i]);
                }
            }
        }

        /**
         * A word in capitals that the tagger reads as an adjective between a determiner and a lower-case noun ("a
         * HUGE collector", "the BIGGEST problem"), or as an adverb before an adjective there ("a VERY long
         * night"): a word stressed in speech. An acronym in that place is read as a proper noun ("a BBC reporter",
         * "the NATO summit").
         */
        private boolean shoutedModifier(int i) {
            if (i + 1 >= n || !"DET".equals(toks.get(i - 1).pos())) {
                return false;
            }
            Token next = toks.get(i + 1);
            String pos = toks.get(i).pos();
            boolean lowerNext = Character.isLowerCase(next.text().charAt(0));
            return "ADJ".equals(pos) && lowerNext && "NOUN".equals(next.pos())
                    || "ADV".equals(pos) && lowerNext && "ADJ".equals(next.pos());
        }

        void scan(List<NameCandidate> out, Map<String, String> definitions) {
            int first = out.size();
            int i = 0;
            int lastEnd = 0;
            boolean[] work = workTitles();
            while (i < n) {
                if (work[i]) {
                    i++; // "a painting titled \u201CPortrait of a Young Man\u201D": a work's title names nothing
                    continue;
                }
                if (creditLabel(i)) {
                    i++; // "Image: Jane Smith.": a caption's credit label names nothing
                    continue;
                }
                if (gluedFragment(i)) {
                    i++;
                    continue;
                }
                if (formerAtStart(i)) {
                    i++; // "Former Federal Reserve chair ...": the sentence's first word dates the post, names nothing
                    continue;
                }
                if (!(gazEnd[i] > i || capWord(i) || titleEnd[i] > i && capitalized(i) || particleBeforeName(i)
                        || brandBeforeHead(i))) {
                    i++;
                    continue;
                }
                int j = i;
                int k; // the end a scan helper found, so that each is computed once per step
                if (gazEnd[i] <= i && particleBeforeName(i)) {
                    j = norm[i].endsWith("-") ? i + 1 : i + 2; // the name goes on with the capitalised word
                }
                if (brandBeforeHead(i)) {
                    j = i + 1; // "vFinance Investments": a brand in lower-case-first camel case starts the name
                }
                List<int[]> titles = new ArrayList<>();
                int postNominalAt = -1;
                while (j < n) {
                    if (j > i && creditLabel(j)) {
                        break; // "... in Portland Image: Jane Smith.": the credit label ends the caption's last name
                    }
                    if (gluedFragment(j)) {
                        break; // "the Department of Defense Nanosat-2 Program": "Nanosat-" is half a word
                    }
                    if (gazEnd[j] > j) {
                        if (headline && j > i) {
                            break; // in a headline every word is capitalised: known names stand alone
                        }
                        j = gazEnd[j];
                        if (cut[j - 1] >= 0 || headline) {
                            break;
                        }
                    } else if (postNominal(titles.isEmpty() ? i : titles.get(titles.size() - 1)[1], j,
                            !titles.isEmpty())) {
                        postNominalAt = j; // "Laura Finch QC", "Tom Hale MP": the letters end the name
                        break;
                    } else if (j > i && surnameTitle(titles.isEmpty() ? i : titles.get(titles.size() - 1)[1], j)) {
                        j++; // "Stephen King said", "John Major", "Martin Luther King Jr.": a title word as surname
                        if (j < n && generational(j)) {
                            j++;
                        }
                        break;
                    } else if (titleEnd[j] > j && capitalized(j)) {
                        titles.add(new int[]{j, titleEnd[j]});
                        j = titleEnd[j];
                    } else if (unionLocal(j)) {
                        if (j == i) {
                            j += 2; // "Local 1520" of "UAW Local 1520": a union's branch, a name of its own
                        }
                        break;
                    } else if (capWord(j)) {
                        j++;
                        if (cut[j - 1] >= 0) {
                            break;
                        }
                    } else if (j > i && isJoiningHyphen(j)) {
                        j++;
                    } else if (j == i + 1 && spacedHyphenName(i)) {
                        j += 2; // "Wal - Mart", "Coca - Cola": a hyphenated name written with spaces
                        break;
                    } else if (j > i && !gap(j) && toks.get(j).text().length() > 1 && toks.get(j).text().charAt(0) == '-'
                            && Character.isUpperCase(toks.get(j).text().charAt(1))) {
                        j++; // "Rhine" "-Westphalia" as the tokenizer splits it
                    } else if (j > i && j + 1 < n && toks.get(j).text().endsWith("-") && !gap(j + 1)
                            && lexicons.isNameConnector(norm[j].substring(0, norm[j].length() - 1))
                            && capWord(j + 1)) {
                        j++; // "al-" "Kuwaiti" as the tokenizer splits it
                    } else if (j > i && j + 1 < n && isOrdinal(toks.get(j).text()) && capWord(j + 1)
                            && lexicons.head(norm[j + 1]) != null) {
                        j++; // "5th Fleet", "3rd Infantry Division"
                    } else if (j > i && (k = dashedName(j)) > j) {
                        j = k; // "Combined Joint Task Force - Operation Inherent Resolve"
                    } else if (j > i && spacedHyphenAfterDemonym(i, j)) {
                        j++; // "Council on American - Islamic Relations": the name goes on after the spaced hyphen
                    } else if (j > i && regnalNumber(j)) {
                        j++; // "Nebuchadnezzar II", "Elizabeth II"
                        break;
                    } else if (j > i && channelNumber(i, j)) {
                        j++; // "Channel 4", "BBC Radio 4", "RTE 1" and "Sky One" among "television channels"
                        break;
                    } else if (j > i && unitNumber(j)) {
                        j++; // "Task Force 50", "Unit 8200": a unit's number is part of its name
                        break;
                    } else if (j > i && (k = nickname(j)) > j) {
                        j = k; // "John \u201CJ.D.\u201D Dorrian": a nickname in quotes inside a person's name
                    } else if (j > i && (k = possessiveInName(i, j)) > j) {
                        if (!titles.isEmpty() && titles.get(titles.size() - 1)[1] == j) {
                            titles.remove(titles.size() - 1); // "King's College": the title is an owner here
                        }
                        j = k; // "St. Peter's Square", "the People's Liberation Army"
                    } else if (j > i && middleInitial(j)) {
                        j += toks.get(j).text().length() == 1 ? 2 : 1; // "Scott C. Dayton"
                    } else if (j > i && ampersand(j) && capitalized(j - 1) && j + 1 < n && capWord(j + 1)) {
                        j++; // "Procter & Gamble", "Standard & Poor's": firms join their founders with "&"
                    } else if (j > i && (k = splitAmpersandAcronymEnd(j)) > j) {
                        j = k; // "Texas A&M" as the tokenizer splits it: "A" "&M"
                    } else if (j > i && legalFormAfterComma(j)) {
                        j += 2; // "YRC Worldwide, Inc.", "Acme Holdings, Ltd.": the legal form belongs to the name
                        break;
                    } else if (j > i && (k = campusAt(i, j)) > j) {
                        j = k; // "the University of Illinois at Chicago": the campus's town is in the name
                        break;
                    } else if (j > i && (k = orgConnector(j)) > 0) {
                        j += k;
                    } else if (j > i && purposeOf(i, j)) {
                        j++; // "Office for the Coordination of Humanitarian Affairs", "Institute for the Study of War"
                    } else if (j > i && (k = andExtension(i, j)) > j) {
                        j = k; // "Islamic State of Iraq and the Levant" when "ISIL" is used
                    } else if (j > i && (k = fieldPairEnd(i, j)) > j) {
                        j = k; // "the Securities and Exchange Commission"
                    } else if (j == i + 1 && commaInFirmName(i, j)) {
                        j++; // "Sears, Roebuck & Co.", "Merrill, Lynch & Co.": the comma is inside the firm's name
                    } else if (j > i && romanceDo(j)) {
                        j++; // "Granja do Torto", "Banco do Brasil": Portuguese "do" inside a name
                    } else if (j > i && (k = purposeInfinitiveEnd(j)) > j) {
                        j = k; // "the Committee to Protect Journalists"
                    } else if (j > i && lexicons.isNameConnector(norm[j]) && capitalized(j - 1) && j + 1 < n
                            && (lexicons.isFreeNameConnector(norm[j]) && capWord(j + 1) || isJoiningHyphen(j + 1))) {
                        j++; // "Mohammed bin Salman", "Abu Jandal al-Kuwaiti"
                    } else if (j > i && j + 2 < n && capitalized(j - 1) && lexicons.isFreeNameConnector(norm[j])
                            && lexicons.isFreeNameConnector(norm[j + 1]) && capWord(j + 2)) {
                        j += 2; // "Maria de la Cruz", "Rafael van der Vaart": a surname's two particles
                    } else {
                        break;
                    }
                }
                int after = nameAfterRun(i, j, out);
                if (after > j) {
                    lastEnd = after;
                    i = after;
                    continue;
                }
                emitRun(ordinalBefore(i, titles.isEmpty() ? j : titles.get(0)[0], lastEnd), j, titles, out);
                int field = prizeField(j);
                if (field > j) {
                    j = field; // "the Nobel Prize in Physiology or Medicine": the field is no name
                }
                if (postNominalAt == j) {
                    j++; // the post-nominal letters name nothing of their own
                }
                lastEnd = j;
                i = Math.max(j, i + 1);
            }
            findDefinitions(out, first, definitions);
        }

        /**
         * "Pentagon Acquisition Director", "Airbus Sales Director", "Army Operations Director": a known organisation
         * or an armed service, then one or two plain capitalised words (the post's field) right before a title. Returns
         * where the known name ends, or -1. The field words must be no name, acronym or head word ("Goldman
         * Sachs Asset Management Director" names a company of its own).
         */
        private int knownBeforePortfolio(int a, int t) {
            int k;
            // a country is left out: "the US Treasury Secretary" names the department, "Treasury" is no field
            if (gazEnd[a] > a && gazEntry[a] != null && gazEntry[a].type() == EntityType.ORGANIZATION) {
                k = gazEnd[a];
            } else if (service(a)) {
                k = a + 1;
            } else {
                return -1;
            }
            if (t - k < 1 || t - k > 2 || lexicons.head(norm[t - 1]) != null) {
                return -1;
            }
            for (int m = k; m < t; m++) {
                String w = toks.get(m).text();
                if (!capWord(m) || gazEnd[m] > m || Names.isAcronym(w) || gazetteer.givenName(w) != null
                        || !w.chars().allMatch(Character::isLetter)) {
                    return -1;
                }
            }
            return k;
        }

        /**
         * Runs that name no entity because of what follows them: a season before a year ("Spring 2007") and an
         * award title before "of the Year" ("UPI Lineman of the Year", "Player of the Year": only a known name
         * at its start stays, "UPI"). Returns where the scan goes on, or -1 for an ordinary run.
         */
        private int nameAfterRun(int a, int b, List<NameCandidate> out) {
            if (b - a == 1 && SEASONS.contains(norm[a]) && b < n
                    && SEASON_YEAR.matcher(toks.get(b).text()).matches()) {
                return b + 1;
            }
            if (b - a == 1 && b < n && PRIZE_WINNERS.contains(toks.get(b).text()) && gazEnd[a] <= a
                    && !Names.isAcronym(toks.get(a).text())) {
                nonEntities.add(norm[a]); // "Nobel laureate James Watson", "seven Nobel laureates"
                return b;
            }
            if (b + 2 < n && norm[b].equals("of") && norm[b + 1].equals("the") && norm[b + 2].equals("year")
                    && capitalized(b + 2) && gazEnd[a] != b) {
                nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 1).end())));
                if (gazEnd[a] > a && gazEnd[a] < b) {
                    emitPart(a, gazEnd[a], false, false, out);
                }
                return b + 3;
            }
            return -1;
        }

        /**
         * After a run ending in a prize head ("Nobel Prize", "Pulitzer Prize"), "in" or "for" and capitalised
         * words joined by "or", "and" or commas name the prize's field ("in Physiology or Medicine", "for
         * Fiction"). Returns where the field ends, or -1. A known place after "in" is where it was given ("the
         * Nobel Prize in Oslo").
         */
        private int prizeField(int b) {
            if (b < 1 || b + 1 >= n || !PRIZE_HEADS.contains(norm[b - 1]) || !capitalized(b - 1)
                    || !(norm[b].equals("in") || norm[b].equals("for"))) {
                return -1;
            }
            int k = b + 1;
            int end = -1;
            while (k < n && capWord(k) && gazEnd[k] <= k && !Names.isAcronym(toks.get(k).text())) {
                k++;
                end = k;
                if (k + 1 < n && (norm[k].equals("or") || norm[k].equals("and") || norm[k].equals(","))
                        && capWord(k + 1)) {
                    k++;
                }
            }
            return end;
        }

        /** Splits a run at its titles unless it ends in a head word ("General Motors"), then emits its parts. */
        private void emitRun(int a, int b, List<int[]> titles, List<NameCandidate> out) {
            boolean endsInHead = lexicons.head(norm[b - 1]) != null && gazEnd[a] != b;
            if (titles.isEmpty() || endsInHead && titles.get(titles.size() - 1)[1] < b) {
                emitPart(a, b, titleEndsAt[a], false, out);
                return;
            }
            int from = a;
            for (int[] t : titles) {
                if (t[0] > from) {
                    // "UN" of "UN Secretary-General"; in "director Navy Capt. Jeff Davis" the first title is not
                    // the unit's: a name ending in a head word before a title is where the holder serves
                    boolean unit = lexicons.head(norm[t[0] - 1]) != null;
                    int known = knownBeforePortfolio(from, t[0]);
                    if (known > from) {
                        emitPart(from, known, false, false, out); // "Airbus" of "Airbus Sales Director John Leahy"
                    } else {
                        emitPart(from, t[0], titleEndsAt[from] && !unit, true, out);
                    }
                }
                from = t[1];
            }
            if (from < b) {
                emitPart(from, b, true, false, out);
            }
        }

        private void emitPart(int a, int b, boolean titleBefore, boolean needsOrgEvidence, List<NameCandidate> out) {
            // "Minister for the Middle East Tobias Ellwood", "Secretary of the Air Force James Roche": a person's
            // name right after the name of the place or body a title is for is a name of its own
            // "(R-AZ)", "(D-Calif.)": a lawmaker's party and state in brackets names no entity
            if (a > 0 && toks.get(a - 1).text().equals("(") && b < n && toks.get(b).text().equals(")")
                    && PARTY_STATE.matcher(s.slice(toks.get(a).start(), toks.get(b - 1).end())).matches()) {
                return;
            }
            // "Carmaker Sorvik Motors said", "Insurer Calder Group": a kind of company (context-words.tsv kind)
            // capitalised by the sentence start before a whole company name (ending in a head word or a legal
            // suffix) is no part of it; a kind word that is a head word ("Bank Leumi Group") stays
            if (b - a >= 3 && initial(a) && lexicons.isKind(norm[a]) && lexicons.head(norm[a]) == null
                    && gazEnd[a] <= a && capWord(a + 1)
                    && (lexicons.head(norm[b - 1]) != null || lexicons.isLegalSuffix(norm[b - 1]))) {
                a++;
            }
            // "Counter-IED", "Anti-ISIL": a prefix and a hyphen make a compound; only a name after them is one (E4)
            if (b - a <= 3 && prefixedCompound(a, b, out)) {
                return;
            }
            // "pro-Beijing Tam Yiu-chung", "Anti-Assad FSA": such a compound before a name is its modifier; before
            // a head word it is part of a body's name ("the Counter-Daesh Coalition", "Anti-Graft Commission")
            boolean bodyName = lexicons.head(norm[b - 1]) != null;
            int word = bodyName ? a : compoundWordEnd(a, b);
            if (word > a && word < b && prefixedCompound(a, word, out)) {
                emitPart(word, b, titleBefore, needsOrgEvidence, out);
                return;
            }
            word = spaceFreeEnd(a, b);
            if (a > 0 && word < b && toks.get(a - 1).end() == toks.get(a).start()
                    && toks.get(a - 1).text().endsWith("-") && COMPOUND_PREFIXES.contains(
                            norm[a - 1].substring(0, norm[a - 1].length() - 1))) {
                // the tokenizer left "pro-" out of the run: "pro-Beijing Tam Yiu-chung", "pro-Beijing New People
                // Party" (a prefix outside a name, even before a head); the word is a name of its own only when
                // known, as in prefixedCompound
                String rest = s.slice(toks.get(a).start(), toks.get(word - 1).end());
                Gazetteer.Entry e = known(rest);
                if (e != null || Names.isAcronym(rest)) {
                    out.add(new NameCandidate(s, a, word, toks.get(a).start(), toks.get(word - 1).end(), rest,
                            Names.norm(rest), Names.isAcronym(rest), e, false, false));
                }
                emitPart(word, b, titleBefore, needsOrgEvidence, out);
                return;
            }
            // "UK-France summit", "US-China talks", "Russia-Ukraine war": two known names joined by a hyphen
            if (gazEnd[a] != b && compound(a, b, out)) {
                return;
            }
            int town = townAfterFacility(a, b);
            if (town > a) {
                emitPart(a, town, titleBefore, needsOrgEvidence, out);
                emitPart(town + 1, b, false, false, out);
                return;
            }
            int[] post = portfolioAfterBody(a, b);
            if (post != null) {
                emitPart(a, post[0], titleBefore, needsOrgEvidence, out);
                emitPart(post[1], b, true, false, out);
                return;
            }
            // "Head of Quality Jonas Birk", "Head of Research and Development Anna Lind": after "title of", a
            // department in title case and then the post's holder: the department names nothing
            int holder = holderAfterPortfolio(a, b);
            if (holder > a) {
                emitPart(holder, b, true, false, out);
                return;
            }
            if (holder == PORTFOLIO_ONLY) {
                return;
            }
            int person = personAfterName(a, b);
            if (person > a) {
                emitPart(a, person, titleBefore, needsOrgEvidence, out);
                emitPart(person, b, false, false, out);
                return;
            }
            // "Senior Advisor for MEK Resettlement", "Minister for EU Affairs": an acronym opening a post's portfolio
            // names the body; the portfolio's other words name nothing
            if (b - a >= 2 && portfolioStart(a) && Names.isAcronym(toks.get(a).text()) && gazEnd[a + 1] <= a + 1
                    && lexicons.head(norm[b - 1]) == null && !dashedUnit(a, b)) {
                boolean plain = true;
                for (int m = a + 1; m < b; m++) {
                    plain &= Character.isLetter(toks.get(m).text().charAt(0)) && !Names.isAcronym(toks.get(m).text());
                }
                if (plain) {
                    emitPart(a, a + 1, false, false, out);
                    return;
                }
            }
            // "... entangled in the crisis in the U.S. Deutsche Bank of Germany lost ...": a dotted country acronym
            // ends a sentence the detector did not end when it closes a phrase after a preposition in a clause
            // that has its verb, and the name after it is followed by a finite verb of its own
            if (b - a >= 2 && dottedCountry(a) && completeBefore(a) && b < n && finiteVerb(toks.get(b))) {
                emitPart(a, a + 1, titleBefore, needsOrgEvidence, out);
                emitPart(a + 1, b, false, false, out);
                return;
            }
            // "Most analysts ...": a known name that is a function word or adjective at the sentence start
            if (b - a == 1 && gazEnd[a] == b && initial(a) && !Names.isAcronym(toks.get(a).text())
                    && (CLOSED.contains(toks.get(a).pos()) || "ADJ".equals(toks.get(a).pos())
                    || "ADV".equals(toks.get(a).pos())) && !midCaps.contains(toks.get(a).text())) {
                return;
            }
            // "the TARP programme", "the TARP [Troubled Assets Relief Program] programme": an acronym the
            // gazetteer does not know right before a lower-case programme noun names the programme, here and later
            if (b - a == 1 && gazEnd[a] != b && Names.isAcronym(toks.get(a).text())) {
                int e = b;
                if (e < n && (toks.get(e).text().equals("[") || toks.get(e).text().equals("("))) {
                    String close = toks.get(e).text().equals("[") ? "]" : ")";
                    while (e < n && !toks.get(e).text().equals(close)) {
                        e++;
                    }
                    e++;
                }
                if (e < n && PROGRAMME_NOUNS.contains(toks.get(e).text())) {
                    nonEntities.add(norm[a]);
                    return;
                }
            }
            // "the Future of Babylon project": a capitalised word before "of" and a name that a project noun
            // follows is the title of the project, not a name
            if (b - a == 1 && gazEnd[a] != b && b + 2 < n && norm[b].equals("of") && capitalized(b + 1)) {
                int e = b + 1;
                while (e < n && capitalized(e)) {
                    e++;
                }
                if (e < n && PROJECT_NOUNS.contains(norm[e])) {
                    nonEntities.add(norm[a]);
                    return;
                }
            }
            // "... in the U.S. Jobs also said": a dotted country acronym ending a sentence the sentence detector
            // did not end, before a word the article writes alone or a given name
            if (b - a >= 2 && dottedCountry(a) && lexicons.head(norm[b - 1]) == null && gazEnd[a + 1] <= a + 1
                    && (b - a == 2 && (midCaps.contains(ALONE + toks.get(a + 1).text())
                    || midCaps.contains(SURNAME + toks.get(a + 1).text()))
                    || b - a <= 3 && gazetteer.givenName(toks.get(a + 1).text()) != null)) {
                emitPart(a, a + 1, titleBefore, needsOrgEvidence, out);
                emitPart(a + 1, b, false, false, out);
                return;
            }
            // "iPod Classic", "iTunes Music Store": capitalised words after a lower-case-first product name
            // continue that product's name; they name no entity, here or alone ("the Classic") later; a shop
            // word ends such a name too ("iTunes Store": the product's store, read as the product)
            // the tokenizer may split the product line's prefix off ("i" "Play Store")
            boolean gluedLine = a > 0 && !gap(a) && LINE_PREFIX.matcher(toks.get(a - 1).text()).matches()
                    && (a == 1 || gap(a - 1)) && lexicons.isProductOutlet(norm[b - 1]);
            if ((a > 0 && gap(a) && productLine(a - 1) && (lexicons.head(norm[b - 1]) == null
                    || lexicons.isProductOutlet(norm[b - 1])) || gluedLine) && gazEnd[a] != b) {
                nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 1).end())));
                return;
            }
            // at the sentence start a capitalised function word or common noun is no part of the name
            // ("Near Mosul", "Three Democrats", "Automaker GM")
            // a head word before "of" is the name's head, not a common word ("Bank of America")
            if (b - a >= 2 && initial(a) && gazEnd[a] <= a && lexicons.head(norm[b - 1]) == null
                    && !isOrdinal(toks.get(a).text())
                    && !(lexicons.head(norm[a]) != null && lexicons.isOrgConnector(norm[a + 1]))
                    && commonWordAt(a, b)) {
                a++;
            }
            // a name ending in a non-entity head ("Adam Air Flight", "Thanksgiving Day") names no entity
            // a whole known name keeps its head: "United Nations Development Programme" is a body, not a programme
            // "the Museum of Flight", "the Institute for Peace Agreements": after a body's head and "of" or "for"
            // the word is the body's field, not the head of the name
            boolean field = b - a >= 3 && (norm[b - 2].equals("of") || norm[b - 2].equals("for")) && bodyHead(b - 3);
            Lexicons.Keep keep = gazEnd[a] == b && b - a >= 2 || field ? null : lexicons.nonEntityHead(norm[b - 1]);
            if (b - a == 1 && keep != null && keep != Lexicons.Keep.SEAT && gazEnd[a] != b) {
                if (keep == Lexicons.Keep.EVENT) {
                    nonEntities.add(norm[a]); // "the Symposium", "Battle" of "Battle of Gettysburg"
                }
                return; // "Resolution 2328", "Flight 574" alone ("Press" alone may be a surname: "Jim Press")
            }
            if (keep == Lexicons.Keep.SEAT && b - a >= 2 && gazEnd[a] == b - 1
                    && gazEntry[a].type() == EntityType.ORGANIZATION
                    && "Government".equals(gazEntry[a].subclass())) {
                // "the Pentagon Press": the press corps that covers a seat of government, not an entity
                nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 1).end())));
                return;
            }
            // "the Government of Iraq": a government is represented by its country (guideline E6)
            int of = b - a >= 3 && lexicons.nonEntityHead(norm[a]) == Lexicons.Keep.PLACE && norm[a + 1].equals("of")
                    ? (norm[a + 2].equals("the") ? a + 3 : a + 2) : -1;
            if (of > a && of < b && gazEnd[of] == b && gazEntry[of].type() == EntityType.PLACE) {
                emitPart(of, b, false, false, out);
                return;
            }
            int country = countryAfterPlacedBody(a, b);
            if (country > a) {
                emitPart(a, country - (norm[country - 1].equals("the") ? 2 : 1), titleBefore, needsOrgEvidence, out);
                emitPart(country, b, false, false, out);
                return;
            }
            if (keep == Lexicons.Keep.NONE) {
                nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 2).end())));
                // the whole name too: the same words in a headline, read by other evidence, name nothing either
                nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 1).end())));
                dropDefinedAcronym(b);
                return;
            }
            if (keep == Lexicons.Keep.MODIFIER || keep == Lexicons.Keep.PLACE && gazEnd[a] == b - 1
                    && gazEntry[a].type() == EntityType.PLACE) {
                // "Adam Air" of "Adam Air Flight 574", "United States" of "United States Government"; what is kept
                // is read again as a name of its own ("UK-France" of "the UK-France Summit": two names)
                dropDefinedAcronym(b);
                if (b - 1 - a >= 2 && (ORDINAL_WORDS.contains(norm[a]) || isOrdinal(toks.get(a).text()))
                        && lexicons.head(norm[b - 2]) == null) {
                    // "the Second ASEAN Summit", "the 3rd G20 Summit": the ordinal counts the event, not the body;
                    // before a head word it is the body's own ("the First National Bank Summit")
                    a++;
                }
                emitPart(a, b - 1, titleBefore, needsOrgEvidence, out);
                return;
            }
            if (keep == Lexicons.Keep.EVENT) {
                // "the Paris Air Show" keeps "Paris"; "the Consumer Electronics Show" keeps nothing, though
                // "Electronics" is a company's head word: an event is named after its theme
                dropDefinedAcronym(b);
                nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 1).end())));
                int e = a;
                while (e < b - 1 && gazEnd[e] <= e) {
                    e++;
                }
                // the known name opens the event's name or ends right before its head: "Spring" inside "the Cold
                // Spring Harbor Symposium" is a word of a longer name, not a place
                if (e < b - 1 && (e == a || gazEnd[e] == b - 1) && gazEnd[e] <= b - 1) {
                    emitPart(e, gazEnd[e], titleBefore, needsOrgEvidence, out);
                }
                return;
            }
            if (keep == Lexicons.Keep.KNOWN) {
                b--; // "ANG Airmen" keeps "ANG"; "Reserve Airmen", "Citizen Airmen" name nobody
                dropDefinedAcronym(b + 1);
                if (!(gazEnd[a] == b || b - a == 1 && Names.isAcronym(toks.get(a).text())
                        || lexicons.head(norm[b - 1]) != null)) {
                    // nothing is kept: a model may not propose the name again ("Apple Worldwide Developers
                    // Conference")
                    nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b).end())));
                    return;
                }
            }
            // "the Standard & Poor's 500": an index named after its maker, not the maker
            if (b + 1 < n && isPossessive(toks.get(b).text()) && toks.get(b + 1).text().chars().allMatch(Character::isDigit)) {
                return;
            }
            boolean whole = gazEnd[a] == b;
            boolean endsInHead = lexicons.head(norm[b - 1]) != null || dashedUnit(a, b);
            // a word of letters and digits names a product or model ("A380", "Airbus A380", "MiG-29"): the words
            // before it (the maker) stay a name; not a known name ("G20") nor one with a head word ("Task Force 50")
            if (!whole && !endsInHead) {
                for (int k = a; k < b; k++) {
                    if (modelNumber(toks.get(k).text()) && !numberedName(k)) {
                        if (k == a) {
                            nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 1).end())));
                            return;
                        }
                        b = k;
                        whole = gazEnd[a] == b;
                        endsInHead = lexicons.head(norm[b - 1]) != null;
                        break;
                    }
                }
            }
            // "Delta IV", "Saturn V", "Super Bowl XLII", "World War II": a roman numeral after words with no given
            // name numbers a product, a vehicle or an event (guideline E3); with one it is a ruler's or a family's
            // ("Elizabeth II", "John Paul II", "Davis Love III")
            if (!whole && !titleBefore && b - a >= 2 && romanNumeral(b - 1) && !givenNameIn(a, b - 1)) {
                nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b - 1).end())));
                return;
            }
            // leading nationality adjectives ("Eastern Libyan", "Russian") are not part of a name...
            int d = a;
            if (lexicons.isNonName(norm[d]) && demonymEnd(d + 1, b) > d + 1) {
                d++;
            }
            int dm = demonymEnd(d, b);
            // "Iraqi Ministry of Culture", "Canadian Institute for Health Information": an official body opened by its
            // nationality keeps it (eval/README.md); so does a newspaper after "the" ("the Saudi Gazette")
            if (dm > d && (dm == b || !(whole || endsInHead || tradeHeadWithin(dm, b) || demonymPaper(d, dm, b)
                    || bodyOfNation(dm, b)))) {
                a = dm; // ... unless the name ends in a head word: "Libyan National Army", or holds a trade word
                        // before its last one: "Thai Airways International", "Indian Motors Holdings"
                whole = a < b && gazEnd[a] == b;
            }
            if (a >= b || onlyNonNames(a, b)) {
                return;
            }
            // a plural of such a head alone is generic too ("term limits for Congress and the Courts")
            if (b - a == 1 && (LONE_HEADS.contains(norm[a])
                    || LONE_HEADS.contains(String.valueOf(singular(norm[a]))))) {
                nonEntities.add(norm[a]); // a model may not propose it again ("the Laboratory", "his Association")
                if (b < n && LETTER_LABEL.matcher(toks.get(b).text()).matches() && gazEnd[a] != b + 1) {
                    // "Group G", "Party B": a generic head and a letter label a pool or a side, not a body
                    nonEntities.add(Names.norm(s.slice(toks.get(a).start(), toks.get(b).end())));
                }
                return;
            }
            if (b - a >= 2 && lexicons.isNonEntityPrefix(norm[a]) && gazEnd[a] <= a) {
                // "Operation Inherent Resolve", "USS Hopper": the rest alone ("Hopper") names it too
                nonEntities.add(Names.norm(s.slice(toks.get(a + 1).start(), toks.get(b - 1).end())));
                nonEntities.add(norm[b - 1]);
                dropDefinedAcronym(b);
                return;
            }
            if (b - a >= 3 && lexicons.isNonEntityPrefix(norm[a] + " " + norm[a + 1]) && gazEnd[a] <= a) {
                // "Space Shuttle Atlantis": a vehicle named by a two-word kind; "Atlantis" alone later too
                nonEntities.add(Names.norm(s.slice(toks.get(a + 2).start(), toks.get(b - 1).end())));
                nonEntities.add(norm[b - 1]);
                return;
            }
            if (b - a == 1 && a > 0 && romanNumeral(a) && gazEnd[a] != b
                    && toks.get(a - 1).text().chars().allMatch(Character::isLowerCase)) {
                return; // "part XVII", "chapter IV": a numeral after a common noun numbers a part, names nothing
            }
            if (b - a == 1 && gazEnd[a] != b && ideaWord(toks.get(a).text())) {
                return; // "Islamophobia", "Antisemitism": an idea or attitude names no one (guideline E3)
            }
            if (hashtagOrHandle(a)) {
                nonEntities.add(norm[a]); // "#StandWithFoo", "his @FooBar account": a tag or handle (guideline E3)
                return;
            }
            if (b - a == 1 && lexicons.isChannel(norm[a]) && channelContext(a)) {
                return; // "said on Twitter": the channel of a statement (guideline E3)
            }
            Token first = toks.get(a);
            Token last = toks.get(b - 1);
            int end = cut[b - 1] >= 0 ? last.start() + cut[b - 1] : last.end();
            String text = s.slice(first.start(), end);
            boolean acronym = b - a == 1 && Names.isAcronym(text)
                    || b - a == 2 && isOrdinal(first.text()) && Names.isAcronym(last.text()); // "507th ARW"
            if (acronym && ticker(a, b)) {
                nonEntities.add(Names.norm(text)); // "(NASDAQ: AAPL)", "Apple shares (AAPL)": a stock symbol
                return;
            }
            if (acronym && b - a == 1 && !whole && commonNounAcronym(a)) {
                nonEntities.add(Names.norm(text)); // "5 gigabytes (GB)", "a virtual private network (VPN)"
                return;
            }
            Gazetteer.Entry entry = whole ? gazEntry[a] : null;
            if (needsOrgEvidence && entry == null && !acronym && !endsInHead) {
                return; // "Defence" of "Defence Minister": a title's modifier
            }
            // a lone word at the sentence start may be capitalised only for its position, whatever its tag
            // an acronym in a title-case headline is written so anywhere ("... partners with USARCENT units")
            boolean uncertain = headline && !acronym || initial(a) && entry == null && !acronym
                    && (b - a == 1 || !first.isProperNoun());
            out.add(new NameCandidate(s, a, b, first.start(), end, text, Names.norm(text), acronym, entry,
                    titleBefore, uncertain));
        }

        /**
         * Whether [d, b) is "the", one demonym and a paper's word ("the Saudi Gazette", "the Nigerian Tribune"): a
         * newspaper named after its country, where the demonym stays in the name. Not in a title-case headline.
         */
        private boolean demonymPaper(int d, int dm, int b) {
            return !headline && dm == d + 1 && b == dm + 1 && d > 0 && norm[d - 1].equals("the")
                    && RuleVoters.isPapersWord(norm[dm]);
        }

        /**
         * Where the holder of a post starts inside [a, b) after the post's department, or -1; PORTFOLIO_ONLY when
         * [a, b) is the first part of a department joined by "and" to one that ends in the holder. The run must
         * follow "title of (the)" (or "title of X and"), the holder is a known given name and one more word closing
         * the run, and the department is one to three plain capitalised words that hold no known name, head word,
         * legal suffix or acronym: "Vice President of Engineering Laura Kim" gives "Laura Kim"; "President of
         * Acme Motors Laura Kim" (a head word) and "President of Germany Frank Walter" (a known name) keep the body.
         */
        private int holderAfterPortfolio(int a, int b) {
            boolean afterAnd = a >= 2 && norm[a - 1].equals("and") && portfolioRunBefore(a - 1);
            if (!postOf(a) && !afterAnd) {
                return -1;
            }
            int named = holderAfterKnownPortfolio(a, b);
            if (named > a) {
                return named;
            }
            if (!plainPortfolio(a, b)) {
                if (b - a >= 3 && b - a <= 5 && plainPortfolio(a, b - 2)
                        && gazetteer.givenName(toks.get(b - 2).text()) != null && capWord(b - 1)
                        && lexicons.head(norm[b - 1]) == null && toks.get(b - 1).text().chars().allMatch(Character::isLetter)) {
                    return b - 2;
                }
                return -1;
            }
            // the whole run is department words: drop it when "and" leads on to the rest ending in the holder
            if (postOf(a) && b + 1 < n && norm[b].equals("and") && capWord(b + 1)) {
                int e = b + 1;
                while (e < n && capWord(e)) {
                    e++;
                }
                if (e - (b + 1) >= 3 && gazetteer.givenName(toks.get(e - 2).text()) != null
                        && plainPortfolio(b + 1, e - 2)) {
                    return PORTFOLIO_ONLY;
                }
            }
            return -1;
        }

        /**
         * Whether [a, b) is one to three plain capitalised words naming no body ("Quality", "Research", "Mining");
         * "Secretary of the Navy" names one.
         */
        private boolean plainPortfolio(int a, int b) {
            if (b <= a || b - a > 3) {
                return false;
            }
            for (int m = a; m < b; m++) {
                String w = toks.get(m).text();
                // a lone head word is a portfolio ("Minister of Mining"), not a body, unless an armed service
                if (!capWord(m) || gazEnd[m] > m || Names.isAcronym(w) || service(m)
                        || lexicons.head(norm[m]) != null && b - a > 1 || lexicons.isLegalSuffix(norm[m]) || gazetteer.givenName(w) != null
                        || !w.chars().allMatch(Character::isLetter)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * "Minister of Education Ana Ruiz", "Secretary of Foreign Affairs Jonas Kere": one or two portfolio words
         * ({@code portfolios.txt}) and then two or three plain capitalised words closing the run: the holder's
         * name, even when the gazetteer does not know the given name. Returns where the holder starts, or -1.
         */
        private int holderAfterKnownPortfolio(int a, int b) {
            int p = a;
            while (p < b && p - a < 2 && PORTFOLIOS.contains(norm[p]) && capWord(p)) {
                p++;
            }
            if (p == a || b - p < 2 || b - p > 3) {
                return -1;
            }
            // "Commissioner for Energy Market Reform": after "for" a portfolio goes on in plain words; only a known
            // given name starts a holder there
            int o = beforeThe(a);
            if (!(o > 0 && norm[o].equals("of")) && gazetteer.givenName(toks.get(p).text()) == null) {
                return -1;
            }
            for (int m = p; m < b; m++) {
                String w = toks.get(m).text();
                if (!capWord(m) || gazEnd[m] > m || Names.isAcronym(w) || PORTFOLIOS.contains(norm[m])
                        || lowerWords.contains(w.toLowerCase())
                        || lexicons.head(norm[m]) != null || lexicons.isTitle(norm[m]) || lexicons.isNonName(norm[m])
                        || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
                    return -1;
                }
            }
            return p;
        }

        /**
         * Whether a title and "to" (and "the") stand right before a: "Ambassador to the", "Envoy to": the country
         * an envoy is sent to, then (in "Ambassador to the United States Ana Ruiz") the envoy's name.
         */
        private boolean envoyTo(int a) {
            return titleAnd(a, "to") && gazEnd[a] > a;
        }

        /** Whether plain department words right before {@code and} follow "title of (the)". */
        private boolean portfolioRunBefore(int and) {
            int m = and;
            while (m > 0 && capWord(m - 1)) {
                m--;
            }
            return m < and && postOf(m) && plainPortfolio(m, and);
        }

        /** "title of (the)" right before a, or "Head of": the head of a department holds a post, not a title. */
        private boolean postOf(int a) {
            int p = beforeThe(a);
            return titleOfBody(a) || p > 0 && norm[p].equals("of") && norm[p - 1].equals("head");
        }

        /**
         * Where a person's name starts inside [a, b), or -1: a known given name followed by one or two capitalised
         * words closing the run, after words that name a place or body on their own (a gazetteer name ending
         * right there, an acronym, or words holding a head word): "Middle East | Tobias Ellwood", "Counter ISIL
         * | Brett McGurk", "Air Force for Acquisition | Marvin Sambur". The words before may not end in a given
         * name ("Mary Ann Smith"), and the person part may not end in a head word ("Bank of America Ken Group").
         */
        private int personAfterName(int a, int b) {
            for (int k = b - 2; k >= Math.max(a + 1, b - 3); k--) {
                boolean knownBefore = false;
                for (int m = a; m < k; m++) {
                    knownBefore |= gazEnd[m] == k;
                }
                // after "chairman of Acme LLC", "President of the United States" a closed company name or a known
                // name is whole: two capitalised words after it name the post's holder ("Jim Press", "Barack
                // Obama"), even with a given name the gazetteer lacks or a surname that is a head word
                boolean closed = lexicons.isLegalSuffix(norm[k - 1]);
                boolean post = b - k == 2 && (titleOfBody(a) || envoyTo(a)) && ownWords(k, b);
                // a known place that is also a given name ends the body after "title of": "Governor of Georgia
                // Ann Lee", "Mayor of Washington Tom Reed"
                boolean placeBefore = knownBefore && (titleOfBody(a) || envoyTo(a));
                // "the Institute of Marine Science": right after a body's connector the words are its field, not
                // a person ("Marine" is also a given name)
                if (lexicons.isOrgConnector(norm[k - 1]) && !post) {
                    continue;
                }
                if (gazEnd[k] > k || !gap(k) || gazetteer.givenName(toks.get(k - 1).text()) != null && !placeBefore
                        || gazetteer.givenName(toks.get(k).text()) == null && !(post && knownBefore)
                        || lexicons.head(norm[b - 1]) != null && !(post && closed
                        && gazetteer.givenName(toks.get(k).text()) != null)) {
                    continue;
                }
                boolean plain = true;
                for (int m = k; m < b; m++) {
                    String w = toks.get(m).text();
                    plain &= capWord(m) && w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')
                            && !Names.isAcronym(w);
                }
                if (!plain) {
                    continue;
                }
                boolean named = knownBefore || closed || Names.isAcronym(toks.get(k - 1).text());
                for (int m = a; m < k && !named; m++) {
                    // the head word ends the words before, or comes before a connector ("Air Force for ...")
                    named = lexicons.head(norm[m]) != null && (m == k - 1 || lexicons.isOrgConnector(norm[m + 1]));
                }
                if (named) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * "Undersecretary of the Air Force for Acquisition Darleen Druyun": after "title of (the)", a body's name,
         * "for", the post's portfolio and its holder. Returns {where "for" starts, where the holder starts} or
         * null. The body must be a name of its own (two words or more, or an armed service: "Navy"), so "Director
         * of the Institute for Strategic Studies" keeps its purpose; the holder is the two last words (the first of
         * them a known given name when one is there), and at least one portfolio word comes before.
         */
        private int[] portfolioAfterBody(int a, int b) {
            if (!titleOfBody(a)) {
                return null;
            }
            for (int f = a + 1; f < b - 2; f++) {
                if (!norm[f].equals("for") || lexicons.head(norm[f - 1]) == null) {
                    continue;
                }
                if (f - a < 2 && !service(a) || gazEnd[a] > f) {
                    return null;
                }
                int p = f + 1 < b && norm[f + 1].equals("the") ? f + 2 : f + 1;
                for (int m = p; m < b; m++) {
                    String w = toks.get(m).text();
                    if (!capWord(m) || Names.isAcronym(w) || lexicons.isOrgConnector(norm[m])
                            || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
                        return null;
                    }
                }
                int holder = b - 2;
                for (int m = p + 1; m < b - 1; m++) {
                    if (gazetteer.givenName(toks.get(m).text()) != null && lexicons.head(norm[m]) == null) {
                        holder = m;
                        break;
                    }
                }
                return holder > p && lexicons.head(norm[b - 1]) == null ? new int[]{f, holder} : null;
            }
            return null;
        }

        /**
         * Whether the words [f, p) are written only capitalised in the article and are no plural of a common noun
         * ("Commercial Airplanes" of "CEO of Boeing Commercial Airplanes" is the rest of a company's name).
         */
        private boolean ownWords(int f, int p) {
            for (int m = f; m < p; m++) {
                Token t = toks.get(m);
                String lower = t.text().toLowerCase();
                if (lowerWords.contains(lower) || t.lemma() != null && !t.lemma().equals(lower)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a is the label of a photo or video caption's credit ("Image: Jane Smith.", "Video: ACME
         * Studios."): the word and a colon right after it. It is never part of the name before it.
         */
        private boolean creditLabel(int a) {
            return a + 1 < n && CREDIT_LABELS.contains(norm[a]) && toks.get(a + 1).text().equals(":")
                    && capitalized(a);
        }

        /** Whether a title and "for" (and "the") stand right before a: "Senior Advisor for", "Minister for the". */
        private boolean portfolioStart(int a) {
            return titleAnd(a, "for");
        }

        /** Whether a title and "of" or "for" (and "the") stand right before a: "chairman of", "President of the". */
        private boolean titleOfBody(int a) {
            return titleAnd(a, "of") || titleAnd(a, "for");
        }

        /** Whether a title and {@code word} (and "the") stand right before a: "Minister for", "Envoy to the". */
        private boolean titleAnd(int a, String word) {
            int p = beforeThe(a);
            return p > 0 && norm[p].equals(word) && titleEndsAt[p];
        }

        /** The index of the word before a, skipping one "the" right before a ("of" in "of the | X"). */
        private int beforeThe(int a) {
            return a > 0 && norm[a - 1].equals("the") ? a - 2 : a - 1;
        }

        /**
         * Where "of" splits a facility named after its town from that town, or -1: "Louisville Assembly of
         * Louisville", "St. Thomas Plant of St. Thomas". The words after "of" repeat the first words of the name;
         * "Bank of America", "National Assembly of Kenya" repeat nothing and stay whole.
         */
        private int townAfterFacility(int a, int b) {
            for (int o = a + 2; o < b - 1; o++) {
                int town = b - o - 1;
                if (!norm[o].equals("of") || o - a <= town) {
                    continue;
                }
                boolean same = true;
                for (int t = 0; t < town && same; t++) {
                    same = norm[a + t].equals(norm[o + 1 + t]);
                }
                if (same) {
                    return o;
                }
            }
            return -1;
        }

        /**
         * Emits the two names of a compound of two known names joined by one hyphen ("UK-France", "US-China",
         * "Russia-Ukraine"; however the tokenizer splits it) and returns true; false, emitting nothing, when
         * [a, b) is no such compound. A compound the gazetteer knows whole ("Guinea-Bissau") is not split.
         */
        private boolean compound(int a, int b, List<NameCandidate> out) {
            int st = toks.get(a).start();
            int en = toks.get(b - 1).end();
            String text = s.slice(st, en);
            int h = text.indexOf('-');
            if (h <= 0 || h + 1 >= text.length() || text.indexOf('-', h + 1) >= 0 || text.indexOf(' ') >= 0
                    || !Character.isUpperCase(text.charAt(h + 1))) {
                return false;
            }
            String left = text.substring(0, h);
            String right = text.substring(h + 1);
            Gazetteer.Entry le = known(left);
            Gazetteer.Entry re = known(right);
            if (le == null || re == null) {
                return false;
            }
            int hyphen = st + h;
            int leftTo = a;
            while (leftTo < b && toks.get(leftTo).start() < hyphen) {
                leftTo++;
            }
            int rightFrom = leftTo;
            while (rightFrom < b && toks.get(rightFrom).end() <= hyphen + 1) {
                rightFrom++;
            }
            if (leftTo == a || rightFrom >= b) {
                return false;
            }
            out.add(new NameCandidate(s, a, leftTo, st, hyphen, left, Names.norm(left), Names.isAcronym(left), le,
                    titleEndsAt[a], false));
            out.add(new NameCandidate(s, rightFrom, b, hyphen + 1, en, right, Names.norm(right),
                    Names.isAcronym(right), re, false, false));
            return true;
        }

        /**
         * Whether [a, b) is a prefix, a hyphen and one word ("Counter-IED", "Anti-ISIL", "Pro-Assad", however the
         * tokenizer splits it); if so, the word after the hyphen is emitted when it is an acronym or a known name.
         */
        private boolean prefixedCompound(int a, int b, List<NameCandidate> out) {
            int st = toks.get(a).start();
            int en = toks.get(b - 1).end();
            String text = s.slice(st, en);
            int h = text.indexOf('-');
            if (h <= 0 || h + 1 >= text.length() || text.indexOf(' ') >= 0 || text.indexOf('-', h + 1) >= 0
                    || !COMPOUND_PREFIXES.contains(text.substring(0, h).toLowerCase(Locale.ROOT))
                    || !Character.isUpperCase(text.charAt(h + 1))) {
                return false;
            }
            String rest = text.substring(h + 1);
            Gazetteer.Entry e = known(rest);
            int from = a;
            while (from < b && toks.get(from).end() <= st + h + 1) {
                from++;
            }
            if ((e != null || Names.isAcronym(rest)) && from < b) {
                out.add(new NameCandidate(s, from, b, st + h + 1, en, rest, Names.norm(rest), Names.isAcronym(rest),
                        e, false, false));
            }
            return true;
        }

        /**
         * Where a country starts in "Colorado State University of the US", "Deutsche Bank of Germany": a body's
         * name that already holds a place or nationality, then "of" ["the"] and a whole country, says where the
         * body is; or a. "Bank of America", "Central Bank of Russia" (no place before "of") stay whole.
         */
        private int countryAfterPlacedBody(int a, int b) {
            for (int o = a + 2; o + 1 < b; o++) {
                if (!norm[o].equals("of")) {
                    continue;
                }
                int c = norm[o + 1].equals("the") ? o + 2 : o + 1;
                if (c >= b || gazEnd[c] != b || gazEntry[c] == null || gazEntry[c].type() != EntityType.PLACE
                        || !"Country".equals(gazEntry[c].subclass()) || !bodyHead(o - 1)) {
                    return a;
                }
                for (int t = a; t < o - 1; t++) {
                    if (gazEnd[t] > t && gazEnd[t] < o && gazEntry[t] != null
                            && gazEntry[t].type() == EntityType.PLACE || lexicons.demonymCountry(norm[t]) != null) {
                        return c;
                    }
                }
                return a;
            }
            return a;
        }

        /** The end of the first space-free word of [a, b) when it spans two tokens or more, or a. */
        private int compoundWordEnd(int a, int b) {
            int k = spaceFreeEnd(a, b);
            return k - a >= 2 ? k : a;
        }

        /** The end of the first space-free word of [a, b), however many tokens it spans ("Yiu-chung"). */
        private int spaceFreeEnd(int a, int b) {
            int k = a + 1;
            while (k < b && toks.get(k).start() == toks.get(k - 1).end()) {
                k++;
            }
            return k;
        }

        /** The gazetteer entry of a name or acronym as written, or null. */
        private Gazetteer.Entry known(String w) {
            List<Gazetteer.Entry> es = Names.isAcronym(w) ? gazetteer.lookupAcronym(Names.acronymKey(w))
                    : gazetteer.lookup(Names.norm(w));
            return es.isEmpty() ? null : es.get(0);
        }

        /**
         * A one-word title closing a short run that starts with a known given name ("Stephen King said", "John
         * Major", "Martin Luther King Jr."): a surname, since a title stands before the name it goes with.
         */
        private boolean surnameTitle(int i, int j) {
            return titleEnd[j] == j + 1 && capitalized(j) && j - i <= 2 && gap(j)
                    && gazetteer.givenName(toks.get(i).text()) != null && gazEnd[i] <= i
                    && (j + 1 == n || !capWord(j + 1) && !lexicons.isNameConnector(norm[j + 1]) || generational(j + 1))
                    && (j + 1 >= n || !norm[j + 1].equals("of"));
        }

        /** "Jr.", "Sr." (also without the dot) right after a name. */
        private boolean generational(int j) {
            String w = norm[j];
            return gap(j) && (w.equals("jr.") || w.equals("sr.") || w.equals("jr") || w.equals("sr"));
        }

        /**
         * "Operation Inherent Resolve (OIR)", "the Developers Conference (WWDC)": the acronym defined in brackets
         * right after a name that names no entity names none either, here and later.
         */
        private void dropDefinedAcronym(int b) {
            if (b + 2 < n && toks.get(b).text().equals("(") && toks.get(b + 2).text().equals(")")
                    && Names.isAcronym(toks.get(b + 1).text()) && gazEnd[b + 1] <= b + 1) {
                nonEntities.add(Names.norm(toks.get(b + 1).text()));
            }
        }

        /**
         * Whether the words before token a close a clause: a preposition right before it (a "the" between allowed)
         * and a verb earlier in the sentence ("markets have become entangled in the U.S.").
         */
        private boolean completeBefore(int a) {
            int k = a - 1;
            if (k >= 0 && norm[k].equals("the")) {
                k--;
            }
            if (k < 1 || !"ADP".equals(toks.get(k).pos())) {
                return false;
            }
            for (int i = 0; i < k; i++) {
                if (toks.get(i).isVerb()) {
                    return true;
                }
            }
            return false;
        }

        /** A verb inflected for tense ("lost", "says"; not "losing", not a base form), or an auxiliary. */
        private boolean finiteVerb(Token t) {
            if ("AUX".equals(t.pos())) {
                return true;
            }
            String lemma = t.lemma() == null ? "" : t.lemma();
            return "VERB".equals(t.pos()) && !t.text().equalsIgnoreCase(lemma) && !t.text().endsWith("ing");
        }

        /** "U.S.", "U.K.": a country the gazetteer knows, written as a dotted acronym. */
        private boolean dottedCountry(int a) {
            String w = toks.get(a).text();
            return gazEnd[a] == a + 1 && gazEntry[a].type() == EntityType.PLACE && w.length() >= 4
                    && w.endsWith(".") && DOTTED_CAPITALS.matcher(w).matches();
        }

        /** A lower-case-first product name in camel case ("iPod", "iTunes", "iPhone"): not a brand before a head. */
        private boolean productLine(int i) {
            String w = toks.get(i).text();
            return w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1))
                    && w.chars().allMatch(Character::isLetterOrDigit);
        }

        /**
         * A sentence-initial word that is no part of the name after it: a function word or number by its tag, or
         * a word the article also writes in lower case before an acronym ("Automaker GM").
         */
        private boolean commonWordAt(int a, int b) {
            Token t = toks.get(a);
            if (misreadGivenName(a)) {
                return false;
            }
            if (CLOSED.contains(t.pos()) || "ADV".equals(t.pos()) || RuleVoters.isNumber(t)
                    || !lexicons.before(norm[a]).isEmpty()) { // "Near", "Towards": a context word
                return true;
            }
            if ("ADJ".equals(t.pos()) && !midCaps.contains(t.text())
                    && midCaps.contains(ALONE + toks.get(a + 1).text())) {
                // "Actual Airbus employee reduction": an adjective before a name the article writes without it
                // (not "Real Madrid", "Eastern Ukraine" when "Madrid", "Ukraine" never stand alone)
                return true;
            }
            return lowerWords.contains(t.text().toLowerCase()) && (!t.isProperNoun()
                    || b - a == 2 && Names.isAcronym(toks.get(a + 1).text()));
        }

        /**
         * A capitalised word for an idea, a doctrine or an attitude: at least seven letters ending in "ism" or
         * "phobia" ("Xenophobia", "Antisemitism"); no acronym.
         */
        private boolean ideaWord(String w) {
            String l = w.toLowerCase();
            return w.length() >= 7 && w.chars().allMatch(Character::isLetter) && !Names.isAcronym(w)
                    && (l.endsWith("ism") || l.endsWith("phobia"));
        }

        /**
         * Whether the word at {@code a} is glued to a "#" or "@" before it: a hashtag ("#StandWithFoo") or a social
         * network handle ("his @FooBar account"), which names no entity (like a ticker symbol, guideline E3).
         */
        private boolean hashtagOrHandle(int a) {
            if (a == 0) {
                return false;
            }
            Token mark = toks.get(a - 1);
            return (mark.text().equals("#") || mark.text().equals("@")) && mark.end() == toks.get(a).start();
        }

        /**
         * "on Twitter", "via Telegram", "Facebook page", "on the ministry's Flickr", "on Facebook and Instagram":
         * an owner in the possessive may stand between, and a channel coordinated with one in such a context is one
         * too.
         */
        private boolean channelContext(int a) {
            String after = a + 1 < n ? norm[a + 1] : "";
            if (CHANNEL_NOUNS.contains(after)) {
                return true;
            }
            int k = a - 1;
            if (k > 0 && (norm[k].equals("and") || norm[k].equals("or") || norm[k].equals(","))
                    && lexicons.isChannel(norm[k - 1])) {
                return channelContext(k - 1); // "on Facebook and Instagram"
            }
            if (k >= 0 && (norm[k].equals("its") || norm[k].equals("their"))) {
                k--; // "on its Instagram"
            } else if (k >= 0 && isPossessive(toks.get(k).text())) {
                k--; // "on the ministry's Flickr"
                while (k >= 0 && (capitalized(k) || "NOUN".equals(toks.get(k).pos()) || "ADJ".equals(toks.get(k).pos()))) {
                    k--;
                }
                if (k >= 0 && norm[k].equals("the")) {
                    k--;
                }
            }
            return k >= 0 && (norm[k].equals("on") || norm[k].equals("via"));
        }

        /** "Libyan National Army (LNA)": the acronym in brackets right after a name is defined by it. */
        private void findDefinitions(List<NameCandidate> out, int first, Map<String, String> definitions) {
            for (int k = first; k + 1 < out.size(); k++) {
                NameCandidate lng = out.get(k);
                NameCandidate acr = out.get(k + 1);
                int open = lng.to() < n && isPossessive(toks.get(lng.to()).text()) ? lng.to() + 1 : lng.to();
                if (acr.acronym() && !lng.acronym() && acr.from() == open + 1 && acr.to() < n
                        && toks.get(open).text().equals("(") && toks.get(acr.to()).text().equals(")")
                        && abbreviates(Names.acronymKey(acr.text()), lng)) {
                    definitions.put(groupKey(acr), groupKey(lng));
                }
            }
        }

        private static boolean isPossessive(String w) {
            return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
        }

        /**
         * The acronym's letters appear in order in the name, the first one being the initial of one of its words
         * ("Naval Forces Central Command" after "U.S." for "NAVCENT").
         */
        private boolean abbreviates(String acr, NameCandidate name) {
            String words = name.text().toUpperCase();
            if (acr.isEmpty()) {
                return false;
            }
            for (int st = 0; st < words.length(); st++) {
                if ((st == 0 || words.charAt(st - 1) == ' ') && words.charAt(st) == acr.charAt(0)
                        && inOrder(acr, words, st)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inOrder(String acr, String words, int from) {
            int at = from;
            for (char ch : acr.toCharArray()) {
                at = words.indexOf(ch, at);
                if (at < 0) {
                    return false;
                }
                at++;
            }
            return true;
        }

        private boolean onlyNonNames(int a, int b) {
            for (int i = a; i < b; i++) {
                String w = norm[i];
                if (!(lexicons.isNonName(w) || lexicons.isTitle(w) || lexicons.demonymCountry(w) != null
                        || "PUNCT".equals(toks.get(i).pos()) || lexicons.isOrgConnector(w))) {
                    return false;
                }
            }
            return true;
        }

        /** A trade head word ("Airways", "Motors") in [a, b - 1): the words after a nationality name a company. */
        private boolean tradeHeadWithin(int a, int b) {
            for (int k = a; k < b - 1; k++) {
                if (lexicons.isTradeHead(norm[k])) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether [a, b) right after a nationality adjective is a body's name opened by its head word, maybe after
         * "National", then "of" or "for" and more: "Ministry of Culture", "Centre for Control of ...", "National
         * Council for Voluntary Organisations". A company ("Indian Motors") or a plain noun is not.
         */
        private boolean bodyOfNation(int a, int b) {
            int h = a;
            if (h + 1 < b && norm[h].equals("national")) {
                h++;
            }
            boolean body = bodyHead(h) || PURPOSE_HEADS.contains(norm[h]);
            return body && capitalized(h) && h + 2 < b && (norm[h + 1].equals("of") || norm[h + 1].equals("for"))
                    && capWord(h + 2);
        }

        /**
         * "University of Texas at Austin", "University of North Carolina at Chapel Hill": after "University of"
         * and a place, "at" and a known place closing the run name the campus. Returns where the place ends, or -1.
         */
        private int campusAt(int a, int j) {
            if (!norm[j].equals("at") || j + 1 >= n) {
                return -1;
            }
            int e;
            if (gazEnd[j + 1] > j + 1) {
                if (gazEntry[j + 1] == null || gazEntry[j + 1].type() != EntityType.PLACE) {
                    return -1;
                }
                e = gazEnd[j + 1];
            } else {
                // a town the gazetteer lacks: one or two plain capitalised words ("at Chapel Hill")
                e = j + 1;
                while (e < n && e - j <= 2 && capWord(e) && gazEnd[e] <= e
                        && lexicons.nonEntityHead(norm[e]) == null && !lexicons.isTitle(norm[e])
                        && !Names.isAcronym(toks.get(e).text())) {
                    e++;
                }
                // a head word may open the town ("Chapel Hill"), not end it: "at Harvard Business School" is a venue
                if (e == j + 1 || lexicons.head(norm[e - 1]) != null) {
                    return -1;
                }
            }
            if (e < n && (capWord(e) || gazEnd[e] > e)) {
                return -1;
            }
            for (int m = a; m + 2 < j; m++) {
                // the place after "of", or a known university's whole name ending before "at"
                if (norm[m].equals("university") && norm[m + 1].equals("of") && (gazEnd[m] == j || gazEnd[m + 2] == j
                        && gazEntry[m + 2] != null && gazEntry[m + 2].type() == EntityType.PLACE)) {
                    return e;
                }
            }
            return -1;
        }

        /** End of the longest nationality adjective starting at {@code a} (before {@code b}), or a. */
        private int demonymEnd(int a, int b) {
            int best = a;
            if (a >= b) {
                return a;
            }
            StringBuilder key = new StringBuilder(norm[a]);
            for (int j = a; j < b; ) {
                if (lexicons.demonymCountry(key.toString()) != null) {
                    best = j + 1;
                }
                if (++j >= b || !lexicons.isDemonymPrefix(key.toString())) {
                    break;
                }
                key.append(gap(j) ? " " : "").append(norm[j]);
            }
            return best;
        }

        /**
         * A capitalised word that may be (part of) a name. Mid-sentence, capitalisation is trusted over the POS
         * tagger (which tags names NOUN, even AUX); at the sentence start (and in headlines), closed-class words,
         * adverbs and verbs are not names unless the word is also capitalised inside some sentence.
         */
        private boolean capWord(int i) {
            Token t = toks.get(i);
            String w = t.text();
            if (brands.contains(w)) {
                return true; // "wikiHow", shown to be an organization elsewhere in the text (camelBrands)
            }
            boolean punct = ("PUNCT".equals(t.pos()) || "SYM".equals(t.pos())) && !Character.isLetter(w.charAt(0));
            if (!capitalized(i) && !numberedName(i) || lexicons.isTimeWord(norm[i]) && !surnameAfterGivenName(i)
                    || punct // "as-Sisi" PUNCT
                    || isPluralAcronym(w) || w.length() == 1 || hasCurrencySymbol(w)) {
                return false; // "IEDs", "NGOs": common nouns; "US$", "A$5": amounts; "E", "N": letters
            }
            if (i + 1 < n && !gap(i + 1) && hasCurrencySymbol(toks.get(i + 1).text())) {
                return false; // "US" "$" as the tokenizer splits "US$"
            }
            if (shouted[i]) {
                return false; // only the gazetteer finds names in a shouted phrase ("US TROOPS ENTER MOSUL")
            }
            if (i == 0 && ANSWER_WORDS.contains(w) && n > 1 && !Character.isDigit(toks.get(1).text().charAt(0))) {
                return false; // "No. Google sends us traffic": an answer, not "No. 10"
            }
            if (Names.isAcronym(cut[i] >= 0 ? w.substring(0, cut[i]) : w)) {
                return !"NUM".equals(t.pos()) && (!lexicons.isNonName(norm[i]) || broadcasterSuffix(i));
            }
            if (CLOSED.contains(t.pos()) && lowerWords.contains(w.toLowerCase()) && !surnameAfterGivenName(i)) {
                return false; // "It", "We", "This": a function word the text also writes in lower case
            }
            if (!initial(i) && !headline) {
                return !PRONOUN_I.contains(w);
            }
            if (midCaps.contains(w)) {
                return true; // written capitalised inside a sentence too: a name, whatever the tagger says
            }
            if (misreadGivenName(i)) {
                return true;
            }
            return !CLOSED.contains(t.pos()) && !"ADV".equals(t.pos()) && !"VERB".equals(t.pos());
        }

        /**
         * "BFM TV said", "on Abu Dhabi TV.": a broadcast noun in capitals ("TV") glued to the name before it closes a
         * broadcaster's name. Not after a nationality, a title or another non-name ("French TV", "state TV"), nor
         * before a lower-case noun it qualifies ("U.S. TV networks", "Paris TV stations").
         */
        private boolean broadcasterSuffix(int i) {
            if (i == 0 || !BROADCAST_NOUNS.contains(norm[i]) || !gap(i) || headline || !capitalized(i - 1)) {
                return false;
            }
            String before = norm[i - 1];
            if (gazEnd[i - 1] == i && gazEntry[i - 1] != null && gazEntry[i - 1].type() == EntityType.ORGANIZATION) {
                return false; // "Apple TV": a known company's device, no broadcaster
            }
            if (lexicons.demonymCountry(before) != null || lexicons.isNonName(before) || lexicons.isTitle(before)
                    || lexicons.isTimeWord(before) || initial(i - 1) && !Names.isAcronym(toks.get(i - 1).text())
                    && gazEnd[i - 1] <= i - 1 && !"PROPN".equals(toks.get(i - 1).pos())) { // "Watch TV tonight"
                return false;
            }
            return i + 1 == n || capitalized(i + 1) || !"NOUN".equals(toks.get(i + 1).pos());
        }

        /**
         * "Prime Minister Theresa May is to ...", "Alice Will said": a capitalised month name, modal or auxiliary
         * inside a sentence, right after a known given name, is that person's surname, whatever the tagger and
         * the time words say. At a sentence's start ("May I ask?"), after an ordinary word ("in May") or before a
         * number ("met Chris May 5": a date) nothing changes.
         */
        private boolean surnameAfterGivenName(int i) {
            return i > 0 && !initial(i) && !headline && gap(i) && capitalized(i - 1) && gazEnd[i - 1] <= i - 1
                    && !TimeExpressions.isWeekday(norm[i]) // "in Asia Monday": a known place and a day
                    && !(i + 1 < n && Character.isDigit(toks.get(i + 1).text().charAt(0)))
                    && !CLOSED.contains(toks.get(i - 1).pos()) // "Will May resign?": no given name there
                    && gazetteer.givenName(toks.get(i - 1).text()) != null && !Names.isAcronym(toks.get(i).text());
        }

        /**
         * "Hugh McGuire with some books": a known given name (four letters or more) the tagger reads as an
         * interjection or a determiner, before a capitalised proper noun; never written in lower case in the text.
         */
        private boolean misreadGivenName(int i) {
            Token t = toks.get(i);
            String w = t.text();
            return ("INTJ".equals(t.pos()) || "DET".equals(t.pos())) && w.length() >= 4
                    && gazetteer.givenName(w) != null && !lowerWords.contains(w.toLowerCase())
                    && i + 1 < n && "PROPN".equals(toks.get(i + 1).pos()) && capitalized(i + 1);
        }

        /** Starts with an upper-case letter, or a lower-case particle and a hyphen before one ("al-Qaeda"). */
        private boolean capitalized(int i) {
            String w = toks.get(i).text();
            if (w.isEmpty()) {
                return false;
            }
            int c = w.codePointAt(0);
            if (Character.isUpperCase(c)) {
                return true;
            }
            if (ELIDED_PARTICLE.matcher(w).matches()) {
                return true; // "Patrizia d'Ettorre", "Valéry Giscard d'Estaing": one token, lower-case first
            }
            int h = w.indexOf('-');
            return h > 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1))
                    && lexicons.isNameConnector(w.substring(0, h).toLowerCase());
        }

        /** "al-" glued to a capitalised word, as the tokenizer splits "al-Shabaab" ("al-" or "al" "-"). */
        private boolean particleBeforeName(int i) {
            String w = norm[i];
            if (w.length() > 1 && w.endsWith("-")) {
                return i + 1 < n && !gap(i + 1) && capitalized(i + 1)
                        && lexicons.isNameConnector(w.substring(0, w.length() - 1));
            }
            return lexicons.isNameConnector(w) && i + 2 < n && toks.get(i + 1).text().equals("-") && !gap(i + 1)
                    && !gap(i + 2) && capitalized(i + 2);
        }

        /**
         * "Wal - Mart", "Coca - Cola" (a hyphen with a space on each side, as some copies of a text write a
         * hyphenated name): two short plain words, neither known, a title or a nationality, the first no given name
         * nor head word, with no capitalised word, digit or possessive on either side, so pairs of known names ("Paris - Berlin"),
         * scores and a dash between clauses stay apart.
         */
        private boolean spacedHyphenName(int a) {
            int h = a + 1;
            int b = a + 2;
            if (b >= n || headline || !toks.get(h).text().equals("-") || !gap(h) || !gap(b)) {
                return false;
            }
            for (int k : new int[]{a, b}) {
                String w = toks.get(k).text();
                if (w.length() < 2 || w.length() > 8 || !capWord(k) || !w.chars().allMatch(Character::isLetter)
                        || Names.isAcronym(w) || gazEnd[k] > k || insideKnown(k) || titleEnd[k] > k
                        || k == a && (gazetteer.givenName(w) != null || lexicons.head(norm[k]) != null)
                        || lexicons.demonymCountry(norm[k]) != null || lexicons.isNonName(norm[k])) {
                    return false;
                }
            }
            boolean before = a > 0 && (capWord(a - 1) || Character.isDigit(toks.get(a - 1).text().charAt(0)));
            String next = b + 1 < n ? toks.get(b + 1).text() : "";
            boolean after = !next.isEmpty() && (Character.isUpperCase(next.charAt(0))
                    || Character.isDigit(next.charAt(0)) || isPossessive(next) || next.equals("-"));
            return !before && !after;
        }

        /**
         * A word with a number glued on that names, unlike a model's code: a capitalised word of four letters or
         * more and one to three digits ("Cloud9", "Politics1"), or one to three digits and a lower-case word of
         * four letters or more ("4chan", "7digital"). A model's code has short letters ("A380", "F-16", "MiG-29"),
         * units and times are short ("5kg", "10am"), and a non-name word stays none ("Covid19").
         */
        private boolean numberedName(int k) {
            String w = toks.get(k).text();
            Matcher m = NUMBERED_NAME.matcher(w);
            if (!m.matches()) {
                return false;
            }
            String letters = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            return !lexicons.isNonName(letters) && !lexicons.isTimeWord(letters) && lexicons.head(letters) == null;
        }

        /**
         * End of an acronym with "&" the tokenizer split after its first letters ("A" "&M" of "Texas A&M", "B" "&"
         * "Q"): capitals glued to "&" and capitals, no space between; else j.
         */
        private int splitAmpersandAcronymEnd(int j) {
            String w = toks.get(j).text();
            if (j + 1 >= n || w.length() > 3 || !w.chars().allMatch(Character::isUpperCase) || gap(j + 1)) {
                return j;
            }
            String next = toks.get(j + 1).text();
            if (next.length() > 1 && next.length() <= 4 && next.charAt(0) == '&'
                    && next.substring(1).chars().allMatch(Character::isUpperCase)) {
                return j + 2;
            }
            if (ampersand(j + 1) && j + 2 < n && !gap(j + 2) && toks.get(j + 2).text().length() <= 3
                    && toks.get(j + 2).text().chars().allMatch(Character::isUpperCase)) {
                return j + 3;
            }
            return j;
        }

        /**
         * A spaced hyphen inside a body's name, between a nationality word and a capitalised word, as some sources
         * write a compound ("the Council on American - Islamic Relations"): the name so far has a head word
         * ("Council"), so the compound is its subject, not a pair of sides ("the American - Iranian talks", "Iraqi
         * Army - Kurdish forces": no head word before, or no nationality word before the hyphen).
         */
        private boolean spacedHyphenAfterDemonym(int i, int j) {
            if (j + 1 >= n || j - 1 <= i || headline || !toks.get(j).text().equals("-") || !gap(j) || !gap(j + 1)
                    || lexicons.demonymCountry(norm[j - 1]) == null || !capWord(j + 1)) {
                return false;
            }
            for (int k = i; k < j - 1; k++) {
                if (lexicons.head(norm[k]) != null && capitalized(k)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the token at j is the first half of a word the tokenizer split after a hyphen, the rest being no
         * capitalised word ("Nanosat-" "2", "Sat-" "3a"): neither half names anything, and a name before it ends there.
         */
        private boolean gluedFragment(int j) {
            String w = toks.get(j).text();
            if (j + 2 < n && w.length() > 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                    && toks.get(j + 1).text().equals("-") && !gap(j + 1) && !gap(j + 2)
                    && Character.isDigit(toks.get(j + 2).text().charAt(0))) {
                return true; // "Cubesat" "-" "4": a code, no word of the name before it
            }
            return w.length() > 2 && w.endsWith("-") && Character.isUpperCase(w.charAt(0)) && j + 1 < n
                    && !gap(j + 1) && !capitalized(j + 1)
                    && !lexicons.isNameConnector(Names.norm(w.substring(0, w.length() - 1)));
        }

        /**
         * Whether "do" at j joins two capitalised words of a Portuguese name ("Granja do Torto", "Banco do Brasil",
         * "Rio Grande do Sul"). Alone "do" is an English verb: the word before must stand inside the sentence (not
         * "Why do Americans") and be no plural ("the Democrats do Christmas"), the word after no pronoun ("I").
         */
        private boolean romanceDo(int j) {
            if (headline || j < 2 || j + 1 >= n || !toks.get(j).text().equals("do") || !capitalized(j - 1)
                    || !capWord(j + 1) || toks.get(j + 1).text().equals("I")) {
                return false;
            }
            String before = toks.get(j - 1).text();
            String prev = toks.get(j - 2).text();
            return !before.endsWith("s") && !Names.isAcronym(before) && !OPENERS.contains(prev)
                    && !prev.equals(".") && !prev.equals("?") && !prev.equals("!");
        }

        /**
         * End of a body named by its purpose as "to" and a verb: a capitalised organization head word, "to", a
         * capitalised verb (as the tagger reads it) and one to three capitalised words ("the Commission to
         * Strengthen Social Security", "the Campaign to Stop Killer Robots", "the Committee to Protect
         * Journalists"); else j. "the Commission to Brussels" (no verb) and "the Council to Decide" (nothing
         * after the verb) stay as they are.
         */
        private int purposeInfinitiveEnd(int j) {
            // in a headline every word is capitalised: "Minister Asks Commission to Review Rules" names no body
            if (headline || !toks.get(j).text().equals("to") || j + 2 >= n || !capitalized(j - 1)
                    || !"VERB".equals(toks.get(j + 1).pos())
                    || !capitalized(j + 1) || gazEnd[j + 1] > j + 1) {
                return j;
            }
            Lexicons.Head h = lexicons.head(norm[j - 1]);
            if (h == null || h.type() != EntityType.ORGANIZATION) {
                return j;
            }
            int k = j + 2;
            while (k < n && k < j + 5 && capWord(k) && titleEnd[k] <= k) {
                k++;
            }
            return k > j + 2 ? k : j;
        }

        /** A hyphen token glued to the word before and a capitalised word after ("Secretary-General", "al-K"). */
        private boolean isJoiningHyphen(int j) {
            return toks.get(j).text().equals("-") && j + 1 < n && !gap(j) && !gap(j + 1) && capWord(j + 1);
        }

        /**
         * A middle initial between two words of a name: "C" "." (as the tokenizer splits "C.") or "C." and then a
         * capitalised word ("Scott C. Dayton"). The analyzer keeps such a sentence whole; the name must go on.
         */
        private boolean middleInitial(int j) {
            String w = toks.get(j).text();
            boolean letter = w.length() == 1 && Character.isUpperCase(w.charAt(0));
            boolean dotted = w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
            if (!gap(j) || !(letter || dotted)) {
                return false;
            }
            int next = j + 1;
            if (letter) {
                if (next >= n || !toks.get(next).text().equals(".") || gap(next)) {
                    return false;
                }
                next++;
            }
            return next < n && gap(next) && capWord(next) && !titleEndsAt[j] && titleEnd[next] <= next;
        }

        /**
         * End of a nickname in quotes inside a person's name, after its closing quote, or j: a known given name, an
         * opening quote, one or two capitalised words glued to the quotes, and a capitalised surname after them
         * ("Col. John \u201CJ.D.\u201D Dorrian", "Ernesto \"Che\" Guevara"). Not after other words: a quoted slogan
         * or title after a name ("the Senate \"Gang of Eight\" Democrats") is no part of it.
         */
        private int nickname(int j) {
            if (!gap(j) || !OPEN_QUOTES.contains(toks.get(j).text())
                    || gazetteer.givenName(toks.get(j - 1).text()) == null) {
                return j;
            }
            for (int q = j + 2; q <= j + 3 && q + 1 < n; q++) {
                if (!CLOSE_QUOTES.contains(toks.get(q).text())) {
                    if (!capitalized(q)) {
                        return j;
                    }
                    continue;
                }
                boolean glued = !gap(j + 1) && !gap(q) && gap(q + 1);
                for (int m = j + 1; m < q; m++) {
                    glued &= capitalized(m);
                }
                return glued && capWord(q + 1) && titleEnd[q + 1] <= q + 1 ? q + 1 : j;
            }
            return j;
        }

        /**
         * End of a name extended across "and" or "and the" ("Islamic State of Iraq and the Levant") when the article
         * writes the longer name's initials as an acronym ("ISIL", also in brackets right after it) and they are
         * not the shorter name's; else j. "The Ministry of Defence and the Army" stays two names unless "MDA" is
         * written.
         */
        private int andExtension(int i, int j) {
            if (!norm[j].equals("and") || acronyms.isEmpty()) {
                return j;
            }
            int k = j + 1;
            if (k < n && norm[k].equals("the")) {
                k++;
            }
            if (k >= n) {
                return j;
            }
            int end = k;
            while (end < n && end - i < MAX_PHRASE_TOKENS) {
                if (capWord(end) && titleEnd[end] <= end) {
                    end++;
                } else if (end > k && lexicons.isOrgConnector(norm[end]) && end + 1 < n && capWord(end + 1)) {
                    end += 2; // "... and Defense of Journalists"
                } else {
                    break;
                }
            }
            if (end == k) {
                return j;
            }
            String longer = initials(toks.subList(i, end));
            if (gazEnd[k] > k && !(end + 2 < n && toks.get(end).text().equals("(") && toks.get(end + 2).text().equals(")")
                    && Names.acronymKey(toks.get(end + 1).text()).equals(longer))) {
                // "Britain and the United States": a known name after "and" is a name of its own, unless the
                // acronym in brackets right after spells the longer name ("... Antiquities and Heritage (SBAH)")
                return j;
            }
            return longer.length() >= 3 && acronyms.contains(longer)
                    && !longer.equals(initials(toks.subList(i, j))) ? end : j;
        }

        /**
         * A time adjective of {@code name-cue-words.tsv} (class time-adjective: "Former", "Outgoing") opening a
         * sentence before a capitalised word: it is no part of the name after it. A known name that starts with it
         * ("Former Yugoslav Republic of Macedonia" in the gazetteer) stays whole.
         */
        private boolean formerAtStart(int i) {
            return initial(i) && !headline && i + 1 < n && gazEnd[i] <= i && TIME_ADJECTIVES.contains(norm[i])
                    && capitalized(i) && (capWord(i + 1) || gazEnd[i + 1] > i + 1);
        }

        /**
         * Whether token j holds post-nominal letters closing the person's name that starts at f: written in
         * capitals, after two or more words of a name that opens with a known given name or follows a title
         * ("Laura Finch QC", "Judge Amos Kell QC said"), and closing the capitalised run. "Acme MP" or "the Lords QC
         * Committee" stay.
         */
        private boolean postNominal(int f, int j, boolean titled) {
            return j >= f + 2 && j < n && POST_NOMINALS.contains(norm[j]) && Names.isAcronym(toks.get(j).text())
                    && gap(j) && gazEnd[j] <= j && capitalized(j - 1) && lexicons.head(norm[j - 1]) == null
                    && (titled || gazetteer.givenName(toks.get(f).text()) != null)
                    && (j + 1 == n || !capWord(j + 1) && gazEnd[j + 1] <= j + 1);
        }

        /**
         * Whether tokens a to h (exclusive) are only known places, nationalities and name modifiers before a body's
         * head word: "the Swedish National Institute of ...", "the United States National Institute of ...".
         */
        private boolean placeOrModifierWords(int a, int h) {
            int t = a;
            while (t < h) {
                if (!capitalized(t)) {
                    return false;
                }
                if (gazEnd[t] > t && gazEnd[t] <= h && gazEntry[t] != null && gazEntry[t].type() == EntityType.PLACE) {
                    t = gazEnd[t];
                } else if (NAME_MODIFIERS.contains(norm[t]) || lexicons.demonymCountry(norm[t]) != null) {
                    t++;
                } else {
                    return false;
                }
            }
            return t > a;
        }

        /**
         * End of a body named by fields joined by "and", or j: "the Securities and Exchange Commission", "the Food
         * and Drug Administration" (one capitalised word after "the", a known place between allowed; then one or
         * two capitalised words ending in an organization head word, two when the first word is a head word
         * itself); "the Department of Health and Human Services", "the Foreign, Commonwealth and Development
         * Office", "the Department for Culture, Media and Sport" (a head word, "of" or "for", a field, more
         * fields after commas, and one or two words closing the name). No field may be a known name, a given
         * name, an acronym or a nationality, and no listed field a head word: "the Army and Navy", "the Army, Navy
         * and Air Force", "the Commission and European Parliament", "the Ministry of Defence and Army
         * commanders" and "Acme and Beta Industries" (no "the") stay apart.
         */
        private int fieldPairEnd(int i, int j) {
            if (headline || !(norm[j].equals("and") || norm[j].equals(",")) || !plainField(j - 1)) {
                return j;
            }
            boolean afterThe = false;
            if (j == i + 1) {
                int b = i - 1;
                if (b >= 0 && gazEnd[b] == i && capitalized(b)) {
                    b--; // "the U.S. Securities and ..."
                }
                afterThe = b >= 0 && norm[b].equals("the");
            } else if (j == i + 2 && gazEnd[i] == i + 1 && capitalized(i) && plainField(i + 1)
                    && lexicons.head(norm[i + 1]) == null && gazEntry[i] != null && gazEntry[i].type() == EntityType.PLACE) {
                afterThe = i >= 1 && norm[i - 1].equals("the"); // "the U.S. Securities and ..." in one run
            } else if (j == i + 2 && NAME_MODIFIERS.contains(norm[i]) && plainField(i)
                    && j + 1 < n && lexicons.head(norm[j + 1]) == null) {
                // no head right after "and": "the National Guard and Army Reserve" are two bodies
                afterThe = i >= 1 && norm[i - 1].equals("the"); // "the National Air and Space Museum"
            } else if (j == i + 3 && gazEnd[i] == i + 1 && NAME_MODIFIERS.contains(norm[i + 1]) && plainField(i + 2)
                    && j + 1 < n && lexicons.head(norm[j + 1]) == null) {
                // a known place before the modifier: "the Oregon National Plant and Animal Research Centre"
                afterThe = i >= 1 && norm[i - 1].equals("the");
            }
            Lexicons.Head first = lexicons.head(norm[i]);
            // the head may follow a plain word of its own: "the National Institute of Geophysics and Volcanology"
            // and the field may have up to three words: "the Academy of Motion Picture Arts and Sciences"
            int of = j - 2;
            while (of > i + 1 && of > j - 4 && plainField(of) && lexicons.head(norm[of]) == null) {
                of--;
            }
            Lexicons.Head ofHead = of >= i + 1 && (of == i + 1 || of == i + 2 && plainField(i)
                    || of <= i + 4 && placeOrModifierWords(i, of - 1))
                    ? lexicons.head(norm[of - 1]) : null;
            boolean ofField = ofHead != null && ofHead.type() == EntityType.ORGANIZATION
                    && (norm[of].equals("of") || norm[of].equals("for")
                    || norm[of].equals("on")) // "the Committee on Energy and Commerce"
                    // "the Center for Strategic and International Studies": a body named after its purpose, its
                    // head ("centre", a venue's too) before "for"
                    || of >= i + 1 && (of == i + 1 || of == i + 2 && plainField(i)) && norm[of].equals("for")
                    && PURPOSE_HEADS.contains(norm[of - 1]);
            if (!afterThe && !ofField) {
                return j;
            }
            int k = j;
            boolean list = false;
            while (k + 2 < n && norm[k].equals(",") && plainField(k + 1) && lexicons.head(norm[k + 1]) == null
                    && (norm[k + 2].equals(",") || norm[k + 2].equals("and"))) {
                k += 2; // "Foreign, Commonwealth and ..."
                list = true;
            }
            if (k + 1 < n && norm[k].equals(",") && norm[k + 1].equals("and")) {
                k++; // a serial comma
            }
            if (!norm[k].equals("and") || k + 1 >= n || lexicons.demonymCountry(norm[k + 1]) != null
                    || list && afterThe && first != null) {
                return j;
            }
            int minRight = afterThe && first != null ? 2 : 1;
            // up to three words after "and" when the last is a head: "the Science and Technology Facilities Council"
            for (int end = k + 2; end <= k + (afterThe && first == null ? 4 : 3) && end <= n; end++) {
                if (!plainField(end - 1)) {
                    return j;
                }
                Lexicons.Head h = lexicons.head(norm[end - 1]);
                boolean closes = end == n || !capitalized(end) && !norm[end].equals("of") && !norm[end].equals("for");
                if (afterThe && h != null && h.type() == EntityType.ORGANIZATION && end - k - 1 >= minRight) {
                    return end;
                }
                // after a field of several words only plain fields close it: "... of Fine Arts and Royal Academy"
                // is two bodies
                if (ofField && end <= k + 3 && closes && (h == null || end - k - 1 == 2 && of == j - 2)) {
                    return end; // "... of Health and Human Services", not "... of Defence and Army"
                }
            }
            return j;
        }

        /**
         * The tokens of a work's title in quotation marks after a word of {@code work-cues.tsv} ("the novel
         * \u201CThe House of Spirits\u201D"): at most twelve words, every word capitalised but short lower-case
         * function words, no sentence punctuation inside. A quote that is a sentence ("the film \u201Cis a
         * triumph\u201D") or has no closing mark near is left alone.
         */
        private boolean[] workTitles() {
            boolean[] work = new boolean[n];
            for (int q = 1; q + 2 < n; q++) {
                if (!isOpeningQuote(toks.get(q).text()) || !WORK_CUES.contains(norm[q - 1])) {
                    continue;
                }
                int close = -1;
                boolean ok = true;
                int caps = 0;
                for (int k = q + 1; k < n && k <= q + 13; k++) {
                    String w = toks.get(k).text();
                    if (isClosingQuote(w)) {
                        close = k;
                        break;
                    }
                    if (Character.isUpperCase(w.charAt(0))) {
                        caps++;
                    } else if (Character.isLetter(w.charAt(0)) ? w.length() > 4 : !w.equals(",") && !w.equals(":")
                            && !w.equals("-") && !w.equals("'s") && !Character.isDigit(w.charAt(0))) {
                        ok = false;
                    }
                }
                if (ok && close > q + 1 && caps > 0 && Character.isUpperCase(toks.get(q + 1).text().charAt(0))) {
                    Arrays.fill(work, q + 1, close, true);
                }
            }
            unquotedTitles(work);
            return work;
        }

        /**
         * Titles of works without quotation marks, right after a work noun of {@code work-cues.tsv} that a
         * determiner or a possessive opens ("her album Blue Harbour", "the indie game Lantern Keep", "his
         * documentary Beirut Nights", or after a comma when the title starts with an article: "her third book, The
         * Glass Orchard", or is set off by commas after an owner: "their third album, Northern Lights,"):
         * capitalised words and short function words between them. The title names nothing elsewhere in the
         * article either. Left alone: a name the gazetteer knows ("the film Paris"), one word
         * before a verb ("the film Sony released": a relative clause), and a work noun as a verb ("polls show").
         */
        private void unquotedTitles(boolean[] work) {
            for (int c = 1; c + 1 < n; c++) {
                if (!WORK_CUES.contains(norm[c]) || !"NOUN".equals(toks.get(c).pos()) || headline) {
                    continue;
                }
                int d = c - 1;
                while (d > 0 && d >= c - 2 && MODIFIER_TAGS.contains(toks.get(d).pos())) {
                    d--;
                }
                String det = toks.get(d).pos();
                if (!"DET".equals(det) && !"PRON".equals(det) && !isPossessive(toks.get(d).text())) {
                    continue;
                }
                int t = c + 1;
                // after a comma, a title opening with an article, or after an owner one set off by commas too
                // ("their third album, Northern Lights, ..."; not "Reading her book, Simon said")
                boolean setOff = false;
                if (toks.get(t).text().equals(",")) {
                    setOff = !"DET".equals(det);
                    if (t + 1 >= n || !setOff && !TITLE_ARTICLES.contains(toks.get(t + 1).text())) {
                        continue;
                    }
                    t++;
                }
                int e = t;
                int end = t;
                while (e < n) {
                    String w = toks.get(e).text();
                    if (Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(0))
                            && !PRONOUN_I.contains(w)) {
                        end = ++e;
                    } else if (e > t && TITLE_GLUE.contains(w) && !bodyAfterPreposition(e)) {
                        e++;
                    } else {
                        break;
                    }
                }
                // a verb right after: "the film Sony released" (a relative clause), and after an article also a
                // longer maker's name ("The film Universal Pictures released"); "her album Blue Harbour sold" is a title
                boolean verbAfter = end < n && "VERB".equals(toks.get(end).pos());
                if (setOff && !TITLE_ARTICLES.contains(toks.get(t).text())
                        && !(end >= n || "PUNCT".equals(toks.get(end).pos()))) {
                    continue;
                }
                if (end == t || gazEnd[t] >= end || verbAfter && (end - t == 1 || "DET".equals(det))) {
                    continue;
                }
                Arrays.fill(work, t, end, true);
                if (end - t > 1 || !TITLE_ARTICLES.contains(toks.get(t).text())) {
                    nonEntities.add(Names.norm(s.slice(toks.get(t).start(), toks.get(end - 1).end())));
                    if (TITLE_ARTICLES.contains(toks.get(t).text())) {
                        nonEntities.add(Names.norm(s.slice(toks.get(t + 1).start(), toks.get(end - 1).end())));
                    }
                }
            }
        }

        /**
         * Whether a preposition at p ("at", "for", "with") is followed by ["the"] capitalised words ending in an
         * organization's head word: the body a title was made at or for ("the game Quick Ledger at Brightline
         * Media"), which ends the title ("Love in Paris", "Dancing on Ice" go on).
         */
        private boolean bodyAfterPreposition(int p) {
            if (!TITLE_PREPOSITIONS.contains(norm[p])) {
                return false;
            }
            int k = p + 1 < n && norm[p + 1].equals("the") ? p + 2 : p + 1;
            int last = -1;
            while (k < n && capWord(k)) {
                last = k++;
            }
            return last >= 0 && bodyHead(last);
        }

        /** Whether the word at i is the head word of an organization's name ("Museum", "Institute"). */
        private boolean bodyHead(int i) {
            Lexicons.Head head = lexicons.head(norm[i]);
            return head != null && head.type() == EntityType.ORGANIZATION;
        }

        /**
         * End of a name with a possessive inside, or j: a saint's name ("St. Peter's Square", "Saint Mark's
         * Square") or a common noun of {@code possessive-owners.tsv} ("the People's Liberation Army", "King's
         * College") before the possessive, then one to three capitalised words ending in a head word. A named owner
         * ("Russia's Foreign Ministry", "Acme's Board") or no head word after ("the People's Daily") ends the name
         * before the possessive.
         */
        private int possessiveInName(int i, int j) {
            if (headline || j + 1 >= n || !isPossessive(toks.get(j).text()) || !gap(j + 1) || gap(j)) {
                return j;
            }
            boolean saint = j - 2 >= i && SAINTS.contains(norm[j - 2]) && capWord(j - 1);
            boolean owner = POSSESSIVE_OWNERS.contains(norm[j - 1]);
            // "Howe's Brigade", "Couch's Division": a military unit named after its commander, one word the
            // gazetteer does not know ("Russia's Army" stays two names)
            if (!saint && !owner && j - 1 == i && gazEnd[i] <= i && capWord(j + 1) && gazEnd[j + 1] <= j + 1
                    && lexicons.isUnitHead(norm[j + 1]) && !Names.isAcronym(toks.get(i).text())) {
                return j + 2;
            }
            if (!saint && !owner) {
                return j;
            }
            int end = j;
            for (int k = j + 1; k < n && k <= j + 3 && capWord(k) && gazEnd[k] <= k; k++) {
                if (lexicons.head(norm[k]) != null) {
                    end = k + 1;
                }
            }
            return end;
        }

        /** A capitalised word that may be a field of a body's name: no known name, given name nor acronym. */
        private boolean plainField(int t) {
            return t >= 0 && t < n && capWord(t) && gazEnd[t] <= t && !Names.isAcronym(toks.get(t).text())
                    && gazetteer.givenName(toks.get(t).text()) == null;
        }

        /**
         * Where the name starts: one token earlier when an ordinal stands right before a name ending in a unit
         * head word ("507th Air Refueling Wing", "3rd Battalion") or before an acronym ("507th ARW").
         */
        private int ordinalBefore(int i, int j, int lastEnd) {
            if (j <= i || i - 1 < lastEnd || !gap(i) || !isOrdinal(toks.get(i - 1).text())) {
                return i;
            }
            // "the 60th NATO summit": a known body's acronym is never numbered; the ordinal counts the event after it
            boolean acronym = j == i + 1 && Names.isAcronym(toks.get(i).text()) && gazEnd[i] <= i;
            return acronym || lexicons.isUnitHead(norm[j - 1]) ? i - 1 : i;
        }

        /**
         * End of a unit's name joined by a spaced dash to the operation or branch it serves ("Combined Joint Task
         * Force - Operation Inherent Resolve", "Jordan Armed Forces – Arab Army"), or j: the name before the
         * dash ends in an armed-force head word, the part after is two or more capitalised words closing the
         * phrase ("Operation" included).
         */
        private int dashedName(int j) {
            String d = toks.get(j).text();
            if (!(d.equals("-") || d.equals("–") || d.equals("—") || d.equals("--")) || !gap(j)
                    || j + 1 >= n || !gap(j + 1) || headline) {
                return j;
            }
            Lexicons.Head h = lexicons.head(norm[j - 1]);
            if (h == null || !"ArmedForce".equals(h.subclass())) {
                return j;
            }
            int k = j + 1;
            while (k < n && k - j <= 6 && capWord(k) && titleEnd[k] <= k && !(gazEnd[k] > k + 1)) {
                k++;
            }
            // a title may follow ("... - Inherent Resolve Commander, Lt. Gen. ...")
            boolean closed = k == n || !capitalized(k) && !"-".equals(toks.get(k).text()) || titleEnd[k] > k;
            return k - (j + 1) >= 2 && closed ? k : j;
        }

        /** Whether a spaced dash inside [a, b) follows an armed-force head word (a name of {@link #dashedName}). */
        private boolean dashedUnit(int a, int b) {
            for (int k = a + 1; k < b - 1; k++) {
                if (dashedName(k) > k) {
                    return true;
                }
            }
            return false;
        }

        /** A roman numeral of two letters or more closing a name ("II", "IV", "XIV"; up to XXIX: regnal numbers). */
        private boolean romanNumeral(int j) {
            String w = toks.get(j).text();
            return w.length() >= 2 && REGNAL.matcher(w).matches();
        }

        private boolean givenNameIn(int a, int b) {
            for (int k = a; k < b; k++) {
                if (gazetteer.givenName(toks.get(k).text()) != null) {
                    return true;
                }
            }
            return false;
        }

        /** A Roman regnal numeral after a capitalised word ("Nebuchadnezzar II", "Louis XIV"), tagged NUM or not. */
        private boolean regnalNumber(int j) {
            return gap(j) && romanNumeral(j) && capitalized(j - 1)
                    && lexicons.head(norm[j - 1]) == null && (j + 1 == n || !capitalized(j + 1));
        }

        /**
         * A lower-case-first brand in camel case ("vFinance", "eBay"; also as split, "v" "Finance") before
         * capitalised words ending in an
         * organization head word ("vFinance Investments"): the first word of a company's name.
         */
        private boolean brandBeforeHead(int i) {
            String w = toks.get(i).text();
            boolean camel = w.length() >= 3 && Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1));
            // the tokenizer splits "vFinance" into "v" "Finance"
            boolean glued = w.length() <= 2 && i + 1 < n && !gap(i + 1) && Names.isCapitalized(toks.get(i + 1).text());
            if (!(camel || glued) || !w.chars().allMatch(Character::isLetter) || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
            int k = i + 1;
            while (k < n && capWord(k)) {
                k++;
            }
            Lexicons.Head h = k > i + 1 ? lexicons.head(norm[k - 1]) : null;
            // "iTunes Store": a product line's shop is read as the product (product-cues.tsv, outlet)
            return h != null && h.type() == EntityType.ORGANIZATION && !lexicons.isProductOutlet(norm[k - 1]);
        }

        /**
         * An acronym in brackets right after the lower-case words it abbreviates names a common noun, not an entity
         * (guideline E3): their initials spell it ("a virtual private network (VPN)", "gross domestic product
         * (GDP)", skipping "of", "and", "the" and hyphens), or one word holds its letters in order from its first
         * ("5 gigabytes (GB)"). A lower-case phrase whose initials differ ("the ruling party (AKP)") says nothing.
         */
        private boolean commonNounAcronym(int a) {
            if (a < 2 || a + 1 >= n || !toks.get(a - 1).text().equals("(") || !toks.get(a + 1).text().equals(")")) {
                return false;
            }
            String acr = toks.get(a).text().toLowerCase(Locale.ROOT);
            if (acr.length() < 2 || !acr.chars().allMatch(Character::isLetter)) {
                return false;
            }
            StringBuilder initials = new StringBuilder();
            for (int k = a - 2; k >= 0 && initials.length() < acr.length(); k--) {
                String w = toks.get(k).text();
                if (ACRONYM_SKIPPED.contains(w)) {
                    continue;
                }
                if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !w.chars().allMatch(Character::isLetter)) {
                    break;
                }
                if (k == a - 2 && w.charAt(0) == acr.charAt(0) && subsequence(acr, w)) {
                    return true;
                }
                initials.insert(0, w.charAt(0));
            }
            return initials.toString().equals(acr);
        }

        private static boolean subsequence(String letters, String word) {
            int i = 0;
            for (int k = 0; k < word.length() && i < letters.length(); k++) {
                if (word.charAt(k) == letters.charAt(i)) {
                    i++;
                }
            }
            return i == letters.length();
        }

        /**
         * A stock symbol: an acronym in brackets after an exchange and a colon ("(NYSE: IBM)") or right after
         * "shares" or "stock" ("Apple shares (AAPL)").
         */
        private boolean ticker(int a, int b) {
            if (b - a == 1 && a >= 1 && TICKER_WORDS.contains(norm[a - 1])) {
                return true; // "trades under the ticker ACME", "the symbol ACM"
            }
            if (a < 2 || b >= n || !toks.get(b).text().equals(")")) {
                return false;
            }
            if (toks.get(a - 1).text().equals(":")) {
                return a >= 3 && toks.get(a - 3).text().equals("(") && Names.isAcronym(toks.get(a - 2).text());
            }
            String before = norm[a - 2];
            return toks.get(a - 1).text().equals("(") && (before.equals("shares") || before.equals("stock"));
        }

        /**
         * Whether the number or numeral at j closes a broadcast channel's name: after a broadcast noun ("Channel 4",
         * "BBC Radio 4", "TV 2"), or after one capitalised word or acronym in a sentence about broadcasting ("shown
         * on RTE 1 and Sky One", "the television channel Rai 3"). A noun the number counts after it ("watched TV 3
         * hours a day") or a year ("Channel 2008") makes it no name.
         */
        private boolean channelNumber(int i, int j) {
            // a capitalised numeral numbers a channel as digits do: "BBC One", "Sky Two"
            String w = toks.get(j).text();
            boolean digits = w.length() <= 2 && w.chars().allMatch(Character::isDigit);
            if (!gap(j) || !capitalized(j - 1) || !(digits || numeralWord(w))
                    || j + 1 < n && "NOUN".equals(toks.get(j + 1).pos()) && !capitalized(j + 1)
                    && !norm[j + 1].equals("news")) {
                return false;
            }
            if (BROADCAST_NOUNS.contains(norm[j - 1])) {
                return true;
            }
            if (j - i != 1) {
                return false;
            }
            for (int k = 0; k < n; k++) {
                if (k != j - 1 && BROADCAST_CUES.contains(norm[k])) {
                    return true;
                }
            }
            return false;
        }

        /** Digits right after an armed-force head word ("Task Force 50"). */
        private boolean unitNumber(int j) {
            Lexicons.Head h = lexicons.head(norm[j - 1]);
            // other heads too ("Terminal 3", "Local 1520", "Gate 12"), unless a noun the number counts follows
            // ("joined the Union 10 years ago")
            // not after a company's trade ("an Acme Airlines 777", "Acme Motors 500"): a model number of its product
            return h != null && gap(j) && toks.get(j).text().chars().allMatch(Character::isDigit)
                    && ("ArmedForce".equals(h.subclass()) || capitalized(j - 1) && !lexicons.isTradeHead(norm[j - 1])
                    && !MODERN_YEAR.matcher(toks.get(j).text()).matches() // "the Senate 2020 race": a year
                    && (j + 1 >= n || !"NOUN".equals(toks.get(j + 1).pos()) && !"NUM".equals(toks.get(j + 1).pos())));
        }

        /** "Local 1520", "Local 705": a union's numbered branch. */
        private boolean unionLocal(int j) {
            return j + 1 < n && norm[j].equals("local") && Character.isUpperCase(toks.get(j).text().charAt(0))
                    && !initial(j) && gap(j + 1) && toks.get(j + 1).text().chars().allMatch(Character::isDigit);
        }

        /**
         * Whether the comma at j, after the one word at i, joins two founders of a firm: a capitalised word, "&" and
         * "Co" or "Co." follow ("Sears, Roebuck & Co."). A word after a comma or "and" is an item of a list
         * ("Acme, Beta, Smith & Co.") and stays apart.
         */
        private boolean commaInFirmName(int i, int j) {
            if (headline || !norm[j].equals(",") || j + 3 >= n || !capWord(j + 1) || gazEnd[j + 1] > j + 1
                    || !ampersand(j + 2) || !(norm[j + 3].equals("co") || norm[j + 3].equals("co."))
                    || !capitalized(j + 3)) {
                return false;
            }
            return i == 0 || !(norm[i - 1].equals(",") || norm[i - 1].equals("and") || norm[i - 1].equals("&"));
        }

        /** An ampersand token ("&amp;" as some sources escape it). */
        private boolean ampersand(int j) {
            String w = toks.get(j).text();
            return w.equals("&") || w.equals("&amp;");
        }

        /**
         * Whether "of" at j goes on a body's purpose: "for" or "for the" after a head word, then one or two
         * capitalised words, then "of" and a capitalised word ("the Committee for the Protection of Journalists").
         * The purpose noun is no head word, so the ordinary connector rule stops before its "of".
         */
        private boolean purposeOf(int i, int j) {
            if (!norm[j].equals("of") || j + 1 >= n || !capWord(j + 1)) {
                return false;
            }
            for (int k = j - 1; k >= Math.max(i + 1, j - 3); k--) {
                if (norm[k].equals("for") || norm[k].equals("the") && norm[k - 1].equals("for")) {
                    int f = norm[k].equals("for") ? k : k - 1;
                    return f > i && (lexicons.head(norm[f - 1]) != null || PURPOSE_HEADS.contains(norm[f - 1]))
                            && k + 1 < j;
                }
                if (!capWord(k)) {
                    return false;
                }
            }
            return false;
        }

        /** Tokens of an organization connector at j ("of", "of the") after a head word and before a name, or 0. */
        /**
         * A comma and a capitalised legal form ("Inc.", "Ltd", "LLC") that ends the phrase. Two-letter forms
         * without a dot ("AG", "SA", "Co") are left out: after a comma they are as often a new name or a word.
         */
        private boolean legalFormAfterComma(int j) {
            if (j + 1 >= n || !toks.get(j).text().equals(",") || !capitalized(j + 1)
                    || !lexicons.isLegalSuffix(norm[j + 1])) {
                return false;
            }
            String w = toks.get(j + 1).text();
            if (w.length() <= 2 && !w.endsWith(".")) {
                return false;
            }
            return j + 2 >= n || !capWord(j + 2) && !toks.get(j + 2).text().equals("'s");
        }

        /**
         * A place that ends the phrase at k: a known place ("of India"), or one capitalised word that is no head
         * word ("of Korea"), with no capitalised word, "of" or "&" after it.
         */
        private boolean basePlaceAt(int k) {
            if (k >= n) {
                return false;
            }
            int e;
            if (gazEnd[k] > k) {
                if (gazEntry[k] == null || gazEntry[k].type() != EntityType.PLACE) {
                    return false;
                }
                e = gazEnd[k];
            } else if (capWord(k) && lexicons.head(norm[k]) == null && titleEnd[k] <= k) {
                e = k + 1;
            } else {
                return false;
            }
            return e >= n || !capWord(e) && gazEnd[e] <= e && !lexicons.isOrgConnector(norm[e]) && !norm[e].equals("&");
        }

        private int orgConnector(int j) {
            if (PURPOSE_HEADS.contains(norm[j - 1]) && capitalized(j - 1) && norm[j].equals("for")) {
                // "the Centre for Space Exoplanet Data": a centre named for its purpose is a body
                return j + 2 < n && norm[j + 1].equals("the") && capWord(j + 2) ? 2 : j + 1 < n && capWord(j + 1) ? 1 : 0;
            }
            if (lexicons.head(norm[j - 1]) == null || lexicons.isFacilityHead(norm[j - 1])) {
                return 0;
            }
            if (lexicons.isTradeHead(norm[j - 1]) && norm[j].equals("of") && basePlaceAt(j + 1)) {
                return 0; // "Renault Samsung Motors of Korea": where the company is based, not its name
            }
            if (j + 2 < n && lexicons.isOrgConnector(norm[j] + " " + norm[j + 1]) && capWord(j + 2)) {
                return ownerOfNextUnit(j + 2) ? 0 : 2;
            }
            return j + 1 < n && lexicons.isOrgConnector(norm[j]) && capWord(j + 1) && !ownerOfNextUnit(j + 1) ? 1 : 0;
        }

        /**
         * Whether the word at k, one the gazetteer does not know, owns the unit named after it ("Brigade of Couch's
         * Division": the division is Couch's, the brigade is not "of Couch"). "Bank of America's chief" joins.
         */
        private boolean ownerOfNextUnit(int k) {
            return k + 2 < n && gazEnd[k] <= k && isPossessive(toks.get(k + 1).text()) && capWord(k + 2)
                    && lexicons.head(norm[k + 2]) != null;
        }

        /** Whether capitalisation at token i may be positional: sentence start, after a colon or a quote. */
        private boolean initial(int i) {
            return i == 0 || OPENERS.contains(toks.get(i - 1).text());
        }

        /** Whether there is white space before token j. */
        private boolean gap(int j) {
            return toks.get(j).start() > toks.get(j - 1).end();
        }

        /** Longest gazetteer match starting at each capitalised token; matches do not overlap. */
        private void markGazetteer() {
            for (int i = 0; i < n; ) {
                int best = -1;
                Gazetteer.Entry entry = null;
                if (capitalized(i) || particleBeforeName(i)) {
                    String w = cut[i] >= 0 ? toks.get(i).text().substring(0, cut[i]) : toks.get(i).text();
                    if (Names.isAcronym(w)) {
                        List<Gazetteer.Entry> es = gazetteer.lookupAcronym(Names.acronymKey(w));
                        if (!es.isEmpty()) {
                            best = i + 1;
                            entry = es.get(0);
                        }
                    }
                    StringBuilder key = new StringBuilder(norm[i]);
                    for (int j = i; j < n && j - i < MAX_PHRASE_TOKENS; ) {
                        List<Gazetteer.Entry> es = gazetteer.lookup(key.toString());
                        if (!es.isEmpty() && capitalized(j) && (j == i || cut[j - 1] < 0)) {
                            best = j + 1;
                            entry = es.get(0);
                        }
                        if (cut[j] >= 0 || ++j >= n || !gazetteer.isPrefix(key.toString())) {
                            break;
                        }
                        key.append(gap(j) ? " " : "").append(norm[j]);
                    }
                }
                if (best > i) {
                    gazEnd[i] = best;
                    gazEntry[i] = entry;
                    i = best;
                } else {
                    i++;
                }
            }
        }

        /** Title spans (any case), longest first; titleEndsAt marks tokens right after a title. */
        /**
         * The end of a title's portfolio after "for" ("Minister for Religious Minorities", "Commissioner for
         * Refugees"): capitalised words ending in a plural and closing the phrase name a field, not an entity.
         * Not a known name ("Envoy for Syria") nor one with a head word ("spokesman for the Acme Group").
         */
        /**
         * Whether the two words [f, p) closing a post's portfolio name its holder: plain words, a known given name
         * first. Without one, "Energy Market Reform" is all portfolio: proper nouns are no sure sign of a person.
         */
        private boolean holderAt(int f, int p) {
            for (int m = f; m < p; m++) {
                String w = toks.get(m).text();
                if (!w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')
                        || Names.isAcronym(w) || m == f && lexicons.isTitle(norm[m])) {
                    return false;
                }
            }
            return gazetteer.givenName(toks.get(f).text()) != null;
        }

        private int portfolioEnd(int e) {
            if (e < n && norm[e].equals("of")) {
                return portfolioOfEnd(e);
            }
            if (e >= n || !norm[e].equals("for")) {
                return e;
            }
            int k = e + 1 < n && norm[e + 1].equals("the") ? e + 2 : e + 1;
            int p = k;
            while (p < n && capWord(p) && gazEnd[p] <= p && lexicons.head(norm[p]) == null
                    && !Names.isAcronym(toks.get(p).text())) {
                p++;
            }
            int q = k; // head words too: "Minister for Communications Tom Reid"
            while (q < n && capWord(q) && gazEnd[q] <= q && !Names.isAcronym(toks.get(q).text())) {
                q++;
            }
            if (q - k >= 3 && holderAt(q - 2, q)) {
                return q - 2; // "Minister for Home Affairs Tom Reid", "Commissioner for Competition Jan Smit said"
            }
            String last = p > k ? toks.get(p - 1).text() : "";
            boolean plural = last.length() > 3 && last.endsWith("s") && !last.endsWith("ss");
            return plural && (p == n || !capWord(p) && gazEnd[p] <= p) ? p : e;
        }

        /**
         * The end of a post's portfolio after "of" when the holder's name follows it: "Minister of Information
         * Khalid al-Tamimi", "Secretary of Health Ana Reyes": one to three plain capitalised words (no known name,
         * acronym or head word), then a known given name and the next word of a name. Else e: "Governor of Texas
         * Greg Abbott" (a known place) and "Minister of Information" alone keep their words.
         */
        private int portfolioOfEnd(int e) {
            for (int p = e + 2; p <= e + 4 && p + 1 < n; p++) {
                int w = p - 1;
                if (!capWord(w) || gazEnd[w] > w || Names.isAcronym(toks.get(w).text()) || lexicons.head(norm[w]) != null
                        || gazetteer.givenName(toks.get(w).text()) != null) {
                    return e;
                }
                if (capitalized(p) && gazetteer.givenName(toks.get(p).text()) != null && gazEnd[p] <= p
                        && (capWord(p + 1) || lexicons.isNameConnector(norm[p + 1]))) {
                    return p;
                }
            }
            return e;
        }

        /**
         * A one-word known name right after an honorific and before a capitalised word is read as a title when it
         * is one ("Mr Justice Anthony Mann", "Madam Speaker Nancy Pelosi"), not as a name of its own.
         */
        private boolean titleAfterHonorific(int i) {
            return i > 0 && i + 1 < n && titleEnd[i - 1] == i && HONORIFICS.contains(norm[i - 1])
                    && gazEnd[i] == i + 1 && capitalized(i) && capWord(i + 1);
        }

        /**
         * Whether key (tokens i..j) is the plural of a title that says whose post it is: two words or more ("the
         * Foreign Ministers of ...", "Prime Ministers") or one before "of" ("the Ministers of Foreign Affairs").
         * A lone plural ("Chiefs" of a team's name) is no title.
         */
        private boolean pluralTitle(String key, int i, int j) {
            // one word before a given name too: "Presidents Ana Reyes and Tom Hale met"
            boolean beforeGiven = j == i && j + 2 < n && capWord(j + 1) && capWord(j + 2)
                    && gazetteer.givenName(toks.get(j + 1).text()) != null;
            if (singular(key) == null || !capitalized(j)
                    || j == i && !(j + 1 < n && norm[j + 1].equals("of")) && !beforeGiven) {
                return false;
            }
            return lexicons.isTitle(singular(key));
        }

        /**
         * A capitalised agent noun right before a known given name and a capitalised word is an occupation, no part
         * of the name: "Guitarist Dewa Budjana", "Conservationist Peter Nkosi", "Promoter Angelo Ferrante". The
         * agent suffixes (-ist, -er, -or, -ian, -ic, -ant, -ent) are the cue, so no list of occupations is needed;
         * a given name ("Walter", "Christian"), a known name, a demonym ("Brazilian") or a head word is no
         * occupation, and without a given name after it ("Foster Wheeler", "Baker Hughes") the word stays.
         */
        private boolean occupationBeforeName(int i) {
            if (i + 2 >= n || gazEnd[i] > i || !capitalized(i) || cut[i] >= 0) {
                return false;
            }
            String w = toks.get(i).text();
            if (w.length() < 5 || !w.chars().allMatch(Character::isLetter) || Names.isAcronym(w)
                    || !Character.isLowerCase(w.charAt(1)) || gazetteer.givenName(w) != null
                    || lexicons.demonymCountry(norm[i]) != null || lexicons.head(norm[i]) != null
                    || lexicons.isNonName(norm[i])) {
                return false;
            }
            String l = w.toLowerCase(Locale.ROOT);
            boolean agent = false;
            for (String suffix : AGENT_SUFFIXES) {
                agent |= l.endsWith(suffix);
            }
            return agent && gazEnd[i + 1] <= i + 1 && gazetteer.givenName(toks.get(i + 1).text()) != null
                    && capitalized(i + 1) && capWord(i + 2) && !isPossessive(toks.get(i + 2).text());
        }

        /**
         * A capitalised adjective opening the sentence right before a lower-case title is part of the post:
         * "Artistic director Lena Moor", "Creative director ...", "Medical officer ...". The tagger must call it an
         * adjective, and it must be no known name ("British ambassador" keeps its demonym for the relation).
         */
        private boolean adjectiveBeforeTitle(int i) {
            int a = i - 1;
            return a >= 0 && initial(a) && !headline && "ADJ".equals(toks.get(a).pos()) && capitalized(a)
                    && !capitalized(i) && gazEnd[a] <= a && titleEnd[a] <= a
                    && lexicons.demonymCountry(norm[a]) == null && !Names.isAcronym(toks.get(a).text())
                    && toks.get(a).text().chars().allMatch(Character::isLetter);
        }

        /** The singular of a plural ending in "s" ("ministers", "secretaries"), or null. */
        private static String singular(String w) {
            if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss")) {
                return null;
            }
            return w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - 1);
        }

        private void markTitles() {
            for (int i = 0; i < n; ) {
                int best = -1;
                boolean styled = titleAfterHonorific(i);
                if (Character.isLetter(toks.get(i).text().charAt(0)) && (gazEnd[i] <= i || styled)) {
                    StringBuilder key = new StringBuilder(norm[i]);
                    // "Ministers of Foreign Affairs": the plural of the first word of a longer title
                    String one = singular(norm[i]);
                    StringBuilder alt = one != null && capitalized(i) && i + 1 < n && norm[i + 1].equals("of")
                            ? new StringBuilder(one) : null;
                    for (int j = i; j < n && j - i < MAX_PHRASE_TOKENS; ) {
                        if (lexicons.isTitle(key.toString()) || pluralTitle(key.toString(), i, j)
                                || j > i && alt != null && lexicons.isTitle(alt.toString())) {
                            best = j + 1;
                        }
                        boolean goesOn = lexicons.isTitlePrefix(key.toString());
                        boolean altGoesOn = alt != null && lexicons.isTitlePrefix(alt.toString());
                        if (++j >= n || !goesOn && !altGoesOn) {
                            break;
                        }
                        key.append(gap(j) ? " " : "").append(norm[j]);
                        if (alt != null) {
                            alt.append(gap(j) ? " " : "").append(norm[j]);
                        }
                    }
                }
                if (best == i + 1 && !capitalized(i) && ("VERB".equals(toks.get(i).pos())
                        || i > 0 && VERB_SUBJECTS.contains(toks.get(i - 1).text().toLowerCase()))) {
                    best = -1; // "I miss Madrid", "we coach Dave's team": a lower-case verb, not the title
                }
                if (best > i && adjectiveBeforeTitle(i)) {
                    titleEnd[i - 1] = best; // "Artistic director Lena Moor": the adjective belongs to the post
                }
                if (best <= i && occupationBeforeName(i)) {
                    best = i + 1; // "Guitarist Dewa Budjana", "Promoter Angelo Ferrante"
                }
                if (best > i) {
                    if (styled) {
                        gazEnd[i] = 0; // "Mr Justice Anthony Mann": the judge's title, not the party or given name
                        gazEntry[i] = null;
                    }
                    if (capitalized(i)) {
                        best = portfolioEnd(best);
                    }
                    titleEnd[i] = best;
                    titleEndsAt[best] = true;
                    i = best;
                } else {
                    i++;
                }
            }
            markGrades();
        }

        /**
         * A rating and its grade before a person's name is a title: "Special Warfare Operator 1st Class", "Petty
         * Officer Second Class", "Airman First Class". It runs back from the grade over capitalised words and titles
         * that are no known name nor armed service, so a service before it ("Navy", "Army") stays a name of its own.
         */
        private void markGrades() {
            for (int g = 1; g + 2 < n; g++) {
                if (!(isOrdinal(toks.get(g).text()) || GRADE_ORDINALS.contains(norm[g])) || !capitalized(g + 1)
                        || !GRADE_NOUNS.contains(norm[g + 1]) || !capWord(g + 2) || titleEnd[g + 2] > g + 2) {
                    continue;
                }
                int r = g;
                while (r > 0) {
                    int t = r - 1;
                    while (t >= 0 && titleEnd[t] != r) {
                        t--;
                    }
                    if (t >= 0) {
                        r = t; // "Petty Officer" + "2nd Class", "Electronics Technician" + "2nd Class": one title
                    } else if (capWord(r - 1) && gazEnd[r - 1] <= r - 1 && !service(r - 1) && !insideKnown(r - 1)) {
                        r--;
                    } else {
                        break;
                    }
                }
                if (r == g) {
                    continue;
                }
                for (int t = r; t < g + 2; t++) {
                    titleEnd[t] = 0;
                }
                titleEnd[r] = g + 2;
                titleEndsAt[g + 2] = true;
            }
        }

        /** "Navy", "Army": an armed service's head word; a rating after it is a title in that service. */
        private boolean service(int t) {
            Lexicons.Head h = lexicons.head(norm[t]);
            return h != null && "ArmedForce".equals(h.subclass());
        }

        private boolean insideKnown(int t) {
            for (int m = Math.max(0, t - MAX_PHRASE_TOKENS); m < t; m++) {
                if (gazEnd[m] > t) {
                    return true;
                }
            }
            return false;
        }
    }

    /** "Cloud9", "Politics1" (group 1: the word) or "4chan" (group 2): see {@code numberedName}. */
    private static final Pattern NUMBERED_NAME = Pattern.compile("(\\p{Lu}\\p{Ll}{3,})\\d{1,3}|\\d{1,3}(\\p{Ll}{4,})");

    /** "A380", "MiG-29", "F-16": letters and digits in one word, the shape of a product's model number. */
    static boolean modelNumber(String w) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            letter |= Character.isLetter(ch);
            digit |= Character.isDigit(ch);
        }
        return letter && digit && !isOrdinal(w);
    }

    /** "5th", "1st", "22nd". */
    static boolean isOrdinal(String w) {
        return Names.isOrdinal(w);
    }

    /** "US$", "US$78", "HK$": a currency, not a name. */
    static boolean hasCurrencySymbol(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.getType(w.charAt(k)) == Character.CURRENCY_SYMBOL) {
                return true;
            }
        }
        return false;
    }

    /** An acronym with a plural "s" ("IEDs", "MPs"). */
    static boolean isPluralAcronym(String w) {
        int n = w.length();
        return n >= 3 && w.charAt(n - 1) == 's' && Names.isAcronym(w.substring(0, n - 1));
    }

    /** Index of the hyphen before a lower-case suffix in a capitalised word ("Russia-backed" -> 6), or -1. */
    static int hyphenCut(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return -1;
        }
        int last = w.lastIndexOf('-');
        if (last >= 0 && last + 1 < w.length() && Character.isUpperCase(w.charAt(last + 1))) {
            return -1; // "Tehreek-e-Insaf": a name with lower-case particles inside
        }
        int h = w.indexOf('-');
        while (h > 0) {
            if (h + 1 < w.length() && Character.isLowerCase(w.charAt(h + 1)) && HyphenWords.isModifierHead(w.substring(h + 1))) {
                return h;
            }
            h = w.indexOf('-', h + 1);
        }
        return -1;
    }


    /** Union-find over string keys. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void add(String k) {
            parent.putIfAbsent(k, k);
        }

        String find(String k) {
            String p = parent.getOrDefault(k, k);
            if (p.equals(k)) {
                return k;
            }
            String root = find(p);
            parent.put(k, root);
            return root;
        }

        void union(String a, String b) {
            add(a);
            add(b);
            String ra = find(a);
            String rb = find(b);
            if (!ra.equals(rb)) {
                parent.put(ra, rb);
            }
        }
    }

    /** A capitalised numeral word ("One" ... "Twelve"). */
    private static boolean numeralWord(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && RuleVoters.isNumberWord(w);
    }
}
