package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.extract.gazetteer.Names;
import org.newskg.nlp.HyphenWords;
import org.newskg.nlp.Token;

/**
 * The rule and gazetteer {@link TypeVoter}s of {@link HybridMentionFinder}; each is stateless and thread-safe.
 *
 * <pre>
 * List&lt;TypeVoter&gt; voters = RuleVoters.standard(Gazetteer.standard(), Lexicons.standard());
 * </pre>
 */
public final class RuleVoters {

    /** Source of the weak prior from a name's shape alone: not evidence enough to keep a name. */
    public static final String SHAPE = "rule:propn-chunk";

    /** Source of a kind noun right before a name ("carmaker Acme"): the text says what the name is. */
    public static final String KIND = "context:kind";

    private RuleVoters() {
    }

    /** Every rule voter, in the order they are asked. */
    public static List<TypeVoter> standard(Gazetteer gazetteer, Lexicons lexicons) {
        return List.of(gazetteer(), headWord(lexicons), placePrefix(lexicons), organizationPrefix(lexicons), title(), context(lexicons), givenName(gazetteer, lexicons),
                acronym(), containsPlace(gazetteer, lexicons), teamName(gazetteer, lexicons), venueWord(gazetteer), placeOfCountry(gazetteer), conjunct(gazetteer, lexicons),
                business(), saidIt(), sportScore(), particleName(lexicons), personConjunct(gazetteer, lexicons), shape(lexicons),
                romanisedName(), demonymPaper(lexicons), town(gazetteer), titleApposition(lexicons),
                capitalThe(), centreFor(), unitAcronym(lexicons), jointPollster(), outletVerb(gazetteer, lexicons),
                kindCalled(lexicons), publishedIn(gazetteer),
                leaderBeforeTerm(gazetteer, lexicons));
    }

    /** Forms of publishing whose "in" names a journal or outlet (name-cue-words.tsv, publish-verb). */
    private static final Set<String> PUBLISH_VERBS = cueWords("publish-verb");

    /** Words of a date between "published" and "in" ("published on Monday in", "published last week in"). */
    private static final Set<String> PUBLISHED_WHEN = Set.of("on", "last", "this", "week", "month", "online",
            "today", "yesterday", "early", "late", "earlier", "later", "the");

    public static final String PUBLISHED_IN = "context:published-in";

    /**
     * "findings published Wednesday in Marine Ecology", "a study published in the Journal of X": what a study is
     * published in is a journal or an outlet, an organisation, not the place the preposition "in" suggests; a
     * date or what is published ("published their findings in") may stand between the verb and "in". A name the gazetteer knows as a place ("published in London")
     * gets nothing.
     */
    public static TypeVoter publishedIn(Gazetteer g) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            int i = c.from() - 1;
            if (i >= 0 && Names.norm(toks.get(i).text()).equals("the")) {
                i--;
            }
            if (i < 1 || !Names.norm(toks.get(i).text()).equals("in")
                    || c.entry() != null && c.entry().type() == EntityType.PLACE
                    || g.lookup(Names.norm(c.text())).stream().anyMatch(e -> e.type() == EntityType.PLACE)) {
                return;
            }
            int j = i - 1;
            for (int skipped = 0; j > 0 && skipped < 4; j--, skipped++) {
                String w = Names.norm(toks.get(j).text());
                Token t = toks.get(j);
                // "published a study in", "published their findings in": what is published, in lower case
                boolean thing = Character.isLowerCase(t.text().charAt(0))
                        && ("NOUN".equals(t.pos()) || "DET".equals(t.pos()) || POSSESSIVES.contains(w));
                if (!PUBLISHED_WHEN.contains(w) && !DATE_WORDS.contains(w) && !isNumber(t) && !thing) {
                    break;
                }
            }
            if (PUBLISH_VERBS.contains(Names.norm(toks.get(j).text()))) {
                b.vote(EntityType.ORGANIZATION, 3.0, null, PUBLISHED_IN);
            }
        };
    }

    /** Heads after a leader's surname naming his term or government (name-cue-words.tsv, leader-term). */
    static final Set<String> LEADER_TERMS = cueWords("leader-term");

    /**
     * "the Bush administration", "the Obama presidency": one plain capitalised word before a leader-term in lower
     * case is the leader's surname, a person (the government itself is no body: HybridMentionFinder#leaderTerm).
     * Not a common word ("the Maritime administration"), a known name ("the Ontario government"), a demonym nor
     * an acronym.
     */
    public static TypeVoter leaderBeforeTerm(Gazetteer g, Lexicons lex) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            if (c.size() != 1 || c.entry() != null || c.to() >= toks.size()) {
                return;
            }
            String next = toks.get(c.to()).text();
            // matched as written: the set is lower case, so "the Bush Administration" (a name of its own) is no cue
            if (LEADER_TERMS.contains(next) && leaderSurname(c.first().text(), g, lex)) {
                b.vote(EntityType.PERSON, 2.0, null, "context:leader-term");
            }
        };
    }

    /** Whether the name's second token is glued to the first by a hyphen ("Asia" "-Pacific"). */
    private static boolean gluedHyphen(NameCandidate c) {
        Token a = c.sentence().tokens().get(c.from());
        Token b = c.sentence().tokens().get(c.from() + 1);
        return b.text().startsWith("-") && b.start() == a.end();
    }

    /** Whether a hyphenated word joins a known place to another word ("Asia-Pacific", "Euro-Mediterranean"). */
    private static boolean placeCompound(String w, Gazetteer g) {
        if (w.indexOf('-') <= 0) {
            return false;
        }
        for (String part : w.split("-")) {
            if (!part.isEmpty() && g.lookup(Names.norm(part)).stream().anyMatch(e -> e.type() == EntityType.PLACE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word can be a leader's surname before "administration": a plain capitalised word, no known one. */
    static boolean leaderSurname(String w, Gazetteer g, Lexicons lex) {
        String n = Names.norm(w);
        return w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !Names.isAcronym(w) && !lex.isCommonWord(n) && lex.head(n) == null && g.lookup(n).isEmpty()
                && lex.demonymCountry(n) == null;
    }

    /** Source of {@link #outletVerb}'s vote: the name interviews, reports or is told something (a body). */
    public static final String OUTLET_VERB = "context:outlet-verb";

    /** Rows of outlet-verbs.tsv: words (lower case) -> weight, by position. */
    private static final Map<String, Double> OUTLET_SUBJECT = new HashMap<>();
    private static final Map<String, Double> OUTLET_OBJECT = new HashMap<>();

    static {
        KnowledgeFiles.read("/org/newskg/lexicon/outlet-verbs.tsv", r -> (r[1].strip().equals("subject")
                ? OUTLET_SUBJECT : OUTLET_OBJECT).put(r[0].strip(), Double.parseDouble(r[2].strip())));
    }

    /**
     * A one-word name the gazetteer does not know, right before an interviewing verb ("Wikinews interviews the
     * mayor", "Dagbladet spoke with her") or right after a verb of telling or one that names the interviewer
     * ("she told Politico", "interviewed by Kommersant"): a news outlet, a site or a company acting as a body.
     * The words are in outlet-verbs.tsv. A known given name ("Maria spoke with", "told Ahmed") and the closed-class
     * words of the lexicons (titles, head words, demonyms) are left out; a surname alone gets its person's votes
     * from the full name, which outweigh this one.
     */
    public static TypeVoter outletVerb(Gazetteer gazetteer, Lexicons lex) {
        return (c, b) -> {
            if (c.entry() != null || c.size() != 1) {
                return;
            }
            String w = c.first().text();
            String key = c.key();
            if (gazetteer.givenName(w) != null || lex.isTitle(key) || lex.head(key) != null || lex.isNonName(key)
                    || lex.demonymCountry(key) != null || lex.isTimeWord(key)) {
                return;
            }
            List<Token> toks = c.sentence().tokens();
            double best = 0;
            for (int n = 2; n >= 1 && best == 0; n--) {
                if (c.to() + n <= toks.size()) {
                    best = OUTLET_SUBJECT.getOrDefault(lowerWords(toks, c.to(), c.to() + n), 0.0);
                }
                if (best == 0 && c.from() - n >= 0) {
                    best = OUTLET_OBJECT.getOrDefault(lowerWords(toks, c.from() - n, c.from()), 0.0);
                }
            }
            if (best > 0) {
                b.vote(EntityType.ORGANIZATION, best, null, OUTLET_VERB);
            }
        };
    }

    /** Words that give a name to a thing said before them ("a website called eHow", "a firm named Solvana"). */
    private static final Set<String> NAMING_WORDS = cueWords("naming-word");

    /**
     * A name after "called" or "named" whose thing is a kind noun of context-words.tsv ("a website I used to run
     * called Fotolog", "a small company named Solvana", "a village called Harlow"): the kind says what the name
     * is, as right before it. The kind is the nearest noun before "called" in the same clause (no punctuation in
     * between); another noun there ("a man called Harlow") gives nothing.
     */
    public static TypeVoter kindCalled(Lexicons lex) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            int k = c.from() - 1;
            if (c.entry() != null || k < 1 || !NAMING_WORDS.contains(toks.get(k).text())) {
                return;
            }
            for (int i = k - 1; i >= 0 && i >= k - 7; i--) {
                Token t = toks.get(i);
                if ("PUNCT".equals(t.pos())) {
                    return;
                }
                if ("NOUN".equals(t.pos())) {
                    String w = Names.norm(t.text());
                    if (lex.isKind(w)) {
                        lex.before(w).forEach(cue -> b.vote(cue.type(),
                                Math.max(cue.weight(), HybridMentionFinder.KIND_SURE), null, KIND));
                    }
                    return;
                }
            }
        };
    }

    /** The tokens from..to joined by spaces, when all are written in lower case; else "". */
    private static String lowerWords(List<Token> toks, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            String t = toks.get(i).text();
            if (t.isEmpty() || !t.equals(t.toLowerCase())) {
                return "";
            }
            s.append(i > from ? " " : "").append(t);
        }
        return s.toString();
    }

    /** Nouns of a poll, after the names of the firms or media that ran it (context-words.tsv rows of group poll). */
    private static final Set<String> POLL_NOUNS = Lexicons.standard().contextGroup("poll");

    /**
     * The first of two pollsters joined by a slash before "poll" or "survey" ("the Newsmax / Zogby poll", "a
     * Harwell / Carver survey") is an organisation as the second is (context-words.tsv gives the second its vote).
     */
    public static TypeVoter jointPollster() {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            int k = c.to();
            if (c.entry() != null || k + 1 >= toks.size() || !toks.get(k).text().equals("/")) {
                return;
            }
            int e = k + 1;
            while (e < toks.size() && toks.get(e).isCapitalized()) {
                e++;
            }
            if (e > k + 1 && e < toks.size() && POLL_NOUNS.contains(toks.get(e).text().toLowerCase())) {
                b.vote(EntityType.ORGANIZATION, 1.5, null, "context:joint-pollster");
            }
        };
    }

    /**
     * A name ending in an acronym right after an organisation's head word ("Air Force ROTC", "Army JAG", "Police
     * Department SWAT") is a unit or programme of that organisation: an organisation, as the head word says, not
     * a place a preposition before it would make it ("in Air Force ROTC"). A place's head before an acronym
     * ("Gulf Coast USA") is not concerned.
     */
    public static TypeVoter unitAcronym(Lexicons lex) {
        return (c, b) -> {
            if (c.entry() != null || c.acronym() || c.words() < 2 || !Names.isAcronym(c.last().text())) {
                return;
            }
            Lexicons.Head h = lex.head(Names.norm(c.sentence().tokens().get(c.to() - 2).text()));
            if (h != null && h.type() == EntityType.ORGANIZATION) {
                b.vote(EntityType.ORGANIZATION, 2.0, h.subclass(), "rule:unit-acronym");
            }
        };
    }

    /** Words before a nickname or a credit ("called him The Birdman", "known as The Voice", "a photo by The Kid"). */
    private static final Set<String> NICKNAMED = cueWords("nickname-before");

    /** Source of a capitalised "The" mid-sentence before a name ({@link #capitalThe()}). */
    public static final String CAPITAL_THE = "context:capital-the";

    /**
     * A name after "The" capitalised mid-sentence ("a column in The Onion", "signed with The Rolling Stones") is
     * the name of a paper, a band or a company that writes the article into its name; a place's "the" is written
     * in lower case ("in the Netherlands"), so a preposition's vote for a place does not hold here. The vote is
     * only cast against such a vote for a place: it makes no name of a title that nothing else speaks for ("she
     * starred in The Shining" stays as it was: a work, guideline E3, may be what it names). Gazetteer
     * places that carry a capital "The" ("The Hague") win on their own votes.
     */
    public static TypeVoter capitalThe() {
        return (c, b) -> {
            if (c.entry() != null || c.from() < 1 || b.score(EntityType.PLACE) <= 0) {
                return; // it only retypes a name a preposition made a place: alone, "The Shining" may be a work
            }
            List<Token> toks = c.sentence().tokens();
            int the = c.first().text().equals("The") && c.size() > 1 ? c.from() : c.from() - 1; // "in The Onion"
            String before = the > 0 ? toks.get(the - 1).text() : "";
            if (!toks.get(the).text().equals("The") || before.isEmpty()
                    || !(Character.isLowerCase(before.charAt(0)) || before.equals(","))) {
                return; // "The" opening a sentence, a quotation or a title-case line is positional
            }
            if (NICKNAMED.contains(before.toLowerCase())) {
                return; // "they called him The Birdman": a nickname; "a photo by The Kid": a credit
            }
            int k = c.to();
            if (k + 1 < toks.size() && (toks.get(k).text().equals("and") || toks.get(k).text().equals("&"))
                    && Names.isCapitalized(toks.get(k + 1).text())) {
                return; // "The Globe and Mail": the "The" opens a longer name cut at "and"
            }
            b.vote(EntityType.ORGANIZATION, 1.5, null, CAPITAL_THE);
        };
    }

    /** First words of a body named after its purpose ("Centre for Social Research"). */
    private static final Set<String> PURPOSE_CENTRES = cueWords("purpose-head", "purpose-head-plural");

    /**
     * A name opened by "Centre for" or "Center for" and a capitalised word ("Centre for Marine Ecology", "Centers
     * for Disease Control") is a research or public body, an organisation; "the Kennedy Center" or "Westfield
     * Centre" (a venue or a mall, opened by its own name) is not concerned.
     */
    public static TypeVoter centreFor() {
        return (c, b) -> {
            if (c.entry() != null || c.size() < 3) {
                return;
            }
            List<Token> toks = c.sentence().tokens();
            if (PURPOSE_CENTRES.contains(Names.norm(c.first().text()))
                    && toks.get(c.from() + 1).text().equals("for")
                    && Names.isCapitalized(toks.get(c.from() + 2).text())) {
                b.vote(EntityType.ORGANIZATION, 2.0, null, "rule:centre-for");
            }
        };
    }

    /** Source of a town's name (towns.tsv) alone: {@link HybridMentionFinder} counts it once per name. */
    public static final String TOWN = "rule:town";

    /**
     * A name that is a town's (GeoNames, towns.tsv) is a place, weakly (half a vote, once per name: enough to type a
     * name nothing else speaks for, not to outvote the model's reading of the sentence, "sold Opel to Magna, a parts
     * company"): a town's name is often a surname, a firm or a word too, so only a name written as a proper noun,
     * with no title or "the" before it, not written in lower case in the sentence, with no person or organisation
     * evidence of the voters asked before and no apposition after it ("Tarbes", "McMinnville"; not "Reading" the
     * verb, "Nice" the adjective, "Mr Bath", "Magna, a parts maker"). Followed by a comma and the country or US
     * state (UK nation) the list puts the town in ("McMinnville, Oregon", "Tarbes, France"), it is a place whatever
     * else votes: the text and the list agree.
     */
    public static TypeVoter town(Gazetteer g) {
        return (c, b) -> {
            if (c.entry() != null || c.acronym() || c.uncertain() || c.titleBefore()) {
                return;
            }
            List<Gazetteer.Town> towns = g.towns(Names.norm(c.text()));
            if (towns.isEmpty()) {
                return;
            }
            List<Token> toks = c.sentence().tokens();
            if (c.from() > 0 && toks.get(c.from() - 1).text().equalsIgnoreCase("the")) {
                return; // "the Victorias", "the Azna": a team, a people or a river; a town takes no article
            }
            for (int i = c.from(); i < c.to(); i++) {
                String w = toks.get(i).text();
                if (!toks.get(i).isProperNoun() && Character.isLetter(w.charAt(0))) {
                    return; // "Nice weather", "Reading is fun": the tagger reads a word
                }
                String lower = w.toLowerCase();
                for (Token t : toks) {
                    if (t.text().equals(lower) && !lower.equals(w)) {
                        return; // "... Mobile ... mobile phones": a word capitalised here
                    }
                }
            }
            if (townInRegion(g, c, towns)) {
                b.vote(EntityType.PLACE, 2.0, "City", "context:town-in-region");
                return;
            }
            if (b.score(EntityType.PERSON) - b.weight(EntityType.PERSON, SHAPE) > 0
                    || b.score(EntityType.ORGANIZATION) - b.weight(EntityType.ORGANIZATION, SHAPE)
                    - b.weight(EntityType.ORGANIZATION, "rule:common-words") > 0) {
                return;
            }
            int k = c.to();
            if (k + 2 < toks.size() && toks.get(k).text().equals(",")
                    && INDEFINITE_OR_DEFINITE.contains(toks.get(k + 1).text().toLowerCase())) {
                return; // "Magna, a Canadian parts maker": the apposition says what it is, not the list
            }
            b.vote(EntityType.PLACE, 0.5, "City", TOWN);
        };
    }

    /** Whether a comma and the country or region the list puts one of the towns in follow the name. */
    private static boolean townInRegion(Gazetteer g, NameCandidate c, List<Gazetteer.Town> towns) {
        List<Token> toks = c.sentence().tokens();
        int k = c.to();
        if (k + 1 >= toks.size() || !toks.get(k).text().equals(",")) {
            return false;
        }
        StringBuilder spaced = new StringBuilder();
        StringBuilder joined = new StringBuilder();
        for (int j = k + 1; j < Math.min(toks.size(), k + 4); j++) {
            String w = toks.get(j).text();
            if (j > k + 1) {
                spaced.append(' ');
            }
            spaced.append(w);
            joined.append(w); // "Ore" "." of "Ore.": the abbreviation the tokenizer cut
            for (String form : List.of(Names.norm(spaced.toString()), Names.norm(joined.toString()))) {
                List<Gazetteer.Entry> es = new ArrayList<>(g.lookup(form));
                Gazetteer.Entry after = g.regionAfterTown(form);
                if (after != null) {
                    es.add(after);
                }
                for (Gazetteer.Entry e : es) {
                    if (e.type() != EntityType.PLACE) {
                        continue;
                    }
                    for (Gazetteer.Town t : towns) {
                        if (t.region().equals(e.name()) || g.forms(e).stream()
                                .anyMatch(f -> Names.norm(f).equals(Names.norm(t.country())))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** A whole-name gazetteer hit: strong evidence of its type and subclass. */
    public static TypeVoter gazetteer() {
        return (c, b) -> {
            if (c.entry() != null) {
                b.vote(c.entry().type(), 3.0, c.entry().subclass(), "gazetteer:" + c.entry().source());
            }
        };
    }

    /**
     * The head word is an organization or place head word ("Army", "Province"): the last word, or the word
     * before a connector ("Ministry" of "Ministry of Defence"). Names joined by "&" are firms ("Procter & Gamble").
     */
    public static TypeVoter headWord(Lexicons lex) {
        return (c, b) -> {
            int last = c.to() - 1;
            // "Qayyarah Airfield West", "Mobile Unit Two": a direction or number after the head word
            while (last > c.from() && lex.head(norm(c, last)) == null
                    && (lex.isNonName(norm(c, last)) || isNumber(c.sentence().tokens().get(last)))) {
                last--;
            }
            Token head = c.sentence().tokens().get(last);
            for (int i = c.from() + 1; i < c.to() - 1; i++) {
                Token t = c.sentence().tokens().get(i);
                // "Combined Joint Task Force - Operation Inherent Resolve": the unit before the dash is the head
                if (lex.isOrgConnector(Names.norm(t.text())) || DASHES.contains(t.text())
                        && t.start() > c.sentence().tokens().get(i - 1).end()) {
                    head = c.sentence().tokens().get(i - 1);
                    break;
                }
            }
            Lexicons.Head h = lex.head(Names.norm(head.text()));
            if (head.index() > c.from()) {
                // a two-word head ("Convention Center"): the venue, where "Center" alone says nothing
                Lexicons.Head two = lex.head(pair(c.sentence().tokens(), head.index() - 1));
                h = two != null ? two : h;
            }
            for (int i = c.from() + 1; i < c.to() - 1; i++) {
                String w = c.sentence().tokens().get(i).text();
                if (c.entry() == null && (w.equals("&") || w.equals("&amp;"))) {
                    b.vote(EntityType.ORGANIZATION, 2.0, null, "rule:ampersand"); // "Procter & Gamble": no person
                    return;
                }
            }
            if (h != null && c.entry() == null && !c.acronym()) {
                b.vote(h.type(), c.size() > 1 ? 2.0 : 1.0, h.subclass(), "rule:head-word");
            }
        };
    }

    /**
     * A name starting with a place word ("Mount Sinjar", "Fort Campbell", "Lake Chad", "Tel Tamer":
     * place-prefixes.txt) is a place, as a head word says, unless it ends in a head word of its own ("Mount Sinai
     * Hospital").
     */
    public static TypeVoter placePrefix(Lexicons lex) {
        return (c, b) -> {
            if (c.entry() != null || c.acronym() || c.words() < 2 || !lex.isPlacePrefix(Names.norm(c.first().text()))
                    || lex.head(Names.norm(c.last().text())) != null) {
                return;
            }
            b.vote(EntityType.PLACE, 2.0, null, "rule:place-prefix");
        };
    }

    /**
     * A name starting with an organisation's head word in a language that puts the head first ("Partido Popular",
     * "Banco Santander", "Instituto Gonzaga": organization-prefixes.txt) is an organisation, unless it ends in a
     * head word of another type ("Universidad de Chile Stadium").
     */
    public static TypeVoter organizationPrefix(Lexicons lex) {
        return (c, b) -> {
            if (c.entry() != null || c.acronym() || c.words() < 2
                    || !lex.isOrganizationPrefix(Names.norm(c.first().text()))) {
                return;
            }
            Lexicons.Head h = lex.head(Names.norm(c.last().text()));
            if (h != null && h.type() != EntityType.ORGANIZATION) {
                return;
            }
            b.vote(EntityType.ORGANIZATION, 2.0, null, "rule:organization-prefix");
        };
    }

    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "--");

    private static String norm(NameCandidate c, int i) {
        return Names.norm(c.sentence().tokens().get(i).text());
    }

    /** The normalised words at {@code i} and {@code i + 1}, the key of a two-word lexicon entry. */
    private static String pair(List<Token> toks, int i) {
        return Names.norm(toks.get(i).text()) + " " + Names.norm(toks.get(i + 1).text());
    }

    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    static boolean isNumber(Token t) {
        return "NUM".equals(t.pos()) || t.text().chars().allMatch(Character::isDigit) || isNumberWord(t.text());
    }

    /** A numeral word from one to twelve, in any case. */
    static boolean isNumberWord(String w) {
        return NUMBER_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }

    /** A person title or role right before the name. */
    public static TypeVoter title() {
        return (c, b) -> {
            if (c.titleBefore()) {
                b.vote(EntityType.PERSON, 3.0, null, "context:title");
            } else if (c.entry() != null && c.from() > 0
                    && SURNAME_HONORIFICS.contains(Names.norm(c.sentence().tokens().get(c.from() - 1).text()))) {
                // "Mr. London", "Mrs Chester": a known place after "Mr" is a person's surname, and outweighs it
                b.vote(EntityType.PERSON, 4.0, null, "context:title");
            }
        };
    }

    /**
     * "its co-founder and chief executive, Priya Raman.", "the team's coach, Jun-ho Park, said": a lower-case
     * person title, a comma, then two or three plain capitalised words that close the clause name the post's
     * holder, also when the gazetteer lacks the given name (interviews introduce their guest this way). Not a
     * known name, an acronym or words holding a head word ("its director, Acme Media"), and not after a word that
     * is no title ("its sponsor, Kestrel Energy").
     */
    public static TypeVoter titleApposition(Lexicons lex) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            if (c.entry() != null || c.acronym() || c.size() < 2 || c.size() > 3 || c.from() < 2
                    || !toks.get(c.from() - 1).text().equals(",")) {
                return;
            }
            int t = c.from() - 2;
            String word = toks.get(t).text();
            String w = Names.norm(word);
            boolean title = lex.isTitle(w) || t > 0 && lex.isTitle(Names.norm(toks.get(t - 1).text()) + " " + w);
            if (!title || !Character.isLowerCase(word.charAt(0))) {
                return;
            }
            if (c.to() < toks.size() && !CLAUSE_ENDS.contains(toks.get(c.to()).text())) {
                return;
            }
            for (int i = c.from(); i < c.to(); i++) {
                String x = toks.get(i).text();
                if (!Character.isUpperCase(x.charAt(0)) || Names.isAcronym(x) || lex.head(Names.norm(x)) != null
                        || !x.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-' || ch == '\'')) {
                    return;
                }
            }
            b.vote(EntityType.PERSON, 3.0, null, "context:title-apposition");
        };
    }

    /** Tokens that close an apposition after a name ("its director, Ana Ruiz, said"; "... Ana Ruiz."). */
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ",", ";", "?", "!", "and");

    /** Honorifics only a person's surname follows ("Dr" is left out: "DR Congo"). */
    private static final Set<String> SURNAME_HONORIFICS = Set.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.");

    /**
     * Context words (context-words.tsv): the word before ("in", "near"; a "the" in between is skipped; a
     * two-word cue "stake in" replaces the cue of its last word), the word after ("said", "who"; one adverb or a
     * possessive in between is skipped), a role in an organization after the name or before "of", "for" or
     * "at" and the name ("Acme chief executive", "spokesman for Acme"), and the head noun of an apposition ("X, a
     * town ...", "X, a Canadian parts maker"; a person title as that head: "X, the Japanese minister").
     */
    public static TypeVoter context(Lexicons lex) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            int i = c.from() - 1;
            if (i >= 0 && "DET".equals(toks.get(i).pos()) && Names.norm(toks.get(i).text()).equals("the")) {
                i--;
            }
            if (i >= 0) {
                String w = Names.norm(toks.get(i).text());
                List<Lexicons.Cue> two = i > 0 ? lex.before(pair(toks, i - 1)) : List.of();
                // a noun before the name says what it is ("carmaker Acme", "parts giant Acme"): a kind
                String source = two.isEmpty() && lex.isKind(w) ? KIND : "context:word";
                // "the World Health Organization Maria Lopez", "Acme Group chief Tom Berg": a capitalised kind word
                // inside a sentence ends another name; it says nothing of the name after it
                boolean kindOfOtherName = source == KIND && i > 0 && toks.get(i).isCapitalized();
                Lexicons.Head head = lex.head(Names.norm(c.last().text()));
                // "in Anna Lind's film", "from the minister's office": a name followed by "'s" is the possessor of
                // the noun the preposition governs, so the preposition's place cue says nothing of the name
                boolean possessor = two.isEmpty() && "ADP".equals(toks.get(i).pos()) && c.to() + 1 < toks.size()
                        && isPossessive(toks.get(c.to()).text()) && c.end() == toks.get(c.to() - 1).end()
                        && Character.isLowerCase(toks.get(c.to() + 1).text().charAt(0));
                for (Lexicons.Cue cue : two.isEmpty() ? lex.before(w) : two) {
                    if (possessor && cue.type() == EntityType.PLACE || kindOfOtherName) {
                        continue;
                    }
                    b.vote(cue.type(), cue.weight(), null, source);
                    // "the rock band Silver Harbour", "the charity Blue Mountain": a kind said right before the
                    // name outweighs a head word of another type, which is only a word of the name
                    if (source == KIND && head != null && head.type() != cue.type()) {
                        b.vote(cue.type(), KIND_OVER_HEAD, null, source);
                    }
                }
                // "vice president for Macintosh engineering": a name that modifies a noun after it is not where
                // the role is held
                if (i > 0 && (ROLE_LINKS.contains(w) || w.equals("from")) && !modifier(toks, c.to())) {
                    // "the vice president of Acme": a two-word role replaces the cue of its last word
                    List<Lexicons.Cue> roles = i > 1 ? lex.role(pair(toks, i - 2)) : List.of();
                    // "analysts at Acme": a role held "at" a name names an employer, never a person; a sure role
                    // (weight 1 or more: not "engineers", who work at sites too) counts double
                    // "a strategist for Acme", "an economist from Acme": a sure role (a job in a firm) held "for"
                    // a name names an employer too, as no one is a person's analyst or economist; "from" counts
                    // only for a sure role ("a man from Acme" says nothing)
                    for (Lexicons.Cue cue : roles.isEmpty() ? lex.role(Names.norm(toks.get(i - 1).text())) : roles) {
                        boolean sure = cue.weight() >= 1.0;
                        if (w.equals("from") && !sure) {
                            continue;
                        }
                        double at = (w.equals("at") || w.equals("for")) && sure ? 2 : 1;
                        b.vote(cue.type(), at * cue.weight(), null, "context:role");
                    }
                }
            }
            listCues(toks, c, lex).forEach(cue -> b.vote(cue.type(), cue.weight(), null, "context:list"));
            // "the attacks in Qamenas, Sarmin and Talamenes": the word before a list of names is before each
            listPlaceCue(toks, c, lex).forEach(cue -> b.vote(cue.type(), cue.weight(), null, "context:list-word"));
            // "the Belgorod and Kursk regions", "Hyundai and Kia shares": the word after a list is after each
            listAfterCue(toks, c, lex).forEach(cue -> b.vote(cue.type(), cue.weight(), null, "context:list"));
            // "Navy Capt. Jeff Davis", "Acme Group Chairman ...": a body right before a title or rank is where its
            // holder serves
            Lexicons.Head own = lex.head(Names.norm(c.last().text()));
            if (own != null && own.type() == EntityType.ORGANIZATION && !c.acronym() && titleAt(toks, c.to(), lex)) {
                b.vote(EntityType.ORGANIZATION, 1.5, null, "context:role");
            }
            // "Acme fell 9.7%", "Acme, which rose 3 percent": a company's shares move; a name after a
            // preposition other than "with" ("sales in Acme rose 5%") is not the subject
            if (c.from() == 0 || !"ADP".equals(toks.get(c.from() - 1).pos())
                    || Names.norm(toks.get(c.from() - 1).text()).equals("with")) { // "with Acme falling 9%"
                if (stockMove(toks, c.to())) {
                    b.vote(EntityType.ORGANIZATION, 1.5, null, "context:stock");
                }
            }
            // a name in commas after a noun it renames: "the Irish low-cost airline, Ryanair, said"
            int f = c.from();
            if (f >= 2 && toks.get(f - 1).text().equals(",") && "NOUN".equals(toks.get(f - 2).pos())
                    && c.to() < toks.size() && toks.get(c.to()).text().equals(",")) {
                lex.apposition(Names.norm(toks.get(f - 2).text()))
                        .forEach(cue -> b.vote(cue.type(), cue.weight(), null, "context:apposition"));
            }
            int j = c.to();
            if (c.end() < toks.get(c.to() - 1).end()) {
                return; // "UN-backed": the word after belongs to the hyphenated compound
            }
            if (j + 1 < toks.size() && ("ADV".equals(toks.get(j).pos()) || isPossessive(toks.get(j).text()))) {
                j++;
                String next = Names.norm(toks.get(j).text());
                if (isPossessive(toks.get(j - 1).text()) && j + 1 < toks.size()
                        && Character.isLowerCase(toks.get(j).text().charAt(0))
                        && lex.after(next).isEmpty() && lex.role(next).isEmpty()
                        && !lex.after(Names.norm(toks.get(j + 1).text())).isEmpty()) {
                    j++; // "Assad's brutal regime": one word between the possessive and the cue
                }
            }
            if (j < toks.size()) {
                String w = Names.norm(toks.get(j).text());
                for (Lexicons.Cue cue : lex.after(w)) {
                    b.vote(cue.type(), cue.weight(), null, "context:word");
                }
                // "Acme economist Jane Doe": a role between two names is held in the first by the second, so the
                // first names no person; the cue counts double
                // a two-word role replaces the cue of its first word ("Acme's chief executive", not "chief")
                List<Lexicons.Cue> roles = j + 1 < toks.size()
                        ? lex.role(pair(toks, j)) : List.of();
                int holder = roles.isEmpty() ? j + 1 : j + 2;
                boolean holderAfter = holder < toks.size() && toks.get(holder).isCapitalized();
                boolean possessed = j > c.to() && isPossessive(toks.get(c.to()).text());
                for (Lexicons.Cue cue : roles.isEmpty() ? lex.role(w) : roles) {
                    if (possessed && roles.isEmpty() && PERSONAL_ROLES.contains(w)) {
                        continue; // "the singer's manager", "Serena Vance's coach": persons have them too
                    }
                    b.vote(cue.type(), holderAfter ? 2 * cue.weight() : cue.weight(), null, "context:role");
                }
                // "Adam Air" of "Adam Air Flight 574": what names a flight is an airline
                EntityType kept = c.to() < toks.size() ? lex.modifierType(Names.norm(toks.get(c.to()).text())) : null;
                if (kept != null) {
                    b.vote(kept, 3.0, null, "context:non-entity-head");
                }
            }
            // "its Dayton headquarters", "the senator's Ohio home": a name between a possessive and a site noun
            // (lower case: "its Microsoft Office suite" is no site) is where the owner's site is, not the owner
            // (the possessive names the owner); a plant or factory is left out, as products name them too
            if (c.from() > 0 && c.to() < toks.size() && SITE_NOUNS.contains(toks.get(c.to()).text())
                    && (POSSESSIVE_PRONOUNS.contains(Names.norm(toks.get(c.from() - 1).text()))
                    || isPossessive(toks.get(c.from() - 1).text()))) {
                b.vote(EntityType.PLACE, 2.0, null, "context:site");
            }
            // apposition: ", a town ...", ", the capital", ", a former ..."
            int k = c.to();
            if (k + 1 < toks.size() && toks.get(k).text().equals(",")) {
                // ", who ..."
                lex.apposition(Names.norm(toks.get(k + 1).text()))
                        .forEach(cue -> b.vote(cue.type(), cue.weight(), null, "context:apposition"));
            }
            if (k + 1 < toks.size() && toks.get(k).text().equals(",") && "DET".equals(toks.get(k + 1).pos())) {
                appositionHead(toks, k + 2, lex, b);
            }
            // ", Hagan's former spokeswoman", ", Acme's chief executive": an apposition opened by a named possessor
            // has its head after the possessive, as after "the city's"
            if (k + 1 < toks.size() && toks.get(k).text().equals(",") && toks.get(k + 1).isCapitalized()) {
                int e = k + 1;
                while (e < toks.size() && e - k <= 4 && "PROPN".equals(toks.get(e).pos())) {
                    e++;
                }
                if (e > k + 1 && e + 1 < toks.size() && isPossessive(toks.get(e).text())) {
                    appositionHead(toks, e + 1, lex, b);
                }
            }
            // what the name is, said with "is" or "was" ("Brackwell is a small town in Kent", "X was a rock band"):
            // the noun phrase after the copula says it as an apposition does; only for a name that starts its
            // clause ("Renault Samsung Motors of Korea is the likeliest candidate": Korea is not the subject)
            if (k + 2 < toks.size() && COPULAS.contains(Names.norm(toks.get(k).text()))
                    && (c.from() == 0 || CLAUSE_OPENERS.contains(toks.get(c.from() - 1).pos()))
                    && INDEFINITE_OR_DEFINITE.contains(Names.norm(toks.get(k + 1).text()))) {
                int e = k + 2;
                while (e < toks.size() && NOUN_PHRASE.contains(toks.get(e).pos())) {
                    e++;
                }
                if (e >= toks.size() || !isPossessive(toks.get(e).text())) {
                    appositionHead(toks, k + 2, lex, b); // not "X was the team's best player": a possessor
                }
            }
        };
    }

    private static final Set<String> LIST_LINKS = Set.of(",", "and", "or");

    private static final Set<String> COPULAS = Set.of("is", "was", "remains", "became");
    private static final Set<String> INDEFINITE_OR_DEFINITE = Set.of("a", "an", "the");
    /** Tags of the word before a name that starts a clause (", Brackwell is", "and Brackwell is", "that X is"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("PUNCT", "CCONJ", "SCONJ");

    /** Arabic articles written before a place's name ("Al-Tanf", "El Fasher"). */
    private static final Set<String> ARTICLES = Set.of("al", "el");

    /** Nouns of an owner's site, after its place's name ("its Dayton headquarters"). */
    private static final Set<String> SITE_NOUNS = cueWords("site-noun");

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");

    /** Capitalised words that may follow a place without being part of its name ("Palmyra, Syria Tuesday"). */
    private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Verbs (lemmas) that say how much a company's shares moved. */
    private static final Set<String> MOVES = cueWords("share-move");

    /**
     * A share-price move after a name: a verb of MOVES, then within five words a percentage ("fell 13.8%",
     * "falling by 9.7%", "rose 3 percent"); after ", which" only when a share is named ("which fell 13.8% to
     * $2.51 a share"), as sales of a product move too ("the Fusion and Taurus, which rose 93%").
     */
    static boolean stockMove(List<Token> toks, int j) {
        boolean which = j + 1 < toks.size() && toks.get(j).text().equals(",")
                && Names.norm(toks.get(j + 1).text()).equals("which");
        if (which) {
            j += 2;
            // ", which rose 93%" also says how a product's sales moved: a share price must be named
            boolean share = false;
            for (int k = j; k < toks.size() && k <= j + 10; k++) {
                share |= Names.norm(toks.get(k).text()).startsWith("share");
            }
            if (!share) {
                return false;
            }
        }
        if (j >= toks.size() || !"VERB".equals(toks.get(j).pos())
                || !MOVES.contains(lemma(toks.get(j)))) {
            return false;
        }
        for (int k = j + 1; k < toks.size() && k <= j + 5; k++) {
            String w = toks.get(k).text();
            if (w.equals("%") || w.endsWith("%") || w.equalsIgnoreCase("percent") || w.equalsIgnoreCase("pct")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title or rank of titles.txt starts at token j ("Capt.", "Chief Executive"). */
    private static boolean titleAt(List<Token> toks, int j, Lexicons lex) {
        StringBuilder key = new StringBuilder();
        for (int k = j; k < toks.size() && k < j + 4; k++) {
            key.append(k > j ? " " : "").append(Names.norm(toks.get(k).text()));
            if (lex.isTitle(key.toString())) {
                return true;
            }
            if (!lex.isTitlePrefix(key.toString())) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a list goes on after a member ending before token {@code k}: capitalised members set off by commas,
     * then "and"/"or" (after an optional comma) and one more capitalised member.
     */
    private static boolean listClosesAfter(List<Token> toks, int k) {
        while (k + 1 < toks.size() && toks.get(k).text().equals(",") && toks.get(k + 1).isCapitalized()) {
            k++;
            while (k < toks.size() && toks.get(k).isCapitalized()) {
                k++;
            }
        }
        if (k + 1 < toks.size() && toks.get(k).text().equals(",")) {
            k++; // ", and"
        }
        return k + 1 < toks.size() && (toks.get(k).text().equals("and") || toks.get(k).text().equals("or"))
                && toks.get(k + 1).isCapitalized();
    }

    /**
     * The place cue of the word before a list of capitalised names ("in Qamenas, Sarmin and Talamenes", "near
     * Hama or Homs"), for a member other than the first (which has the cue itself). The list must close with
     * "and"/"or" before its last member; only place cues are passed on ("in", "near": a list of places is a list
     * of places, while "at" or "to" lead to anything).
     */
    static List<Lexicons.Cue> listPlaceCue(List<Token> toks, NameCandidate c, Lexicons lex) {
        int i = c.from() - 1;
        if (i < 1 || !LIST_LINKS.contains(toks.get(i).text())) {
            return List.of();
        }
        boolean closed = !toks.get(i).text().equals(",");
        if (!closed) {
            closed = listClosesAfter(toks, c.to());   // "Qamenas, Sarmin and Talamenes"
        }
        while (i >= 1 && LIST_LINKS.contains(toks.get(i).text())) {
            int j = i - 1;
            if (LIST_LINKS.contains(toks.get(j).text()) && j >= 1) {
                j--; // ", and"
            }
            int end = j;
            while (j >= 0 && toks.get(j).isCapitalized()) {
                j--;
            }
            if (j == end) {
                return List.of();
            }
            i = j;
        }
        if (!closed || i < 0) {
            return List.of();
        }
        String w = Names.norm(toks.get(i).text());
        List<Lexicons.Cue> out = new ArrayList<>();
        // a two-word cue says what the whole list is ("shares of Acme and Foo", "officials at Acme and Foo")
        List<Lexicons.Cue> two = i > 0 ? lex.before(pair(toks, i - 1)) : List.of();
        for (Lexicons.Cue cue : two.isEmpty() ? lex.before(w) : two) {
            if ((cue.type() == EntityType.PLACE || !two.isEmpty()) && cue.weight() >= 1.0) {
                out.add(cue);
            }
        }
        // "analysts at Acme and Foo", "spokesmen for Acme and Foo": a role is held in each member
        if (two.isEmpty() && i > 0 && ROLE_LINKS.contains(w)) {
            for (Lexicons.Cue cue : lex.role(Names.norm(toks.get(i - 1).text()))) {
                if (cue.type() == EntityType.ORGANIZATION && cue.weight() >= 1.0) {
                    out.add(w.equals("at") ? new Lexicons.Cue(cue.type(), 2 * cue.weight()) : cue);
                }
            }
        }
        return out;
    }

    /**
     * The cue of the word after a list of capitalised names for a member other than the last (which has the cue
     * itself): "the Belgorod and Kursk regions", "Acme and Foo shares". The list closes with "and"/"or" before its
     * last member; only organization and place cues of weight 1 or more are passed on (a verb after a list,
     * "said", says less of each member), as what the text says the members are ({@code context:list}).
     */
    static List<Lexicons.Cue> listAfterCue(List<Token> toks, NameCandidate c, Lexicons lex) {
        int k = c.to();
        if (k >= toks.size() || !LIST_LINKS.contains(toks.get(k).text()) || c.end() < toks.get(k - 1).end()) {
            return List.of();
        }
        k = listEnd(toks, k, Token::isCapitalized);
        if (k < 0 || k >= toks.size()) {
            return List.of();
        }
        // a plural noun after a list says what each member is ("regions", "plants"): a kind the model yields to
        String after = Names.norm(toks.get(k).text());
        boolean plural = "NOUN".equals(toks.get(k).pos()) && after.endsWith("s");
        List<Lexicons.Cue> out = new ArrayList<>();
        for (Lexicons.Cue cue : lex.after(after)) {
            if (cue.type() != EntityType.PERSON && cue.weight() >= 1.0) {
                out.add(plural ? new Lexicons.Cue(cue.type(), Math.max(cue.weight(), 1.5)) : cue);
            }
        }
        return out;
    }

    /**
     * A kind word before a list types every member: "the carmakers Toyota, Nissan and Honda", "companies such
     * as Toyota, Nissan and Honda", "banks, including Acme and Foo". The list must close with "and" or "or"
     * after the name or before its last member, so that a comma alone ("the company Acme, Smith said") is no
     * list. The first member right after the kind noun already has its "before" cue: it gets no second vote.
     */
    static List<Lexicons.Cue> listCues(List<Token> toks, NameCandidate c, Lexicons lex) {
        int i = c.from() - 1;
        boolean closed = i >= 0 && !toks.get(i).text().equals(",") && LIST_LINKS.contains(toks.get(i).text());
        int members = 0;
        while (i >= 1 && LIST_LINKS.contains(toks.get(i).text())) {
            int j = i - 1;
            if (j >= 0 && LIST_LINKS.contains(toks.get(j).text()) && !toks.get(j).text().equals(toks.get(i).text())) {
                j--; // ", and"
            }
            int end = j;
            while (j >= 0 && toks.get(j).isCapitalized()) {
                j--;
            }
            if (j == end) {
                break; // no capitalised member before the link
            }
            members++;
            i = j;
        }
        if (!closed) {
            closed = listClosesAfter(toks, c.to());   // "Toyota, Nissan and Honda"
        }
        String w = i >= 0 ? Names.norm(toks.get(i).text()) : "";
        // "carriers such as Verizon", "banks including Acme": the kind is said outright, one member is enough
        boolean example = i == c.from() - 1 && (w.equals("including")
                || w.equals("as") && i >= 1 && Names.norm(toks.get(i - 1).text()).equals("such"));
        if (i < 0 || !closed && members == 0 && !example) {
            return List.of();
        }
        int kind;
        if (w.equals("as") && i >= 2 && Names.norm(toks.get(i - 1).text()).equals("such")) {
            kind = i - 2; // "companies such as"
        } else if (w.equals("including") || w.equals("like")) {
            kind = i - 1; // "banks including", "banks like"
        } else if (closed && (members > 0 || lex.before(w).isEmpty())) {
            kind = i; // "the carmakers Toyota, Nissan and Honda" (the first has no cue of its own)
        } else {
            return List.of();
        }
        if (kind >= 1 && toks.get(kind).text().equals(",")) {
            kind--; // "companies, such as"
        }
        if (kind < 0 || !"NOUN".equals(toks.get(kind).pos())) {
            return List.of();
        }
        Token t = toks.get(kind);
        // a plural kind before a closed list says what each member is ("rivals Acme and Foo"): a kind the model
        // yields to, as after a list ("the Acme and Foo plants")
        boolean plural = closed && !Names.norm(t.text()).equals(Names.norm(t.lemma() == null ? "" : t.lemma()))
                && Names.norm(t.text()).endsWith("s");
        for (String form : List.of(Names.norm(t.text()), Names.norm(t.lemma() == null ? "" : t.lemma()))) {
            List<Lexicons.Cue> cues = lex.apposition(form);
            if (cues.isEmpty()) {
                cues = lex.before(form);
            }
            if (!cues.isEmpty()) {
                return plural ? cues.stream().map(cue -> cue.type() != EntityType.PERSON && cue.weight() >= 1.0
                        ? new Lexicons.Cue(cue.type(), Math.max(cue.weight(), 1.5)) : cue).toList() : cues;
            }
        }
        return List.of();
    }

    /** Words between a role and the organization it is held in: "spokesman for", "president of". */
    private static final Set<String> ROLE_LINKS = Set.of("of", "for", "at");
    /** Roles of a club that persons hold over persons too ("the singer's manager"): no vote after a possessive. */
    private static final Set<String> PERSONAL_ROLES = cueWords("personal-role");
    /**
     * What a kind before the name adds when the name's head word says another type: above a head word's 2 by
     * as much as the model's halved vote can add (it reads the same head word: "the airline Blue River").
     */
    private static final double KIND_OVER_HEAD = 1.5;
    private static final Set<String> NOUN_PHRASE = Set.of("ADJ", "NOUN", "PROPN", "ADV");

    /** Participles that start a modifier after an apposition's noun ("X, a charity based in Leeds, gave"). */
    private static final Set<String> REDUCED_RELATIVES = cueWords("reduced-relative");

    private static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'");
    }

    /**
     * The head of an apposition's noun phrase is its last noun ("a Canadian automobile parts maker"); its cues
     * vote, or, if it is a person title ("the Japanese minister"), it votes for a person; else the first noun
     * with cues does ("a town 50 km south"). A phrase followed by a verb is a clause's subject: no vote.
     */
    /** Directions that follow a place noun in an apposition (", a town south of Tripoli"): no compound. */

    private static void appositionHead(List<Token> toks, int from, Lexicons lex, Ballot b) {
        int end = from;
        // "the Denver-based drone maker", "a state-run broadcaster": a participle after a hyphen is a modifier
        while (end < toks.size() && end - from < 8 && (NOUN_PHRASE.contains(toks.get(end).pos())
                || toks.get(end).text().equals("-")
                || end > from && toks.get(end - 1).text().equals("-") && "VERB".equals(toks.get(end).pos()))) {
            end++;
        }
        if (end < toks.size() && ("VERB".equals(toks.get(end).pos()) || "AUX".equals(toks.get(end).pos()))
                && !REDUCED_RELATIVES.contains(Names.norm(toks.get(end).text()))) {
            return; // ", a Romanian official said": the subject of a new clause, not an apposition
        }
        if (end > from && end + 1 < toks.size() && isPossessive(toks.get(end).text())) {
            // ", the city's home minister", ", the company's largest plant": the noun before "'s" is the
            // possessor; the head of the apposition comes after it
            appositionHead(toks, end + 1, lex, b);
            return;
        }
        for (int m = end - 1; m >= from; m--) {
            Token t = toks.get(m);
            if (!"NOUN".equals(t.pos())) {
                continue;
            }
            String w = Names.norm(t.text());
            List<Lexicons.Cue> cues = lex.apposition(w);
            if (!cues.isEmpty()) {
                cues.forEach(cue -> b.vote(cue.type(), cue.weight(), null, "context:apposition"));
                return;
            }
            if (lex.isTitle(w)) {
                b.vote(EntityType.PERSON, 1.5, null, "context:apposition");
                return;
            }
            break;
        }
        for (int m = from; m < Math.min(toks.size(), from + 3); m++) {
            Token t = toks.get(m);
            if ("NOUN".equals(t.pos()) && m + 1 < end && "NOUN".equals(toks.get(m + 1).pos())
                    && !isCompassPoint(toks.get(m + 1).text())) { // not ", a town south of X"
                break; // ", a town planner", ", a city official": a noun before the head noun only modifies it
            }
            List<Lexicons.Cue> cues = lex.apposition(Names.norm(t.text()));
            cues.forEach(cue -> b.vote(cue.type(), cue.weight(), null, "context:apposition"));
            if ("NOUN".equals(t.pos()) || !cues.isEmpty()) {
                break;
            }
        }
    }

    /** An "&" inside the name, between its first and last words: how firms join their founders' names. */
    private static boolean joinedByAmpersand(NameCandidate c) {
        for (int i = c.from() + 1; i < c.to() - 1; i++) {
            String w = c.sentence().tokens().get(i).text();
            if (w.equals("&") || w.equals("&amp;")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A first word that is a known given name: evidence of a person, stronger the more people bear it.
     * A given name starting a longer name votes person, unless the name ends in a head word: the head word at
     * the end says more than a given name at the start ("Douglas Aircraft", "George Washington University",
     * "Charles Street"). A head word that is also a common surname ("Robert Plant", "John Bank": head-words.tsv,
     * kind surname) after a given name alone cancels the head word's vote instead.
     */
    public static TypeVoter givenName(Gazetteer g, Lexicons lex) {
        return (c, b) -> {
            if (c.acronym()) {
                return;
            }
            if (c.entry() != null && c.size() == 1) {
                // "his children Elizabeth and Susan", "my daughter Paris": after a possessive and a relative, a
                // given name the gazetteer also knows as a place is a person's
                if (g.givenName(c.first().text()) != null && relativeBefore(c)) {
                    b.vote(EntityType.PERSON, 4.0, null, "gazetteer:given-names"); // above the gazetteer's 3
                }
                return;
            }
            if (placeCompound(c.first().text(), g) || c.size() > 1 && gluedHyphen(c) && placeCompound(
                    c.first().text() + c.sentence().tokens().get(c.from() + 1).text(), g)) {
                return; // "Asia-Pacific Economic Cooperation", "Sino-Japan Forum": a compound of places, no person
            }
            if (c.entry() == null && joinedByAmpersand(c)) {
                return; // "Johnson & Johnson", "Marks & Spencer": founders' surnames of a firm, no person's first name
            }
            Gazetteer.GivenName n = g.givenName(c.first().text());
            String last = c.size() > 1 ? Names.norm(c.last().text()) : null;
            Lexicons.Head head = last == null ? null : lex.head(last);
            if (n != null && head != null && c.entry() == null) {
                // "Grace Baptist Church": a head word that may be a surname after more than a given name is a head
                if (!lex.isSurnameHead(last) || c.size() > 2) {
                    return;
                }
                // "Robert Plant"; not a place's name before it ("Washington Post", "Houston Press"), nor a rare given
                // name (one or two officeholders bear it: "Halvard Bank" is more likely a bank than a person)
                if (c.size() == 2 && n.persons() >= ESTABLISHED_GIVEN_NAME && g.lookup(Names.norm(c.first().text()))
                        .stream().noneMatch(e -> e.type() == EntityType.PLACE)) {
                    b.scaleSource(head.type(), "rule:head-word", 0.0);
                }
            }
            if (n != null && c.size() > 1) { // a given name alone ("Virginia", "Adam") says little
                b.vote(EntityType.PERSON, 1.0 + Math.min(1.0, Math.log10(n.persons()) / 2), null,
                        "gazetteer:given-names");
            } else if (n != null && c.entry() == null && lonePersonCue(c)) {
                b.vote(EntityType.PERSON, 2.0, null, "gazetteer:given-names");
            } else if (n != null && c.entry() == null && n.persons() >= COMMON_GIVEN_NAME) {
                // "I met Luis in Madrid": a common given name no gazetteer knows as a place leans to a person
                b.vote(EntityType.PERSON, 0.8, null, "gazetteer:given-names");
            }
        };
    }

    /** Relatives after a possessive before a lone given name (relatives.txt): "my brother Nils". */
    private static final Set<String> RELATIVES = loadWords("/org/newskg/lexicon/relatives.txt");

    /** Whether a lower-case word is a relative of relatives.txt ("mother", "sons"); the resolver asks it too. */
    public static boolean isRelative(String lowerCaseWord) {
        return RELATIVES.contains(lowerCaseWord);
    }

    /** Persons bearing a given name from which it may cancel a surname-like head word after it ("Robert Plant"). */
    private static final int ESTABLISHED_GIVEN_NAME = 3;

    /** Persons bearing a given name (given-names.tsv) from which it alone leans to a person. */
    private static final int COMMON_GIVEN_NAME = 30;

    /** Verbs of talking whose "to" names a listener ("talked to Anna"). */
    private static final Set<String> TALK_LEMMAS = cueWords("talk-verb");

    private static final Set<String> POSSESSIVES = Set.of("my", "our", "his", "her", "their", "your");

    /** The speaker's pronouns paired with a given name ("Anna and I", "Tom and me"). */
    private static final Set<String> FIRST_PERSON = Set.of("I", "me");

    /**
     * Where the words around a lone given name say it is a person's (interviews name people by first name):
     * a relative after a possessive before it, a comma allowed ("my brother Nils", "my husband, Luis,");
     * a pairing with the speaker ("Anna and I met", "Tom and me", "me and Tom"); or a question put to it at
     * the start of a sentence ("Jack, how did you start?").
     */
    static boolean lonePersonCue(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        if (relativeBefore(c)) {
            return true;
        }
        // "I talked to Anna": one talks to a person or an outlet, and a given name is a person's
        if (c.from() >= 2 && "to".equalsIgnoreCase(toks.get(c.from() - 1).text())
                && TALK_LEMMAS.contains(toks.get(c.from() - 2).lemma().toLowerCase())) {
            return true;
        }
        int k = c.to();
        if (k + 1 < toks.size() && "and".equalsIgnoreCase(toks.get(k).text())
                && FIRST_PERSON.contains(toks.get(k + 1).text())) {
            return true;
        }
        if (c.from() >= 2 && "and".equalsIgnoreCase(toks.get(c.from() - 1).text())
                && "me".equalsIgnoreCase(toks.get(c.from() - 2).text())) {
            return true;
        }
        return c.from() == 0 && k + 1 < toks.size() && ",".equals(toks.get(k).text())
                && "?".equals(toks.get(toks.size() - 1).text())
                && toks.stream().anyMatch(t -> "you".equalsIgnoreCase(t.text()));
    }

    /** A relative after a possessive right before the name, a comma allowed ("my brother Nils", "his wife, Ana,"). */
    private static boolean relativeBefore(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        int i = c.from() - 1;
        if (i >= 0 && ",".equals(toks.get(i).text())) {
            i--;
        }
        if (i >= 1 && RELATIVES.contains(Names.norm(toks.get(i).text()))
                && POSSESSIVES.contains(Names.norm(toks.get(i - 1).text()))) {
            return true;
        }
        // "four daughters, Ana, Maya and Lia", "his sons Tom, Ben and Sam": every name of a list of single words
        // after a relative owned or counted is a person's; walk back over the list to the relative
        int k = c.from() - 1;
        for (int steps = 0; k >= 1 && steps < 16; steps++) {
            String t = toks.get(k).text();
            String left = Names.norm(toks.get(k - 1).text());
            if (",".equals(t) || "and".equalsIgnoreCase(t)
                    || toks.get(k).isCapitalized() && (",".equals(left) || "and".equals(left)
                    || RELATIVES.contains(left))) {
                k--;
            } else {
                break;
            }
        }
        return c.size() == 1 && k >= 1 && RELATIVES.contains(Names.norm(toks.get(k).text()))
                && (POSSESSIVES.contains(Names.norm(toks.get(k - 1).text())) || isNumber(toks.get(k - 1)));
    }

    /** An acronym no gazetteer knows is most likely an organization ("LNA"). */
    public static TypeVoter acronym() {
        return (c, b) -> {
            if (c.acronym() && c.entry() == null) {
                b.vote(EntityType.ORGANIZATION, 1.0, null, "rule:acronym");
            }
        };
    }

    /**
     * A longer name holding a known place name is most often an organization named after it ("Real Madrid",
     * "Libya Observer"), unless a given name starts it; with only directions before it ("Eastern Ukraine") it is
     * a part of that place. Directions come before a place's name in English: a place word with only such words
     * after it ("Kenya Eastern") names a firm. A country's name with other words is no place at all (regions of
     * a country end in a head word, which outvotes this: "Kenya Province"), but a carrier, broadcaster or
     * paper named after it ("Air Kenya", "Radio Chile", "Peru Daily"): a vote strong enough that the model,
     * which reads the country's word, yields.
     */
    public static TypeVoter containsPlace(Gazetteer g, Lexicons lex) {
        return (c, b) -> {
            if (c.entry() != null || c.size() < 2 || c.size() > 5 || g.givenName(c.first().text()) != null
                    || particleName(c)) {
                return; // "Ludwig van der Berg": a place's word in a person's name
            }
            int lastPlace = -1;
            int places = 0;
            boolean country = false;
            boolean otherWords = false;
            for (int i = c.from(); i < c.to(); i++) {
                String w = Names.norm(c.sentence().tokens().get(i).text());
                List<Gazetteer.Entry> es = g.lookup(w);
                if (i > c.from() && DASHES.contains(w) && c.sentence().tokens().get(i).start()
                        == c.sentence().tokens().get(i - 1).end()) {
                    places++; // "U.S.-Iraq": a compound of two places' names
                }
                if (es.stream().anyMatch(e -> e.type() == EntityType.PLACE)) {
                    lastPlace = i;
                    places++;
                    country |= es.stream().anyMatch(e -> "Country".equals(e.subclass()));
                } else if (!lex.isNonName(w) && !(ARTICLES.contains(w) && i + 1 < c.to())
                        && !(DASHES.contains(w) && i > c.from() && ARTICLES.contains(norm(c, i - 1)))) {
                    otherWords = true; // not "al" of "Al-Tanf", "El Fasher": the article is a part of the place
                }
            }
            if (lastPlace < 0) {
                return;
            }
            boolean directionsAfter = false;
            for (int i = lastPlace + 1; i < c.to(); i++) {
                directionsAfter |= Character.isLetter(c.sentence().tokens().get(i).text().charAt(0));
            }
            if (!otherWords && !directionsAfter) {
                // (2, above the weak "common words" vote and a model's doubt: "Lower Saxony", "Upper Egypt")
                b.vote(EntityType.PLACE, 2.0, null, "rule:part-of-place"); // "Eastern Ukraine", "North Sudan"
            } else if (country && places == 1 && lex.head(Names.norm(c.last().text())) == null) {
                // (two places: "Kenya-Chile Trade Framework", "U.S.-Kenya Forum", a pact or forum between them, is
                // no firm named after one)
                b.vote(EntityType.ORGANIZATION, 2.0, null, "rule:contains-country"); // "Air Kenya", "Kenya Eastern"
            } else {
                b.vote(EntityType.ORGANIZATION, 0.8, null, "rule:contains-place");
            }
        };
    }

    /**
     * A known place's name followed by capitalised plural nouns is a team or club named after the place ("the
     * Perth Stingrays", "Leeds Mariners"): a plural after a place is no part of a place. Not after a given name
     * unless "the" stands before the name ("the Sydney Swans"),
     * nor a country's name ("Jordan Brooks", "Chad Evans" are persons; a national team is the country), nor a
     * plural made of a given name ("Dallas Roberts"). The
     * plural must be no head word ("Cayman Islands", "Golan Heights", "New York Times") and no event's head
     * ("Tokyo Olympics", "Doha Games": non-entities.tsv). Strong enough to outvote a model that reads the place.
     * A newspaper is named the same way, after its town, with a paper's word (newspaper-words.txt: "the Ottawa
     * Citizen", "the Leeds Echo").
     */
    public static TypeVoter teamName(Gazetteer g, Lexicons lex) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            // a given name that is also a town's ("Sydney", "Dallas") starts a team after "the" only: persons take
            // no article ("the Sydney Swans", but "Sydney Roberts said")
            boolean article = c.from() > 0 && "the".equalsIgnoreCase(toks.get(c.from() - 1).text());
            if (c.entry() != null || c.acronym() || c.size() < 2 || c.size() > 5
                    || (g.givenName(c.first().text()) != null && !article)) {
                return;
            }
            String last = c.last().text();
            boolean paper = NEWSPAPER_WORDS.contains(Names.norm(last));
            if (!paper && (!capitalisedPlural(c.last(), lex) || g.givenName(last.substring(0, last.length() - 1)) != null)) {
                return; // "Dallas Roberts", "Perth Owens": a surname made of a given name and "s"
            }
            StringBuilder place = new StringBuilder();
            for (int i = c.from(); i < c.to() - 1; i++) {
                place.append(i > c.from() ? " " : "").append(Names.norm(toks.get(i).text()));
                String p = place.toString();
                List<Gazetteer.Entry> es = g.lookup(p);
                if (es.stream().noneMatch(e -> e.type() == EntityType.PLACE)) {
                    continue;
                }
                if (es.stream().anyMatch(e -> "Country".equals(e.subclass()))) {
                    return; // "Jordan Brooks", "Chad Evans": countries name persons, a national team is the country
                }
                boolean rest = true; // the words between the place and the plural: capitalised words ("Maple Leafs")
                for (int j = i + 1; j < c.to() - 1 && rest; j++) {
                    String t = toks.get(j).text();
                    rest = Character.isUpperCase(t.charAt(0)) && !lex.isOrgConnector(Names.norm(t))
                            && lex.head(Names.norm(t)) == null;
                }
                if (rest) {
                    b.vote(EntityType.ORGANIZATION, 2.5, null, paper ? "rule:paper-name" : "rule:team-name");
                    return;
                }
            }
        };
    }

    /**
     * A name ending in a word for a park, hill or ground that is also a common surname (venue-words.txt:
     * "on Parliament Hill", "at Larkmoor Park") is a place, unless a known given name starts it ("Graham Hill"):
     * only after a word of where ("at", "in", "on", "near", "the"), since persons of other given names bear these
     * surnames too ("Damon Hill said"). A
     * head word of its own before it ("Kelby Park Hospital" ends in "Hospital", so never gets here) is left alone.
     */
    public static TypeVoter venueWord(Gazetteer g) {
        return (c, b) -> {
            if (c.entry() == null && !c.acronym() && c.size() >= 2 && c.size() <= 5
                    && VENUE_WORDS.contains(Names.norm(c.last().text()))
                    && (g.givenName(c.first().text()) == null || insideVenue(c))
                    && !particleName(c) && c.from() > 0
                    && VENUE_BEFORE.contains(Names.norm(c.sentence().tokens().get(c.from() - 1).text()))) {
                b.vote(EntityType.PLACE, 2.0, null, "rule:venue-word");
            }
        };
    }

    /** Words that put something inside a site ("a rally in Victoria Park"): no person is "in" or "near" one. */
    private static final Set<String> INSIDE_VENUE = Set.of("in", "near", "inside", "outside", "across");

    /**
     * Whether a venue name that starts with a given name ("Victoria Park", "Albert Hill") stands right after a word
     * of being inside or near it and is not a possessor ("in Graham Hill's car"): then it is the site.
     */
    private static boolean insideVenue(NameCandidate c) {
        List<Token> toks = c.sentence().tokens();
        return c.from() > 0 && INSIDE_VENUE.contains(Names.norm(toks.get(c.from() - 1).text()))
                && (c.to() >= toks.size() || !isPossessive(toks.get(c.to()).text()));
    }

    /** Words before a site's name ("at Larkmoor Park", "the Kelby Field"): a person is seldom "at" or "on". */
    private static final Set<String> VENUE_BEFORE = Set.of("at", "in", "on", "near", "inside", "outside", "around",
            "across", "the");

    private static final Set<String> VENUE_WORDS = loadWords("/org/newskg/lexicon/venue-words.txt");

    /** Last words of newspapers named after their town (newspaper-words.txt): "Citizen", "Echo", "Star". */
    private static final Set<String> NEWSPAPER_WORDS = loadWords("/org/newskg/lexicon/newspaper-words.txt");

    /** Paper's words that are also said of persons ("the American Leader"), left out after a demonym. */
    private static final Set<String> PERSON_PAPER_WORDS = cueWords("person-paper-word");

    /** Whether a normalised word names a newspaper after a demonym ("the Saudi Gazette", "the Irish Independent"). */
    static boolean isPapersWord(String w) {
        return NEWSPAPER_WORDS.contains(w) && !PERSON_PAPER_WORDS.contains(w);
    }

    /** "the Saudi Gazette", "the Kenyan Standard": a demonym and a paper's word name a newspaper. */
    public static TypeVoter demonymPaper(Lexicons lex) {
        return (c, b) -> {
            if (c.entry() == null && c.size() == 2 && lex.demonymCountry(Names.norm(c.first().text())) != null
                    && isPapersWord(Names.norm(c.last().text()))) {
                b.vote(EntityType.ORGANIZATION, 2.0, null, "rule:demonym-paper");
            }
        };
    }

    private static Set<String> loadWords(String resource) {
        Set<String> out = new HashSet<>();
        KnowledgeFiles.read(resource, r -> out.add(r[0].strip()));
        return Set.copyOf(out);
    }

    /** The word sets of name-cue-words.tsv by class, read once on first use (shared by HybridMentionFinder). */
    private static final class CueWords {
        static final Map<String, List<String>> BY_CLASS =
                KnowledgeFiles.wordClasses("/org/newskg/lexicon/name-cue-words.tsv", null);
    }

    /** Compass points of name-cue-words.tsv ("south", "southwest"; "south-west" without its hyphen). */
    private static final Set<String> COMPASS_POINTS = cueWords("compass-point");

    /** The compass points of name-cue-words.tsv, lower case, without hyphens ("southwest"). */
    public static Set<String> compassPoints() {
        return COMPASS_POINTS;
    }

    /** Whether the word is a compass point ("South", "south-west"). */
    private static boolean isCompassPoint(String word) {
        return COMPASS_POINTS.contains(Names.norm(word).replace("-", ""));
    }

    /** The words of these classes of name-cue-words.tsv, as written there; a class the file lacks is an error. */
    static Set<String> cueWords(String... classes) {
        Set<String> out = new HashSet<>();
        for (String c : classes) {
            List<String> words = CueWords.BY_CLASS.get(c);
            if (words == null) {
                throw new IllegalStateException("name-cue-words.tsv has no class " + c);
            }
            out.addAll(words);
        }
        return Set.copyOf(out);
    }

    /** A capitalised plural noun that heads no place, organization or event: "Wolves", "Mariners", "Nets". */
    private static boolean capitalisedPlural(Token t, Lexicons lex) {
        String w = t.text();
        String n = Names.norm(w);
        return w.length() >= 4 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")
                && !w.contains("'") && lex.head(n) == null && lex.nonEntityHead(n) == null && !lex.isNonName(n);
    }

    /**
     * A name coordinated with a known organization ("at IBM and Compaq", "to Acme, Foo Group and Bar"): members
     * of one list are most often of one kind. The neighbour votes when the gazetteer knows it as an organization
     * or it ends in an organization head word; places and persons are not used (a place is listed next to a
     * company often enough: "Ford and Romania"). A name with a head word of its own gets no such vote.
     */
    public static TypeVoter conjunct(Gazetteer g, Lexicons lex) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            if (c.entry() != null || modifier(toks, c.to())) {
                return; // "Surinam carrier Blue Wing Airlines": a modifier of a noun is no list member
            }
            for (int i = c.from(); i < c.to(); i++) {
                if (lex.head(Names.norm(toks.get(i).text())) != null) {
                    return; // "Acme SpA and Qayyarah Airfield West": a head word of its own says more
                }
            }
            int f = c.from();
            // the neighbour before: "... Foo Group and" / "Foo Group,"
            if (f >= 2 && LIST_LINKS.contains(toks.get(f - 1).text())) {
                int e = f - 1;
                if (e >= 4 && toks.get(e - 1).text().equals(")") && toks.get(e - 3).text().equals("(")) {
                    e -= 3; // "Foo Motors (FM) and Acme": the long form before the short one in brackets is the
                    // neighbour ("Server Message Block (SMB) and Acme": no organization)
                }
                int s = e;
                while (s > 0 && toks.get(s - 1).isCapitalized()) {
                    s--;
                }
                if (s < e && knownOrganization(toks, s, e, g, lex)) {
                    b.vote(EntityType.ORGANIZATION, 1.5, null, "context:conjunct");
                    return;
                }
            }
            int t = c.to();
            if (t + 1 < toks.size() && LIST_LINKS.contains(toks.get(t).text())) {
                int s = t + 1;
                if (toks.get(t).text().equals(",") && s < toks.size() && LIST_LINKS.contains(toks.get(s).text())) {
                    s++; // ", and"
                }
                int e = s;
                while (e < toks.size() && toks.get(e).isCapitalized()) {
                    e++;
                }
                if (s < e && !modifier(toks, e) && knownOrganization(toks, s, e, g, lex)) {
                    b.vote(EntityType.ORGANIZATION, 1.5, null, "context:conjunct");
                    return;
                }
            }
            // a known organization further along a closed list: "Zentrix, Brantex and Toyota"
            int first = listStart(toks, c.from(), c.to());
            int end = listEnd(toks, c.to());
            end = end > 0 ? end : c.to();
            if (first == c.from() && end == c.to() || modifier(toks, end)) {
                return;
            }
            int k = first;
            while (k < end) {
                int m = k;
                while (m < end && member(toks.get(m))) {
                    m++;
                }
                if (m > k && k != c.from() && knownOrganization(toks, k, m, g, lex)) {
                    b.vote(EntityType.ORGANIZATION, 1.5, null, "context:conjunct");
                    return;
                }
                k = m;
                while (k < end && !member(toks.get(k))) {
                    k++;
                }
            }
        };
    }

    /**
     * Whether the words ending before {@code end} modify a common noun after them ("Surinam carrier"): a
     * lower-case noun or adjective, or a "verb" in its base form (the tagger's reading of "carrier").
     */
    private static boolean modifier(List<Token> toks, int end) {
        if (end >= toks.size() || toks.get(end).isCapitalized() || !Character.isLetter(toks.get(end).text().charAt(0))) {
            return false;
        }
        Token t = toks.get(end);
        return "NOUN".equals(t.pos()) || "ADJ".equals(t.pos())
                || "VERB".equals(t.pos()) && t.text().equalsIgnoreCase(t.lemma() == null ? "" : t.lemma());
    }

    private static boolean knownOrganization(List<Token> toks, int s, int e, Gazetteer g, Lexicons lex) {
        StringBuilder key = new StringBuilder();
        for (int i = s; i < e; i++) {
            key.append(i > s ? " " : "").append(Names.norm(toks.get(i).text()));
        }
        String k = key.toString();
        List<Gazetteer.Entry> es = e - s == 1 && Names.isAcronym(toks.get(s).text())
                ? g.lookupAcronym(Names.acronymKey(toks.get(s).text())) : g.lookup(k);
        if (!es.isEmpty()) {
            return es.get(0).type() == EntityType.ORGANIZATION;
        }
        if (e - s == 1 && Names.isAcronym(toks.get(s).text())) {
            return true; // an acronym no gazetteer knows is most likely an organization ("IBM and Compaq")
        }
        Lexicons.Head h = e - s >= 2 ? lex.head(Names.norm(toks.get(e - 1).text())) : null;
        return h != null && h.type() == EntityType.ORGANIZATION;
    }

    /**
     * "Palmyra, Syria", "Wixom, Michigan": a name followed by a comma and a country (or a state or province) is a
     * place in it.
     */
    public static TypeVoter placeOfCountry(Gazetteer g) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            int k = c.to();
            if (c.entry() != null && c.entry().type() == EntityType.PLACE || k + 1 >= toks.size()
                    || !toks.get(k).text().equals(",")) {
                return;
            }
            String next = Names.norm(toks.get(k + 1).text());
            // "Air Zentra, Kenya Eastern Airlines": a country word that starts a longer name is no country
            if (k + 2 < toks.size() && toks.get(k + 2).isCapitalized() && !DATE_WORDS.contains(Names.norm(toks.get(k + 2).text()))) {
                return;
            }
            // "Wixom, Michigan", "Ingolstadt, Bavaria": a state or province too, unless a list goes on
            // ("Acme, Ohio and Texas") or the region owns what follows ("Acme, Ohio's largest employer")
            String after = k + 2 < toks.size() ? Names.norm(toks.get(k + 2).text()) : "";
            boolean regionOk = !LIST_LINKS.contains(after) && !isPossessive(after);
            for (Gazetteer.Entry e : g.lookup(next)) {
                if ("Country".equals(e.subclass()) || regionOk && "Region".equals(e.subclass())) {
                    b.vote(EntityType.PLACE, 1.5, null, "context:place-of-country");
                    return;
                }
            }
        };
    }

    /** Lower-case particles of persons' names (name-particles.txt): "van", "von", "bin". */
    private static final Set<String> NAME_PARTICLES = loadWords("/org/newskg/lexicon/name-particles.txt");

    /** Whether the candidate's inner words are lower-case name particles only ("Ludwig van der Berg"). */
    static boolean particleName(NameCandidate c) {
        if (c.size() < 3 || !c.first().isCapitalized() || !c.last().isCapitalized()) {
            return false;
        }
        for (int i = c.from() + 1; i < c.to() - 1; i++) {
            String w = c.sentence().tokens().get(i).text();
            if (!NAME_PARTICLES.contains(w)) {
                return false; // "Van" capitalised starts names of places too
            }
        }
        return true;
    }

    /**
     * "Ludwig van der Berg", "Otto von Bismarck": capitalised words joined by lower-case particles that only
     * persons' names hold are a person's name, unless the last word is a head word ("Hotel van der Valk").
     */
    public static TypeVoter particleName(Lexicons lex) {
        return (c, b) -> {
            if (c.entry() == null && !c.acronym() && particleName(c) && lex.head(Names.norm(c.last().text())) == null) {
                b.vote(EntityType.PERSON, 2.0, null, "rule:name-particle");
            }
        };
    }

    /**
     * "Tom Hanks and Zendaya", "Zendaya and Tom Hanks": a name right next to a person's full name in a pair or list
     * ("and", "or", a comma) is most often a person too. The neighbour must be a known given name and a surname
     * (two or three plain words, no head word nor common word); the name itself no gazetteer entry, no head
     * word, no acronym. A weak vote (1): a head word, a kind or a sure model outweighs it ("Tom Hanks and
     * Paramount Pictures").
     */
    public static TypeVoter personConjunct(Gazetteer g, Lexicons lex) {
        return (c, b) -> {
            if (c.entry() != null || c.acronym() || modifier(c.sentence().tokens(), c.to())) {
                return;
            }
            List<Token> toks = c.sentence().tokens();
            for (int i = c.from(); i < c.to(); i++) {
                String w = Names.norm(toks.get(i).text());
                if (lex.head(w) != null || lex.isNonName(w)) {
                    return;
                }
            }
            if (c.from() > 0 && Names.norm(toks.get(c.from() - 1).text()).equals("the")) {
                return; // "the Beatles, Joni Mitchell": a person's name takes no article; a band or a team does
            }
            if (c.from() >= 2 && ROLE_LINKS.contains(Names.norm(toks.get(c.from() - 1).text()))
                    && lex.isTitle(Names.norm(toks.get(c.from() - 2).text()))) {
                return; // "the Minister of Health, Ana Ruiz": the post's field, then its holder in apposition
            }
            // the neighbour before: "Tom Hanks and"
            int f = c.from() - 1;
            if (f >= 2 && LIST_LINKS.contains(toks.get(f).text())) {
                int e = f;
                int s = e;
                while (s > 0 && toks.get(s - 1).isCapitalized() && !"DET".equals(toks.get(s - 1).pos())) {
                    s--;
                }
                if (personsFullName(toks, s, e, g, lex)) {
                    b.vote(EntityType.PERSON, 1.0, null, "context:person-conjunct");
                    return;
                }
            }
            // the neighbour after: "and Tom Hanks" (not "and Tom Hanks's film": a possessive modifies)
            int t = c.to();
            if (t + 1 < toks.size() && LIST_LINKS.contains(toks.get(t).text())) {
                int s = t + 1;
                int e = s;
                while (e < toks.size() && toks.get(e).isCapitalized()) {
                    e++;
                }
                if (personsFullName(toks, s, e, g, lex) && !modifier(toks, e)) {
                    b.vote(EntityType.PERSON, 1.0, null, "context:person-conjunct");
                }
            }
        };
    }

    /** Whether the tokens from s to e are a known given name and one or two more plain words. */
    private static boolean personsFullName(List<Token> toks, int s, int e, Gazetteer g, Lexicons lex) {
        if (e - s < 2 || e - s > 3 || g.givenName(toks.get(s).text()) == null) {
            return false;
        }
        for (int i = s; i < e; i++) {
            String w = Names.norm(toks.get(i).text());
            if (lex.head(w) != null || lex.isNonName(w) || lex.isTitle(w) || Names.isAcronym(toks.get(i).text())
                    || !g.lookup(w).isEmpty() && i == e - 1) {
                return false; // "Tom Hanks", not "Robert Bank", "Lincoln Center" nor "Jordan Paris"
            }
        }
        return true;
    }

    /** A web address as a name ("Detik.com", "Amazon.co.uk"): a news site or an online company. */
    private static final Pattern WEB_DOMAIN =
            Pattern.compile(".*[A-Za-z0-9]\\.(com|net|org|info|biz|co\\.[a-z]{2}|com\\.[a-z]{2}|[a-z]{2})");

    /** Source of a business verb's vote: the name supplies, posts a loss, is acquired ({@link #business()}). */
    public static final String BUSINESS = "context:business-verb";

    /** A row of business-verbs.tsv. */
    private record BusinessVerb(String lemma, String position, Set<String> needs, boolean bare, double weight) {
    }

    private static final List<BusinessVerb> BUSINESS_VERBS = loadBusinessVerbs();

    private static List<BusinessVerb> loadBusinessVerbs() {
        List<BusinessVerb> out = new ArrayList<>();
        KnowledgeFiles.read("/org/newskg/lexicon/business-verbs.tsv", r -> {
            String needs = r[2].strip();
            out.add(new BusinessVerb(r[0].strip(), r[1].strip(),
                    needs.equals("-") || needs.equals("bare") ? Set.of()
                            : Set.copyOf(KnowledgeFiles.list(needs)),
                    needs.equals("bare"), Double.parseDouble(r[3].strip())));
        });
        return List.copyOf(out);
    }

    /**
     * A name that says what "it" will do or has done is a body, not a person ("Fenwick Harlow said it would close
     * two plants", "X says it has hired 300 workers"): a person says "he" or "she". Not when "it" is the empty
     * subject of "be", "take" or "seem" ("Smith said it would be hard", "said it had been a long day"), nor for a
     * name a gazetteer knows. 2.0, so that it outweighs the person vote of "said" itself and a doubtful model;
     * a known given name still keeps a person ("Tom Reyes said it would help").
     */
    public static TypeVoter saidIt() {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            int j = c.to();
            if (c.entry() != null || j + 3 >= toks.size() || !SAY.contains(Names.norm(toks.get(j).text()))
                    || !Names.norm(toks.get(j + 1).text()).equals("it")
                    || !IT_AUX.contains(Names.norm(toks.get(j + 2).text()))
                    || IT_EMPTY.contains(Names.norm(toks.get(j + 3).text()))
                    || !IT_PLAN.contains(Names.norm(toks.get(j + 2).text())) && !bareVerb(toks.get(j + 3))) {
                return;
            }
            b.vote(EntityType.ORGANIZATION, 2.0, null, "rule:said-it");
        };
    }

    private static final Set<String> SCORE_OPPONENT = new HashSet<>();
    private static final Set<String> SCORE_SUBJECT = new HashSet<>();

    static {
        KnowledgeFiles.read("/org/newskg/lexicon/score-words.tsv",
                r -> (r[1].strip().equals("subject") ? SCORE_SUBJECT : SCORE_OPPONENT).add(r[0].strip()));
    }

    /** What follows a score that makes it no match's: a vote or a ruling ("won 5-4 votes", "a 5-4 ruling"). */
    private static final Set<String> NOT_MATCH = cueWords("not-match");

    private static final double SCORE_VOTE = 2.5;

    private static final Pattern DIGIT = Pattern.compile("\\d");

    /** Words between a result's score and the side played: "lost 3-1 to X", "drew 1-1 with X", "won 2-0 over X". */
    private static final Set<String> SCORE_LINKS = Set.of("to", "with", "against", "over");

    private static final Pattern SCORE = Pattern.compile("\\d{1,2}[-\u2013]\\d{1,2}");
    /** One side of a score split in tokens ("2 - 1"). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    /**
     * Where a score ends if one starts at {@code k} ("2-1" as one token, or "2 - 1"), else -1. A score followed
     * by another (tennis sets: persons) or by a vote or ruling is none.
     */
    static int scoreEnd(List<Token> toks, int k) {
        if (k >= 2 && toks.get(k - 1).text().equals(",") && DIGIT.matcher(toks.get(k - 2).text()).find()) {
            return -1; // the second set of "6-4, 6-3"
        }
        int e = -1;
        if (k < toks.size() && SCORE.matcher(toks.get(k).text()).matches()) {
            e = k + 1;
        } else if (k + 2 < toks.size() && NUMBER.matcher(toks.get(k).text()).matches()
                && DASHES.contains(toks.get(k + 1).text()) && NUMBER.matcher(toks.get(k + 2).text()).matches()) {
            e = k + 3;
        }
        if (e < 0) {
            return -1;
        }
        int n = e < toks.size() && toks.get(e).text().equals(",") ? e + 1 : e;
        if (n < toks.size() && (SCORE.matcher(toks.get(n).text()).matches()
                || n > e && DIGIT.matcher(toks.get(n).text()).find()
                || NUMBER.matcher(toks.get(n).text()).matches() && n + 1 < toks.size()
                && DASHES.contains(toks.get(n + 1).text()))) {
            return -1;
        }
        if (e < toks.size() && NOT_MATCH.contains(Names.norm(toks.get(e).text()))) {
            return -1;
        }
        return e;
    }

    /**
     * A name joined to a match result is a side ("beat Kelvin 2-1", "a 4-0 defeat to Kelvin", "Dunmore drew 1-1
     * with ..."): a club's name when no gazetteer knows it (score-words.tsv). 2.5, above "to" and the model's
     * place for an unknown word; a known given name with the model, or a person's full name, still outweighs it.
     */
    public static TypeVoter sportScore() {
        return (c, b) -> {
            if (c.entry() != null) {
                return;
            }
            List<Token> toks = c.sentence().tokens();
            int f = c.from();
            int before = -1; // where the result's word(s) before the name start
            if (f >= 2 && SCORE_OPPONENT.contains(pair(toks, f - 2))) {
                before = f - 2;
            } else if (f >= 1 && SCORE_OPPONENT.contains(Names.norm(toks.get(f - 1).text()))) {
                before = f - 1;
            }
            boolean side = false;
            if (before >= 0) {
                // the score after the name ("beat Kelvin 2-1"), or before the word(s) ("lost 4-0 to Kelvin",
                // "a 4-0 defeat to Kelvin")
                side = scoreEnd(toks, c.to()) > 0 || before >= 1 && scoreEnd(toks, before - 1) == before
                        || before >= 3 && scoreEnd(toks, before - 3) == before;
            }
            if (!side && f >= 3 && SCORE_LINKS.contains(Names.norm(toks.get(f - 1).text()))) {
                // "lost 3-1 to Redvale", "drew 1-1 with Redvale": a result's verb, its score, a link, the name
                for (int s = f - 2; s >= Math.max(1, f - 4) && !side; s--) {
                    side = scoreEnd(toks, s) == f - 1 && SCORE_SUBJECT.contains(Names.norm(toks.get(s - 1).text()));
                }
            }
            int j = c.to();
            if (!side && j < toks.size() && SCORE_SUBJECT.contains(Names.norm(toks.get(j).text()))) {
                // the first number within six words must be a score ("Dunmore won 2-1", not "won 6 -4, 6-3")
                for (int k = j + 1; k < Math.min(toks.size(), j + 7); k++) {
                    if (DIGIT.matcher(toks.get(k).text()).find()) {
                        side = scoreEnd(toks, k) > 0;
                        break;
                    }
                }
            }
            if (side) {
                b.vote(EntityType.ORGANIZATION, SCORE_VOTE, null, "rule:score");
            }
        };
    }

    /** A lower-case word that may be a verb after "would" or "had" (the tagger reads "close" as an adjective). */
    private static boolean bareVerb(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.chars().allMatch(Character::isLetter)
                && !NOT_BARE_VERB.contains(t.pos());
    }

    private static final Set<String> NOT_BARE_VERB = Set.of("DET", "PRON", "NUM", "ADP", "NOUN", "PROPN", "ADV");

    private static final Set<String> SAY = Set.of("said", "says", "announced", "stated");
    /** After "said it": auxiliaries, or verbs of a plan that take a "to" ("said it plans to"). */
    private static final Set<String> IT_AUX = Set.of("would", "will", "had", "has", "plans", "planned", "expects",
            "expected", "intends", "intended");
    private static final Set<String> IT_PLAN = Set.of("plans", "planned", "expects", "expected", "intends",
            "intended");
    /** Verbs whose "it" is empty ("it would be", "it had been", "it would take time", "it will seem"). */
    private static final Set<String> IT_EMPTY = Set.of("be", "been", "take", "taken", "seem", "seemed", "appear",
            "appeared", "become", "happen", "happened", "not", "never", "n't");

    private static final Set<String> PASSIVE_AUX = Set.of("was", "is", "were", "are", "been", "being", "be");

    /**
     * What a name does or undergoes that only a firm does (business-verbs.tsv): the subject of "will supply
     * engines", "posted a record loss", "is to cut 2,000 jobs"; the object of "acquired"; "Acme was acquired by".
     * Only for names no gazetteer knows: a known place or person keeps its own evidence.
     */
    public static TypeVoter business() {
        return (c, b) -> {
            if (c.entry() != null) {
                return;
            }
            List<Token> toks = c.sentence().tokens();
            int j = c.to();
            if (c.end() < toks.get(c.to() - 1).end()) {
                return; // a piece of a hyphenated compound
            }
            // "Acme, Foo and Bar will cut 3,000 jobs": the whole list is the subject
            int first = listStart(toks, c.from(), c.to());
            int listEnd = listEnd(toks, c.to());
            if (listEnd > 0) {
                j = listEnd;
            } else if (j < toks.size() && toks.get(j).text().equals(",")) {
                // "Acme, part of the consortium, will supply": a parenthesis without a verb is skipped
                int k = j + 1;
                while (k < toks.size() && k <= j + 8 && !toks.get(k).text().equals(",")
                        && !"VERB".equals(toks.get(k).pos()) && !"AUX".equals(toks.get(k).pos())) {
                    k++;
                }
                if (k < toks.size() && k <= j + 8 && k > j + 1 && toks.get(k).text().equals(",")) {
                    j = k + 1;
                }
            }
            // "Toyota, headed by Akio Toyoda, reported higher profits": a preposition's object is no subject
            boolean objectOfPreposition = first > 0 && "ADP".equals(toks.get(first - 1).pos());
            int aux = j;
            boolean passive = false;
            while (j < toks.size() && j < aux + 3 && isAuxiliary(toks.get(j))) {
                passive |= PASSIVE_AUX.contains(Names.norm(toks.get(j).text()));
                j++;
            }
            if (!objectOfPreposition && j < toks.size() && "VERB".equals(toks.get(j).pos())) {
                String lemma = lemma(toks.get(j));
                boolean by = passive && j + 1 < toks.size() && Names.norm(toks.get(j + 1).text()).equals("by");
                for (BusinessVerb v : BUSINESS_VERBS) {
                    if (!v.lemma().equals(lemma)) {
                        continue;
                    }
                    if (v.position().equals("passive") ? by
                            : v.position().equals("subject") && !passive && needsMet(v, toks, j + 1)) {
                        // "cut its forecast": the subject owns what it cuts, and a person's is "his" or "her"
                        boolean its = v.position().equals("subject") && j + 1 < toks.size()
                                && Names.norm(toks.get(j + 1).text()).equals("its");
                        b.vote(EntityType.ORGANIZATION, v.weight() + (its ? 1.0 : 0.0), null, BUSINESS);
                        return;
                    }
                }
            }
            // "acquired Acme", "agreed to buy Acme for $2 billion", "acquired Foo, Bar and Acme"
            int v = first - 1;
            if (v >= 0 && "VERB".equals(toks.get(v).pos()) && (c.to() >= toks.size()
                    || !isPossessive(toks.get(c.to()).text()) && !modifier(toks, c.to()))) {
                String lemma = lemma(toks.get(v));
                for (BusinessVerb bv : BUSINESS_VERBS) {
                    if (bv.lemma().equals(lemma) && bv.position().equals("object")) {
                        b.vote(EntityType.ORGANIZATION, bv.weight(), null, BUSINESS);
                        return;
                    }
                }
            }
        };
    }

    /**
     * The token after the last member of a list that goes on after a member ending before {@code k} (", Foo and
     * Bar"), or -1: capitalised members set off by commas, closed by "and"/"or" before the last one.
     */
    static int listEnd(List<Token> toks, int k) {
        return listEnd(toks, k, RuleVoters::member);
    }

    /** {@link #listEnd(List, int)} with the test of what a member's tokens are. */
    private static int listEnd(List<Token> toks, int k, Predicate<Token> member) {
        if (k >= toks.size() || !LIST_LINKS.contains(toks.get(k).text())) {
            return -1;
        }
        while (k + 1 < toks.size() && LIST_LINKS.contains(toks.get(k).text())) {
            boolean and = !toks.get(k).text().equals(",");
            k++;
            if (!and && LIST_LINKS.contains(toks.get(k).text()) && k + 1 < toks.size()) {
                and = true;
                k++; // ", and"
            }
            int s = k;
            while (k < toks.size() && member.test(toks.get(k))) {
                k++;
            }
            if (k == s) {
                return -1;
            }
            if (and) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first token of the list a member starting at {@code from} closes ("Foo, Bar and" before it), or
     * {@code from} when no closed list ends with it.
     */
    static int listStart(List<Token> toks, int from, int to) {
        int i = from - 1;
        if (i < 1 || !toks.get(i).text().equals("and") && !toks.get(i).text().equals("or")
                && !(toks.get(i).text().equals(",") && listClosesAfter(toks, to))) {
            return from;
        }
        int first = from;
        while (i >= 1 && LIST_LINKS.contains(toks.get(i).text())) {
            int j = i - 1;
            if (LIST_LINKS.contains(toks.get(j).text()) && j >= 1) {
                j--; // ", and"
            }
            int end = j;
            while (j >= 0 && member(toks.get(j))) {
                j--;
            }
            if (j == end) {
                return first;
            }
            first = j + 1;
            i = j;
            if (i < 0 || !toks.get(i).text().equals(",")) {
                break;
            }
        }
        return first;
    }

    /** A word of a name in a list: capitalised, no pronoun ("He and Acme") nor determiner. */
    private static boolean member(Token t) {
        return t.isCapitalized() && !"PRON".equals(t.pos()) && !"DET".equals(t.pos());
    }

    private static boolean isAuxiliary(Token t) {
        String w = Names.norm(t.text());
        return "AUX".equals(t.pos()) || "ADV".equals(t.pos()) && !w.equals("also") || w.equals("to")
                || w.equals("will") || w.equals("would") || w.equals("agreed") || w.equals("plans")
                || w.equals("planned");
    }

    private static String lemma(Token t) {
        return Names.norm(t.lemma() == null ? t.text() : t.lemma());
    }

    /** Whether the words after a business verb (from token {@code k}) hold what the verb needs. */
    private static boolean needsMet(BusinessVerb v, List<Token> toks, int k) {
        if (v.bare()) {
            // "supply engines", "manufacture refueling equipment": a bare noun phrase, no determiner
            int m = k;
            while (m < toks.size() && m < k + 3 && ("ADJ".equals(toks.get(m).pos()) || "VERB".equals(toks.get(m).pos())
                    && toks.get(m).text().endsWith("ing"))) {
                m++;
            }
            return m < toks.size() && "NOUN".equals(toks.get(m).pos()) && !toks.get(m).isCapitalized();
        }
        if (v.needs().isEmpty()) {
            return true;
        }
        for (int m = k; m < toks.size() && m < k + 5; m++) {
            if (v.needs().contains(Names.norm(toks.get(m).text()))) {
                return true;
            }
        }
        return false;
    }

    /** A weak prior from the name's shape: two or three plain words are most often a person's name. */
    public static TypeVoter shape(Lexicons lex) {
        return (c, b) -> {
            if (c.acronym()) {
                return;
            }
            if (c.words() == 1 && WEB_DOMAIN.matcher(c.text()).matches()) {
                b.vote(EntityType.ORGANIZATION, 2.0, null, "rule:web-domain");
                return;
            }
            for (int i = c.from(); i < c.to(); i++) {
                if (lex.isNonName(Names.norm(c.sentence().tokens().get(i).text()))) {
                    // "Federal Reserve", "National Museum": capitalised common words name institutions
                    b.vote(EntityType.ORGANIZATION, 0.5, null, "rule:common-words");
                    return;
                }
            }
            // a lone word gets no prior: it is as often a company or a town as a person
            if (c.words() >= 2 && c.words() <= 3) {
                b.vote(EntityType.PERSON, 0.3, null, SHAPE);
            } else if (c.words() > 3) {
                b.vote(EntityType.ORGANIZATION, 0.3, null, SHAPE);
            }
        };
    }

    private static final Pattern SURNAME_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{1,6}");
    private static final Pattern HYPHENATED_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{0,5}-(\\p{Ll}{1,6})");

    /**
     * A name of one or two short capitalised words and a hyphenated given name last ("Chan Tak-shing", "Ko Wen-je",
     * "Andrew Leung Kwan-yuen"): a romanised Chinese or Korean person's name, which models trained on other
     * names often take for a firm or a place. Not when the part after the hyphen is an English modifier head
     * ("Kremlin-backed") or capitalised ("Coca-Cola", "Hewlett-Packard").
     */
    public static TypeVoter romanisedName() {
        return (c, b) -> {
            if (c.entry() != null || c.acronym() || c.size() < 2 || c.size() > 3) {
                return;
            }
            Matcher m = HYPHENATED_GIVEN.matcher(c.last().text());
            if (!m.matches() || HyphenWords.isModifierHead(m.group(1))) {
                return;
            }
            for (int i = c.from(); i < c.to() - 1; i++) {
                if (!SURNAME_WORD.matcher(c.sentence().tokens().get(i).text()).matches()) {
                    return;
                }
            }
            b.vote(EntityType.PERSON, 2.0, null, "rule:romanised-name");
        };
    }

    /** Suffixes after which the name before the hyphen is where something is based ("a Leeds-based charity"). */
    private static final Set<String> BASED_SUFFIXES = Set.of("-based", "-headquartered");

    /**
     * "a Bangalore-based software company", "the Tarrow-based band": the name before "-based" is where an
     * organization named by a noun of context-words.tsv (apposition cue for an organization) is based, so a
     * place, even one no gazetteer knows. Only before such a noun within five words: "Linux-based software",
     * "Android-based phones" and "Java-based tools" name no place.
     */
    public static TypeVoter basedPlace(Lexicons lex) {
        return (c, b) -> {
            List<Token> toks = c.sentence().tokens();
            Token last = c.last();
            String rest = last.text().substring(Math.max(0, Math.min(last.text().length(), c.end() - last.start())));
            int k = c.to();
            if (rest.isEmpty() && k + 1 < toks.size() && toks.get(k).text().equals("-")
                    && toks.get(k + 1).text().equalsIgnoreCase("based")) {
                rest = "-based"; // the tokenizer split "Tarrow" "-" "based"
                k += 2;
            }
            if (!BASED_SUFFIXES.contains(rest.toLowerCase())) {
                return;
            }
            for (int h = k; h < toks.size() && h < k + 5; h++) {
                Token t = toks.get(h);
                if (!NOUN_PHRASE.contains(t.pos()) && !t.text().equals("-")) {
                    return;
                }
                if ("NOUN".equals(t.pos()) && lex.apposition(Names.norm(t.text())).stream()
                        .anyMatch(cue -> cue.type() == EntityType.ORGANIZATION)) {
                    b.vote(EntityType.PLACE, 2.5, null, "context:based");
                    return;
                }
            }
        };
    }
}
