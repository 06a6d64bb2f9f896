package org.newskg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.newskg.extract.RelationLexicon.Entry;
import org.newskg.extract.RelationLexicon.Match;
import org.newskg.extract.TimeExpressions.TimeExpression;
import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * Relation extraction from tokens, POS tags, lemmas and resolved mentions, driven by the lexicon
 * {@code relations.tsv} (verbs, verb-particle pairs, multiword verbs, role nouns, place nouns, cue words).
 *
 * <pre>
 * RelationExtractor x = LexiconRelationExtractor.standard();
 * List&lt;Relation&gt; rs = x.extract(resolvedText, LocalDate.of(2019, 4, 5));
 * // "Guterres met Haftar in Benghazi on Thursday." -&gt; Guterres met Haftar, place Benghazi, date 2019-04-04
 * </pre>
 *
 * <p>Constructions, each a linear pass over a sentence's tokens: active ("X captured Y"), passive ("Y was
 * captured by X", also reduced: "Y, captured by X,"), relative clauses ("X, who commands Y, ..."), subjects
 * before a parenthetical ("X, in a statement, called for ..."), coordinated subjects and objects, shared subjects
 * of coordinated verbs ("X captured Y and attacked Z"), possessive forces ("X's forces took Y", "forces loyal to
 * X"), pronoun subjects (the pronoun's mention), role nouns before a name ("UN Secretary-General Antonio
 * Guterres"), in appositions ("Sarraj, the head of the GNA,") and after a copula ("X is a member of Y"), place
 * appositions ("X, a town in Y"; not "X, a town south of Y"), "X in Y" for two places, "based in", "Y-based X",
 * and "its base in Y". Event nouns ("X's attack on Y", "U.S. strikes against Y", "the capture of Y by X", "talks
 * between X and Y", "X's visit to Y"), "by X's warplanes" as a passive agent, "X positions" as an attack's target,
 * "X, Y" and "Y's X" for two places, "the province of Y", ranks between a service and a person ("Army Lt. Gen.
 * X" -> memberOf), appointments ("named X (as) its chief executive", "was appointed by the board as both chief
 * executive and chairman"), that-clause calls ("insisted that ..."), and group members as subjects ("Labour Party
 * leaders insisted").
 *
 * <p>Posts written after a name keep their scope: "X, the head trader for Y" (holdsPosition, employedBy Y), "X, Y's
 * senior vice president for Z" (a lower-case or unnamed field after "for"/"of" ends the apposition, also at the
 * end of the sentence: "said Capt. X, commander of Forbin."), "X, chairman of Y and a member of the board," (a
 * second role after "and"), "X, a management expert at Y" (an occupation: employedBy, no position). A unit's number
 * before its name belongs to it ("Col. X, 407th AEG commander"), and ranks may stand between a post and its holder
 * ("Pentagon press director Navy Capt. X", "The Y Commander, Lt. Gen. X,"); a word of a rank inside a rank ("Senior
 * Chief Petty Officer") is no post. "X's post/position/role as CEO of Y" (cue "post": a state, not weakened by the
 * verb governing it; "former" blocks it) and "X has been serving as interim CEO" name posts. A verb coordinated
 * after a clause whose main verb is "be"/"have" shares its subject ("She has been with Y, and is the head of Z"),
 * as it does after a passive ("X was recommended by Y and has been serving as") for posts, after skipping an
 * infinitive or a where/which aside. A campaign whose infinitive takes a place (cue "goal": "the effort to
 * isolate the city of Y", "In the campaign to liberate Y, X has ...") is an advance on it; an offensive against a
 * place (flag "advance") too, and "the government in Y" stands for Y. A claim of responsibility for attacks
 * ("X claimed responsibility for the bombing in Y", "the attacks in Y and Z, for which X has claimed
 * responsibility") is an attack. A minister, secretary or commissioner of a country is not employed by it.
 * Where places are ("Mosul, Iraq", "X, a self-proclaimed ISIL capital in Y", "Y Air Base, Turkey to support ...")
 * is read inside quotations too; "X in Y" needs Y to be a place of a known kind or introduced by a direction or
 * place noun (not a headline's "Raqqa in Next Isolation Phase").
 *
 * <p>Verbs that govern an event noun give its actor: a verb of carrying out (cue "conduct") an attack ("X conducted
 * 34 strikes against Y fighters", "X has launched almost 8,000 strikes against Y", "X carried out over 200 bombing
 * raids on Y targets") and a verb of expressing (cue "express") a stance ("X reiterated its support for Y", "X
 * provided air support to Y"). A stance held now may be stated by an infinitive under a word of stance (cue
 * "stance": "X continues to support Y", "X is committed to supporting Y", "X is working (as part of the Z
 * coalition) to defeat Y"; "will continue to" counts for stances, "continued to" for any relation), by a noun of
 * commitment or campaign ("X reaffirmed its commitment to support Y", "the Coalition's strategy to defeat Y"; an
 * unresolved "its/their" is the organisation or place just before it, unless a common noun of its number stands
 * between), by "in (its) support of Y" (the clause's subject, or the name after the comma when the phrase opens the
 * sentence) and by "stand by/with/shoulder to shoulder with Y"; "the government (and people) of Y" stands for Y.
 * Claiming attacks is claiming responsibility ("X claimed two bombings in Y"), an attack of someone in a place is an
 * attack on it ("X's attack in Y"), and an attack on something that is no entity hits the place it stands in ("the
 * attack on a hotel in Y, for which X claimed responsibility"). Calls made with a noun ("X's call for Y", "X's call
 * that ...") and "called on", "stressed the need to" are calls. "X joined Y for talks" is a meeting; "met Y
 * officials" meets Y. A name before a place noun is that place ("the Karrada district of Y", "the X neighborhood in
 * Y"; with a settlement noun the other way: "the Y village of X"), "the town of X" makes X a place whatever the
 * finder said, and "X, northern Y" reads like "X, Y". Posts: a field of two nouns ("vice president of sales and
 * marketing"), coordinated titles sharing one organisation ("Y President and Chief Executive Officer, X"), the
 * organisation set off after the role ("Gen. X, commander, Y" — and X, not Y, is the subject of the verb that
 * follows), the apposition's closing comma left out before the verb ("Col. X, Y spokesman will brief"), "Y and its
 * CEO X". A military rank ("General") is no position, and a deputy of a country's top post is not employed by the
 * country.
 *
 * <p>Press releases and places (round 8): "we" resolved to the issuing body ({@code FirstPersonPlural}) is a subject
 * like a name; a linking verb may stand before a word of stance ("X remains committed to supporting Y"), gerunds of
 * defeating count ("committed to defeating Y"), and the infinitive may follow a list of partners ("working with A,
 * the B Army, and our partners in the C community to support Y"). "X supports Y in defeating Z" (also "help")
 * gives Y and X opposes Z; "in order to defeat Y" states the stance of the clause's actor; "will continue to" counts
 * for every relation (an activity going on); "X military targets" names X as attacked. An organisation named as a
 * place's government ("the Government of Iraq") stands for the place when the article names it. Places: "X in
 * Northern Y" (a container named by a direction), "towns in Y including A and B", "A and other towns in Y",
 * "Deutsche Bank of Germany" (an organisation of a country), "the Old Bailey, located in London" (a participle of
 * state after a prepositional object), "the Los Angeles based X", "Y, X's home state" (basedIn), "the March 3 X, Y
 * airstrike". Taking and attacking: "the fall/loss of Y to X", "the X attack this morning at a market in Y",
 * "the attacks in A and B demonstrate the cruelty of the X regime", "the use of chemical weapons by X in Y",
 * "inflicting bombardment on Y", and "X and its backers, notably Z" (Z supports X).
 *
 * <p>Probing (round 9): an age or origin set off between a name and its post ("X, 54, chief executive of Y,"), the
 * first of two coordinated posts sharing the second's organisation ("X, the president and chief executive of Y,"),
 * posts taken with "as" (cue "take-post": "took over as", "succeeded Z as", "joined Y as chief financial officer":
 * Y employs X, no memberOf), "X is a small town in Y" (a place noun after a copula), "X and Y, both based in Z",
 * a group's name before a noun of fighters as the object ("backs the Houthi rebels"), projectiles fired at a
 * target ("X fired rockets at Y") and visits made or paid (cue "undertake").
 *
 * <p>Probing business news (round 10): an apposition describing the organisation before it ("X, the Y-based
 * automaker,"), a place before an organisation's base noun ("X's Y headquarters"), adjectives between an
 * organisation's possessive and a post ("Y's new CEO, X"; "former" still blocks), and "former" before an
 * organisation named before a post ("former Y CEO X": no post, no leads).
 *
 * <p>Probing (round 11): a person who joins a company (the last word of its name in cue class "company") is employed
 * by it, not a member ("X, who joined Y Securities in 2015"; "joined the Green Party" stays memberOf), "X, in
 * (southern) Y" and "X, Y's second-largest city" for two places, "appointed X as its new chairman" with "its"
 * resolved to the organisation, and staff named after "including" ("Analysts at Y, including X and Z").
 *
 * <p>A light clause model, from POS tags only, says which words may stand between a relation's parts. Between a
 * subject and its verb: auxiliaries and adverbs, comma asides (a prepositional phrase, relative clause, apposition
 * or participle phrase: "X, backed by Y, attacked Z"), a prepositional phrase after a name ("X of Exxon met Y"),
 * or the subject is the name set off after a role ("the chief executive of Y, X, met Z"). Between a verb and its
 * object: determiners, adjectives, numbers, titles, a place or part noun with "of" ("the strategic town of Y",
 * "the outskirts of Y"), "within" a distance "of" (advances), people "of/from" a group (meetings, attacks,
 * support: "met senior officials of Y"), a possessor for support and opposition ("condemned Y's invasion");
 * what was visited may stand before "in/at/near" its place ("visited troops in Y"). Verbs of going take their
 * destination preposition ("flew to Y", "pushed into Y"), coordinated verbs share the object ("attacked and
 * captured Y"), and a to-infinitive after a journey made states its purpose ("travelled to Y to meet Z"). Words
 * the tagger reads as nouns count as verbs where only a verb can stand ("X, who heads/NOUN Y"). Nothing crosses
 * into another clause: a verb of another clause never lends a relation its subject or object.
 *
 * <p>Only accomplished facts are kept: negated ("did not take"), modal ("will attack", "could"), infinitive
 * ("failed to capture", "plans to visit"; not the purpose of a journey made), conditional ("if", "whether": only
 * in the clause they open), and disputed ("claimed", "denied") relations are skipped, and so are event nouns that
 * are negated, modified by an irrealis word ("planned attack") or governed by a modal, negated or irrealis verb
 * ("threatened an attack on", "did not expect X's visit to"), as is everything inside quotation marks (what people
 * say is a statement, not a fact). Reported ones ("officials said X attacked Y") get a lower confidence.
 *
 * <p>Thread-safe: the lexicon is immutable and every call keeps its state on the stack.
 */
public final class LexiconRelationExtractor implements RelationExtractor {

    static final String RESOURCE = "relations.tsv";

    private static final Set<String> RELATIVE = Set.of("who", "which", "that");
    private static final Set<String> BOUNDARY_PUNCT = Set.of(",", ";", ":", ".", "!", "?", "\"", "(", ")", "[",
            "]", "--");

    private static final Set<String> WH_ADVERBS = Set.of("where", "when", "how", "why");
    /** "X, who is our editor": a possessive determiner of the speaker or listener before a post held. */
    private static final Set<String> PERSONAL_POSSESSIVES = Set.of("my", "our", "your", "his", "her");
    private static final Set<String> PHRASE_TRAILERS = Set.of("ADP", "CCONJ", "DET", "PART", "PUNCT");
    private static final Set<String> ROLE_PREPOSITIONS = Set.of("of", "at", "for", "with");
    private static final Set<String> LOYAL_PREPOSITIONS = Set.of("to", "with", "by");
    /** A unit's number before its name: "407th", "3rd", "50". */
    private static final Pattern UNIT_NUMBER = Pattern.compile("\\d+(st|nd|rd|th)?");
    /** Words of place the tagger may read as adverbs before a name ("fighting around X in Y"). */
    private static final Set<String> SPATIAL_ADVERBS = Set.of("around", "outside", "inside", "near", "across",
            "throughout");
    /** Tags a sentence's subject may open with (not a fronted preposition, subordinator, adverb or verb). */
    private static final Set<String> SUBJECT_START_TAGS = Set.of("DET", "NOUN", "PROPN", "ADJ", "NUM");
    private static final Set<String> MODIFIER_PREPOSITIONS = Set.of("of", "in", "at", "from", "near");
    /** Punctuation that ends a that-clause object ("insisted that ..."). */
    private static final Set<String> CLAUSE_END_PUNCT = Set.of(";", ".", "!", "?", ":");
    /** Tags of the words an addressee may be made of ("asked the government for ..."). */
    private static final Set<String> ADDRESSEE_TAGS = Set.of("PRON", "DET", "ADJ", "NOUN", "PROPN", "NUM");
    /** Possessive determiners that may stand before an event noun governed by a verb ("reiterated its support"). */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "our", "my", "your");
    /**
     * The entry for constructions without a lexicon verb whose subject may be a group through its armed men
     * ("X's forces conducted 30 strikes against Y", "X troops are committed to defeating Y").
     */
    private static final Entry ANY_ACTOR = new Entry(RelationLexicon.Kind.CUE, "", List.of(), null, Set.of(),
            Set.of(), 0, Set.of("forces"));

    /** The word classes of {@code relation-cues.tsv} (its header describes them), read once. */
    static final class RelationCues {
        static final String RESOURCE = "/org/newskg/extract/relation-cues.tsv";
        static final Set<String> CLASSES = Set.of("government-modifier");
        private static final Map<String, List<String>> WORDS = KnowledgeFiles.wordClasses(RESOURCE, CLASSES);

        private RelationCues() {
        }

        /** The words of class {@code cls} in file order; empty for a class the file does not list. */
        static List<String> of(String cls) {
            return WORDS.getOrDefault(cls, List.of());
        }

        /** The words of class {@code cls} as a regular-expression alternation ("a|b|c"), each quoted. */
        static String alternatives(String cls) {
            return String.join("|", of(cls).stream().map(Pattern::quote).toList());
        }
    }

    private final RelationLexicon lex;

    private LexiconRelationExtractor(RelationLexicon lex) {
        this.lex = lex;
    }

    private static final class Holder {
        static final LexiconRelationExtractor STANDARD = load();

        private static LexiconRelationExtractor load() {
            try (InputStream in = LexiconRelationExtractor.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("relation lexicon not on the classpath: " + RESOURCE);
                }
                return new LexiconRelationExtractor(RelationLexicon.load(in, RESOURCE));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + RESOURCE, e);
            }
        }
    }

    /** The extractor on newskg's bundled lexicon, loaded once. */
    public static LexiconRelationExtractor standard() {
        return Holder.STANDARD;
    }

    /** An extractor on another lexicon file in the format of {@code relations.tsv}. */
    public static LexiconRelationExtractor fromFile(Path tsv) throws IOException {
        try (InputStream in = Files.newInputStream(tsv)) {
            return new LexiconRelationExtractor(RelationLexicon.load(in, tsv.toString()));
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // per-call state

    /**
     * A mention with its entity and its tokens [first, last] in the sentence; {@code type} is the entity's type,
     * or the type its context states ("the town of X" is a place whatever the name finder said).
     */
    private record Span(Mention m, Entity e, int first, int last, EntityType type) {
        Span as(EntityType t) {
            return t == type ? this : new Span(m, e, first, last, t);
        }
    }

    /** The subject(s) found for a verb: how they were found, and where the time search may start. */
    private record Subject(List<Span> spans, double factor, String construction, int timeFrom) {
    }

    /** What stands before a verb: auxiliaries, adverbs, negation. {@code stop} is the token before them. */
    private record Chain(int stop, boolean negated, boolean modal, boolean infinitive, boolean be,
                         boolean attributionSkip, boolean attributionLower) {
        boolean factual() {
            return !negated && !modal && !infinitive && !attributionSkip;
        }
    }

    /** One sentence with its mentions by token, quote and time masks. */
    private static final class Ctx {
        final Sentence s;
        final List<Token> toks;
        final int n;
        final Span[] spanAt;
        final boolean[] quoted;
        final boolean[] timeTok;
        final List<TimeExpression> times;
        final Map<String, Entity> names;
        /** The organisation the previous sentence of the paragraph is about (see subjectOrganisation), or null. */
        Span previousSubject;

        Ctx(Sentence s, List<Span> spans, boolean[] quoted, LocalDate published, Map<String, Entity> names) {
            this.s = s;
            this.names = names;
            this.toks = s.tokens();
            this.n = toks.size();
            this.spanAt = new Span[n];
            for (Span sp : spans) {
                for (int i = sp.first(); i <= sp.last(); i++) {
                    spanAt[i] = sp;
                }
            }
            this.quoted = quoted;
            this.times = TimeExpressions.findAll(s, published);
            this.timeTok = new boolean[n];
            for (TimeExpression t : times) {
                for (int i = t.first(); i <= t.last(); i++) {
                    timeTok[i] = true;
                }
            }
        }

        Token tok(int i) {
            return toks.get(i);
        }

        String text(int i) {
            return toks.get(i).text();
        }

        boolean is(int i, String word) {
            return i >= 0 && i < n && toks.get(i).text().equalsIgnoreCase(word);
        }

        boolean pos(int i, String pos) {
            return i >= 0 && i < n && pos.equals(toks.get(i).pos());
        }

        Span span(int i) {
            return i >= 0 && i < n ? spanAt[i] : null;
        }

        /** A possessive marker: 's or a bare apostrophe, straight or curly. */
        boolean poss(int i) {
            if (i < 0 || i >= n) {
                return false;
            }
            String t = toks.get(i).text();
            return t.equals("'s") || t.equals("\u2019s") || t.equals("'") || t.equals("\u2019");
        }

        String slice(int first, int last) {
            return s.slice(toks.get(first).start(), toks.get(last).end());
        }
    }

    /**
     * The ontology's locatedIn holds between places; an organisation "in" or "of" a place, or "located in" it, is
     * based there ("the Iraqi Museum in Baghdad", "Toyota of Japan"): the same wording, the property whose domain
     * fits the subject's type in the graph (the entity's, so that the graph stays consistent with the ontology).
     */
    static Relation byDomain(Relation r) {
        if (r.predicate() == Predicate.LOCATED_IN && r.subject().type() != EntityType.PLACE) {
            return new Relation(r.subject(), Predicate.BASED_IN, r.object(), r.objectText(), r.place(), r.time(),
                    r.date(), r.evidence(), r.confidence(), r.rule());
        }
        return r;
    }

    /**
     * memberOf is a person's membership (of an armed service, unit, legislature or party): a country that joins a
     * bloc ("Bolivia and Peru join the community") and part-of between organisations (a division, subsidiary or
     * sub-unit: "X is part of Y", "X, a subsidiary of Y") are not recorded (eval/README.md, R1: "Part-of between
     * organisations ... has no predicate"; membership of the European Union, for countries, gives no memberOf).
     */
    static boolean memberIsPerson(Relation r) {
        return r.predicate() != Predicate.MEMBER_OF || r.subject().type() == EntityType.PERSON;
    }

    /** Relations found so far, without duplicates (same subject, predicate, object in a sentence). */
    private static final class Out {
        final List<Relation> list = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        void add(Relation found) {
            Relation r = byDomain(found);
            if (!memberIsPerson(r)) {
                return;
            }
            String obj = r.object() != null ? r.object().key() : "\"" + r.objectText().toLowerCase(Locale.ROOT);
            String key = r.evidence().sentence() + "|" + r.subject().key() + "|" + r.predicate() + "|" + obj;
            Integer at = index.get(key);
            if (at == null && r.predicate().isSymmetric() && r.object() != null) {
                at = index.get(r.evidence().sentence() + "|" + r.object().key() + "|" + r.predicate() + "|"
                        + r.subject().key());
            }
            if (at == null) {
                index.put(key, list.size());
                list.add(r);
            } else if (list.get(at).confidence() < r.confidence()) {
                list.set(at, r);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------

    @Override
    public List<Relation> extract(ResolvedText text, LocalDate published) {
        List<Sentence> sentences = text.analyzed().sentences();
        // mentions by sentence, once (ResolvedText's helpers rebuild their indexes on every call)
        Map<Integer, List<Mention>> bySentence = new HashMap<>();
        Map<Mention, Entity> owner = new IdentityHashMap<>();
        for (Entity e : text.entities()) {
            for (Mention m : e.mentions()) {
                owner.put(m, e);
                bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, Entity> names = knownNames(text.entities());
        Out out = new Out();
        boolean open = false;
        int paragraph = -1;
        Span previousSubject = null;
        for (Sentence s : sentences) {
            if (s.paragraph() != paragraph) {
                open = false;
                paragraph = s.paragraph();
                previousSubject = null;
            }
            boolean[] quoted = new boolean[s.tokens().size()];
            open = quoteMask(s.tokens(), quoted, open);
            List<Span> spans = governments(spans(s, bySentence.getOrDefault(s.index(), List.of()), owner), names);
            Ctx c = new Ctx(s, spans, quoted, published, names);
            c.previousSubject = previousSubject;
            sentence(c, out);
            previousSubject = subjectOrganisation(c, spans);
        }
        return partyPostsOfPartiesOnly(leadersNotEmployed(presidentsBesideChiefExecutives(armedPostsLeadBodies(
                out.list))));
    }

    /**
     * "the chief of the Desert Brigade" commands it, but "Anders Lund, the chief of NATO" leads NATO: a post of flag
     * "armed" commands only an armed body (the last word of its name of cue class "armed-body", or its subclass an
     * armed force) and leads any other organisation (eval/README.md: leads is the top post of an organisation,
     * commands the post of "commander of").
     */
    private List<Relation> armedPostsLeadBodies(List<Relation> found) {
        List<Relation> kept = new ArrayList<>(found.size());
        for (Relation r : found) {
            String rule = r.rule();
            int slash = rule.indexOf('/');
            if (r.predicate() == Predicate.COMMANDS && r.object() != null && rule.startsWith("role:") && slash > 5
                    && lex.roleHas(rule.substring(5, slash), "armed") && !armedBody(r.object())) {
                r = new Relation(r.subject(), Predicate.LEADS, r.object(), r.objectText(), r.place(), r.time(),
                        r.date(), r.evidence(), r.confidence(), rule + "+body");
            }
            kept.add(r);
        }
        return kept;
    }

    /** An armed force: its subclass says so, or the last word of its name or of an alias is an armed body's. */
    private boolean armedBody(Entity e) {
        if ("ArmedForce".equals(e.subclass()) || "Army".equals(e.subclass())) {
            return true;
        }
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        for (String n : names) {
            String[] words = n.trim().split("\\s+");
            if (lex.cueWord("armed-body", words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Green Party candidate X", "X, the Socialist Party nominee": a post of flag "party" makes its holder a member
     * of a political party only ("Senate candidate X" is no member of the Senate); its holdsPosition stays.
     */
    private List<Relation> partyPostsOfPartiesOnly(List<Relation> found) {
        List<Relation> kept = new ArrayList<>(found.size());
        for (Relation r : found) {
            String rule = r.rule();
            int slash = rule.indexOf('/');
            boolean partyPost = rule.startsWith("role:") && slash > 5 && r.object() != null
                    && lex.roleHas(rule.substring(5, slash), "party")
                    // "X, who stood for the Green Party": a verb of candidacy names a party, else nothing
                    || rule.startsWith("lexicon:") && slash > 8 && r.object() != null
                    && lex.verbHas(rule.substring(8, slash), "party");
            if (!partyPost || "PoliticalParty".equals(r.object().subclass())
                    || r.object().name().toLowerCase(Locale.ROOT).endsWith(" party")) {
                kept.add(r);
            }
        }
        return kept;
    }

    /**
     * "Apple executive Steve Jobs resigns" in an article that names him Apple's chief executive: the vague word
     * "executive" fits the top post, so it states no employment below it. A definite post stays ("has been with
     * GM" and a post below the top one, named before or beside the leading one, are facts of their own).
     */
    private static List<Relation> leadersNotEmployed(List<Relation> found) {
        Set<String> leads = new HashSet<>();
        for (Relation r : found) {
            if (r.predicate() == Predicate.LEADS && r.object() != null) {
                leads.add(r.subject().key() + "\t" + r.object().key());
            }
        }
        if (leads.isEmpty()) {
            return found;
        }
        List<Relation> out = new ArrayList<>();
        for (Relation r : found) {
            if (r.predicate() != Predicate.EMPLOYED_BY || r.object() == null || !r.rule().startsWith("role:executive/")
                    && !r.rule().equals(ORGANISATIONS_PERSON)
                    || !leads.contains(r.subject().key() + "\t" + r.object().key())) {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }

    /**
     * A company's "president" is its leader only when nobody else is named its chief executive: named beside a
     * chief executive (GM's president under its CEO), the president holds a post below the top one.
     */
    private static List<Relation> presidentsBesideChiefExecutives(List<Relation> found) {
        Map<String, Set<String>> chiefs = new HashMap<>();
        for (Relation r : found) {
            if (r.predicate() == Predicate.LEADS && r.object() != null && chiefExecutiveRule(r.rule())) {
                chiefs.computeIfAbsent(r.object().key(), k -> new HashSet<>()).add(r.subject().key());
            }
        }
        if (chiefs.isEmpty()) {
            return List.copyOf(found);
        }
        Out out = new Out();
        for (Relation r : found) {
            Set<String> chief = r.object() != null ? chiefs.get(r.object().key()) : null;
            if (r.predicate() == Predicate.LEADS && r.rule().startsWith("role:president/") && chief != null
                    && r.object().type() == EntityType.ORGANIZATION && !chief.contains(r.subject().key())) {
                r = new Relation(r.subject(), Predicate.EMPLOYED_BY, r.object(), r.objectText(), r.place(), r.time(),
                        r.date(), r.evidence(), r.confidence(), r.rule() + "+beside-chief-executive");
            }
            out.add(r);
        }
        return List.copyOf(out.list);
    }

    /**
     * An organisation recognisable as a company: the last word of its name or of an alias is a company word (cue
     * "company": "Securities", "Holdings", "Inc.", "Airlines") or it has a legal form.
     */
    private boolean isCompany(Entity e) {
        if (e.type() != EntityType.ORGANIZATION) {
            return false;
        }
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.name());
        for (String n : names) {
            String[] w = n.trim().split("\\s+");
            String last = w[w.length - 1];
            if (lex.cueWord("company", last) || lex.cueWord("company", last.replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    private static boolean chiefExecutiveRule(String rule) {
        return rule.startsWith("role:chief executive/") || rule.startsWith("role:ceo/")
                || rule.startsWith("role:chief executive officer/");
    }

    /**
     * The organisation named as the subject at the start of the sentence ("The Civic Party won 21 seats.",
     * "Brightloop has raised $50 million."), when it is the only organisation or person named in it outside
     * quotations; null otherwise: a later sentence's "Its leader" can only mean it.
     */
    private static Span subjectOrganisation(Ctx c, List<Span> spans) {
        Span first = null;
        for (Span sp : spans) {
            if (c.quoted[sp.first()] || sp.type() == EntityType.PLACE) {
                continue;
            }
            if (first != null && sp.e() != first.e()) {
                return null;
            }
            if (first == null) {
                first = sp;
            }
        }
        if (first == null || first.type() != EntityType.ORGANIZATION || !first.m().isName()
                || first.first() > 1 || first.first() == 1 && !c.is(0, "the")) {
            return null;
        }
        int k = first.last() + 1;
        if (k < c.n && c.pos(k, "ADV")) {
            k++;
        }
        return k < c.n && (c.tok(k).isVerb() || c.pos(k, "AUX")) ? first : null;
    }

    /** Names and aliases of organisations and places that belong to one entity only (for {@link #knownName}). */
    private static Map<String, Entity> knownNames(List<Entity> entities) {
        Map<String, Entity> names = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Entity e : entities) {
            if (e.type() == EntityType.PERSON) {
                continue;
            }
            Set<String> own = new HashSet<>(e.aliases());
            own.add(e.name());
            for (Mention m : e.mentions()) {
                if (m.isName()) {
                    own.add(m.text());
                }
            }
            for (String w : own) {
                if (w.length() > 1 && names.putIfAbsent(w, e) != null && names.get(w) != e) {
                    shared.add(w);
                }
            }
        }
        names.keySet().removeAll(shared);
        return names;
    }

    /**
     * An organisation name of a place's government: "Government of Iraq", "the Federal Government of Iraq", "the
     * Iraq Government".
     */
    private static final Pattern GOVERNMENT_OF = Pattern.compile(
            "(?i)(?:the\\s+)?(?:(?:" + RelationCues.alternatives("government-modifier") + ")\\s+)?"
            + "(?:government|administration)\\s+of\\s+(?:the\\s+)?(.+)");
    private static final Pattern PLACE_GOVERNMENT = Pattern.compile("(?i)(?:the\\s+)?(.+?)\\s+government");

    /**
     * A government named as an organisation ("the Government of Iraq", "the Iraq Government") stands for its
     * place when the article names the place (E6: a government is represented by its country): relations read
     * the place.
     */
    private static List<Span> governments(List<Span> spans, Map<String, Entity> names) {
        List<Span> out = null;
        for (int i = 0; i < spans.size(); i++) {
            Span sp = spans.get(i);
            if (sp.type() != EntityType.ORGANIZATION) {
                continue;
            }
            String text = sp.m().text().strip();
            java.util.regex.Matcher m = GOVERNMENT_OF.matcher(text);
            if (!m.matches()) {
                m = PLACE_GOVERNMENT.matcher(text);
                if (!m.matches()) {
                    continue;
                }
            }
            Entity place = names.get(m.group(1));
            if (place == null || place.type() != EntityType.PLACE) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans);
            }
            out.set(i, new Span(sp.m(), place, sp.first(), sp.last(), EntityType.PLACE));
        }
        return out == null ? spans : out;
    }

    private static List<Span> spans(Sentence s, List<Mention> mentions, Map<Mention, Entity> owner) {
        List<Span> spans = new ArrayList<>(mentions.size());
        List<Token> toks = s.tokens();
        for (Mention m : mentions) {
            int first = -1;
            int last = -1;
            for (Token t : toks) {
                // a token only partly inside the mention ("UN-backed") does not stand for it
                if (t.start() >= m.start() && t.end() <= m.end()) {
                    if (first < 0) {
                        first = t.index();
                    }
                    last = t.index();
                }
            }
            if (first >= 0) {
                spans.add(new Span(m, owner.get(m), first, last, owner.get(m).type()));
            }
        }
        return spans;
    }

    /**
     * Marks the tokens inside quotation marks. Double quotes may run over sentences of a paragraph (the state is
     * carried in and returned); single quotes are paired inside the sentence, opening before a word and closing
     * after one, so that apostrophes ("Guterres' visit") are not taken for quotes.
     */
    static boolean quoteMask(List<Token> toks, boolean[] quoted, boolean open) {
        int n = toks.size();
        for (int i = 0; i < n; i++) {
            if (toks.get(i).text().equals("\"")) {
                quoted[i] = true;
                open = !open;
            } else {
                quoted[i] = open;
            }
        }
        int opening = -1;
        for (int i = 0; i < n; i++) {
            Token t = toks.get(i);
            if (!t.text().equals("'") && !t.text().equals("`")) {
                continue;
            }
            boolean gluedNext = i + 1 < n && toks.get(i + 1).start() == t.end();
            boolean gluedPrev = i > 0 && toks.get(i - 1).end() == t.start();
            if (opening < 0 && gluedNext && !gluedPrev) {
                opening = i;
            } else if (opening >= 0 && gluedPrev && !gluedNext) {
                for (int k = opening; k <= i; k++) {
                    quoted[k] = true;
                }
                opening = -1;
            }
        }
        return open;
    }

    private void sentence(Ctx c, Out out) {
        for (int i = 0; i < c.n; i++) {
            if (c.quoted[i] || c.spanAt[i] != null) {
                continue;
            }
            if (c.pos(i, "NOUN") && lex.cue("attackplace", c.tok(i))) {
                attackAtPlace(c, i, out);
                attacksShowingActor(c, i, out);
            }
            Match ev = nominalContext(c, i) ? lex.matchEventNoun(c.toks, i) : null;
            if (ev != null) {
                eventNoun(c, ev, out);
                continue;
            }
            if (c.is(i, "with") && backing(c, i, out)) {
                continue;
            }
            if (c.is(i, "in") && inSupportOf(c, i, out)) {
                continue;
            }
            // a noun after a possessive ("X's call/VERB that": the tagger may read it as a verb)
            boolean noun = c.pos(i, "NOUN") || c.pos(i, "VERB") && !c.tok(i).isCapitalized();
            if (noun && (c.poss(i - 1) || c.pos(i - 1, "ADJ") && c.poss(i - 2))) {
                if (callNoun(c, i, out)) {
                    continue;
                }
            }
            if (c.pos(i, "NOUN") && lex.cue("campaign", c.tok(i)) && c.is(i + 1, "to")) {
                campaignAgainst(c, i, out);
            }
            if (c.is(i - 1, "in") && c.text(i).toLowerCase(Locale.ROOT).endsWith("ing")
                    && lex.cue("defeat", c.tok(i)) && helpInDefeating(c, i, out)) {
                continue;
            }
            if (c.is(i - 1, "to") || c.is(i - 1, "and") || c.is(i - 1, "or")) {
                // the tagger may read "to defeat/NOUN Y" as a noun after "to"
                if (lex.cue("defeat", c.tok(i)) && (!c.pos(i, "NOUN") || c.is(i - 1, "to"))
                        && defeatInfinitive(c, i, out)) {
                    continue;
                }
            }
            if (c.tok(i).isVerb() && lex.cue("appoint", c.tok(i)) && appoint(c, i, out)) {
                continue;
            }
            if (c.tok(i).isVerb() && "claim".equals(lex.verbLemma(c.tok(i))) && i + 1 < c.n
                    && (lex.cue("responsibility", c.tok(i + 1)) || claimedAttack(c, i + 1) >= 0)) {
                claimedResponsibility(c, i, out);
                continue;
            }
            if (c.tok(i).isVerb() && postTaken(c, i, out)) {
                continue;
            }
            if (c.is(i + 1, "as") && lex.cue("post", c.tok(i))) {
                if (c.pos(i, "NOUN") && postAs(c, i, out)) {
                    continue;
                }
                if (c.tok(i).isVerb() && serveAs(c, i, out)) {
                    continue;
                }
            }
            if (c.pos(i, "NOUN") && lex.cue("fallto", c.tok(i)) && c.is(i + 1, "of")) {
                fallTo(c, i, out);
            }
            if (c.pos(i, "NOUN") && c.is(i, "use") && c.is(i + 1, "of")) {
                useOfWeaponsBy(c, i, out);
            }
            if (c.tok(i).isVerb() && lex.cue("harm", c.tok(i)) && c.is(i + 1, "in")) {
                harmedInAttackBy(c, i, out);
            }
            if (c.tok(i).isVerb() && "exchange".equals(lex.verbLemma(c.tok(i))) && !c.quoted[i]) {
                exchangedFire(c, i, out);
            }
            if (c.tok(i).isVerb() && lex.cueVerb("receive", c.tok(i)) && !c.quoted[i]) {
                receivedSupport(c, i, out);
            }
            if (c.pos(i, "NOUN") && lex.cue("backers", c.tok(i))) {
                backersNotably(c, i, out);
            }
            if (c.tok(i).isVerb() && "join".equals(lex.verbLemma(c.tok(i)))) {
                joinedForTalks(c, i, out);
            }
            Match m = verbAt(c, i);
            if (m != null) {
                verb(c, m, out);
                continue;
            }
            Match r = lex.matchRole(c.toks, i);
            if (r == null && c.pos(i, "ADJ") && betweenOrganisationAndName(c, i)) {
                // "Acme executive Ana Ruiz": the tagger reads a role noun between two names as an adjective
                r = lex.matchRole(c.toks, i, true);
            }
            if (r == null && c.pos(i, "ADJ") && !c.tok(i).isCapitalized() && (c.is(i - 1, "a") || c.is(i - 1, "an"))
                    && (c.is(i + 1, "at") || c.is(i + 1, "of") || c.is(i + 1, "with"))) {
                // "X, an astronomer at Y": after an article and before a preposition the tagger's adjective is a
                // noun
                r = lex.matchRole(c.toks, i, true);
            }
            if (r == null && c.spanAt[i] == null && !c.tok(i).isCapitalized() && !c.tok(i).isVerb()
                    && !c.pos(i, "NOUN") && !c.pos(i, "PROPN") && !c.pos(i, "ADJ") && personNameAt(c, i + 1) != null) {
                // "trails incumbent mayor/PUNCT X", "Democratic Party nominee/SCONJ X": right before a person's
                // name a lower-case role word is a noun whatever (but an adjective) the tagger made of it
                r = lex.matchRole(c.toks, i, true);
            }
            if (r != null) {
                role(c, r, out);
                i = r.last();
                continue;
            }
            Entry base = lex.baseNoun(c.tok(i));
            if (base != null && c.pos(i, "NOUN")) {
                baseNoun(c, i, base, out);
            }
        }
        for (int i = 0; i < c.n; i++) {
            Span sp = c.spanAt[i];
            if (sp != null && sp.last() == i && !c.quoted[i]) {
                backedCompound(c, sp, out);
            }
            if (sp == null && c.is(i, "including") && c.is(i - 1, ",") && !c.quoted[i]) {
                includedStaff(c, i, out);
            }
            // where places are ("Mosul, Iraq", "X in northern Y") is stated as a fact also inside a quotation
            if (sp != null && sp.first() == i && sp.type() == EntityType.PLACE) {
                place(c, sp, out);
            } else if (sp != null && sp.first() == i && namedAsPlace(c, sp)) {
                place(c, sp.as(EntityType.PLACE), out);   // "the town of X in Y" where X was taken for a group
            }
            if (sp != null && sp.first() == i) {
                placeNounOf(c, sp, out);
            }
            if (sp != null && sp.first() == i && !c.quoted[i]) {
                institutionIn(c, sp, out);
                if (sp.type() == EntityType.ORGANIZATION) {
                    rankedMember(c, sp, out);
                    organisationOfCountry(c, sp, out);
                    campusAfterComma(c, sp, out);
                    ledCompound(c, sp, out);
                    partysPeople(c, sp, out);
                    organisationsPerson(c, sp, out);
                }
                if (sp.type() == EntityType.PLACE) {
                    placesIncluded(c, sp, out);
                }
                if (sp.type() == EntityType.PERSON) {
                    personOfOrganisation(c, sp, out);
                    personsParty(c, sp, out);
                }
            }
        }
    }

    /**
     * The verb pattern at token i: a token tagged as a verb, or one the tagger read as a noun or adjective where
     * only a verb can stand: after a relative pronoun ("who heads/NOUN Apple"), after an infinitive "to" that
     * follows a clause ("flew to Paris to meet/NOUN Macron"), or after an auxiliary.
     */
    private Match verbAt(Ctx c, int i) {
        Match m = lex.matchVerb(c.toks, i);
        if (m != null) {
            return m;
        }
        Token t = c.tok(i);
        String pos = t.pos();
        if ("AUX".equals(pos) && "be".equals(t.lemma()) && c.is(i + 1, "with")) {
            return lex.matchVerbAt(c.toks, i);   // "has been with General Motors for 33 years" (tagged AUX)
        }
        if (!("NOUN".equals(pos) || "ADJ".equals(pos)) || t.isCapitalized() || i == 0 || !lex.knownVerb(t)) {
            return null;
        }
        Token prev = c.tok(i - 1);
        boolean verbSlot = relativePronoun(prev) && i >= 2 && c.span(i - 2) != null
                || relativePronoun(prev) && c.is(i - 2, ",") && c.span(i - 3) != null
                || "AUX".equals(prev.pos()) && !lex.cue("copula", prev)
                || c.is(i - 1, "to") && i >= 2 && (c.spanAt[i - 2] != null || c.timeTok[i - 2])
                && t.text().equalsIgnoreCase(t.lemma())
                || nameVerbName(c, i);
        // the next word must be able to start its object: a determiner, a name, a preposition
        boolean objectNext = i + 1 < c.n && (c.spanAt[i + 1] != null || "DET".equals(c.tok(i + 1).pos())
                || "ADP".equals(c.tok(i + 1).pos()));
        if (!verbSlot && thatVerbAfterName(c, i)) {
            Match m2 = lex.matchVerbAt(c.toks, i);
            List<String> w = m2 == null ? List.of() : m2.entry().words();
            return !w.isEmpty() && w.get(w.size() - 1).equals("that") ? m2 : null;
        }
        return verbSlot && objectNext ? lex.matchVerbAt(c.toks, i) : null;
    }

    /**
     * "Brazil supports Korea in its bid", "He said Tarkistan backs Varnia": a third-person verb form the tagger took
     * for a plural noun between two names, the first opening a clause (the sentence's start, after "that", a
     * comma or a verb of saying) with no determiner or possessive before it, the second right after the verb.
     */
    private static boolean nameVerbName(Ctx c, int i) {
        Token t = c.tok(i);
        Span x = c.span(i - 1);
        Span y = c.span(i + 1);
        if (!t.text().endsWith("s") || t.text().equalsIgnoreCase(t.lemma()) || x == null || x.last() != i - 1
                || y == null || y.first() != i + 1 || c.poss(y.last() + 1)) {
            return false;
        }
        int b = x.first() - 1;
        return b < 0 || c.is(b, "that") || c.is(b, ",") || c.tok(b).isVerb() && "say".equals(c.tok(b).lemma());
    }

    /**
     * "The World Health Organization (WHO) recommends that ...", "The Fund insists that ...": a third-person verb
     * form the tagger took for a plural noun, right after a name (or its bracketed acronym) and before "that".
     */
    private static boolean thatVerbAfterName(Ctx c, int i) {
        Token t = c.tok(i);
        if (!c.is(i + 1, "that") || !t.text().endsWith("s") || t.text().equalsIgnoreCase(t.lemma())) {
            return false;
        }
        int b = i - 1;
        if (c.is(b, ")") && b >= 2 && c.is(b - 2, "(")) {
            b -= 3;   // "(WHO)"
        }
        Span sp = b >= 0 ? c.spanAt[b] : null;
        return sp != null && sp.last() == b && sp.type() != EntityType.PLACE;
    }

    /**
     * "With the support of X, Y retook Z", "Y, with X's backing, has ...", "With US help, Y ...": a phrase of help
     * (a noun of cue class "backing") set off by commas names who backs the clause's subject: X supports Y. The
     * subject is the name after the phrase (followed by its verb or an aside) or, when the phrase is itself an
     * aside, the name before it (not a place after a preposition: "In Syria, with ...").
     */
    private boolean backing(Ctx c, int w, Out out) {
        int k = w + 1;
        List<Span> backers = new ArrayList<>();
        int noun = -1;
        while (k < c.n && k - w < 6 && c.spanAt[k] == null && (c.pos(k, "DET") || c.pos(k, "ADJ"))) {
            k++;
        }
        Span pre = c.span(k);
        if (pre != null && pre.first() == k) {
            // "with US support", "with Russia's backing"
            int h = c.poss(pre.last() + 1) ? pre.last() + 2 : pre.last() + 1;
            if (h < c.n && c.pos(h, "NOUN") && lex.cue("backing", c.tok(h))) {
                backers.add(pre);
                noun = h;
                k = h + 1;
            }
        } else if (k < c.n && c.pos(k, "NOUN") && lex.cue("backing", c.tok(k)) && c.is(k + 1, "of")) {
            noun = k;
            k += 2;
            int q = k;
            // "of the 60-plus nation X": determiners, numbers and lower-case nouns before the name
            while (k < c.n && k - q < 6 && c.spanAt[k] == null && (c.pos(k, "DET") || c.pos(k, "ADJ")
                    || c.pos(k, "NUM") || c.is(k, "-") || c.pos(k, "NOUN") && !c.tok(k).isCapitalized())) {
                k++;
            }
            Span x = c.span(k);
            while (x != null && x.first() == k) {
                backers.add(x);
                k = x.last() + 1;
                if (!(c.is(k, "and") || c.is(k, ",") && c.span(k + 1) != null && c.span(k + 1).first() == k + 1
                        && c.is(c.span(k + 1).last() + 1, "and"))) {
                    break;
                }
                x = c.span(k + 1);
                k++;
            }
        }
        if (noun < 0 || backers.isEmpty() || !c.is(k, ",") || c.quoted[w]) {
            return false;
        }
        Span y = null;
        boolean opening = w == 0 || c.is(w - 1, ",");
        if (opening) {
            int q = skipModifiersRight(c, k + 1);
            Span after = c.span(q);
            int z = after == null ? -1 : after.last() + 1;
            if (after != null && after.first() == q && z < c.n && (c.is(z, ",") || c.tok(z).isVerb())) {
                y = after;
            }
        }
        if (y == null && w >= 2 && c.is(w - 1, ",")) {
            Span before = c.span(w - 2);
            if (before != null && before.last() == w - 2 && !c.pos(before.first() - 1, "ADP")) {
                y = before;
            }
        }
        if (y == null) {
            return false;
        }
        for (Span x : backers) {
            if (x.e() == y.e()) {
                continue;
            }
            int first = Math.min(w, y.first());
            int last = Math.max(k - 1, y.last());
            out.add(new Relation(x.e(), Predicate.SUPPORTS, y.e(), y.m().text(), null, null, null,
                    evidence(c, first, last), clamp(0.75 * (backers.size() > 1 ? 0.95 : 1.0)),
                    "pattern:with-backing"));
        }
        return true;
    }

    /**
     * "X conducted strikes in support of Y", "X remains steadfast in its support of Y", "In support of Y, X
     * conducted ...": a phrase "in (its) support of/for Y" (a noun of cue class "backing") states that the subject
     * of the clause it belongs to supports Y. The subject is that of the nearest factual, active verb before the
     * phrase (a participle reducing a relative clause is passed over: "strikes coordinated with and in support
     * of"), or, when the phrase opens the sentence, the name after its comma. "the government (and people) of Y"
     * stands for Y.
     */
    private boolean inSupportOf(Ctx c, int w, Out out) {
        int k = w + 1;
        if (k < c.n && POSSESSIVE_PRONOUNS.contains(c.text(k).toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k + 1 >= c.n || !c.pos(k, "NOUN") || !lex.cue("backing", c.tok(k))
                || !(c.is(k + 1, "of") || c.is(k + 1, "for")) || c.quoted[w]) {
            return false;
        }
        List<Span> ys = objects(c, k + 2, Predicate.SUPPORTS);
        if (ys.isEmpty()) {
            return false;
        }
        int yEnd = ys.stream().mapToInt(Span::last).max().orElse(k);
        List<Span> xs;
        double f;
        String construction;
        if (fronted(c, w)) {
            // "In support of Y, X's aircraft conducted ...": the subject after the comma
            Span x = c.is(yEnd + 1, ",") ? subjectAfter(c, yEnd + 2) : null;
            if (x == null) {
                return false;
            }
            xs = List.of(x);
            f = 0.9;
            construction = "fronted";
        } else {
            Subject s = clauseSubjectBefore(c, w);
            if (s == null) {
                return false;
            }
            xs = s.spans();
            f = s.factor();
            construction = s.construction();
        }
        for (Span x : xs) {
            for (Span y : ys) {
                if (x.e() == y.e()) {
                    continue;
                }
                out.add(new Relation(x.e(), Predicate.SUPPORTS, y.e(), y.m().text(), null, null, null,
                        evidence(c, Math.min(x.first(), w), Math.max(yEnd, x.last())), clamp(0.75 * f),
                        "pattern:in-support-of/" + construction));
            }
        }
        return true;
    }

    /**
     * The name that opens the clause at token k, when a verb follows it (auxiliaries, adverbs and a force noun
     * between: "X aircraft conducted", "the X forces have"); null otherwise.
     */
    private Span subjectAfter(Ctx c, int k) {
        k = skipModifiersRight(c, k);
        Span x = c.span(k);
        if (x == null || x.first() != k) {
            return null;
        }
        int v = x.last() + 1;
        if (c.poss(v)) {
            v++;
        }
        while (v < c.n && c.spanAt[v] == null && (c.pos(v, "ADJ") || c.pos(v, "NOUN") && !c.tok(v).isCapitalized()
                && lex.forceNoun(c.tok(v)) == null && v - x.last() < 3)) {
            v++;
        }
        if (v < c.n && lex.forceNoun(c.tok(v)) != null) {
            v++;
        }
        while (v < c.n && (c.pos(v, "AUX") || c.pos(v, "ADV"))) {
            if (lex.cue("modal", c.tok(v)) || lex.cue("negation", c.tok(v))) {
                return null;
            }
            v++;
        }
        return v < c.n && c.tok(v).isVerb() && c.spanAt[v] == null ? x : null;
    }

    /**
     * The subject of the clause that a phrase at token {@code w} belongs to: the nearest verb before it that is not
     * a participle reducing a relative clause ("strikes coordinated with"), factual and active (a copula or
     * "remain" included: "X remains steadfast in"); null when it has no certain subject.
     */
    private Subject clauseSubjectBefore(Ctx c, int w) {
        for (int k = w - 1; k >= 0 && k > w - 25; k--) {
            if (c.is(k, ";") || c.is(k, ":") || c.quoted[k]) {
                return null;
            }
            Token t = c.tok(k);
            if (c.spanAt[k] != null || !(t.isVerb() || mainAuxiliary(c, k))) {
                continue;
            }
            String text = t.text().toLowerCase(Locale.ROOT);
            boolean participle = text.endsWith("ed") || text.endsWith("en") || text.endsWith("ing")
                    || lex.pastForm(t);
            Chain ch = chain(c, k);
            if (participle && ch.stop() == k - 1 && k >= 1 && (c.pos(k - 1, "NOUN") || c.pos(k - 1, "NUM"))
                    && c.spanAt[k - 1] == null && k + 1 < c.n && c.pos(k + 1, "ADP")) {
                continue;   // "34 strikes coordinated with": a reduced relative clause
            }
            boolean progressive = text.endsWith("ing");
            if (!ch.factual() || ch.be() && !progressive && t.isVerb() && !lex.cue("copula", t)
                    || conditional(c, k) || attributionSkipBefore(c, ch.stop())) {
                return null;
            }
            return actorBefore(c, ch, 1.0, "clause-");
        }
        return null;
    }

    /**
     * "X's campaign to defeat Y", "X is leading efforts in the campaign to defeat Y", "X joined the fight to oust
     * Y": a campaign noun (cue "campaign") whose infinitive is a verb of defeating (cue "defeat", possibly
     * coordinated: "to degrade and defeat Y") states that whoever wages it opposes Y. The one who wages it is the
     * campaign's possessor or modifier, or the subject of a verb of waging (cue "wage") that governs it.
     */
    private void campaignAgainst(Ctx c, int n, Out out) {
        int k = n + 2;
        if (k >= c.n || c.quoted[n]) {
            return;
        }
        // "the effort to isolate the city of Y", "their advance to liberate Y": a goal of taking a place
        String cls = lex.cue("defeat", c.tok(k)) ? "defeat" : lex.cue("goal", c.tok(k)) ? "goal" : null;
        // "X's commitment to support Y", "Coalition efforts to support Y": a verb of support in the infinitive
        Match sup = cls == null && c.spanAt[k] == null ? lex.matchVerbAt(c.toks, k) : null;
        if (sup != null && sup.entry().predicate() == Predicate.SUPPORTS && sup.entry().kind() == RelationLexicon.Kind.VERB
                && !sup.entry().has("inverse")) {
            cls = "support";
            k = sup.last();
        }
        if (cls == null) {
            return;
        }
        if (!cls.equals("support") && (c.is(k + 1, "and") || c.is(k + 1, "or")) && k + 2 < c.n
                && lex.cue(cls, c.tok(k + 2))) {
            k += 2;
        }
        int q = k + 1;
        while (q < c.n && q - k < 4 && c.spanAt[q] == null && (c.pos(q, "DET") || c.pos(q, "ADJ"))) {
            q++;
        }
        Span y;
        if (cls.equals("support")) {
            List<Span> ys = objects(c, k + 1, Predicate.SUPPORTS);
            y = ys.isEmpty() ? null : ys.get(0);
        } else {
            y = cls.equals("goal") ? placeAfter(c, q) : c.span(q);
        }
        if (y == null || cls.equals("defeat") && (y.first() != q || !objectEnd(c, y))) {
            return;
        }
        List<Span> actors = new ArrayList<>();
        String construction;
        int b = n - 1;
        while (b >= 0 && c.spanAt[b] == null && c.pos(b, "ADJ")) {
            b--;
        }
        Span its = c.span(b) == null && b >= 0 && (c.is(b, "its") || c.is(b, "their")) ? nearestGroupBefore(c, b) : null;
        if (c.poss(b) && c.span(b - 1) != null) {
            actors.add(c.span(b - 1));
            construction = "possessor";
        } else if (c.span(b) != null && c.span(b).last() == b) {
            actors.add(c.span(b));
            construction = "modifier";
        } else if (its != null) {
            // "X reaffirmed its commitment to support Y", "the ISF in their efforts to defeat Y"
            actors.add(its);
            construction = "its";
            Subject s = c.is(b, "their") && b >= 1 && c.tok(b - 1).isVerb() && !conditional(c, b - 1)
                    ? actorOf(c, b - 1, Predicate.OPPOSES) : null;
            if (s != null && s.spans().size() > 1 && s.spans().stream().anyMatch(sp -> sp.e() == its.e())) {
                // "X and Y reaffirmed their commitment to defeat Z": "their" is both subjects'
                actors = new ArrayList<>(s.spans());
            }
        } else {
            // the verb that governs the campaign: "X is leading efforts in the campaign to", "X joined the fight to"
            int v = b;
            while (v >= 0 && n - v < 8 && c.spanAt[v] == null && !c.pos(v, "PUNCT")
                    && (!c.tok(v).isVerb() && (c.pos(v, "DET") || c.pos(v, "ADJ") || c.pos(v, "NOUN")
                    || c.pos(v, "ADP")) || attributiveParticiple(c, v))) {
                v--;
            }
            int d = c.is(b, "the") ? b - 1 : b;
            if (c.is(d, "in") && fronted(c, d)) {
                // "(Elsewhere) in the campaign to defeat Y, X has ...": the subject of the clause it opens
                Span x = activeSubjectAfter(c, y.last() + 1);
                if (x == null) {
                    return;
                }
                actors.add(x);
                construction = "fronted";
            } else if (v < 0 || !c.tok(v).isVerb() || !lex.cue("wage", c.tok(v)) || conditional(c, v)) {
                return;
            } else {
                // a fact, or a stance held now: "X will continue to lead the coalition to defeat Y"
                Subject s = actorOf(c, v, Predicate.OPPOSES);
                if (s == null) {
                    return;
                }
                actors.addAll(s.spans());
                construction = "waged";
            }
        }
        if (cls.equals("support") && !realNominal(c, skipDetLeft(c, Math.min(n, actors.get(0).first()) - 1))
                && !construction.equals("waged") && !construction.equals("fronted")) {
            return;   // "X abandoned its plan to ..." is no campaign; "a planned effort to support Y" neither
        }
        emitOpposes(c, n, y, actors, construction, cls.equals("goal") ? Predicate.ADVANCED_ON
                : cls.equals("support") ? Predicate.SUPPORTS : Predicate.OPPOSES, out);
    }

    /**
     * "Kenya's Foreign Minister X", "Acme chief executive X" at {@code k}: an organisation or place (perhaps a
     * possessor), a post of it and the holder's name; the index of the name, or {@code k} when the words at
     * {@code k} do not read so.
     */
    private int titledHolderAt(Ctx c, int k) {
        Span o = c.span(k);
        if (o == null || o.first() != k || o.type() == EntityType.PERSON) {
            return k;
        }
        int r = c.poss(o.last() + 1) ? o.last() + 2 : o.last() + 1;
        int words = 0;
        while (r < c.n && c.spanAt[r] == null && words++ < 4) {
            Match role = lex.matchRole(c.toks, r, true);
            if (role != null) {
                int at = afterRanks(c, role.last() + 1);
                if (personNameAt(c, at) != null && !c.quoted[at]) {
                    return at;
                }
            }
            if (!(lex.cue("rolemod", c.tok(r)) || lex.cue("deputy", c.tok(r)) || c.pos(r, "ADJ")
                    || c.pos(r, "NOUN") || c.pos(r, "PROPN") && c.tok(r).isCapitalized())) {
                return k;
            }
            r++;
        }
        return k;
    }

    /** "enhance combined efforts", "the joined-up efforts": a participle in -ed between a verb or "the" and a noun. */
    private static boolean attributiveParticiple(Ctx c, int v) {
        return c.tok(v).isVerb() && c.text(v).endsWith("ed") && v > 0 && v + 1 < c.n
                && (c.tok(v - 1).isVerb() || c.pos(v - 1, "DET")) && c.pos(v + 1, "NOUN");
    }

    /**
     * The organisation or place nearest before token {@code b} in its sentence (an unresolved "its"/"their":
     * "the U.S. reaffirms its commitment", "supported the ISF in their efforts"), outside quotations; null if none
     * within 15 tokens.
     */
    private static Span nearestGroupBefore(Ctx c, int b) {
        boolean plural = c.is(b, "their");
        for (int q = b - 1; q >= 0 && q >= b - 15; q--) {
            Span o = c.spanAt[q];
            if (o != null && o.type() != EntityType.PERSON && !c.quoted[q]) {
                return o;
            }
            // a common noun of the pronoun's number between may be what it stands for ("the resolve of the
            // international community in its determination"): no certain antecedent
            String w = c.text(q).toLowerCase(Locale.ROOT);
            boolean pluralNoun = w.endsWith("s") && !w.endsWith("ss");
            if (c.is(q, ";") || o == null && c.pos(q, "NOUN") && !c.tok(q).isCapitalized() && pluralNoun == plural) {
                return null;
            }
        }
        return null;
    }

    /** Whether the preposition at {@code v} opens its sentence, after at most one adverb ("Elsewhere in ..."). */
    private static boolean fronted(Ctx c, int v) {
        return v == 0 || v == 1 && c.pos(0, "ADV");
    }

    /**
     * ", X has begun ...": the name after the comma at {@code k} when an active verb follows it (auxiliaries
     * between; not a passive "X was liberated").
     */
    private static Span activeSubjectAfter(Ctx c, int k) {
        if (!c.is(k, ",")) {
            return null;
        }
        int q = skipModifiersRight(c, k + 1);
        Span x = c.span(q);
        if (x == null || x.first() != q) {
            return null;
        }
        int v = x.last() + 1;
        boolean be = false;
        while (v < c.n && (c.pos(v, "AUX") || c.pos(v, "ADV"))) {
            be |= "be".equals(c.tok(v).lemma()) || "get".equals(c.tok(v).lemma());
            v++;
        }
        boolean verb = v < c.n && c.tok(v).isVerb() && c.spanAt[v] == null;
        boolean participle = verb && !c.text(v).toLowerCase(Locale.ROOT).endsWith("ing");
        return verb && !(be && participle) ? x : null;
    }

    private static void emitOpposes(Ctx c, int n, Span y, List<Span> actors, String construction, Predicate p,
                                    Out out) {
        boolean advance = p == Predicate.ADVANCED_ON;
        for (Span x : actors) {
            if (x.e() == y.e() || p == Predicate.OPPOSES && x.type() == EntityType.PLACE && y.type() == EntityType.PLACE
                    || advance && x.type() == EntityType.PLACE && "City".equals(x.m().subclass())) {
                continue;
            }
            out.add(new Relation(x.e(), p, y.e(), y.m().text(), null, null, null,
                    evidence(c, Math.min(x.first(), n), Math.max(y.last(), x.last())),
                    clamp(construction.equals("waged") ? 0.7 : 0.75),
                    (advance ? "pattern:campaign-to-take/" : p == Predicate.SUPPORTS ? "pattern:campaign-to-support/"
                            : "pattern:campaign-to-defeat/") + construction));
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // event nouns: "X's attack on Y", "U.S. strikes against Y", "the capture of Y by X", "talks between X and Y"

    /**
     * Whether token i can head a noun phrase: tagged as a noun, or tagged as a verb right after a possessive or
     * a determiner (the tagger reads "Guterres's visit to" as a verb).
     */
    private static boolean nominalContext(Ctx c, int i) {
        String pos = c.tok(i).pos();
        if ("NOUN".equals(pos) || "PROPN".equals(pos) && !c.tok(i).isCapitalized()) {
            return true;
        }
        // ... or first in the sentence ("Talks between X and Y ended")
        // ... or right after a name ("UK support for Iraq"): the pattern's preposition rules out the verb
        return "VERB".equals(pos) && (i == 0 || c.poss(i - 1) || c.pos(i - 1, "DET") || c.pos(i - 1, "PRON")
                && c.span(i - 1) != null || c.span(i - 1) != null && c.span(i - 1).m().isName()
                && c.tok(i).text().equalsIgnoreCase(c.tok(i).lemma()));
    }

    private void eventNoun(Ctx c, Match m, Out out) {
        Entry e = m.entry();
        int noun = m.first();
        boolean between = e.words().get(e.words().size() - 1).equals("between");
        List<Span> objects = objects(c, m.last() + 1, e.predicate());
        if (objects.isEmpty() && e.predicate() == Predicate.ATTACKED) {
            objects = targetObject(c, m.last() + 1);
        }
        if (objects.isEmpty()) {
            return;
        }
        int objEnd = objects.stream().mapToInt(Span::last).max().orElse(m.last());
        // the actor: a possessor ("X's", "the X regime's", "his"), a modifier ("U.S. strikes"), or "by X" after it
        int left = noun - 1;
        while (left >= 0 && c.spanAt[left] == null && left >= noun - 3
                && ("ADJ".equals(c.tok(left).pos()) || "NUM".equals(c.tok(left).pos())
                || ("NOUN".equals(c.tok(left).pos()) || "VERB".equals(c.tok(left).pos()))
                && !c.tok(left).isCapitalized() && lex.forceNoun(c.tok(left)) == null)) {
            if (lex.cue("irrealis", c.tok(left)) || lex.cue("former", c.tok(left))) {
                return;   // "a planned attack on", "possible strikes against"
            }
            left--;
        }
        if (left >= 0 && c.spanAt[left] == null && lex.cue("irrealis", c.tok(left))) {
            return;
        }
        List<Span> actors = new ArrayList<>();
        String construction;
        double factor = 1.0;
        int npStart;
        if (between) {
            if (objects.size() < 2) {
                return;
            }
            actors.add(objects.get(0));
            objects = objects.subList(1, objects.size());
            construction = "between";
            npStart = left + 1;
        } else if (c.is(objEnd + 1, "by") && !c.poss(left)) {
            actors = objects(c, objEnd + 2, null);
            objEnd = actors.stream().mapToInt(Span::last).max().orElse(objEnd);
            construction = "nominal-by";
            npStart = left + 1;
        } else {
            int p = left;
            if (c.poss(p)) {
                p--;
                Entry force = lex.forceNoun(c.tok(Math.max(p, 0)));
                if (p >= 0 && c.spanAt[p] == null && force != null) {
                    p--;   // "the Asad regime's attacks", "Haftar forces' advance"
                    factor = force.confidence() / 0.8;
                }
                Span owner = c.span(p);
                if (owner != null) {
                    actors.add(owner);
                    if (owner.m().kind() == Mention.Kind.PRONOUN) {
                        factor *= 0.85;
                    }
                }
                construction = "possessive";
            } else {
                Span owner = c.span(p);
                if (owner != null && owner.last() == p && owner.m().kind() == Mention.Kind.NAME) {
                    actors.add(owner);   // "U.S. airstrikes against", "Russian-backed" is no mention
                }
                construction = "modifier";
            }
            npStart = actors.isEmpty() ? left + 1 : actors.get(0).first();
        }
        boolean governed = false;
        if (actors.isEmpty() && !between) {
            // "X conducted 34 strikes against Y", "X reiterated its support for Y": the subject of the verb whose
            // object the event noun is
            Subject g = governingSubject(c, noun, e.predicate());
            if (g != null) {
                actors.addAll(g.spans());
                construction = g.construction();
                factor *= g.factor();
                npStart = noun;
                governed = true;
            }
        }
        if (actors.isEmpty() || c.quoted[npStart]) {
            return;
        }
        if (!governed && !realNominal(c, skipDetLeft(c, npStart - 1))) {
            return;
        }
        int end = clauseEnd(c, objEnd + 1);
        Entity place = eventPlace(e.predicate()) ? place(c, objEnd + 1, end) : null;
        int timeFrom = npStart;
        while (timeFrom > 0 && !BOUNDARY_PUNCT.contains(c.text(timeFrom - 1))) {
            timeFrom--;
        }
        TimeExpression time = time(c, timeFrom, end);
        double conf = e.confidence() * factor * (attributedBefore(c, npStart) ? 0.85 : 1.0)
                * (actors.size() > 1 || objects.size() > 1 ? 0.95 : 1.0);
        for (Span a : actors) {
            for (Span o : objects) {
                if (a.e() == o.e() || !e.subjectTypes().contains(a.type()) || !e.objectTypes().contains(o.type())) {
                    continue;
                }
                int first = Math.min(a.first(), noun);
                int last = Math.max(Math.max(a.last(), o.last()), m.last());
                if (time != null) {
                    first = Math.min(first, time.first());
                    last = Math.max(last, time.last());
                }
                Entity pl = place != null && place != a.e() && place != o.e() ? place : null;
                Predicate pred = e.has("advance") && o.type() == EntityType.PLACE ? Predicate.ADVANCED_ON
                        : e.predicate();
                out.add(new Relation(a.e(), pred, o.e(), o.m().text(), pl,
                        time == null ? null : time.text(), time == null ? null : time.date(),
                        evidence(c, first, last), clamp(conf), "eventnoun:" + e.pattern() + "/" + construction));
            }
        }
    }

    /**
     * The subject of the verb that takes the event noun at {@code noun} as its object: for an attack noun a verb of
     * carrying out (cue "conduct": "X conducted 34 strikes against Y", "X has launched almost 8,000 strikes against
     * Y", "X carried out raids on Y targets"), for a noun of support or opposition a verb of expressing (cue
     * "express": "X reiterated its support for Y"), for a visit a verb of making one (cue "undertake": "X made a
     * surprise visit to Y", "X paid a visit to Y"). Between the verb and the noun: determiners, possessive
     * pronouns, adjectives, numbers and words of quantity ("over 265"), lower-case modifiers ("bombing raids"),
     * the particle of a phrasal verb ("carried out", "stepped up"). The verb must be factual and active.
     */
    private Subject governingSubject(Ctx c, int noun, Predicate p) {
        String cls = p == Predicate.ATTACKED ? "conduct"
                : p == Predicate.SUPPORTS || p == Predicate.OPPOSES ? "express"
                : p == Predicate.VISITED ? "undertake" : null;
        if (cls == null) {
            return null;
        }
        int k = noun - 1;
        // "X voiced his support for Y": a possessive pronoun the resolver linked to X is no name in between
        for (int steps = 0; k >= 0 && steps < 7 && (c.spanAt[k] == null || possessivePronoun(c, k)); steps++, k--) {
            Token t = c.tok(k);
            if (lex.cue("irrealis", t) || lex.cue("former", t) || lex.cue("negation", t)) {
                return null;
            }
            String pos = t.pos();
            boolean between = "DET".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos)
                    || "ADV".equals(pos) && !WH_ADVERBS.contains(t.lemma())
                    || POSSESSIVE_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))
                    || lex.cue("quantity", t) || c.is(k, "out") || c.is(k, "up")
                    || ("NOUN".equals(pos) || "VERB".equals(pos) && t.text().endsWith("ing")) && !t.isCapitalized()
                    && !lex.cue(cls, t);
            if (!between) {
                break;
            }
        }
        if (k < 0 || c.spanAt[k] != null || !c.tok(k).isVerb() || c.quoted[k]) {
            return null;
        }
        for (int j = k + 1; j < noun; j++) {
            Entity whose = possessivePronoun(c, j) ? c.span(j).e() : null;
            if (whose != null) {
                Subject own = actorBefore(c, chain(c, k), 1.0, "");
                if (own != null && own.spans().stream().noneMatch(sp -> sp.e() == whose)) {
                    return null;   // "X voiced her support for Y": "her" is another one's stance, not X's
                }
            }
        }
        Token v = c.tok(k);
        if (!lex.cueVerb(cls, v)) {
            return null;
        }
        Chain ch = chain(c, k);
        boolean progressive = v.text().toLowerCase(Locale.ROOT).endsWith("ing");
        if (!ch.factual() || ch.be() && !progressive || conditional(c, k) || attributionSkipBefore(c, ch.stop())) {
            return null;
        }
        return actorBefore(c, ch, 0.95, "governed-");
    }

    /** Whether token {@code k} is a possessive pronoun the resolver made a mention of ("his", "its"). */
    private static boolean possessivePronoun(Ctx c, int k) {
        Span sp = c.span(k);
        return sp != null && sp.first() == k && sp.last() == k
                && POSSESSIVE_PRONOUNS.contains(c.tok(k).text().toLowerCase(Locale.ROOT));
    }

    /**
     * The actor subject before a verb chain, its factor weighted and lowered when an attribution stands before
     * ("X said Y ..."); {@code prefix} names the construction in the rule.
     */
    private Subject actorBefore(Ctx c, Chain ch, double weight, String prefix) {
        Subject s = subject(c, ch.stop(), ANY_ACTOR, false, 0);
        if (s == null) {
            return null;
        }
        double f = s.factor() * weight * (ch.attributionLower() || attributedBefore(c, ch.stop()) ? 0.85 : 1.0);
        return new Subject(s.spans(), f, prefix + s.construction(), s.timeFrom());
    }

    /**
     * Whether an event noun phrase whose left edge is after token {@code b} states a real event: not negated
     * ("no attack on"), not the object of a modal, negated or irrealis verb ("threatened an attack on", "will
     * visit", "did not launch"), not in a conditional or a disputed claim.
     */
    private boolean realNominal(Ctx c, int b) {
        if (b >= 0 && lex.cue("negation", c.tok(b))) {
            return false;
        }
        if (conditional(c, b + 1) || attributionSkipBefore(c, b)) {
            return false;
        }
        // the nearest verb before the phrase in its clause governs it
        for (int k = b; k >= 0 && !c.is(k, ";") && !c.is(k, ",") && !c.is(k, "\""); k--) {
            Token t = c.tok(k);
            if (lex.cue("irrealis", t) && (t.isVerb() || "ADJ".equals(t.pos()))) {
                return false;
            }
            if (t.isVerb() && c.spanAt[k] == null) {
                Chain ch = chain(c, k);
                return ch.factual();
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------------
    // "Y named X as its chief executive", "X was appointed (as) head of Y"

    private boolean appoint(Ctx c, int v, Out out) {
        Chain ch = chain(c, v);
        if (!ch.factual() || conditional(c, v) || attributionSkipBefore(c, ch.stop())) {
            return false;
        }
        Span who;
        Span org = null;
        int k;
        if (ch.be()) {
            Subject s = subject(c, ch.stop(), Entry.NONE, false, 0);
            if (s == null || s.spans().size() != 1) {
                return false;
            }
            who = s.spans().get(0);
            k = v + 1;
            if (c.is(k, "by")) {
                // "X was appointed by the board as chief executive"
                int q = k + 1;
                while (q < c.n && q < k + 8 && !c.is(q, "as") && !BOUNDARY_PUNCT.contains(c.text(q))) {
                    q++;
                }
                if (!c.is(q, "as")) {
                    return false;
                }
                k = q;
            }
        } else {
            // "named X", "announced head of finance X as": a name, maybe after the post it held so far
            int q = v + 1;
            while (q < c.n && q < v + 7 && c.spanAt[q] == null && (c.pos(q, "DET") || c.pos(q, "ADJ")
                    || c.is(q, "of") || c.pos(q, "NOUN") && !c.tok(q).isCapitalized()
                    || lex.matchRole(c.toks, q) != null || lex.cue("rolemod", c.tok(q)))) {
                q++;
            }
            who = c.span(q);
            if (who == null || who.first() != q) {
                return false;
            }
            k = who.last() + 1;
            Subject s = subject(c, ch.stop(), Entry.NONE, false, 0);
            if (s != null && s.spans().size() == 1 && s.spans().get(0).type() != EntityType.PERSON) {
                org = s.spans().get(0);
            }
        }
        if (who.type() != EntityType.PERSON || !who.m().isName() || c.quoted[v]) {
            return false;
        }
        boolean as = c.is(k, "as");
        if (as) {
            k++;
        }
        if (c.is(k, "both")) {
            k++;
        }
        // one post or several: "as both chief executive and chairman"
        boolean any = false;
        while (k < c.n) {
            int r0 = k;
            // "as its new chairman": "its" may be resolved to the appointing organisation (a pronoun mention)
            while (k < c.n && (c.spanAt[k] == null || c.is(k, "its") || c.is(k, "their"))
                    && ("DET".equals(c.tok(k).pos()) || c.is(k, "its")
                    || c.is(k, "their") || c.is(k, "new") || lex.cue("rolemod", c.tok(k))
                    || lex.cue("deputy", c.tok(k)))) {
                k++;
            }
            int m0 = k;
            while (m0 > r0 && (lex.cue("rolemod", c.tok(m0 - 1)) || lex.cue("deputy", c.tok(m0 - 1)))) {
                m0--;
            }
            if (!as && !ch.be() && k == r0 && !c.pos(k, "NOUN") && !c.pos(k, "PROPN") && !c.pos(k, "ADJ")) {
                break;   // "named X" without "as" must go straight on with the post ("named X chief executive")
            }
            boolean deputy = false;
            for (int i = m0; i < k; i++) {
                deputy |= lex.cue("deputy", c.tok(i));
            }
            Match r = lex.matchRole(c.toks, k, as || any);
            // "named X as its chief conductor", "named X its principal curator": a role word before another
            // lower-case noun only modifies it (the post is the noun's, one the lexicon does not know)
            if (r == null || r.last() + 1 < c.n && c.spanAt[r.last() + 1] == null && c.pos(r.last() + 1, "NOUN")
                    && !c.tok(r.last() + 1).isCapitalized() && !c.timeTok[r.last() + 1]) {
                break;
            }
            Entry e = r.entry();
            int last = r.last();
            Span roleOrg = org;
            if (c.is(last + 1, "of") || c.is(last + 1, "at") || c.is(last + 1, "for")) {
                int j = skipDetRight(c, last + 2);
                Span y = c.span(j);
                if (y != null && y.first() == j && objectEnd(c, y)) {
                    roleOrg = y;
                    last = y.last();
                }
            }
            String position = c.slice(m0, r.last());
            double conf = e.confidence() * 0.9
                    * (ch.attributionLower() || attributedBefore(c, ch.stop()) ? 0.85 : 1.0);
            String rule = "role:" + e.pattern() + "/appointed";
            int first = Math.min(who.first(), roleOrg != null ? Math.min(roleOrg.first(), v) : v);
            if (e.has("position")) {
                out.add(new Relation(who.e(), Predicate.HOLDS_POSITION, null, position, null, null, null,
                        evidence(c, first, last), clamp(conf), rule));
            }
            Predicate pred = !deputy ? e.predicate()
                    : e.predicate() == Predicate.LEADS || e.predicate() == Predicate.COMMANDS ? Predicate.EMPLOYED_BY
                    : e.predicate();
            if (roleOrg != null && pred != null && roleOrg.e() != who.e() && e.objectTypes().contains(roleOrg.type())) {
                out.add(new Relation(who.e(), pred, roleOrg.e(), roleOrg.m().text(), null, null, null,
                        evidence(c, first, last), clamp(conf * 0.9), rule));
            }
            any = true;
            k = last + 1;
            if (!(c.is(k, "and") && c.spanAt[k] == null)) {
                break;
            }
            k++;
        }
        if (!any) {
            return false;
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------------
    // "Army Lt. Gen. X" -> X memberOf Army

    private void rankedMember(Ctx c, Span org, Out out) {
        int k = org.last() + 1;
        Entry rank = null;
        while (k < c.n && c.spanAt[k] == null && c.tok(k).isCapitalized()) {
            Entry r = lex.rank(c.tok(k));
            if (r == null) {
                break;
            }
            if (!r.has("inner")) {
                rank = r;
            }
            k++;
        }
        Span who = c.span(k);
        if (rank == null || who == null || who.first() != k || who.type() != EntityType.PERSON
                || !who.m().isName() || c.poss(org.last() + 1)) {
            return;
        }
        out.add(new Relation(who.e(), rank.predicate(), org.e(), org.m().text(), null, null, null,
                evidence(c, org.first(), who.last()), clamp(rank.confidence()), "rank:" + rank.pattern()));
    }

    // ------------------------------------------------------------------------------------------------------
    // verbs

    private void verb(Ctx c, Match m, Out out) {
        Entry e = m.entry();
        int v = m.first();
        Chain ch = chain(c, v);
        // "X flew to Paris to meet Y": the purpose of a journey made, with the journey's subject
        Subject purpose = ch.infinitive() && !ch.negated() && !ch.modal() && !ch.attributionSkip()
                ? purposeSubject(c, ch.stop(), e) : null;
        // "X continues to support Y", "X is committed to supporting Y": an infinitive governed by a word of stance
        if (purpose == null && ch.infinitive() && !ch.negated() && !ch.modal() && !ch.attributionSkip()) {
            purpose = stanceSubject(c, ch.stop(), e.predicate(), 0);
        }
        if (!ch.factual() && purpose == null || conditional(c, v)) {
            return;
        }
        double factor = ch.attributionLower() || attributedBefore(c, ch.stop()) ? 0.85 : 1.0;
        if (attributionSkipBefore(c, ch.stop())) {
            return;
        }
        boolean progressive = c.text(v).toLowerCase(Locale.ROOT).endsWith("ing");
        boolean passive = ch.be() && !progressive && e.kind() == RelationLexicon.Kind.VERB && e.has("passive");
        boolean reduced = false;
        int after = skipAdverbs(c, m.last() + 1);
        if (!passive && e.has("passive") && !ch.be() && c.is(ch.stop(), ",") && c.is(after, "by")
                && !progressive) {
            passive = true;
            reduced = true;
        }
        // "Gharyan, a town captured by the LNA": a participle with its agent after a noun describing a name
        Subject described = !passive && e.has("passive") && !ch.be() && !progressive && c.is(after, "by")
                && e.kind() == RelationLexicon.Kind.VERB && ch.stop() == v - 1 ? describedBefore(c, v) : null;
        if (described != null) {
            passive = true;
            reduced = true;
        }
        // "the Libyan National Army led by X attacked": a participle of leading right after an organisation's name
        boolean leading = e.predicate() == Predicate.LEADS || e.predicate() == Predicate.COMMANDS;
        Subject named = !passive && described == null && leading && e.has("passive") && !ch.be() && !progressive
                && e.kind() == RelationLexicon.Kind.VERB && c.is(after, "by") && ch.stop() == v - 1
                && participle(c, v) ? namedBefore(c, v, false) : null;
        if (named != null) {
            passive = true;
            reduced = true;
        }
        boolean allowComma = e.kind() == RelationLexicon.Kind.STATE || reduced;
        int stop = ch.stop();
        if (e.kind() == RelationLexicon.Kind.STATE && (c.is(stop, "both") || c.is(stop, "all"))
                && c.spanAt[stop] == null && c.is(stop - 1, ",")) {
            stop--;   // "X and Y, both based in Z": the participle describes every name before the comma
        }
        Subject subj = purpose != null ? purpose : described != null ? described : named != null ? named
                : subject(c, stop, e, allowComma, 0);
        if (subj == null && reduced && leading && participle(c, v)) {
            // "talks between the Federal Government of Kessland, led by Prime Minister X, and ...": a participle
            // set off by commas describes the name before it, whatever that name's role in its own clause
            subj = namedBefore(c, v, true);
        }
        if (subj == null) {
            return;
        }
        String construction = passive ? (reduced ? "reduced-passive" : "passive") : subj.construction();
        boolean division = false;
        if (e.kind() == RelationLexicon.Kind.PHRASE) {
            if (ch.be() && !progressive) {
                return;   // "X was asked to ...", "X was urged to ...": X is the one asked, not the one calling
            }
            phraseObject(c, m, subj, factor, false, out);
            return;
        }
        List<Span> objects;
        List<Span> agents;
        if (passive) {
            if (!c.is(after, "by")) {
                return;
            }
            // "was attacked by members of Y", "was attacked by Y fighters": an attack's agent may be a group's people
            agents = objects(c, after + 1, e.predicate() == Predicate.ATTACKED ? Predicate.ATTACKED : null);
            if (described != null || subj.construction().equals("named-participle")) {
                // the description ends at its comma: "Y, a town captured by X, and Z, ..." (Z is no agent)
                int comma = after + 1;
                while (comma < c.n && !c.is(comma, ",")) {
                    comma++;
                }
                int end = comma;
                agents = agents.stream().filter(a -> a.last() < end).toList();
            }
            if (agents.isEmpty()) {
                agents = possessorAgent(c, after + 1, e);
                if (!agents.isEmpty()) {
                    construction = "passive-possessor";
                }
            }
            objects = subj.spans();
        } else {
            agents = subj.spans();
            objects = objects(c, m.last() + 1, e.predicate());
            if (objects.isEmpty() && e.predicate() == Predicate.ATTACKED) {
                objects = targetObject(c, m.last() + 1);
            }
            if (objects.isEmpty() && e.predicate() == Predicate.VISITED) {
                objects = visitedPlace(c, m.last() + 1);   // "visited troops in Y"
            }
            if (objects.isEmpty() && e.predicate() == Predicate.MET) {
                objects = personAfterPost(c, m.last() + 1);   // "met the Iraqi Foreign Minister, X"
            }
            if (objects.isEmpty() && e.predicate() == Predicate.LEADS) {
                objects = divisionOwner(c, m.last() + 1);   // "heads Y's retail division": employed by Y
                division = !objects.isEmpty();
                construction = division ? "division" : construction;
            }
            if (objects.isEmpty()) {
                // "X attacked and captured Y": the object of the verb coordinated after this one
                int q = skipAdverbs(c, m.last() + 1);
                int r = skipAdverbs(c, q + 1);
                if ((c.is(q, "and") || c.is(q, "or")) && r < c.n && c.spanAt[r] == null) {
                    Match m2 = verbAt(c, r);
                    int after2 = m2 != null && m2.entry().kind() != RelationLexicon.Kind.PHRASE ? m2.last() + 1
                            : "VERB".equals(c.tok(r).pos()) ? r + 1 : -1;
                    if (after2 > 0) {
                        objects = objects(c, after2, e.predicate());
                        construction = "coordinated-verbs";
                    }
                }
            }
        }
        if (objects.isEmpty() && e.predicate() != null && e.predicate().isSymmetric() && !passive
                && agents.size() > 1) {
            // "Guterres and Haftar met in Benghazi"
            objects = agents.subList(1, agents.size());
            agents = agents.subList(0, 1);
            construction = "coordinated-symmetric";
        }
        if (objects.isEmpty() || agents.isEmpty()) {
            return;
        }
        int lastObj = objects.stream().mapToInt(Span::last).max().orElse(m.last());
        int end = clauseEnd(c, Math.max(lastObj, m.last()) + 1);
        Entity place = eventPlace(e.predicate()) ? place(c, Math.max(lastObj, m.last()) + 1, end) : null;
        TimeExpression time = time(c, subj.timeFrom(), end);
        double conf = e.confidence() * subj.factor() * factor * (passive ? 0.95 : 1.0)
                * (agents.size() > 1 || objects.size() > 1 ? 0.95 : 1.0);
        for (Span a : agents) {
            for (Span o : objects) {
                Span s = e.has("inverse") ? o : a;
                Span ob = e.has("inverse") ? a : o;
                // "X visited Y" of two persons: a visit to a person is a meeting with them (flag "meets")
                boolean meets = e.has("meets") && s.type() == EntityType.PERSON && ob.type() == EntityType.PERSON;
                if (s.e() == ob.e() || !e.subjectTypes().contains(s.type())
                        || !e.objectTypes().contains(ob.type()) && !meets) {
                    continue;
                }
                if (subj.construction().equals("forces") && !e.has("forces")) {
                    continue;
                }
                if (e.has("troops") && s.type() != EntityType.PLACE && !subj.construction().equals("forces")) {
                    continue;   // "Wagner fighters pushed into Y", not "the company pushed into China"
                }
                int first = Math.min(Math.min(a.first(), o.first()), v);
                int last = Math.max(Math.max(a.last(), o.last()), m.last());
                if (time != null) {
                    first = Math.min(first, time.first());
                    last = Math.max(last, time.last());
                }
                Entity pl = place != null && place != s.e() && place != ob.e() ? place : null;
                // "launched an offensive against Y (a place)": an offensive on a place is an advance on it
                Predicate pred = e.has("advance") && ob.type() == EntityType.PLACE ? Predicate.ADVANCED_ON
                        : e.predicate();
                if (division) {
                    pred = Predicate.EMPLOYED_BY;
                }
                if (meets) {
                    pred = Predicate.MET;
                }
                // "X, who joined Y Securities in 2015": a person who joins a company works for it
                if (pred == Predicate.MEMBER_OF && e.has("employer") && s.type() == EntityType.PERSON
                        && isCompany(ob.e())) {
                    pred = Predicate.EMPLOYED_BY;
                }
                out.add(new Relation(s.e(), pred, ob.e(), ob.m().text(), pl,
                        time == null ? null : time.text(), time == null ? null : time.date(),
                        evidence(c, first, last), clamp(conf), "lexicon:" + e.pattern() + "/" + construction));
            }
        }
    }

    /**
     * "heads Y's retail division", "runs the asset management arm of Y": the organisation owning the part headed
     * (cue "division"), whose top post the person does not hold.
     */
    /** A word before a division noun: "consumer banking", "European", "asset management". */
    private boolean divisionModifier(Ctx c, int q) {
        Token t = c.tok(q);
        return c.spanAt[q] == null && !lex.cue("division", t) && (c.pos(q, "ADJ")
                || c.pos(q, "NOUN") && !t.isCapitalized() || c.pos(q, "VERB") && t.text().endsWith("ing")
                && !t.isCapitalized());
    }

    private List<Span> divisionOwner(Ctx c, int k) {
        Span y = c.span(k);
        if (y != null && y.first() == k && y.type() == EntityType.ORGANIZATION && c.poss(y.last() + 1)) {
            int q = y.last() + 2;
            while (q < c.n && divisionModifier(c, q)) {
                q++;
            }
            return q < c.n && c.spanAt[q] == null && c.pos(q, "NOUN") && lex.cue("division", c.tok(q))
                    && (boundaryAfter(c, q + 1) || c.pos(q + 1, "ADP")) ? List.of(y) : List.of();
        }
        if (!c.pos(k, "DET")) {
            return List.of();
        }
        int q = k + 1;
        while (q < c.n && divisionModifier(c, q)) {
            q++;
        }
        if (q >= c.n || c.spanAt[q] != null || !c.pos(q, "NOUN") || !lex.cue("division", c.tok(q))
                || !c.is(q + 1, "of")) {
            return List.of();
        }
        Span o = c.span(q + 2);
        return o != null && o.first() == q + 2 && o.type() == EntityType.ORGANIZATION && objectEnd(c, o) ? List.of(o)
                : List.of();
    }

    /**
     * "the UN-backed Government of National Accord", "a Russia-funded militia, the Wagner Group": a name joined by a
     * hyphen to a participle of backing (cue "backed") before another name: the first supports the second.
     */
    private void backedCompound(Ctx c, Span x, Out out) {
        int k = x.last() + 1;
        String w = k < c.n ? c.text(k).toLowerCase(Locale.ROOT) : "";
        if (w.startsWith("-") && w.length() > 1) {
            w = w.substring(1);   // "-backed" as one token
        } else if (w.equals("-") && k + 1 < c.n) {
            k++;
            w = c.text(k).toLowerCase(Locale.ROOT);
        } else {
            return;
        }
        Token t = c.tok(k);
        if (!lex.cue("backed", new Token(t.index(), t.start(), t.end(), w, t.pos(), w))) {
            return;
        }
        int q = k + 1;
        while (q < c.n && c.spanAt[q] == null && c.pos(q, "ADJ") && q - k < 3) {
            q++;
        }
        Span y = c.span(q);
        if (y == null || y.first() != q || y.e() == x.e()
                || y.type() == EntityType.PLACE && x.type() == EntityType.PLACE) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.SUPPORTS, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), 0.75, "pattern:x-backed"));
    }

    /**
     * The name described by the noun phrase right before the participle at {@code v}: "Y, a town [v]captured by
     * X", "Y, the company [v]bought by X": a comma, "a"/"an"/"the", adjectives and one lower-case noun.
     */
    private static Subject describedBefore(Ctx c, int v) {
        int k = v - 1;
        if (!c.pos(k, "NOUN") || c.tok(k).isCapitalized() || c.spanAt[k] != null) {
            return null;
        }
        k--;
        while (k >= 0 && c.spanAt[k] == null && c.pos(k, "ADJ")) {
            k--;
        }
        if (!(c.is(k, "a") || c.is(k, "an") || c.is(k, "the")) || !c.is(k - 1, ",")) {
            return null;
        }
        Span y = c.span(k - 2);
        return y == null || y.last() != k - 2 ? null : new Subject(List.of(y), 0.85, "described", y.first());
    }

    /** Whether the verb at v is written as a participle ("led", "headed"), not in its base form ("lead"). */
    private static boolean participle(Ctx c, int v) {
        return !c.text(v).equalsIgnoreCase(c.tok(v).lemma()) && c.text(v).length() > 2;
    }

    /**
     * The organisation named right before the participle at {@code v}: "Y led by X" (Y opens its clause: the
     * sentence start, a comma, "that", "while", "but", possibly with "the": after a preposition the participle may
     * describe the noun before it, "talks with Y led by X"), or "Y, led by X," ({@code closed}: set off by a comma
     * on each side, so the participle describes Y, not the sentence).
     */
    private static Subject namedBefore(Ctx c, int v, boolean closed) {
        int k = v - 1;
        if (closed) {
            if (!c.is(k, ",")) {
                return null;
            }
            k--;
            int j = v + 1;
            while (j < c.n && !c.is(j, ",") && !BOUNDARY_PUNCT.contains(c.text(j))) {
                j++;
            }
            if (!c.is(j, ",")) {
                return null;
            }
        }
        Span y = c.span(k);
        if (y == null || y.last() != k || y.type() != EntityType.ORGANIZATION) {
            return null;
        }
        if (!closed) {
            int p = y.first() - 1;
            if (c.is(p, "the")) {
                p--;
            }
            if (!(p < 0 || c.is(p, ",") || c.is(p, ";") || c.is(p, "that") || c.is(p, "while")
                    || c.is(p, "but"))) {
                return null;
            }
        }
        return new Subject(List.of(y), 0.85, "named-participle", y.first());
    }

    private void phraseObject(Ctx c, Match m, Subject subj, double factor, boolean nominal, Out out) {
        Entry e = m.entry();
        int k = m.last() + 1;
        if (e.has("addressee")) {
            k = afterAddressee(c, k);
            if (k < 0) {
                return;
            }
        }
        if (k >= c.n || c.is(k, "that") || lex.cue("nocall", c.tok(firstContent(c, k)))) {
            return;
        }
        int j = k;
        // "insisted that ...": the object is the whole that-clause, up to the end of the sentence or clause
        boolean clause = e.words().get(e.words().size() - 1).equals("that");
        boolean verbSeen = false;
        while (clause && j < c.n && j - k < 50) {
            Token t = c.tok(j);
            if (c.quoted[j] != c.quoted[m.first()] || CLAUSE_END_PUNCT.contains(t.text())
                    || t.text().equals(",") && attributionAfter(c, j + 1)) {
                break;
            }
            // "X's call that all parties respect Y was welcomed": after a noun, the verb of the main clause ends it
            boolean finiteAux = "AUX".equals(t.pos()) && !c.is(j, "be") && j > k + 1;
            if (nominal && (verbSeen && t.isVerb() || finiteAux)
                    && (c.pos(j - 1, "NOUN") || c.pos(j - 1, "PROPN") || c.span(j - 1) != null)) {
                break;
            }
            verbSeen |= t.isVerb();
            j++;
        }
        while (!clause && j < c.n && j - k < 30) {
            Token t = c.tok(j);
            if (BOUNDARY_PUNCT.contains(t.text()) || c.quoted[j] != c.quoted[m.first()]) {
                break;
            }
            if (j > k && (RELATIVE.contains(t.lemma()) && !"DET".equals(t.pos()) || c.timeTok[j])) {
                break;
            }
            // "... to be given $14 billion": a verb after the auxiliary of an infinitive stays in the phrase
            // "... funds so as to prevent collapse", "in order to": the purpose of the call is not part of it
            if (j > k && (c.is(j, "so") && (c.is(j + 1, "as") || c.is(j + 1, "that"))
                    || c.is(j, "in") && c.is(j + 1, "order"))) {
                break;
            }
            // "the frozen funds": a participle between a determiner and its noun is no verb
            boolean attributive = c.pos(j - 1, "DET") && (c.pos(j + 1, "NOUN") || c.pos(j + 1, "PROPN"));
            if (t.isVerb() && !attributive && !c.is(j - 1, "to")
                    && !(j - 1 >= k && c.is(j - 2, "to") && c.pos(j - 1, "AUX"))) {
                break;
            }
            if ("CCONJ".equals(t.pos()) && j + 1 < c.n && c.tok(j + 1).isVerb()) {
                break;
            }
            j++;
        }
        int last = j - 1;
        while (last >= k && PHRASE_TRAILERS.contains(c.tok(last).pos())) {
            last--;
        }
        if (last < k) {
            return;
        }
        String phrase = c.slice(k, last);
        int end = clauseEnd(c, last + 1);
        TimeExpression time = time(c, subj.timeFrom(), end);
        double conf = e.confidence() * subj.factor() * factor * (subj.spans().size() > 1 ? 0.95 : 1.0);
        for (Span s : subj.spans()) {
            if (!e.subjectTypes().contains(s.type()) || subj.construction().equals("forces")) {
                continue;
            }
            int first = Math.min(s.first(), m.first());
            int lastTok = last;
            if (time != null) {
                first = Math.min(first, time.first());
                lastTok = Math.max(lastTok, time.last());
            }
            out.add(new Relation(s.e(), e.predicate(), null, phrase, null, time == null ? null : time.text(),
                    time == null ? null : time.date(), evidence(c, first, lastTok), clamp(conf),
                    "lexicon:" + e.pattern() + "/" + subj.construction()));
        }
    }

    /**
     * "Secretary of the Air Force X", "Assistant Secretary of the Navy for Acquisition Y", "Chairman of the Joint
     * Chiefs of Staff Z": a role with its organisation after "of the" (and a capitalised field after "for") right
     * before the holder's name. Gives the post (the role's words) and the role's predicate towards the
     * organisation; {@code pred} is already the top post's ({@link #titledTop}) or the deputy's.
     */
    private boolean ofOrgHolder(Ctx c, int m0, int r1, Entry e, boolean deputy, Predicate pred, Out out) {
        int k = c.is(r1 + 2, "the") ? r1 + 3 : r1 + 2;
        Span o = c.span(k);
        if (o == null || o.first() != k || o.type() != EntityType.ORGANIZATION) {
            return false;
        }
        int j = o.last() + 1;
        if (c.is(j, "for")) {
            int q = j + 1;
            while (q < c.n && q - j < 4 && c.spanAt[q] == null && c.tok(q).isCapitalized()
                    && (c.pos(q, "NOUN") || c.pos(q, "PROPN"))) {
                q++;
            }
            j = q > j + 1 ? q : j;
        }
        int at = afterRanks(c, j);
        Span who = c.span(at);
        if (who == null || who.first() != at || who.type() != EntityType.PERSON || !who.m().isName()
                || m0 > 0 && lex.cue("former", c.tok(m0 - 1))) {
            return false;
        }
        String rule = "role:" + e.pattern() + "/of-prenominal";
        if (e.has("position")) {
            out.add(new Relation(who.e(), Predicate.HOLDS_POSITION, null, c.slice(m0, r1), null, null, null,
                    evidence(c, m0, who.last()), clamp(e.confidence()), rule));
        }
        // without "the" the words after "of" are mostly an office or portfolio ("Director of Air Force
        // Communications", "Minister of Foreign Affairs") unless they name a company ("chairman of Chrysler LLC");
        // a name holding "for" took in the post's field
        boolean company = lex.cue("company", c.tok(o.last()));
        if (pred != null && e.objectTypes().contains(o.type()) && (k == r1 + 3 || company)
                && !o.m().text().contains(" for ")) {
            out.add(new Relation(who.e(), pred, o.e(), o.m().text(), null, null, null,
                    evidence(c, m0, who.last()), clamp(e.confidence() * 0.9), rule));
        }
        return true;
    }

    /**
     * Whether the sentence opens with "Speaking for" or "Speaking on behalf of" ending at token {@code p} (the
     * preposition before the organisation's name).
     */
    private static boolean speakingFor(Ctx c, int p) {
        if (c.is(p, "for")) {
            return p == 1 && c.is(0, "speaking");
        }
        return c.is(p, "of") && c.is(p - 1, "behalf") && c.is(p - 2, "on") && p == 3 && c.is(0, "speaking");
    }

    /**
     * Where the call of a verb of asking (flag "addressee") starts, after whom it is addressed to: "asked [the
     * government] for $5 billion", "asked [them] to make plans", "pleaded [before Congress] to be given funds",
     * "asked for help". The addressee is a short noun phrase (or a preposition "before"/"with" and one); the call is
     * the noun phrase after "for" or the infinitive after "to" (without "to"). -1 for any other sequel: "asked
     * whether", "asked him about", "asked a question".
     */
    private int afterAddressee(Ctx c, int k) {
        int j = k;
        if (c.is(j, "before") || c.is(j, "with")) {
            j++;
        }
        int start = j;
        while (j < c.n && j - start < 8 && (c.spanAt[j] != null || c.timeTok[j] || c.poss(j)
                || ADDRESSEE_TAGS.contains(c.tok(j).pos()) || addresseeOf(c, j, start))) {
            if (c.spanAt[j] == null && lex.cue("plea", c.tok(j))) {
                return -1;   // "pleaded guilty to fraud": a plea, not a call
            }
            j++;
        }
        // the addressee ends with its noun, pronoun or name ("pleaded guilty to ...": a plea, no addressee)
        if (j > start && (c.quoted[j - 1] != c.quoted[k] || c.pos(j - 1, "ADJ") || c.pos(j - 1, "DET"))) {
            return -1;
        }
        if (c.is(j, "for") && j + 1 < c.n) {
            return j + 1;
        }
        if (c.is(j, "to") && j + 1 < c.n && c.tok(j + 1).isVerb()) {
            return j + 1;
        }
        // "asked the government not to deport them": the call is the negated infinitive, "not" included
        if (j > start && c.is(j, "not") && c.is(j + 1, "to") && j + 2 < c.n && c.tok(j + 2).isVerb()) {
            return j;
        }
        return -1;
    }

    /**
     * "asked the governments of the region to ...", "asked the leaders of both parties to ...": an "of" inside the
     * addressee, after its noun and before a determiner or a name.
     */
    private static boolean addresseeOf(Ctx c, int j, int start) {
        return c.is(j, "of") && j > start && c.spanAt[j] == null && c.pos(j - 1, "NOUN")
                && (c.pos(j + 1, "DET") || c.span(j + 1) != null || c.pos(j + 1, "PROPN"));
    }

    /** The first token from {@code k} that is no determiner or adjective: the head of what a call asks for. */
    private int firstContent(Ctx c, int k) {
        int j = k;
        while (j + 1 < c.n && j - k < 4 && (c.pos(j, "DET") || c.pos(j, "ADJ"))) {
            j++;
        }
        return Math.min(j, c.n - 1);
    }

    /**
     * "met the Iraqi Foreign Minister, X", "met with the Minister of Foreign Affairs of Iraq, HE Dr X", "met with the
     * President of the Republic of Korea Mr. X": the person met is named right after a post (a lexicon role that is
     * a position) opened by "the", with the post's adjectives, organisation or country and courtesy titles between
     * them, and set off by at most one comma just before the name. Not "met the president of Acme and X" (the name
     * must follow the post's phrase directly) nor a post without a name ("met the minister on Monday").
     */
    private List<Span> personAfterPost(Ctx c, int k) {
        if (c.is(k, "with")) {
            k++;
        }
        if (!c.is(k, "the") || c.spanAt[k] != null) {
            return List.of();
        }
        k++;
        boolean post = false;
        int limit = Math.min(c.n, k + 14);
        while (k < limit) {
            Span sp = c.spanAt[k];
            if (sp != null) {
                if (sp.type() == EntityType.PERSON) {
                    break;
                }
                k = sp.last() + 1;
                continue;
            }
            RelationLexicon.Match r = lex.matchRole(c.toks, k);
            if (r != null && r.entry().has("position")) {
                post = true;
                k = r.last() + 1;
                continue;
            }
            Token t = c.tok(k);
            if (c.is(k, ",")) {
                if (!post) {
                    return List.of();
                }
                // the apposition's comma: only courtesy titles between it and the name ("HE Dr X")
                k++;
                while (k < limit && c.spanAt[k] == null && (lex.cue("honorific", c.tok(k))
                        || c.tok(k).isCapitalized() && c.tok(k).text().length() <= 3 && (c.pos(k, "PROPN")
                        || c.tok(k).text().equals(c.tok(k).text().toUpperCase(Locale.ROOT))))) {
                    k++;
                }
                break;
            }
            if (!(c.is(k, "of") || c.is(k, "the") || lex.cue("honorific", t)
                    || t.isCapitalized() && (c.pos(k, "ADJ") || c.pos(k, "PROPN") || c.pos(k, "NOUN")))) {
                return List.of();
            }
            k++;
        }
        Span who = k < c.n ? c.spanAt[k] : null;
        if (!post || who == null || who.first() != k || who.type() != EntityType.PERSON || !who.m().isName()
                || !objectEnd(c, who) || c.is(who.last() + 1, "and")) {
            return List.of();
        }
        return List.of(who);
    }

    /**
     * "X joined Y (and others) in Paris on Monday for talks on Z": joining someone for talks, a meeting or
     * discussions is meeting them (eval decision: "joined X ... for talks" is a `met`). The talks must follow in
     * the same clause (no verb between) and the joining be factual.
     */
    private void joinedForTalks(Ctx c, int v, Out out) {
        List<Span> ys = objects(c, v + 1, Predicate.MET);
        if (ys.isEmpty()) {
            return;
        }
        int k = ys.get(ys.size() - 1).last() + 1;
        int talks = -1;
        for (int q = k; q < c.n && q < k + 15; q++) {
            Token t = c.tok(q);
            if (t.isVerb() || c.is(q, ";") || c.is(q, ".") || c.quoted[q]) {
                break;
            }
            if (c.is(q, "for")) {
                int r = skipModifiersRight(c, q + 1);
                if (r < c.n && lex.cueWord("meeting", c.tok(r).lemma())) {
                    talks = r;
                }
                break;
            }
        }
        if (talks < 0) {
            return;
        }
        Chain ch = chain(c, v);
        if (!ch.factual() || ch.be() || conditional(c, v) || attributionSkipBefore(c, ch.stop())) {
            return;
        }
        Subject s = subject(c, ch.stop(), Entry.NONE, false, 0);
        if (s == null) {
            return;
        }
        Entity place = place(c, k, talks);
        TimeExpression time = time(c, s.timeFrom(), talks);
        for (Span x : s.spans()) {
            for (Span y : ys) {
                if (x.e() == y.e() || y.type() == EntityType.PLACE) {
                    continue;
                }
                out.add(new Relation(x.e(), Predicate.MET, y.e(), y.m().text(), place,
                        time == null ? null : time.text(), time == null ? null : time.date(),
                        evidence(c, Math.min(x.first(), v), talks), clamp(0.75 * s.factor()),
                        "pattern:joined-for-talks/" + s.construction()));
            }
        }
    }

    /**
     * "X's call for Y", "X's recent call that all parties respect Z", "X's appeal for Y": a call noun (the noun of
     * a phrase pattern of calledFor: "call for", "appeal for", "call that") with a possessor states X's call; the
     * object is the phrase after it, as for the verb. Not when the noun phrase is governed by a modal, negated or
     * irrealis word.
     */
    private boolean callNoun(Ctx c, int n, Out out) {
        Match m = lex.matchVerbAt(c.toks, n);
        if (m == null || m.entry().kind() != RelationLexicon.Kind.PHRASE || m.last() == n
                || m.entry().predicate() != Predicate.CALLED_FOR || c.quoted[n]) {
            return false;
        }
        int p = c.poss(n - 1) ? n - 1 : n - 2;
        Span x = c.span(p - 1);
        if (x == null || x.last() != p - 1 || !realNominal(c, skipDetLeft(c, x.first() - 1))) {
            return false;
        }
        phraseObject(c, m, new Subject(List.of(x), 0.9, "possessive-noun", x.first()), 1.0, true, out);
        return true;
    }

    /**
     * The subject of a journey whose purpose is the infinitive after token {@code b} ("X flew to Paris [b] to
     * meet Y"): the nearest verb before it in the clause must be a factual verb of going (cue "purpose").
     */
    private Subject purposeSubject(Ctx c, int b, Entry e) {
        for (int k = b; k >= 0 && k > b - 12; k--) {
            if (BOUNDARY_PUNCT.contains(c.text(k))) {
                return null;
            }
            Token t = c.tok(k);
            if (c.spanAt[k] == null && t.isVerb() && !"AUX".equals(t.pos())) {
                if (!lex.cueVerb("purpose", t)) {
                    return null;
                }
                Chain ch = chain(c, k);
                if (!ch.factual() || ch.be() || conditional(c, k) || attributionSkipBefore(c, ch.stop())) {
                    return null;
                }
                Subject s = subject(c, ch.stop(), e, false, 0);
                return s == null ? null : new Subject(s.spans(), s.factor() * 0.8, "purpose", s.timeFrom());
            }
        }
        return null;
    }

    /**
     * The subject of a word of stance (cue "stance") that governs the infinitive whose "to" follows token {@code b}:
     * "X continues to support Y", "X is working (hard) to defeat Y", "X is committed to supporting Y", "X remains
     * determined to fight Y". A stance held now is a fact (R2: "will continue to" an activity going on counts), so
     * for support and opposition "will continue to" is kept; for other relations only "continue(s/d) to" makes the
     * infinitive factual ("X continued to shell Y"). Nouns of stance ("X's commitment to") are read by
     * {@link #campaignAgainst}. Null when no such word governs the infinitive.
     */
    private Subject stanceSubject(Ctx c, int b, Predicate p, int depth) {
        int g = b;
        while (g >= 0 && c.spanAt[g] == null && c.pos(g, "ADV")) {
            g--;   // "working hard to"
        }
        int pp = phraseBefore(c, g);
        if (pp >= 0) {
            g = pp;   // "X is working as part of the Y coalition to defeat Z", "X works with its allies to support Z"
        }
        if (g < 0 || c.spanAt[g] != null || c.quoted[g] || c.pos(g, "NOUN")) {
            return null;
        }
        Token t = c.tok(g);
        Token lemma = new Token(t.index(), t.start(), t.end(), t.text(), t.pos(), lex.verbLemma(t));
        boolean stance = p == Predicate.SUPPORTS || p == Predicate.OPPOSES;
        boolean cont = "continue".equals(lemma.lemma());
        if (!lex.cue("stance", lemma) || !stance && !cont) {
            return null;
        }
        Chain ch = chain(c, g);
        if (!ch.infinitive() && !ch.negated() && ch.stop() >= 0 && c.spanAt[ch.stop()] == null
                && "VERB".equals(c.tok(ch.stop()).pos()) && lex.cue("linking", c.tok(ch.stop()))) {
            // "X remains committed to supporting Y": the linking verb's auxiliaries and subject
            g = ch.stop();
            ch = chain(c, g);
        }
        if (ch.negated() || ch.attributionSkip() || conditional(c, g) || attributionSkipBefore(c, ch.stop())) {
            return null;
        }
        if (ch.modal() && !(cont && willBefore(c, g))) {
            return null;
        }
        if (ch.infinitive()) {
            // "X is committed to continuing to support Y"
            return depth == 0 ? stanceSubject(c, ch.stop(), p, 1) : null;
        }
        return actorBefore(c, ch, 0.9, "stance-");
    }

    /**
     * When the tokens ending at {@code g} are a prepositional phrase of company after a verb ("working [as part of
     * the Global Coalition]", "working [with its allies]", "[alongside X]"), the token before it (the verb); -1
     * otherwise. Inside the phrase: determiners, possessive pronouns, adjectives, lower-case nouns, names, "and".
     */
    private int phraseBefore(Ctx c, int g) {
        int k = g;
        int steps = 0;
        while (k >= 0 && steps++ < 20) {
            Token t = c.tok(k);
            if (c.is(k, "with") || c.is(k, "alongside") || c.is(k, "as") && c.is(k + 1, "part")) {
                int v = k - 1;
                while (v >= 0 && c.pos(v, "ADV") && c.spanAt[v] == null) {
                    v--;
                }
                return v >= 0 && c.spanAt[v] == null && c.tok(v).isVerb() && k < g ? v : -1;
            }
            boolean inside = c.spanAt[k] != null || "DET".equals(t.pos()) || "ADJ".equals(t.pos())
                    || POSSESSIVE_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT)) || c.is(k, "and")
                    || c.is(k, "of") || "NOUN".equals(t.pos()) && !t.isCapitalized() || c.is(k, "part")
                    // a list of partners: "with President X, the Y Army, and our partners in the Z community"
                    || c.is(k, ",") && k + 1 <= g && (c.spanAt[k + 1] != null || c.pos(k + 1, "DET")
                    || c.is(k + 1, "and")) || c.is(k, "in") && c.pos(k + 1, "DET")
                    || ("PROPN".equals(t.pos()) || "NOUN".equals(t.pos())) && t.isCapitalized();
            if (!inside) {
                return -1;
            }
            k--;
        }
        return -1;
    }

    /** Whether the auxiliaries before token {@code g} hold "will" ("will continue to"), not "could" or "may". */
    private boolean willBefore(Ctx c, int g) {
        for (int k = g - 1; k >= 0 && ("AUX".equals(c.tok(k).pos()) || "ADV".equals(c.tok(k).pos())); k--) {
            if (c.is(k, "will") || c.is(k, "'ll")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "X is working to defeat Y", "X continues to degrade and defeat Y": a verb of defeating (cue "defeat", not a
     * lexicon verb: "X defeated Y" is a result, not a stance) in an infinitive governed by a word of stance states
     * that X opposes Y.
     */
    private boolean defeatInfinitive(Ctx c, int v, Out out) {
        int to = v - 1;
        if ((c.is(to, "and") || c.is(to, "or")) && to >= 2 && lex.cue("defeat", c.tok(to - 1))) {
            to -= 2;   // "to degrade and defeat Y"
        }
        if (!c.is(to, "to") || c.quoted[v]) {
            return false;
        }
        int k = v + 1;
        if ((c.is(k, "and") || c.is(k, "or")) && k + 1 < c.n && lex.cue("defeat", c.tok(k + 1))) {
            k += 2;   // "to degrade and defeat Y" read from the first verb
        }
        List<Span> ys = objects(c, k, Predicate.OPPOSES);
        if (ys.isEmpty()) {
            return false;
        }
        Subject s = stanceSubject(c, to - 1, Predicate.OPPOSES, 0);
        if (s == null && c.is(to - 1, "order") && c.is(to - 2, "in")) {
            // "X conducted strikes on Y in order to defeat Y", "X will continue to strike Y in order to defeat Y"
            int k2 = governingVerb(c, to - 3);
            s = k2 < 0 ? null : actorOf(c, k2, Predicate.OPPOSES);
            s = s == null ? null : new Subject(s.spans(), s.factor() * 0.9, "purpose-" + s.construction(),
                    s.timeFrom());
        }
        if (s == null) {
            return false;
        }
        int end = ys.stream().mapToInt(Span::last).max().orElse(k);
        for (Span x : s.spans()) {
            for (Span y : ys) {
                if (x.e() == y.e() || x.type() == EntityType.PLACE && y.type() == EntityType.PLACE) {
                    continue;
                }
                out.add(new Relation(x.e(), Predicate.OPPOSES, y.e(), y.m().text(), null, null, null,
                        evidence(c, Math.min(x.first(), v), Math.max(end, x.last())), clamp(0.75 * s.factor()),
                        "pattern:stance-to-defeat/" + s.construction()));
            }
        }
        return true;
    }

    /** The nearest lexical verb at or before token {@code k} in its clause (not a name's token), or -1. */
    private static int governingVerb(Ctx c, int k) {
        for (int j = k; j >= 0 && j > k - 15; j--) {
            if (c.is(j, ";") || c.is(j, ":") || c.quoted[j] || RELATIVE.contains(c.tok(j).lemma())) {
                return -1;
            }
            if (c.spanAt[j] == null && "VERB".equals(c.tok(j).pos())) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The one who does what verb {@code k} says, when it is a fact or a stance held now: the subject of a factual
     * active verb, or of the word of stance governing its infinitive ("X will continue to strike Y").
     */
    private Subject actorOf(Ctx c, int k, Predicate p) {
        Chain ch = chain(c, k);
        if (ch.infinitive()) {
            return ch.negated() || ch.modal() ? null : stanceSubject(c, ch.stop(), p, 0);
        }
        String text = c.text(k).toLowerCase(Locale.ROOT);
        if (!ch.factual() || ch.be() && !text.endsWith("ing") || conditional(c, k)
                || attributionSkipBefore(c, ch.stop())) {
            return null;
        }
        return subject(c, ch.stop(), ANY_ACTOR, false, 0);
    }

    /**
     * "X supports Y in defeating Z", "to help Y in fighting Z": whoever is helped against Z opposes Z (what the
     * help is for says so whether or not the help is given), and so does the helper when the help is a fact or a
     * stance held now. The verb of help is a lexicon verb of support or a cue "helpverb" ("help", "assist").
     */
    private boolean helpInDefeating(Ctx c, int v, Out out) {
        int yEnd = v - 2;
        Span y = c.span(yEnd);
        if (y == null || y.last() != yEnd || y.type() == EntityType.PERSON || c.quoted[v]) {
            return false;
        }
        int k = skipModifiersLeft(c, y.first() - 1);
        if (k < 0 || c.spanAt[k] != null || !c.tok(k).isVerb()) {
            return false;
        }
        Match m = verbAt(c, k);
        boolean help = m != null && m.entry().predicate() == Predicate.SUPPORTS && m.last() == k
                || lex.cue("helpverb", c.tok(k));
        if (!help) {
            return false;
        }
        int q = v + 1;
        if ((c.is(q, "and") || c.is(q, "or")) && q + 1 < c.n && lex.cue("defeat", c.tok(q + 1))) {
            q += 2;   // "in degrading and defeating Z"
        }
        List<Span> zs = objects(c, q, Predicate.OPPOSES);
        if (zs.isEmpty()) {
            return false;
        }
        int end = zs.stream().mapToInt(Span::last).max().orElse(q);
        Subject s = actorOf(c, k, Predicate.SUPPORTS);
        for (Span z : zs) {
            if (y.e() != z.e() && !(y.type() == EntityType.PLACE && z.type() == EntityType.PLACE)) {
                out.add(new Relation(y.e(), Predicate.OPPOSES, z.e(), z.m().text(), null, null, null,
                        evidence(c, y.first(), end), 0.7, "pattern:help-in-defeating/helped"));
            }
            if (s == null) {
                continue;
            }
            for (Span x : s.spans()) {
                if (x.e() != z.e() && !(x.type() == EntityType.PLACE && z.type() == EntityType.PLACE)) {
                    out.add(new Relation(x.e(), Predicate.OPPOSES, z.e(), z.m().text(), null, null, null,
                            evidence(c, Math.min(x.first(), k), Math.max(end, x.last())), clamp(0.7 * s.factor()),
                            "pattern:help-in-defeating/" + s.construction()));
                }
            }
        }
        return true;
    }

    /** "visited troops in Y", "toured a hospital at Y": the place of what was visited, after a short phrase. */
    private List<Span> visitedPlace(Ctx c, int k) {
        int start = k;
        while (k < c.n && k - start < 8 && !BOUNDARY_PUNCT.contains(c.text(k)) && !c.tok(k).isVerb()
                && !c.timeTok[k] && !RELATIVE.contains(c.tok(k).lemma())) {
            if (k > start && c.spanAt[k] == null && (c.is(k, "in") || c.is(k, "at") || c.is(k, "near"))) {
                Span y = placeAfter(c, k + 1);
                return y == null ? List.of() : List.of(y);
            }
            Token t = c.tok(k);
            if (!("DET".equals(t.pos()) || "ADJ".equals(t.pos()) || "NUM".equals(t.pos()) || "NOUN".equals(t.pos())
                    || "PROPN".equals(t.pos()) || c.spanAt[k] != null || c.poss(k))) {
                return List.of();
            }
            k++;
        }
        return List.of();
    }

    /** ", officials said", ", X said", ", said X": an attribution closing a clause at token k. */
    private boolean attributionAfter(Ctx c, int k) {
        for (int i = k; i < c.n && i < k + 5; i++) {
            Token t = c.tok(i);
            if (t.isVerb()) {
                return lex.cue("attribution-lower", t);
            }
            if ("PUNCT".equals(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /** Auxiliaries, adverbs and negation before token {@code v}, read right to left. */
    private Chain chain(Ctx c, int v) {
        int j = v - 1;
        boolean neg = false;
        boolean modal = false;
        boolean inf = false;
        boolean be = false;
        boolean skip = false;
        boolean lower = false;
        while (j >= 0) {
            Token t = c.tok(j);
            if (c.timeTok[j]) {
                j--;
                continue;
            }
            if (t.text().equalsIgnoreCase("to")) {
                inf = true;
                j--;
                break;
            }
            if (c.spanAt[j] != null) {
                break;   // a name the tagger read as an auxiliary ("agency BEA/AUX has requested") is the subject
            }
            String pos = t.pos();
            // "have" tagged as a verb right before the verb (adverbs between) is its auxiliary: "have now advanced"
            boolean aux = pos.startsWith("AUX") || "VERB".equals(pos) && "have".equals(t.lemma());
            if (aux || "ADV".equals(pos) || "PART".equals(pos)
                    || c.is(j, "no") && c.is(j + 1, "longer")) {
                if (WH_ADVERBS.contains(t.lemma())) {
                    break;
                }
                for (String part : t.lemma().split("\\+")) {
                    Token p = new Token(t.index(), t.start(), t.end(), part, pos, part);
                    neg |= lex.cue("negation", p);
                    modal |= lex.cue("modal", p);
                    be |= aux && (part.equals("be") || part.equals("get"));
                }
                neg |= lex.cue("negation", t) || t.text().toLowerCase(Locale.ROOT).endsWith("n't");
                modal |= lex.cue("modal", t);
                skip |= "ADV".equals(pos) && lex.cue("attribution-skip", t);
                lower |= "ADV".equals(pos) && lex.cue("attribution-lower", t);
                j--;
                continue;
            }
            break;
        }
        return new Chain(j, neg, modal, inf, be, skip, lower);
    }

    /**
     * "if", "unless", "whether" earlier in the clause, unless the clause it opens has ended before {@code v}
     * ("Officials would not say whether X attacked Y, but Z condemned W": Z's verb is outside it).
     */
    private boolean conditional(Ctx c, int v) {
        for (int i = v - 1; i >= 0 && !c.is(i, ";"); i--) {
            if (lex.cue("conditional", c.tok(i))) {
                return !clauseClosed(c, i, v);
            }
        }
        return false;
    }

    /**
     * Whether the subordinate clause opened at token q ends before token v: a comma after the clause's own verb,
     * other than a comma that opens or closes a relative clause ("if X, who leads Y, attacks Z").
     */
    private static boolean clauseClosed(Ctx c, int q, int v) {
        boolean verb = false;
        int segment = q + 1;
        for (int i = q + 1; i < v; i++) {
            if (c.is(i, ",")) {
                boolean opensRelative = i + 1 < c.n && relativePronoun(c.tok(i + 1));
                boolean closesRelative = segment < c.n && relativePronoun(c.tok(segment));
                if (verb && !opensRelative && !closesRelative) {
                    return true;
                }
                segment = i + 1;
            } else if (c.tok(i).isVerb() && c.spanAt[i] == null && !relativePronoun(c.tok(segment))) {
                verb = true;
            }
        }
        return false;
    }

    private boolean attributionSkipBefore(Ctx c, int to) {
        for (int i = 0; i <= to && i < c.n; i++) {
            Token t = c.tok(i);
            if ((t.isVerb() || "ADV".equals(t.pos())) && lex.cue("attribution-skip", t)) {
                return true;
            }
        }
        return false;
    }

    private boolean attributedBefore(Ctx c, int to) {
        for (int i = 0; i <= to && i < c.n; i++) {
            Token t = c.tok(i);
            if ((t.isVerb() || "ADV".equals(t.pos()) || c.is(i, "according")) && !t.pos().equals("AUX")
                    && lex.cue("attribution-lower", t)) {
                return true;
            }
        }
        return false;
    }

    private static int skipAdverbs(Ctx c, int k) {
        while (k < c.n && "ADV".equals(c.tok(k).pos())) {
            k++;
        }
        return k;
    }

    // ------------------------------------------------------------------------------------------------------
    // subjects and objects

    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");

    /**
     * "the automakers - Ford, Chrysler, and General Motors - had pleaded": a list of names set off by dashes after
     * a lower-case noun names the subject; {@code j} is the closing dash. Only names, commas and "and" between.
     */
    private static Subject dashList(Ctx c, int j) {
        List<Span> list = new ArrayList<>();
        int p = j - 1;
        while (p >= 0 && !DASHES.contains(c.text(p))) {
            Span s = c.spanAt[p];
            if (s != null) {
                list.add(0, s);
                p = s.first() - 1;
            } else if (c.is(p, ",") || c.is(p, "and")) {
                p--;
            } else {
                return null;
            }
        }
        if (p < 1 || list.isEmpty() || !c.pos(p - 1, "NOUN") || c.tok(p - 1).isCapitalized()) {
            return null;
        }
        return new Subject(List.copyOf(list), 0.85, "dash-apposition", j + 1);
    }

    /**
     * Whether token {@code j} closes a bracketed acronym right after a name: "X (ABC)", the acronym one token in
     * capitals or a name of the same entity.
     */
    private static boolean acronymAfterName(Ctx c, int j) {
        if (!c.is(j, ")") || j < 3 || !c.is(j - 2, "(") || c.spanAt[j - 3] == null) {
            return false;
        }
        Span in = c.spanAt[j - 1];
        String w = c.text(j - 1);
        return in != null ? in.e() == c.spanAt[j - 3].e()
                : w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    /** The subject of a verb whose auxiliary chain stops at token {@code j}; null when none is certain. */
    private Subject subject(Ctx c, int j, Entry e, boolean allowComma, int depth) {
        if (j < 0) {
            return null;
        }
        Token t = c.tok(j);
        Span sp = c.spanAt[j];
        if (sp == null && acronymAfterName(c, j)) {
            return subject(c, j - 3, e, allowComma, depth);   // "The World Health Organization (WHO) urged"
        }
        if (sp != null) {
            Span holder = roleHolderBefore(c, sp);
            if (holder != null) {
                return new Subject(List.of(holder), 0.9, "apposed-role", sp.last() + 1);
            }
            int of = skipDetLeft(c, sp.first() - 1);
            if (sp.type() != EntityType.PERSON && c.is(of, "of") && of >= 1 && groupOf(c, of - 1)) {
                // "The members of the Security Council urge", "Leaders of the African Union called for": the body
                // acts through them, as in "UN officials called for"
                return new Subject(List.of(sp), 0.8, "members-of", sp.last() + 1);
            }
            return coordinatedLeft(c, sp, "active", 1.0, true, e, sp.last() + 1);
        }
        if (t.text().equals(",")) {
            Span aged = personBeforeAsides(c, j);
            if (aged != null) {
                return coordinatedLeft(c, aged, "after-asides", 0.9, true, e, j + 1);
            }
            int p = j - 1;
            while (p >= 0 && !c.is(p, ",") && !c.is(p, ";") && !c.is(p, "\"")) {
                p--;
            }
            if (p >= 1 && c.is(p, ",") && c.spanAt[p - 1] != null && parenthetical(c, p + 1, j - 1)) {
                boolean relative = RELATIVE.contains(c.tok(p + 1).lemma());
                Subject s = coordinatedLeft(c, c.spanAt[p - 1], relative ? "active-after-relative" : "active",
                        0.95, true, e, relative ? j : p + 1);
                if (s != null) {
                    return withCompanion(c, s, p + 1, j - 1);
                }
            }
            Span named = c.span(j - 1);
            if (p >= 1 && c.is(p, ",") && named != null && named.first() == p + 1 && named.m().isName()
                    && !c.tok(p - 1).isVerb() && !c.pos(p - 1, "ADP") && !c.pos(p - 1, "PUNCT")
                    && (c.spanAt[p - 1] == null || c.spanAt[p - 1].type() != EntityType.PERSON
                    // "The Minister of Interior, X, appealed": the department taken for a person's name after "of"
                    || c.is(c.spanAt[p - 1].first() - 1, "of") && named.type() == EntityType.PERSON)
                    && !(named.type() == EntityType.PLACE && c.spanAt[p - 1] != null
                    && c.spanAt[p - 1].type() == EntityType.PLACE)) {
                // (not "of Tucson, Arizona,": a place set off after a place is where the first one is)
                // "The chief executive of Y, X, met Z", "Its leader, X, visited Y": the name set off names the
                // subject
                return new Subject(List.of(named), 0.85, "apposed-name", p + 1);
            }
            if (allowComma && c.spanAt[j - 1] != null) {
                // a participle of state describes the name before its comma wherever that name stands ("held at
                // the Old Bailey, located in London")
                boolean state = e != null && e.kind() == RelationLexicon.Kind.STATE;
                return coordinatedLeft(c, c.spanAt[j - 1], "apposed", 0.9, !state, e, j);
            }
            return null;
        }
        if (DASHES.contains(t.text()) && depth == 0) {
            return dashList(c, j);
        }
        if (relativePronoun(t)) {
            int k = c.is(j - 1, ",") ? j - 2 : j - 1;
            Span ant = c.span(k);
            // "clerics from across Y who condemned Z", "the leader of Y, who ...": the name is a preposition's
            // object; the clause is about the noun the phrase modifies
            int before = ant == null ? -1 : skipDetLeft(c, ant.first() - 1);
            while (before >= 1 && prepositionLike(c, before) && prepositionLike(c, before - 1)) {
                before--;   // "from across Y"
            }
            if (ant != null && before >= 1 && prepositionLike(c, before) && c.spanAt[before - 1] == null
                    && c.pos(before - 1, "NOUN") && !c.tok(before - 1).isCapitalized()) {
                return null;
            }
            return ant == null ? null : coordinatedLeft(c, ant, "relative", 0.9, false, e, j + 1);
        }
        if ("CCONJ".equals(t.pos()) && (c.is(j, "and") || c.is(j, "but")) && depth == 0) {
            // "X captured Y and attacked Z": the subject of the nearest verb before
            for (int k = j - 1; k >= 0 && !c.is(k, ";") && !c.is(k, "\""); k--) {
                if (c.spanAt[k] != null || !("VERB".equals(c.tok(k).pos()) || mainAuxiliary(c, k))) {
                    continue;
                }
                int aside = asideStart(c, k);
                if (aside >= 0) {
                    k = aside;   // "X raised Y, where there are continued Z, and stressed": not the aside's verb
                    continue;
                }
                Chain ch = chain(c, k);
                if (ch.infinitive() && !ch.negated() && !ch.modal()) {
                    k = ch.stop() + 1;   // "X was asked to take over as CEO and has been ...": the verb before "to"
                    continue;
                }
                // "are advising and assisting Y": a progressive "be" is no passive; "X was recommended by Y and has
                // been serving": a passive verb's subject is still the subject of the verb coordinated with it
                boolean progressive = c.text(k).toLowerCase(Locale.ROOT).endsWith("ing");
                boolean passive = ch.be() && !progressive && !mainAuxiliary(c, k);
                if (!ch.factual() || passive && (e == null || e != Entry.NONE)) {
                    return null;
                }
                Subject s = subject(c, ch.stop(), e, false, depth + 1);
                return s == null ? null
                        : new Subject(s.spans(), s.factor() * (passive ? 0.8 : 0.85), "shared-subject", j + 1);
            }
            return null;
        }
        if ("NOUN".equals(t.pos()) && !t.isCapitalized() && t.text().toLowerCase(Locale.ROOT).endsWith("s")
                && roleEndsAt(c, j)) {
            // "Republican Party leaders insisted", "UN officials called for": the group speaks through them
            int k = j - 1;
            while (k >= 0 && c.spanAt[k] == null && ("ADJ".equals(c.tok(k).pos()) || lex.cue("rolemod", c.tok(k)))) {
                k--;
            }
            if (c.poss(k)) {
                k--;
            }
            Span owner = c.span(k);
            if (owner != null && owner.type() != EntityType.PERSON && objectEndOrPossessor(c, owner, j)) {
                return coordinatedLeft(c, owner, "members", 0.8, true, e, j + 1);
            }
            return null;
        }
        Entry force = lex.forceNoun(t);
        if (force != null && (e == null || e.has("forces"))) {   // e null: a campaign waged
            int k = j - 1;
            // "X military forces", "X ground troops": adjectives and a lower-case noun between
            int nouns = 0;
            while (k >= 0 && c.spanAt[k] == null && ("ADJ".equals(c.tok(k).pos())
                    || "NOUN".equals(c.tok(k).pos()) && !c.tok(k).isCapitalized() && nouns++ < 1)) {
                k--;
            }
            Span owner = null;
            if (c.poss(k)) {
                owner = c.span(k - 1);
            } else if (c.span(k) != null) {
                owner = c.span(k);
            }
            if (owner == null) {
                return null;
            }
            Subject s = coordinatedLeft(c, owner, "forces", force.confidence(), true, e, j + 1);
            return s == null ? null : new Subject(s.spans(), s.factor(), "forces", s.timeFrom());
        }
        return null;
    }

    /**
     * "X, along with Y, called for", "X, together with Y, met Z": the aside [from, to] names a second actor of the
     * verb; the name right after "with" (titles before it skipped: "along with senator Y from Virginia") joins the
     * subject when it is of the subject's kind (a person with a person, a body with a body).
     */
    private Subject withCompanion(Ctx c, Subject s, int from, int to) {
        int k;
        if ((c.is(from, "along") || c.is(from, "together")) && c.is(from + 1, "with")) {
            k = from + 2;
        } else if (c.is(from, "as") && c.is(from + 1, "well") && c.is(from + 2, "as")) {
            k = from + 3;
        } else {
            return s;
        }
        while (k <= to && c.spanAt[k] == null && ("DET".equals(c.tok(k).pos()) || "ADJ".equals(c.tok(k).pos())
                || lex.matchRole(c.toks, k) != null || lex.cue("honorific", c.tok(k)))) {
            k++;
        }
        Span y = k <= to ? c.span(k) : null;
        Span x = s.spans().get(0);
        boolean sameKind = y != null && (y.type() == EntityType.PERSON) == (x.type() == EntityType.PERSON)
                && y.type() != EntityType.PLACE;
        if (!sameKind || y.first() != k || s.spans().contains(y)) {
            return s;
        }
        List<Span> spans = new ArrayList<>(s.spans());
        spans.add(y);
        return new Subject(List.copyOf(spans), s.factor(), s.construction(), s.timeFrom());
    }

    /**
     * Whether token {@code k} is a plural role noun opening the subject ("The members", "Leaders", "senior
     * officials"): the whole group, not some of them ("two members of", "one of the leaders of" are not the body).
     */
    private boolean groupOf(Ctx c, int k) {
        if (c.spanAt[k] != null || !c.tok(k).text().toLowerCase(Locale.ROOT).endsWith("s") || !roleEndsAt(c, k)) {
            return false;
        }
        int b = k - 1;
        while (b >= 0 && c.spanAt[b] == null && ("ADJ".equals(c.tok(b).pos()) || lex.cue("rolemod", c.tok(b)))) {
            b--;
        }
        return b < 0 || c.is(b, "the") || c.is(b, ",");
    }

    /** Whether a role of a top post (one that leads or commands) starts and ends at token {@code j} ("head"). */
    private boolean topPostAt(Ctx c, int j) {
        Match own = lex.matchRole(c.toks, j);
        return own != null && own.last() == j && (own.entry().predicate() == Predicate.LEADS
                || own.entry().predicate() == Predicate.COMMANDS);
    }

    /** Whether a role pattern starts and ends at token {@code j} ("leaders", "officials"). */
    private boolean roleEndsAt(Ctx c, int j) {
        Match r = lex.matchRole(c.toks, j);
        return r != null && r.last() == j;
    }

    /** A preposition, or a lower-case word the tagger took for a proper noun ("from across/PROPN Y"). */
    private static boolean prepositionLike(Ctx c, int k) {
        return c.spanAt[k] == null && (c.pos(k, "ADP") || c.pos(k, "PROPN") && !c.tok(k).isCapitalized());
    }

    /** "has been with Y", "is currently the head of Y": a form of "be" or "have" that is the clause's main verb. */
    private static boolean mainAuxiliary(Ctx c, int k) {
        if (!"AUX".equals(c.tok(k).pos()) || c.spanAt[k] != null) {
            return false;
        }
        int q = skipAdverbs(c, k + 1);
        return q < c.n && !c.tok(q).isVerb() && !"AUX".equals(c.tok(q).pos()) && !c.is(q, "to")
                && !"PART".equals(c.tok(q).pos());
    }

    /**
     * The comma opening a relative or wh- aside that holds token k (", where there are ...", ", which ..."),
     * or -1.
     */
    private static int asideStart(Ctx c, int k) {
        for (int p = k - 1; p >= 0; p--) {
            if (c.is(p, ",")) {
                Token t = p + 1 < c.n ? c.tok(p + 1) : null;
                return t != null && (WH_ADVERBS.contains(t.lemma()) || relativePronoun(t)) ? p : -1;
            }
            if (c.is(p, ";")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The person before a chain of asides that closes with the comma at {@code j}: an age and where they come from,
     * "X, 42, of Woodbridge, Virginia, died", "X, 29, from Lyon, said", "X, of Leeds, joined": each aside is set off
     * by commas and is a number, "of"/"from" and a place, or a place continuing the one before it.
     */
    private static Span personBeforeAsides(Ctx c, int j) {
        int k = j;
        boolean origin = false;
        boolean age = false;
        boolean continued = false;
        for (int steps = 0; steps < 4; steps++) {
            int p = k - 1;
            while (p >= 0 && !c.is(p, ",") && !c.is(p, ";") && !c.is(p, "\"") && k - p < 8) {
                p--;
            }
            if (p < 1 || !c.is(p, ",")) {
                return null;
            }
            int a = p + 1;
            int z = k - 1;
            Span pl = c.span(z);
            // read right to left: a place continuing an origin, the origin, then the age next to the name
            if (a == z && c.pos(a, "NUM") && !age && (origin || !continued)) {
                age = true;                     // ", 42,"
            } else if ((c.is(a, "of") || c.is(a, "from")) && pl != null && pl.first() == a + 1 && pl.last() == z
                    && pl.type() == EntityType.PLACE && !origin && !age) {
                origin = true;                  // ", of Woodbridge,"
            } else if (pl != null && pl.first() == a && pl.last() == z && pl.type() == EntityType.PLACE && !origin
                    && !age && !continued) {
                continued = true;               // ", Virginia," continuing the place of an origin before it
            } else {
                return null;
            }
            Span who = c.span(p - 1);
            if ((age || origin) && (origin || !continued) && who != null && who.type() == EntityType.PERSON
                    && who.last() == p - 1) {
                return who;
            }
            k = p;
        }
        return null;
    }

    /** Whether a mention ends right before the head noun at {@code head}, possibly with a possessive between. */
    private static boolean objectEndOrPossessor(Ctx c, Span sp, int head) {
        int a = sp.last() + 1;
        return a == head || c.poss(a) && a + 1 <= head;
    }

    private static boolean relativePronoun(Token t) {
        return "who".equals(t.lemma()) || "which".equals(t.lemma())
                || "that".equals(t.lemma()) && !"DET".equals(t.pos());
    }

    /** Whether tokens [from, to] between two commas are an aside: a prepositional phrase, relative clause,
     * apposition or adverb, with no quote and no verb of saying. */
    private boolean parenthetical(Ctx c, int from, int to) {
        if (from > to) {
            return false;
        }
        Token first = c.tok(from);
        // "X, backed by Y, ...", "X, based in Y, ...": a participle with its prepositional phrase
        boolean participle = "VERB".equals(first.pos()) && from < to && "ADP".equals(c.tok(from + 1).pos())
                && (first.text().endsWith("ed") || first.text().endsWith("en") || lex.pastForm(first));
        boolean opensAside = "ADP".equals(first.pos()) || RELATIVE.contains(first.lemma())
                || "DET".equals(first.pos()) || "ADV".equals(first.pos()) || c.timeTok[from] || participle;
        boolean relative = RELATIVE.contains(first.lemma());
        if (participle) {
            for (int i = from + 1; i <= to; i++) {
                if (c.tok(i).isVerb()) {
                    return false;
                }
            }
        } else if (!opensAside) {
            // a bare noun phrase: "Tim Cook, Apple's chief executive, ...", "Haftar, 75, ..."
            for (int i = from; i <= to; i++) {
                Token t = c.tok(i);
                if (t.isVerb() || "CCONJ".equals(t.pos()) || "PRON".equals(t.pos()) && c.spanAt[i] == null) {
                    return false;
                }
            }
        }
        for (int i = from; i <= to; i++) {
            Token t = c.tok(i);
            if (t.text().equals("\"") || lex.cue("attribution-lower", t) && t.isVerb()) {
                return false;
            }
            // an apposition or adverb has no finite verb; a PP may hold a participle ("a statement issued on")
            if ("AUX".equals(t.pos()) && !relative) {
                return false;
            }
        }
        return true;
    }

    /**
     * The mention {@code sp} and the mentions coordinated before it ("A, B and C"), checked to be a subject:
     * not the object of a preposition or of another verb ("talks with X", "said X").
     */
    private Subject coordinatedLeft(Ctx c, Span sp, String construction, double factor, boolean checkBefore,
                                    Entry e, int timeFrom) {
        List<Span> list = new ArrayList<>();
        List<Boolean> joinedByComma = new ArrayList<>();
        list.add(sp);
        joinedByComma.add(false);
        int k = skipDetLeft(c, sp.first() - 1);
        boolean rightmostAnd = false;
        boolean firstSep = true;
        while (k >= 0) {
            boolean and;
            int q = k;
            if (c.is(q, "and") || c.is(q, "or")) {
                and = true;
                q--;
                if (c.is(q, ",")) {
                    q--;
                }
            } else if (c.is(q, ",")) {
                and = false;
                q--;
            } else {
                break;
            }
            Span prev = c.span(q);
            if (prev == null || prev.last() != q) {
                break;
            }
            if (firstSep) {
                rightmostAnd = and;
                firstSep = false;
                if (!and) {
                    break;
                }
            }
            list.add(prev);
            joinedByComma.add(!and);
            k = skipDetLeft(c, prev.first() - 1);
        }
        if (!rightmostAnd) {
            list = new ArrayList<>(List.of(sp));
        }
        if (checkBefore) {
            while (true) {
                Span leftmost = list.get(list.size() - 1);
                int b = skipDetLeft(c, leftmost.first() - 1);
                String verdict = before(c, b, e);
                if (verdict.equals("ok")) {
                    break;
                }
                if (verdict.equals("lower")) {
                    factor *= 0.85;
                    break;
                }
                if (verdict.equals("forces")) {
                    Entry force = forceBefore(c, b);
                    return new Subject(List.copyOf(list), force == null ? 0.6 : force.confidence() * 0.9,
                            "forces", timeFrom);
                }
                if (list.size() > 1 && joinedByComma.get(list.size() - 1)) {
                    // "In Tripoli, Haftar and Sarraj ...": the first conjunct was a fronted phrase
                    list.remove(list.size() - 1);
                    joinedByComma.remove(joinedByComma.size() - 1);
                    continue;
                }
                Span head = list.size() == 1 ? modifiedBy(c, b) : null;
                if (head != null) {
                    // "Rex Tillerson of Exxon met Y", "Hamas in Gaza fired": the mention the phrase modifies
                    list = new ArrayList<>(List.of(head));
                    joinedByComma = new ArrayList<>(List.of(false));
                    factor *= 0.9;
                    continue;
                }
                return null;
            }
        }
        if (list.size() > 1) {
            Collections.reverse(list);
        }
        return new Subject(List.copyOf(list), factor, construction, timeFrom);
    }

    /**
     * The mention a prepositional phrase opened at token b modifies ("X of Y", "X in Y", "X from Y"), when the
     * mention ends right before the preposition; null otherwise.
     */
    private static Span modifiedBy(Ctx c, int b) {
        if (b < 1 || !MODIFIER_PREPOSITIONS.contains(c.text(b).toLowerCase(Locale.ROOT))) {
            return null;
        }
        Span head = c.span(b - 1);
        return head != null && head.last() == b - 1 && !c.quoted[b - 1] ? head : null;
    }

    /**
     * What the token before a subject says about it: "ok", "lower" (after a verb of saying), "forces" ("forces
     * loyal to X"), or "no" (the object of a preposition or a verb).
     */
    private String before(Ctx c, int b, Entry e) {
        if (b < 0) {
            return "ok";
        }
        Token t = c.tok(b);
        if ("ADP".equals(t.pos()) || "to".equalsIgnoreCase(t.text())) {
            if (lex.cue("subordinator", t)) {
                return "ok";
            }
            Entry pn = c.is(b, "of") && b >= 1 && c.pos(b - 1, "NOUN") ? lex.placeNoun(c.tok(b - 1)) : null;
            if (pn != null && !pn.has("of") && (b < 2 || c.pos(b - 2, "DET") || c.pos(b - 2, "ADJ"))) {
                return "ok";   // "the city of X was taken": the town is X (not "the capital of X")
            }
            if (e.has("forces") && forceBefore(c, b) != null) {
                return "forces";
            }
            return "no";
        }
        if ("VERB".equals(t.pos()) && c.spanAt[b] == null) {
            if (lex.cue("attribution-lower", t)) {
                return "lower";
            }
            return "no";
        }
        return "ok";
    }

    /** The force noun of "forces loyal to X", "troops of X", "fighters led by X", with b at the preposition. */
    private Entry forceBefore(Ctx c, int b) {
        String prep = c.text(b).toLowerCase(Locale.ROOT);
        int k = b - 1;
        if (prep.equals("of") || prep.equals("under")) {
            return k >= 0 ? lex.forceNoun(c.tok(k)) : null;
        }
        if (LOYAL_PREPOSITIONS.contains(prep) && k >= 1 && lex.cue("loyal", c.tok(k))) {
            return lex.forceNoun(c.tok(k - 1));
        }
        return null;
    }

    /** The first token from {@code k} on that is no determiner or adjective outside a mention. */
    private static int skipModifiersRight(Ctx c, int k) {
        while (k < c.n && c.spanAt[k] == null && (c.pos(k, "DET") || c.pos(k, "ADJ"))) {
            k++;
        }
        return k;
    }

    /** The last token up to {@code k} that is no determiner or adjective outside a mention; -1 if none. */
    private static int skipModifiersLeft(Ctx c, int k) {
        while (k >= 0 && c.spanAt[k] == null && (c.pos(k, "DET") || c.pos(k, "ADJ"))) {
            k--;
        }
        return k;
    }

    private static int skipDetLeft(Ctx c, int k) {
        while (k >= 0 && "DET".equals(c.tok(k).pos()) && c.spanAt[k] == null) {
            k--;
        }
        return k;
    }

    /**
     * Whether an organisation's name opens with a unit noun before "of"/"for" ("Office of Museums", "Department of
     * Physics"): such a unit has its own head, so "director of the Office of Y at Z" leads the unit.
     */
    private boolean unitWithHead(Ctx c, Span org) {
        int f = org.first();
        return f < org.last() && lex.cue("unithead", c.tok(f)) && (c.is(f + 1, "of") || c.is(f + 1, "for"));
    }

    /** The first token from {@code k} on that is no determiner outside a mention. */
    private static int skipDetRight(Ctx c, int k) {
        while (k < c.n && "DET".equals(c.tok(k).pos()) && c.spanAt[k] == null) {
            k++;
        }
        return k;
    }

    /**
     * The entity objects starting at token {@code k}: a mention after determiners, adjectives, numbers and titles
     * ("the Libyan capital Tripoli", "Prime Minister X"), after a place noun or a part noun with "of" ("the
     * strategic town of Y", "the outskirts of Y"), after "within" a distance "of" (advancing: "to within five
     * kilometres of Y"), or, for meetings, attacks, support and opposition, after people "of", "from" or "at" a
     * group ("senior officials of Hamas"); and the mentions coordinated with it. {@code p} is the predicate the
     * objects are for, or null for an agent after "by".
     */
    private List<Span> objects(Ctx c, int k, Predicate p) {
        int steps = 0;
        boolean placeNoun = false;
        boolean ofPeople = p == Predicate.MET || p == Predicate.ATTACKED || p == Predicate.SUPPORTS
                || p == Predicate.OPPOSES;
        boolean ofPart = p == Predicate.TOOK_CONTROL_OF || p == Predicate.ATTACKED || p == Predicate.ADVANCED_ON
                || p == Predicate.VISITED;
        boolean sawRole = false;
        while (k < c.n && (c.spanAt[k] == null || officeOfTitle(c, k)) && steps++ < 8) {
            int dept = k + 1;
            while (sawRole && c.is(k, "of") && dept < c.n && dept - k < 5 && c.spanAt[dept] == null
                    && c.tok(dept).isCapitalized() && (c.pos(dept, "NOUN") || c.pos(dept, "PROPN")
                    || c.pos(dept, "ADJ"))) {
                dept++;
            }
            if (dept > k + 1 && (c.is(dept, "of") || c.is(dept, ","))) {
                k = dept;   // "the Minister of Foreign Affairs of Y, X": the post's department, not an entity
                continue;
            }
            if (sawRole && c.is(k, "of") && c.span(k + 1) != null && c.span(k + 1).first() == k + 1
                    && c.span(k + 1).type() != EntityType.PERSON && c.is(c.span(k + 1).last() + 1, ",")) {
                // "met the Minister of Foreign Affairs of Kenya, X": the post's country before the holder's name
                k = c.span(k + 1).last() + 1;
                continue;
            }
            if (sawRole && c.is(k, ",")) {
                // "met the Iraqi Foreign Minister, X, to discuss", "met the Foreign Minister, X in Y": the holder's
                // name set off after the post ("..., Dr X": an honorific before it)
                while (k + 1 < c.n && c.spanAt[k + 1] == null && lex.cue("honorific", c.tok(k + 1))
                        && c.tok(k + 1).isCapitalized()) {
                    k++;
                }
                Span holder = c.span(k + 1);
                int z = holder == null ? -1 : holder.last() + 1;
                if (holder == null || holder.first() != k + 1 || holder.type() != EntityType.PERSON
                        || !holder.m().isName() || !(z >= c.n || c.is(z, ",") && !c.is(z + 1, "and")
                        || c.is(z, ".") || c.is(z, ";") || c.pos(z, "ADP") && c.spanAt[z] == null)) {
                    return List.of();
                }
                k++;
                break;
            }
            if (c.spanAt[k] != null) {
                k = c.spanAt[k].last() + 1;   // "US Secretary of State X", "UN envoy X": the title's office
                continue;
            }
            Token t = c.tok(k);
            String pos = t.pos();
            Match role = lex.matchRole(c.toks, k);
            if ("DET".equals(pos) || "ADJ".equals(pos) || "NUM".equals(pos) && k > 0 || "-".equals(t.text()) && k > 0
                    || "VERB".equals(pos) && t.text().endsWith("ing") && !t.isCapitalized()) {
                k++;   // "neighbouring Georgia", "the besieged town of", "two Hamas leaders"
            } else if ("NOUN".equals(pos) && lex.placeNoun(t) != null && c.is(k + 1, "of")) {
                k += 2;
                placeNoun = true;
            } else if ("NOUN".equals(pos) && lex.cue("government", t) && (c.is(k + 1, "in") || c.is(k + 1, "of"))
                    && placeAfter(c, k + 2) != null) {
                k += 2;   // "the government in Y" stands for Y (a government is represented by its place)
                placeNoun = true;
            } else if ("NOUN".equals(pos) && lex.cue("government", t) && c.is(k + 1, "and") && c.is(k + 2, "people")
                    && c.is(k + 3, "of") && placeAfter(c, k + 4) != null) {
                k += 4;   // "the government and people of Y"
                placeNoun = true;
            } else if ("NOUN".equals(pos) && !t.isCapitalized() && k + 1 < c.n && c.pos(k + 1, "NOUN")
                    && lex.placeNoun(c.tok(k + 1)) != null && c.is(k + 2, "of")) {
                k++;   // "the port city of Y", "the border town of Y"
            } else if (ofPart && "NOUN".equals(pos) && lex.cue("part", t) && c.is(k + 1, "of")) {
                k += 2;   // "parts of", "the outskirts of"
            } else if (p == Predicate.ADVANCED_ON && c.is(k, "within")) {
                // "to within five kilometres of Y", "within striking distance of Y"
                int q = k + 1;
                while (q < c.n && q < k + 4 && c.spanAt[q] == null && !c.is(q, "of")) {
                    q++;
                }
                if (!c.is(q, "of")) {
                    return List.of();
                }
                k = q + 1;
            } else if (ofPeople && role != null && !t.isCapitalized()
                    && (c.is(role.last() + 1, "of") || c.is(role.last() + 1, "from") || c.is(role.last() + 1, "at"))) {
                // "met the mayor of Y", "met officials from Y": a place is not the person met
                Span y = c.span(skipDetRight(c, role.last() + 2));
                if (p == Predicate.MET && y != null && y.type() == EntityType.PLACE) {
                    return List.of();
                }
                k = role.last() + 2;
            } else if (role != null && role.last() > k) {
                k = role.last() + 1;   // "Secretary of State X": a title of several words before the name
                sawRole = true;
            } else if (("PROPN".equals(pos) || "NOUN".equals(pos)) && t.isCapitalized()
                    || role != null) {
                sawRole |= role != null;
                k++;
            } else {
                return List.of();
            }
        }
        if (p == Predicate.MET) {
            k = titledHolderAt(c, k);   // "met Kenya's Foreign Minister X", "met Acme chief executive X"
        }
        Span first = c.span(k);
        // "condemned Russia's invasion", "backs Ukraine's bid": one takes a side on the possessor
        boolean possessor = first != null && (p == Predicate.SUPPORTS || p == Predicate.OPPOSES)
                && c.poss(first.last() + 1) && !c.quoted[first.first()];
        // "met Hamas leaders", "met with Royal Navy officers": people of a group, the group's name before them
        int after = first == null ? -1 : first.last() + 1;
        boolean people = first != null && ofPeople && first.type() != EntityType.PERSON && !possessor
                && after < c.n && c.spanAt[after] == null && !c.tok(after).isCapitalized()
                && lex.cueWord("people", c.tok(after).lemma()) && boundaryAfter(c, after + 1);
        if (first == null || !objectEnd(c, first) && !possessor && !people) {
            return List.of();
        }
        if (possessor || people) {
            return List.of(first);
        }
        if (placeNoun) {
            first = first.as(EntityType.PLACE);   // "the town of X" is a place
        }
        List<Span> list = new ArrayList<>();
        list.add(first);
        List<Span> more = new ArrayList<>();
        boolean lastAnd = false;
        int q = first.last() + 1;
        while (q < c.n) {
            // "visited Y on 4 April and Z": a time expression may stand before the conjunction
            int t = q;
            if ((c.is(t, "on") || c.is(t, "in")) && t + 1 < c.n && c.timeTok[t + 1]) {
                t++;
            }
            while (t < c.n && c.timeTok[t]) {
                t++;
            }
            if (t > q && c.is(t, "and")) {
                q = t;
            }
            boolean and;
            int r = q;
            if (c.is(r, ",") && (c.is(r + 1, "and") || c.is(r + 1, "or"))) {
                and = true;
                r += 2;
            } else if (c.is(r, "and") || c.is(r, "or")) {
                and = true;
                r++;
            } else if (c.is(r, ",")) {
                and = false;
                r++;
            } else {
                break;
            }
            r = skipDetRight(c, r);
            Span next = c.span(r);
            if (next == null || next.first() != r || !objectEnd(c, next)) {
                break;
            }
            more.add(next);
            lastAnd = and;
            q = next.last() + 1;
            if (and) {
                break;
            }
        }
        if (!more.isEmpty() && lastAnd) {
            list.addAll(more);
        }
        return list;
    }

    /**
     * Whether the mention at k is a country or organisation written before a capitalised title and the title's
     * holder ("US Secretary of State X", "UN Envoy X"): not an object itself.
     */
    private boolean officeOfTitle(Ctx c, int k) {
        Span office = c.spanAt[k];
        int r = office.last() + 1;
        if (office.first() != k || office.type() == EntityType.PERSON || r >= c.n || c.spanAt[r] != null
                || !c.tok(r).isCapitalized()) {
            return false;
        }
        Match role = lex.matchRole(c.toks, r, true);
        Span holder = role == null ? null : c.span(role.last() + 1);
        return holder != null && holder.first() == role.last() + 1 && holder.type() == EntityType.PERSON;
    }

    /**
     * "strikes against al-Qaida operatives", "shelled LNA positions", "struck ISIL military targets": the group
     * owning the target.
     */
    private List<Span> targetObject(Ctx c, int k) {
        // "destroyed 14 ISIL tanks": a count may come first
        while (k < c.n && c.spanAt[k] == null && ("DET".equals(c.tok(k).pos()) || "ADJ".equals(c.tok(k).pos())
                || "NUM".equals(c.tok(k).pos()))) {
            k++;
        }
        Span x = c.span(k);
        if (x == null || x.first() != k || x.type() == EntityType.PLACE) {
            return List.of();
        }
        int h = x.last() + 1;
        if (c.poss(h)) {
            h++;
        }
        // "ISIL military targets", "ISIL oil facilities": up to two modifiers before the target noun
        for (int q = h; q < c.n && q <= h + 2 && c.spanAt[q] == null && !c.tok(q).isCapitalized(); q++) {
            if (lex.cue("target", c.tok(q))) {
                return List.of(x);
            }
            if (!c.pos(q, "ADJ") && !c.pos(q, "NOUN")) {
                break;
            }
        }
        return List.of();
    }

    /** "by X's forces", "by U.S. airstrikes", "by the X regime's jets": the X of a force or attack noun. */
    private List<Span> possessorAgent(Ctx c, int k, Entry e) {
        if (!e.has("forces")) {
            return List.of();
        }
        k = skipDetRight(c, k);
        Span x = c.span(k);
        if (x == null || x.first() != k) {
            return List.of();
        }
        int h = x.last() + 1;
        if (c.poss(h)) {
            h++;
        } else if (lex.forceNoun(c.tok(Math.min(h, c.n - 1))) != null && c.poss(h + 1)) {
            h += 2;   // "the Asad regime's airstrikes"
        }
        while (h < c.n && c.spanAt[h] == null && "ADJ".equals(c.tok(h).pos())) {
            h++;
        }
        if (h >= c.n || c.spanAt[h] != null) {
            return List.of();
        }
        Token head = c.tok(h);
        boolean attack = lex.forceNoun(head) != null || lex.eventNounWord(head);
        return attack ? List.of(x) : List.of();
    }

    /** Whether a mention ends a noun phrase: not a possessor ("X's forces") nor a modifier ("Tripoli airport"). */
    private static boolean objectEnd(Ctx c, Span sp) {
        int a = sp.last() + 1;
        if (a >= c.n) {
            return true;
        }
        Token t = c.tok(a);
        boolean glued = t.start() == c.tok(sp.last()).end();
        if (c.poss(a) || t.text().equals("-") || glued && t.text().startsWith("-") && t.text().length() > 1
                || glued && Character.isLetterOrDigit(t.text().charAt(0))) {
            return false;
        }
        if (c.spanAt[a] != null) {
            return c.spanAt[a] == sp;
        }
        if (c.timeTok[a]) {
            return true;
        }
        return !("NOUN".equals(t.pos()) || "PROPN".equals(t.pos()));
    }

    /** The end (exclusive) of the clause that goes on at token {@code k}. */
    private static int clauseEnd(Ctx c, int k) {
        while (k < c.n) {
            Token t = c.tok(k);
            if (BOUNDARY_PUNCT.contains(t.text()) || RELATIVE.contains(t.lemma()) && !"DET".equals(t.pos())
                    || t.isVerb() && !c.is(k - 1, "to")) {
                return k;
            }
            k++;
        }
        return c.n;
    }

    private static boolean eventPlace(Predicate p) {
        return p == Predicate.MET || p == Predicate.ATTACKED || p == Predicate.VISITED;
    }

    /** "in/at Y" (a place mention) in tokens [from, to). */
    private static Entity place(Ctx c, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (c.spanAt[i] == null && (c.is(i, "in") || c.is(i, "at"))) {
                int k = i + 1;
                while (k < to && "DET".equals(c.tok(k).pos()) && c.spanAt[k] == null) {
                    k++;
                }
                Span sp = c.span(k);
                if (sp != null && k < to && sp.type() == EntityType.PLACE && objectEnd(c, sp)) {
                    return sp.e();
                }
            }
        }
        return null;
    }

    private static TimeExpression time(Ctx c, int from, int to) {
        for (TimeExpression t : c.times) {
            if (t.first() >= from && t.last() < to) {
                return t;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------
    // role nouns

    /** The person's name that begins at token {@code at}, or null. */
    private static Span personNameAt(Ctx c, int at) {
        Span p = c.span(at);
        return p != null && p.first() == at && p.type() == EntityType.PERSON && p.m().isName() ? p : null;
    }

    /** Token {@code i} stands right after an organisation's name and right before a person's name. */
    private static boolean betweenOrganisationAndName(Ctx c, int i) {
        Span o = i >= 1 ? c.span(i - 1) : null;
        Span p = i + 1 < c.n ? c.span(i + 1) : null;
        return o != null && o.last() == i - 1 && o.type() == EntityType.ORGANIZATION && p != null
                && p.first() == i + 1 && p.type() == EntityType.PERSON;
    }

    /**
     * The organisation after "Title X of (the) Y": Y when it ends the phrase (a punctuation mark, a verb, "of" a
     * place or the end follows), and is not itself the holder's; null otherwise ("Professor X of Boston", "Judge X
     * of the court's staff and Y").
     */
    private static Span titleHolderOf(Ctx c, Span named) {
        int a = named.last() + 1;
        if (!c.is(a, "of")) {
            return null;
        }
        int k = skipDetRight(c, a + 1);
        Span org = c.span(k);
        if (org == null || org.first() != k || org.type() != EntityType.ORGANIZATION || org.e() == named.e()
                || !objectEnd(c, org)) {
            return null;
        }
        int z = org.last() + 1;
        boolean closed = closesOfPhrase(c, z) || c.is(z, "of") || c.is(z, "in")
                // "X of the Great Mosque condemned/ADJ the attack": a past form the tagger took for an adjective
                || c.pos(z, "ADJ") && !c.tok(z).isCapitalized() && c.tok(z).text().endsWith("ed");
        if (!closed || c.is(z, ",") && c.is(z + 1, "and")) {
            return null;
        }
        return org;
    }

    private void role(Ctx c, Match r, Out out) {
        Entry e = r.entry();
        int r0 = r.first();
        int r1 = r.last();
        if (isRank(c, r0) && (isRank(c, r1 + 1) || isRank(c, r0 - 1))) {
            return;   // "Senior Chief Petty Officer X": a word of a military rank, not a post
        }
        int m0 = r0;
        boolean deputy = false;
        boolean subUnit = false;
        while (m0 - 1 >= 0 && c.spanAt[m0 - 1] == null) {
            Token t = c.tok(m0 - 1);
            if (lex.cue("former", t)) {
                return;
            }
            if (c.is(m0 - 1, "-") && m0 >= 2 && c.spanAt[m0 - 2] == null && lex.cue("deputy", c.tok(m0 - 2))
                    && c.tok(m0 - 2).end() == t.start()) {
                m0--;   // "vice-president" split by the tokenizer: the deputy word is taken on the next turn
                continue;
            }
            if (orgNounAfterName(c, m0 - 1)) {
                break;   // "Acme company president": the noun restates the organisation named before it
            }
            if (lex.cue("deputy", t)) {
                deputy = true;
            } else if (!lex.cue("rolemod", t) && !("NOUN".equals(t.pos()) && !t.isCapitalized())) {
                break;
            }
            // "an ISIL gang leader", "LNA field commander": the post heads a part, not the whole
            // but "head coach", "head teacher": a word that is itself a top post only ranks the post it precedes
            subUnit |= "NOUN".equals(t.pos()) && !lex.cue("rolemod", t) && !topPostAt(c, m0 - 1);
            m0--;
        }
        if (m0 - 1 >= 0 && formerAcrossNames(c, m0 - 1)) {
            return;
        }
        if (r1 + 1 < c.n && lex.cue("postmod", c.tok(r1 + 1))) {
            r1++;   // "a professor emeritus at Y": a modifier written after the post is part of it
        }
        // "minister of transport", "head of product development": a lower-case noun after "of" is the post's own
        // ("minister of fiscal policy", "head of foreign affairs": adjectives may stand before that noun)
        int adj = r1 + 2;
        while (adj < c.n && c.span(adj) == null && c.pos(adj, "ADJ") && !c.tok(adj).isCapitalized()) {
            adj++;
        }
        boolean field = false;
        if (c.is(r1 + 1, "of") && c.span(adj) == null && c.pos(adj, "NOUN") && !c.tok(adj).isCapitalized()) {
            field = true;
            int k = adj;
            while (k + 1 < c.n && c.spanAt[k + 1] == null && c.pos(k + 1, "NOUN") && !c.tok(k + 1).isCapitalized()) {
                k++;
            }
            // "vice president of sales and marketing", "head of research & development": a coordinated field
            if ((c.is(k + 1, "and") || c.is(k + 1, "&")) && k + 2 < c.n && c.spanAt[k + 2] == null
                    && c.pos(k + 2, "NOUN") && !c.tok(k + 2).isCapitalized() && lex.matchRole(c.toks, k + 2) == null) {
                k += 2;
            }
            r1 = k;
        }
        if (!field && c.is(r1 + 1, "at") && c.is(r1 + 2, "large")) {
            r1 += 2;   // "editor at large at Y", "ambassador at large": a post without a fixed field, then its organisation
        }
        String position = c.slice(m0, r1);
        boolean holds = e.has("position");
        // a deputy of the top post is employed by the organisation, not its leader ("vice president of X")
        boolean top = e.predicate() == Predicate.LEADS || e.predicate() == Predicate.COMMANDS;
        Predicate pred = !deputy ? e.predicate() : top ? Predicate.EMPLOYED_BY : e.predicate();
        if (subUnit && top && !deputy) {
            pred = null;
        }
        if (field && (pred == Predicate.LEADS || pred == Predicate.COMMANDS)) {
            // "head of research at X" leads a department of X, not X; "the UN's chief of emergency relief" heads
            // a field of the UN's work, commands no armed men
            pred = Predicate.EMPLOYED_BY;
        }
        // an organization named before the role: "UN Secretary-General", "Apple's chief executive"
        int b = orgNounAfterName(c, m0 - 1) ? m0 - 2 : m0 - 1;
        if (c.is(b, ")") && c.is(b - 2, "(") && c.span(b - 1) != null && c.span(b - 3) != null
                && c.span(b - 3).last() == b - 3 && c.span(b - 1).e() == c.span(b - 3).e()) {
            b -= 3;   // "The United Nations (UN) relief coordinator X": the organisation's acronym in brackets
        }
        Span leftOrg = null;
        int coordinated = roleBeforeAnd(c, b);
        if (coordinated >= 0) {
            b = coordinated;   // "Airbus President and Chief Executive Officer X": the first role's organisation
        }
        // "Y's new CEO, X", "Y's interim chief executive": adjectives between the possessive and the post (a former
        // post is none)
        int ba = b;
        while (ba >= 1 && c.spanAt[ba] == null && (c.pos(ba, "ADJ") || c.pos(ba, "ADV") && !c.tok(ba).isCapitalized())
                && !lex.cue("former", c.tok(ba))) {
            ba--;
        }
        if (ba < b && c.poss(ba) && (c.span(ba - 1) != null || namedByHead(c, ba - 1) != null)) {
            b = ba;
        } else if (ba < b && c.span(ba) != null && c.span(ba).last() == ba
                && c.span(ba).type() == EntityType.ORGANIZATION && !c.tok(b).isCapitalized()) {
            b = ba;   // "Republican Party presidential candidate X": lower-case adjectives between the party and post
        }
        if (c.poss(b) && c.span(b - 1) != null) {
            leftOrg = c.span(b - 1);
        } else if (c.poss(b)) {
            leftOrg = knownName(c, b - 1);   // "Saturn's general manager" where the finder missed "Saturn" here
            if (leftOrg == null) {
                leftOrg = namedByHead(c, b - 1);   // "the hospital's medical director" of the hospital named before
            }
        } else if (c.span(b) == null && (c.is(b, "its") || c.is(b, "their"))) {
            // "Airbus and its CEO X": an unresolved "its" is the organisation nearest before it
            Span near = nearestGroupBefore(c, b);
            leftOrg = near != null && near.type() == EntityType.ORGANIZATION ? near : null;
            if (near == null && b == 0 && c.is(b, "its") && c.previousSubject != null) {
                // "The Civic Party won 21 seats. Its leader X said ...": the organisation the sentence before was
                // about, in the same paragraph
                leftOrg = new Span(c.previousSubject.m(), c.previousSubject.e(), b, b, c.previousSubject.type());
            }
        } else if (c.span(b) != null && c.span(b).type() != EntityType.PERSON) {
            leftOrg = c.span(b);
        } else {
            leftOrg = knownName(c, b);
        }
        if (leftOrg == null && c.is(b, ",") && c.span(b - 1) != null && c.span(b - 1).last() == b - 1
                && c.span(b - 1).type() == EntityType.ORGANIZATION && speakingFor(c, c.span(b - 1).first() - 1)) {
            // "Speaking for Apple Corps, manager X said": the organisation spoken for is the post's
            leftOrg = c.span(b - 1);
        }
        boolean sharedOrg = false;
        if (leftOrg == null && c.is(b, "and") && c.span(b - 1) != null && c.span(b - 1).type() == EntityType.PERSON) {
            // "the UAW President X and Vice President Y": the second post is of the first one's organisation
            leftOrg = previousPostOrg(c, c.span(b - 1));
            sharedOrg = leftOrg != null;
        }
        if (leftOrg == null && b >= 1 && c.span(b) == null && c.tok(b).isCapitalized() && !c.quoted[b]
                && (c.pos(b, "NOUN") || c.pos(b, "PROPN")) && !lex.cue("former", c.tok(b))) {
            // "Pentagon Press Secretary X", "Reuters Photo Editor X": a capitalised word naming the office within
            // the organisation stands between them; the organisation employs the holder, who does not lead it
            Span o = c.span(b - 1);
            if (o != null && o.last() == b - 1 && o.type() == EntityType.ORGANIZATION) {
                leftOrg = o;
                if (top) {
                    pred = null;
                }
            }
        }
        if (leftOrg != null) {
            b = leftOrg.first() - 1;
            // "former Acme CEO X" (also when the finder took "Former" into the name): a former post is none
            if (b >= 0 && formerAcrossNames(c, b) || lex.cue("former", c.tok(leftOrg.first()))) {
                return;
            }
            // "Col. X, 407th AEG commander": a unit's number belongs to its name even when the finder left it out
            while (b >= 0 && c.spanAt[b] == null && leftOrg.type() == EntityType.ORGANIZATION
                    && UNIT_NUMBER.matcher(c.text(b)).matches()) {
                b--;
            }
        }
        if (e.has("outlet") && leftOrg != null
                && !(m0 < r0 && c.pos(r0 - 1, "NOUN") && !c.tok(r0 - 1).isCapitalized())) {
            pred = null;   // "Kremlin critic X" opposes the Kremlin; "Y film critic X" writes for Y
        }
        if (e.has("titled") && !deputy && titledTop(c, r0, leftOrg)) {
            pred = Predicate.LEADS;   // "Treasury Secretary X", "Secretary of the Navy X": the department's head
        }
        // before a name: "army commander Khalifa Haftar"
        int nameAt = afterRanks(c, r1 + 1);
        Span named = c.span(nameAt);
        if (named == null && (c.is(r1 + 1, "of") || c.is(r1 + 1, "for") && e.has("portfolio")) && !field) {
            // "Secretary of Defense X", "Minister of Finance X": a capitalised department that is no entity, then
            // the holder's name ("Minister for Foreign Affairs X", "Undersecretary for Health Mr. X": a portfolio's
            // "for", an adjective of the department, a courtesy title before the name, which is no word of the post)
            // "Minister of the Interior X", "Minister for the Middle East X": "the" may open the department, and a
            // region's name may be a portfolio after "for"
            int first = c.is(r1 + 2, "the") && r1 + 3 < c.n && c.tok(r1 + 3).isCapitalized() ? r1 + 3 : r1 + 2;
            int k = first;
            while (k < c.n && k - r1 < 6 && (c.spanAt[k] == null && c.tok(k).isCapitalized()
                    && (c.pos(k, "NOUN") || c.pos(k, "PROPN") || c.pos(k, "ADJ")) && lex.rank(c.tok(k)) == null
                    && !lex.cue("honorific", c.tok(k)) || first > r1 + 2 && c.is(r1 + 1, "for") && k == first
                    && c.spanAt[k] != null && c.spanAt[k].first() == k && c.spanAt[k].type() == EntityType.PLACE
                    && !"City".equals(c.spanAt[k].m().subclass()))) {
                k = c.spanAt[k] != null ? c.spanAt[k].last() + 1 : k + 1;
            }
            if (c.pos(k - 1, "ADJ") && c.spanAt[k - 1] == null) {
                k = first;   // "Minister of Foreign X": a department ends in a noun
            }
            int at = k > first ? afterRanks(c, k) : -1;
            Span after = c.span(at);
            if (after != null && after.first() == at && after.type() == EntityType.PERSON) {
                r1 = k - 1;
                position = c.slice(m0, r1);
                nameAt = after.first();
                named = after;
            }
        }
        if (named == null && c.is(r1 + 1, "of") && !field && leftOrg == null && holds) {
            Span holder = placeOfficeHolder(c, r1 + 1);
            if (holder != null) {
                nameAt = holder.first();   // "Governor of Ohio X": the post alone (a place's office, no employer)
                named = holder;
            }
        }
        if (named == null && c.is(r1 + 1, "of") && !field && leftOrg == null && ofOrgHolder(c, m0, r1, e, deputy,
                pred, out)) {
            return;
        }
        if (named == null && leftOrg == null && !field && (c.is(r1 + 1, "at") || c.is(r1 + 1, "for"))
                && c.tok(r1).text().equalsIgnoreCase(c.tok(r1).lemma())) {
            // "Chief investment officer at Acme Capital Jan Berg said", "analyst for Y X": the organisation between
            // the post and the name is the post's (one holder: not "analysts at Y")
            int k = c.pos(r1 + 2, "DET") ? r1 + 3 : r1 + 2;
            Span org = c.span(k);
            int at = org != null && org.first() == k && org.type() == EntityType.ORGANIZATION
                    ? afterRanks(c, org.last() + 1) : -1;
            Span after = c.span(at);
            if (after != null && after.first() == at && after.type() == EntityType.PERSON && after.m().isName()) {
                leftOrg = org;
                nameAt = at;
                named = after;
            }
        }
        int second = nextCoordinatedRole(c, r1);
        if (named == null && second > r1 && leftOrg != null) {
            // "Acme chairman and chief executive X": the holder of both posts of one organisation comes after the
            // second (without the organisation, "(The) Prime Minister and President X" are two people)
            nameAt = afterRanks(c, second + 1);
            named = c.span(nameAt);
        }
        int beforePost = c.pos(m0 - 1, "DET") ? m0 - 2 : m0 - 1;
        if (named == null && second > r1 && leftOrg == null && !field && !c.pos(beforePost, "ADP")
                && !c.is(beforePost, "to")) {
            // "the vice president and chairman of Acme Jan Berg said": the organisation named after the second post,
            // right before the holder's name, is both posts' (of a place they may be two people's: "the Prime
            // Minister and President of France"; "Assistant to the Secretary and Director of Y X": the first post,
            // after a preposition, is someone else's)
            int o = c.is(second + 1, "of") || c.is(second + 1, "at") ? skipDetRight(c, second + 2) : -1;
            Span shared = c.span(o);
            int at = shared != null && shared.first() == o && shared.type() == EntityType.ORGANIZATION
                    ? afterRanks(c, shared.last() + 1) : -1;
            Span after = personNameAt(c, at);
            if (after != null && !c.quoted[at]) {
                leftOrg = shared;
                nameAt = at;
                named = after;
            }
        }
        if (sharedOrg && (named == null || named.first() != nameAt)) {
            return;   // "the UAW President X and chairman of Y": the shared organisation only before a name
        }
        if (named != null && named.first() == nameAt && named.type() == EntityType.PERSON && named.m().isName()) {
            String rule = "role:" + e.pattern() + (sharedOrg ? "/shared-prenominal" : "/prenominal");
            if (holds) {
                out.add(new Relation(named.e(), Predicate.HOLDS_POSITION, null, position, null, null, null,
                        evidence(c, m0, named.last()), clamp(e.confidence()), rule));
            }
            // a vice president or deputy prime minister of a country is not employed by it (a country is no employer)
            Span rightOf = field ? null : titleHolderOf(c, named);
            if (rightOf != null && (leftOrg == null || leftOrg.first() == leftOrg.last()
                    && !c.tok(leftOrg.first()).text().equals(c.tok(leftOrg.first()).text().toUpperCase()))) {
                // "Professor X of the Y Institute", "Judge X of the Supreme Court": the title before the name, the
                // organisation after it (an organisation only: "Foreign Minister X of Iran" is a country's office);
                // a one-word name before the title is then a word of the title ("Police Chief X of the Y Police")
                leftOrg = rightOf;
            }
            boolean countryDeputy = deputy && top && leftOrg != null && leftOrg.type() == EntityType.PLACE;
            boolean countryHead = pred == Predicate.LEADS && leftOrg != null && leftOrg.type() == EntityType.PLACE;
            boolean ofOrg = leftOrg != null && pred != null && e.objectTypes().contains(leftOrg.type())
                    && !countryDeputy && !countryHead;
            if (ofOrg) {
                out.add(new Relation(named.e(), pred, leftOrg.e(), leftOrg.m().text(), null, null, null,
                        evidence(c, Math.min(leftOrg.first(), m0), Math.max(leftOrg.last(), named.last())),
                        clamp(e.confidence() * 0.9), rule));
            }
            if (!sharedOrg && second == r1 && pluralPost(c, r1)) {
                // "councillors A of the X Party, B and C were elected", "Acme analysts A and B": a plural post before
                // a list of names is each one's (a singular post is the first name's only)
                String listRule = "role:" + e.pattern() + "/listed-prenominal";
                for (Span more : listedNames(c, named)) {
                    if (holds) {
                        out.add(new Relation(more.e(), Predicate.HOLDS_POSITION, null, position, null, null, null,
                                evidence(c, m0, more.last()), clamp(e.confidence() * 0.9), listRule));
                    }
                    if (ofOrg) {
                        out.add(new Relation(more.e(), pred, leftOrg.e(), leftOrg.m().text(), null, null, null,
                                evidence(c, Math.min(leftOrg.first(), m0), more.last()),
                                clamp(e.confidence() * 0.8), listRule));
                    }
                }
            }
            return;
        }
        // "X is a professor at Y", "X, associate professor of art history,": an academic post is held when stated
        // of a person, not when it stands as a courtesy title before the name ("Professor X said")
        holds |= e.has("academic");
        // what the role is of: "the head of the GNA", "a spokesman for the LNA"
        int q = r1 + 1;
        Span rightOrg = null;
        int rEnd = r1;
        if (q < c.n && c.is(q, "from") && (pred == Predicate.EMPLOYED_BY || pred == Predicate.MEMBER_OF)) {
            // "X, a market analyst from Y Partners": "from" names the employer of an occupation, for a company only
            // ("an analyst from London" is where the person comes from; "a commander from Y" is no employer)
            int k = skipDetRight(c, q + 1);
            Span org = c.span(k);
            if (org != null && org.first() == k && org.type() == EntityType.ORGANIZATION && objectEnd(c, org)) {
                rightOrg = org;
                rEnd = org.last();
            }
        } else if (q < c.n && ROLE_PREPOSITIONS.contains(c.tok(q).lemma())) {
            int k = q + 1;
            int nouns = 0;
            // "of the British union Unite": determiners, adjectives and a lower-case head before the name
            while (k < c.n && c.spanAt[k] == null
                    && ("DET".equals(c.tok(k).pos()) || "ADJ".equals(c.tok(k).pos())
                    || "NOUN".equals(c.tok(k).pos()) && !c.tok(k).isCapitalized() && nouns++ < 2)) {
                k++;
            }
            rightOrg = c.span(k);
            if (e.has("outlet") && c.is(q, "of")) {
                rightOrg = null;   // "a critic of the government": what is judged, not the employer
            }
            if (rightOrg != null && e.has("portfolio") && c.is(q, "for") && r1 == r.last()) {
                // "Minister for the Middle East": the post's field, not its employer (but "minister of transport
                // for Indonesia": the field given, "for" names the employer)
                rightOrg = null;
            }
            int unitEnd = rightOrg != null && rightOrg.first() == k && !objectEnd(c, rightOrg)
                    && rightOrg.type() == EntityType.ORGANIZATION && rightOrg.first() == rightOrg.last()
                    ? unitNounsAfter(c, rightOrg.last() + 1) : -1;
            if (unitEnd >= 0) {
                // "head of the UN relief operation in Y": a unit of the organisation, which employs its head (a
                // one-word name only: after a longer one the nouns may be words of a name cut short)
                rEnd = unitEnd;
                Span where = c.pos(unitEnd + 1, "ADP") ? c.span(skipDetRight(c, unitEnd + 2)) : null;
                if (where != null && where.first() == skipDetRight(c, unitEnd + 2) && objectEnd(c, where)) {
                    rEnd = where.last();   // "... operation in Indonesia," the unit's place closes the phrase
                }
                if (pred == Predicate.LEADS || pred == Predicate.COMMANDS) {
                    pred = Predicate.EMPLOYED_BY;
                }
            } else if (rightOrg == null || rightOrg.first() != k || !objectEnd(c, rightOrg)) {
                // "X, commander of <something that is no entity>, said": the post alone
                rightOrg = null;
                int j = q + 1;
                while (j < c.n && !c.is(j, ",") && !c.is(j, ";") && !c.is(j, ".") && j - q < 12) {
                    j++;
                }
                // ... or at the end of the sentence ("said Capt. X, commander of Forbin.")
                boolean end = j >= c.n || c.is(j, ".") && j == c.n - 1;
                // "X, Green Party nominee for mayor,": the organisation before the post still gives its relation
                if (!(c.is(j, ",") || end) || !holds && leftOrg == null) {
                    return;
                }
                rEnd = j - 1;
            } else {
                rEnd = rightOrg.last();
                // "director of Y Studies at Z University": Y is a unit of Z, and Z the employer
                Span outer = c.is(rEnd + 1, "at") ? c.span(skipDetRight(c, rEnd + 2)) : null;
                if (outer != null && outer.first() == skipDetRight(c, rEnd + 2) && c.is(q, "of")
                        && outer.type() == EntityType.ORGANIZATION && rightOrg.type() == EntityType.ORGANIZATION
                        && objectEnd(c, outer) && !unitWithHead(c, rightOrg)) {
                    rightOrg = outer;
                    rEnd = outer.last();
                    if (pred == Predicate.LEADS || pred == Predicate.COMMANDS) {
                        pred = Predicate.EMPLOYED_BY;
                    }
                }
            }
        }
        if (rightOrg == null && leftOrg == null && q < c.n && (c.is(q, "and") || c.is(q, "&"))) {
            // "X, the president and chief executive of Y,": the first of two coordinated posts shares the second's
            // organisation
            Span shared = coordinatedRoleOrg(c, r1);
            int next = nextCoordinatedRole(c, r1);
            if (shared != null) {
                rightOrg = shared;
                rEnd = shared.last();
            } else if (holds && next > r1 && next + 1 < c.n && ROLE_PREPOSITIONS.contains(c.tok(next + 1).lemma())) {
                // "The vice president and general counsel of the company, X,": of no named organisation, the
                // first post is still X's when X is set off after the phrase
                int j = next + 2;
                while (j < c.n && c.spanAt[j] == null && !c.is(j, ",") && !c.is(j, ";") && !c.is(j, ".")
                        && j - next < 8) {
                    j++;
                }
                if (c.is(j, ",")) {
                    rEnd = j - 1;
                }
            }
        }
        boolean commaOrg = false;
        if (rightOrg == null && leftOrg == null && c.is(r1 + 1, ",") && e.objectTypes().contains(EntityType.ORGANIZATION)
                && holderBefore(c, m0) != null) {
            // "Gen. X, commander, U.S. Central Command, said": the organisation set off after the role
            Span o = c.span(r1 + 2);
            int z = o == null ? -1 : o.last() + 1;
            if (o != null && o.first() == r1 + 2 && o.type() == EntityType.ORGANIZATION && objectEnd(c, o)
                    && (z >= c.n || c.is(z, ",") || c.is(z, ".") || c.pos(z, "ADV") || c.pos(z, "AUX")
                    || c.tok(z).isVerb())) {
                rightOrg = o;
                rEnd = o.last();
                commaOrg = true;
            }
        }
        Span org = rightOrg != null ? rightOrg : leftOrg;
        if (deputy && top && org != null && org.type() == EntityType.PLACE) {
            pred = null;   // "X, the country's vice president": no employedBy a country
        }
        int d = b;
        int pb = b;
        while (leftOrg == null && pb >= 0 && c.spanAt[pb] == null && c.pos(pb, "ADJ")
                && !lex.cue("former", c.tok(pb))) {
            pb--;
        }
        if (leftOrg == null && rightOrg == null && c.poss(pb) && c.spanAt[pb] == null && c.span(pb - 1) == null
                && c.pos(pb - 1, "NOUN") && !c.tok(pb - 1).isCapitalized() && c.pos(pb - 2, "DET")) {
            // "X, the regulator's (new) chief executive,": an unnamed possessor still sets the post off as an
            // apposition; the post is held, of no organisation named here
            d = pb - 2;
        }
        if (leftOrg == null && rightOrg == null) {
            // "X, an Ottawa New Democrat MP,": two or three capitalised words (a place, a party's adjective) the
            // finder made no organisation of, between the article and the post
            int k = d;
            while (k >= 0 && d - k < 4 && (c.spanAt[k] == null && c.tok(k).isCapitalized()
                    && (c.pos(k, "PROPN") || c.pos(k, "ADJ")) || c.spanAt[k] != null
                    && c.spanAt[k].type() == EntityType.PLACE)) {
                k--;
            }
            if (d - k >= 2 && d - k <= 3 && c.pos(k, "DET") && c.is(k - 1, ",")) {
                d = k;
            }
        }
        boolean negated = false;
        int unknown = 0;
        // "X, the UK Special Representative": a capitalised word the finder left alone may stand before the role
        // when a determiner opens the apposition
        while (d >= 0 && c.spanAt[d] == null && ("DET".equals(c.tok(d).pos()) || "ADJ".equals(c.tok(d).pos())
                || "ADV".equals(c.tok(d).pos()) && !WH_ADVERBS.contains(c.tok(d).lemma())
                || lex.cue("negation", c.tok(d)) || c.is(d, "longer")
                || leftOrg == null && PERSONAL_POSSESSIVES.contains(c.tok(d).text().toLowerCase(Locale.ROOT))
                || leftOrg == null && c.pos(d, "PROPN") && c.tok(d).isCapitalized() && d >= 1 && c.pos(d - 1, "DET")
                && c.is(d - 2, ",") && unknown++ < 1)) {
            negated |= lex.cue("negation", c.tok(d));
            d--;
        }
        if (negated) {
            return;
        }
        // "Gen. X, commander of Y said": a verb of saying may stand where the closing comma was left out
        boolean saidAfter = rightOrg != null && rEnd + 1 < c.n && c.tok(rEnd + 1).isVerb()
                && lex.cue("attribution-lower", c.tok(rEnd + 1))
                // "X, chairman of Y will be the new ...": an auxiliary and its verb where the comma was left out
                || rightOrg != null && rEnd + 2 < c.n && c.pos(rEnd + 1, "AUX")
                && (c.tok(rEnd + 2).isVerb() || c.pos(rEnd + 2, "AUX"));
        // "Col. X, Central Command spokesman will moderate": the apposition's closing comma left out before the verb
        boolean verbAfter = (commaOrg || leftOrg != null && rightOrg == null) && rEnd + 1 < c.n
                && (c.pos(rEnd + 1, "AUX") || c.pos(rEnd + 1, "ADV") || c.tok(rEnd + 1).isVerb());
        // "X, the Prime Minister of Y visited Z": the closing comma left out before the sentence's own verb, when
        // the holder's name opens the sentence (so the verb after Y can be nobody else's)
        boolean mainVerbAfter = rightOrg != null && rEnd + 1 < c.n && c.tok(rEnd + 1).isVerb()
                && !c.tok(rEnd + 1).text().endsWith("ing") && c.is(d, ",") && c.span(d - 1) != null
                && c.span(d - 1).type() == EntityType.PERSON && opensSentence(c, c.span(d - 1).first());
        // "X, 54, chief executive of Y,": an age (or origin) set off between the name and its post
        Span aside = c.is(d, ",") && d >= 1 && c.span(d - 1) == null ? personBeforeAsides(c, d) : null;
        if (c.is(d, ",") && (c.span(d - 1) != null || aside != null)
                && (boundaryAfter(c, rEnd + 1) || saidAfter || verbAfter || mainVerbAfter)
                && (!c.pos(rEnd + 1, "CCONJ") || secondRole(c, rEnd + 2))) {
            // "Sarraj, the head of the GNA, ..." (not a list: "Haftar, the president and ...")
            Span who = aside != null ? aside : c.span(d - 1);
            emitRole(c, out, e, who, pred, holds, position, org, who.first(), rEnd, e.confidence() * 0.95,
                    "apposition");
            return;
        }
        Span inBrackets = c.is(d, "(") && c.is(rEnd + 1, ")") && d >= 1 ? c.span(d - 1) : null;
        if (inBrackets != null && inBrackets.last() == d - 1 && inBrackets.type() == EntityType.PERSON
                && inBrackets.m().isName()) {
            // "X (Acme company president)", "Y (chief economist at Acme) said": the post in brackets after a name
            emitRole(c, out, e, inBrackets, pred, holds, position, org, inBrackets.first(), rEnd + 1,
                    e.confidence() * 0.9, "bracket");
            return;
        }
        Span firstHolder = c.is(d, "and") && leftOrg != null ? coordinatedPostHolder(c, d) : null;
        if (firstHolder != null && (boundaryAfter(c, rEnd + 1) || saidAfter || verbAfter)
                && !c.pos(rEnd + 1, "CCONJ")) {
            // "X, project manager and Acme vice president, said": a second post, with its organisation before
            // it, coordinated after a first one set off after the name
            emitRole(c, out, e, firstHolder, pred, holds, position, org, firstHolder.first(), rEnd,
                    e.confidence() * 0.9, "coordinated-apposition");
            return;
        }
        Span earlier = c.is(d, "and") ? appositionHolderBefore(c, d - 1) : null;
        if (earlier != null && rightOrg != null && c.is(rEnd + 1, ",") && rEnd + 2 < c.n
                && (c.tok(rEnd + 2).isVerb() || c.pos(rEnd + 2, "ADV") && c.tok(rEnd + 3 < c.n ? rEnd + 3 : rEnd)
                .isVerb())) {
            // "Professor X, director of Y, and chairman of Z, says": a second post set off after the first, then
            // the verb (not a list: "thanked X, director of Y, and the chairman of Z.")
            emitRole(c, out, e, earlier, pred, holds, position, org, earlier.first(), rEnd, e.confidence() * 0.85,
                    "second-apposition");
            return;
        }
        if (d >= 0 && lex.cue("copula", c.tok(d)) && c.tok(d).isVerb()) {
            // "X is the leader of Y", "X, who is a member of Y"
            Chain ch = chain(c, d);
            if (!ch.factual() || conditional(c, d)) {
                return;
            }
            Subject s = subject(c, ch.stop(), e, false, 0);
            if (s == null || s.construction().equals("forces")) {
                return;
            }
            double conf = e.confidence() * s.factor() * ("was".equalsIgnoreCase(c.text(d))
                    || "were".equalsIgnoreCase(c.text(d)) ? 0.8 : 0.9);
            for (Span who : s.spans()) {
                emitRole(c, out, e, who, pred, holds, position, org, Math.min(who.first(), d), rEnd, conf,
                        "copula");
            }
            return;
        }
        if (rightOrg == null) {
            rEnd = coordinatedRoleEnd(c, rEnd);   // "Airbus President and Chief Executive Officer, X"
        }
        int sep = rightOrg != null ? afterBracket(c, rEnd + 1) : rEnd + 1;
        Span setOff = c.is(sep, ",") ? c.span(afterRanks(c, sep + 1)) : null;
        if (setOff != null) {
            // "The head of the GNA, Fayez al-Sarraj, said", "said the head of the GNA, Fayez al-Sarraj", "met the
            // chief executive of Y, X, in Z", "The Y Commander, Lt. Gen. X, said": a name set off after the role
            // (ranks may stand before it), not the first of a list
            Span who = setOff;
            int after = who.last() + 1;
            boolean closed = after >= c.n || c.is(after, ",") && !c.is(after + 1, "and") || c.is(after, ".")
                    || c.is(after, ";") || c.is(after, ")") || c.tok(after).isVerb();
            if (who.type() == EntityType.PERSON && who.m().isName() && objectEnd(c, who) && closed
                    && !c.quoted[who.first()]) {
                emitRole(c, out, e, who, pred, holds, position, org, m0, who.last(), e.confidence() * 0.85,
                        "fronted-apposition");
            }
        }
    }

    /**
     * From {@code k}: one to three lower-case nouns naming a unit after an organisation's name, then a preposition, a
     * comma or the end ("the UN relief operation in Y", "the Acme research division,"); the index of the last noun,
     * or -1. Not a company noun restating the organisation ("the Acme group").
     */
    private int unitNounsAfter(Ctx c, int k) {
        int j = k;
        while (j < c.n && j - k < 3 && c.spanAt[j] == null && c.pos(j, "NOUN") && !c.tok(j).isCapitalized()) {
            j++;
        }
        if (j == k || lex.cue("company", c.tok(j - 1))) {
            return -1;
        }
        boolean end = j >= c.n || c.is(j, ",") || c.is(j, ".") && j == c.n - 1 || c.pos(j, "ADP") && !c.is(j, "of");
        return end ? j - 1 : -1;
    }

    /** At {@code k}: a lower-case company noun right after an organisation's name ("Acme company president"). */
    private boolean orgNounAfterName(Ctx c, int k) {
        Span o = k >= 1 ? c.span(k - 1) : null;
        return k >= 1 && c.spanAt[k] == null && c.pos(k, "NOUN") && !c.tok(k).isCapitalized()
                && lex.cue("company", c.tok(k)) && o != null && o.last() == k - 1
                && o.type() == EntityType.ORGANIZATION;
    }

    /**
     * The organisation named right before the capitalised post before person {@code p} ("UAW President X",
     * "Acme's Chief Executive X"), or null.
     */
    private Span previousPostOrg(Ctx c, Span p) {
        int k = p.first() - 1;
        int words = 0;
        while (k >= 0 && c.spanAt[k] == null && c.tok(k).isCapitalized() && words++ < 4) {
            k--;
        }
        if (words == 0 || lex.matchRole(c.toks, k + 1) == null && !lex.cue("deputy", c.tok(k + 1))) {
            return null;
        }
        if (c.poss(k)) {
            k--;
        }
        Span o = c.span(k);
        return o != null && o.last() == k && o.type() == EntityType.ORGANIZATION ? o : null;
    }

    /**
     * The organisation of the second of two coordinated posts after the first one ending at {@code r1} ("president
     * and chief executive of Y"), when it is named right after the second post's preposition; null otherwise.
     */
    private Span coordinatedRoleOrg(Ctx c, int r1) {
        int second = nextCoordinatedRole(c, r1);
        if (second <= r1 || second + 1 >= c.n || !ROLE_PREPOSITIONS.contains(c.tok(second + 1).lemma())) {
            return null;
        }
        int k = skipModifiersRight(c, second + 2);
        Span o = c.span(k);
        return o != null && o.first() == k && o.type() != EntityType.PERSON && objectEnd(c, o) ? o : null;
    }

    /**
     * The person set off before a role that starts at {@code m0}: "X, commander, ...", "X, the head of ..."
     * (determiners and adjectives between the comma and the role); null otherwise.
     */
    private static Span holderBefore(Ctx c, int m0) {
        int d = skipModifiersLeft(c, m0 - 1);
        Span who = c.is(d, ",") ? c.span(d - 1) : null;
        return who != null && who.last() == d - 1 && who.type() == EntityType.PERSON ? who : null;
    }

    /**
     * "X, commander, Y recently met Z": the mention {@code sp} set off after a person and a role is the role's
     * organisation, and the person is the subject; null when {@code sp} does not stand so.
     */
    private Span roleHolderBefore(Ctx c, Span sp) {
        int comma = sp.first() - 1;
        if (!c.is(comma, ",") || sp.type() != EntityType.ORGANIZATION) {
            return null;
        }
        int k = comma - 1;
        boolean role = false;
        while (k >= 0 && comma - k < 6 && c.spanAt[k] == null && !c.is(k, ",")) {
            Token t = c.tok(k);
            boolean isRole = lex.matchRole(c.toks, k, true) != null;
            role |= isRole;
            if (!("NOUN".equals(t.pos()) || "ADJ".equals(t.pos()) || "DET".equals(t.pos()) || "PROPN".equals(t.pos())
                    && isRole)) {
                return null;
            }
            k--;
        }
        return role && c.is(k, ",") ? holderBefore(c, k + 1) : null;
    }

    /**
     * When token {@code b} is "and" after another role ("President and Chief Executive Officer"), the token before
     * that role and its modifiers, where the organisation both roles are of may stand; -1 otherwise.
     */
    private int roleBeforeAnd(Ctx c, int b) {
        if (!(c.is(b, "and") || c.is(b, "&")) || c.spanAt[b] != null) {
            return -1;
        }
        for (int a = b - 1; a >= 0 && a >= b - 4 && c.spanAt[a] == null; a--) {
            Match prev = lex.matchRole(c.toks, a, true);
            if (prev != null && prev.last() == b - 1) {
                int m = a;
                while (m - 1 >= 0 && c.spanAt[m - 1] == null && (lex.cue("rolemod", c.tok(m - 1))
                        || lex.cue("deputy", c.tok(m - 1)))) {
                    m--;
                }
                return m - 1;
            }
        }
        return -1;
    }

    /**
     * The end of a role coordinated after the one ending at {@code rEnd} ("President and Chief Executive Officer,
     * X"), so that the name set off after both is the holder of each; {@code rEnd} when none follows.
     */
    private int coordinatedRoleEnd(Ctx c, int rEnd) {
        int next = nextCoordinatedRole(c, rEnd);
        return next > rEnd && c.is(next + 1, ",") ? next : rEnd;
    }

    /** The last token of a role coordinated right after the one ending at {@code rEnd}; {@code rEnd} if none. */
    private int nextCoordinatedRole(Ctx c, int rEnd) {
        int k = rEnd + 1;
        if (!(c.is(k, "and") || c.is(k, "&")) || c.spanAt[k] != null) {
            return rEnd;
        }
        k++;
        // a modifier may begin a role of its own ("and general counsel"): the role is tried before skipping it
        while (k < c.n && c.spanAt[k] == null && lex.matchRole(c.toks, k, true) == null
                && (lex.cue("rolemod", c.tok(k)) || lex.cue("deputy", c.tok(k)))) {
            k++;
        }
        Match next = k < c.n && c.spanAt[k] == null ? lex.matchRole(c.toks, k, true) : null;
        return next != null ? next.last() : rEnd;
    }

    /**
     * The token after the ranks that may stand between a role and its holder's name: "director Navy Capt. X",
     * "Commander, Lt. Gen. X" (a service word may come first when ranks follow it); {@code k} when there are none.
     */
    private int afterRanks(Ctx c, int k) {
        int q = k;
        Span service = c.span(q);
        if (service != null && service.first() == q && service.last() + 1 < c.n
                && (service.type() == EntityType.ORGANIZATION || service.first() == service.last())
                && isRank(c, service.last() + 1)) {
            q = service.last() + 1;   // "Navy Capt. X", also where the finder took "Navy" for a person
        }
        int r = q;
        while (r < c.n && isRank(c, r)) {
            r++;
        }
        boolean any = false;
        for (int i = q; i < r; i++) {
            any |= !lex.rank(c.tok(i)).has("inner");
        }
        if (!any && r == q && q < c.n && c.spanAt[q] == null && lex.cue("honorific", c.tok(q))) {
            return c.is(q + 1, ".") && c.spanAt[q + 1] == null ? q + 2 : q + 1;   // "Mr. X", "Dr X"
        }
        return any ? r : k;
    }

    private boolean isRank(Ctx c, int i) {
        return i >= 0 && i < c.n && c.spanAt[i] == null && c.tok(i).isCapitalized() && lex.rank(c.tok(i)) != null;
    }

    /** "X, chairman of Y and a member of the board,": a second role after "and" (a determiner, adjectives). */
    private boolean secondRole(Ctx c, int k) {
        k = skipModifiersRight(c, k);
        return k < c.n && c.spanAt[k] == null && lex.matchRole(c.toks, k) != null || orgPostAt(c, k);
    }

    /**
     * "and Acme vice president," at {@code k}: an organisation's name, then a post of it that is no name's title
     * (not "and Acme CEO Jan Berg", a second person).
     */
    private boolean orgPostAt(Ctx c, int k) {
        Span o = c.span(k);
        if (o == null || o.first() != k || o.type() != EntityType.ORGANIZATION) {
            return false;
        }
        int r = c.poss(o.last() + 1) ? o.last() + 2 : o.last() + 1;
        while (r < c.n && c.spanAt[r] == null && lex.matchRole(c.toks, r, true) == null
                && (lex.cue("rolemod", c.tok(r)) || lex.cue("deputy", c.tok(r))
                || c.pos(r, "NOUN") && !c.tok(r).isCapitalized())) {
            r++;
        }
        Match m = r < c.n && c.spanAt[r] == null ? lex.matchRole(c.toks, r, true) : null;
        if (m == null) {
            return false;
        }
        Span after = c.span(afterRanks(c, m.last() + 1));
        return after == null || after.type() != EntityType.PERSON;
    }

    /**
     * "X, project manager and" with {@code and} at the "and": the person set off before the first post (its
     * modifiers, a determiner), or null.
     */
    private Span coordinatedPostHolder(Ctx c, int and) {
        for (int a = and - 1; a >= 0 && a >= and - 4 && c.spanAt[a] == null; a--) {
            Match prev = lex.matchRole(c.toks, a, true);
            if (prev == null || prev.last() != and - 1) {
                continue;
            }
            int m = a;
            while (m - 1 >= 0 && c.spanAt[m - 1] == null && (c.pos(m - 1, "DET") || c.pos(m - 1, "ADJ")
                    || c.pos(m - 1, "NUM") || c.pos(m - 1, "NOUN") && !c.tok(m - 1).isCapitalized()
                    || lex.cue("rolemod", c.tok(m - 1)) || lex.cue("deputy", c.tok(m - 1)))) {
                if (lex.cue("former", c.tok(m - 1))) {
                    return null;
                }
                m--;
            }
            Span who = c.is(m - 1, ",") ? c.span(m - 2) : null;
            return who != null && who.last() == m - 2 && who.type() == EntityType.PERSON && who.m().isName()
                    && !c.quoted[m - 2] ? who : null;
        }
        return null;
    }

    /** Whether the post ending at {@code r1} is written in the plural ("councillors", "analysts"). */
    private static boolean pluralPost(Ctx c, int r1) {
        Token t = c.tok(r1);
        String text = t.text().toLowerCase(Locale.ROOT);
        return "NOUN".equals(t.pos()) && text.endsWith("s") && !text.equals(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * The names listed after {@code first} ("A of the X Party, B and C"): persons' names joined by commas or "and",
     * each perhaps followed by "of/from (the) Y" naming its own organisation; stops at anything else.
     */
    private static List<Span> listedNames(Ctx c, Span first) {
        List<Span> more = new ArrayList<>();
        int k = first.last() + 1;
        while (k < c.n) {
            if (c.is(k, "of") || c.is(k, "from")) {
                int j = skipDetRight(c, k + 1);
                Span o = c.span(j);
                if (o == null || o.first() != j || o.type() != EntityType.ORGANIZATION) {
                    break;
                }
                k = o.last() + 1;
            }
            if (c.is(k, ",") && c.is(k + 1, "and")) {
                k += 2;
            } else if (c.is(k, ",") || c.is(k, "and")) {
                k++;
            } else {
                break;
            }
            Span p = c.span(k);
            if (p == null || p.first() != k || p.type() != EntityType.PERSON || !p.m().isName() || c.quoted[k]) {
                break;
            }
            more.add(p);
            k = p.last() + 1;
        }
        return more;
    }

    /**
     * "X, director of Y, and ...": at {@code k} the comma that closes a post set off after a person's name; the
     * person, or null (no verb and no other name between; within 15 tokens).
     */
    private Span appositionHolderBefore(Ctx c, int k) {
        if (!c.is(k, ",")) {
            return null;
        }
        boolean role = false;
        for (int j = k - 1; j >= 1 && k - j < 15; j--) {
            if (c.is(j, ",")) {
                Span who = c.span(j - 1);
                return role && who != null && who.last() == j - 1 && who.type() == EntityType.PERSON
                        && who.m().isName() && !c.quoted[j - 1] ? who : null;
            }
            Span sp = c.span(j);
            if (sp == null && (c.tok(j).isVerb() || c.pos(j, "AUX") || c.is(j, ";") || c.is(j, "and"))
                    || sp != null && sp.type() == EntityType.PERSON) {
                return null;
            }
            role |= sp == null && lex.matchRole(c.toks, j) != null;
        }
        return null;
    }

    /**
     * "of the Y Trust (YT), X": the token after a short bracket that opens at {@code k} (an acronym or spelled-out
     * name of the organisation before it), else {@code k}.
     */
    private static int afterBracket(Ctx c, int k) {
        if (!c.is(k, "(")) {
            return k;
        }
        int j = k + 1;
        while (j < c.n && j - k < 8 && !c.is(j, ")") && !c.is(j, "(") && !c.is(j, ",") && !c.tok(j).isVerb()) {
            j++;
        }
        return c.is(j, ")") && j > k + 1 ? j + 1 : k;
    }

    /**
     * "Governor of Ohio X", "President of the United States X": a place named after the post's "of" (at {@code of}),
     * then the holder's name right after it; the holder's span, or null.
     */
    private static Span placeOfficeHolder(Ctx c, int of) {
        int k = skipDetRight(c, of + 1);
        Span place = c.span(k);
        if (place == null || place.first() != k || place.type() != EntityType.PLACE || c.quoted[k]) {
            return null;
        }
        Span who = c.span(place.last() + 1);
        return who != null && who.first() == place.last() + 1 && who.type() == EntityType.PERSON && who.m().isName()
                && !c.quoted[who.first()] ? who : null;
    }

    /**
     * Whether the capitalised title at {@code r0} is written right against an organisation's name: after it with
     * no word between ("the US Treasury Secretary", not "Pentagon Press Secretary" nor "Deputy Treasury
     * Secretary") or before "of (the) Y" with no modifier before it ("Secretary of the Navy", not "Under Secretary
     * of the Navy").
     */
    private boolean titledTop(Ctx c, int r0, Span leftOrg) {
        if (!c.tok(r0).isCapitalized()) {
            return false;
        }
        if (leftOrg != null) {
            int before = leftOrg.first() - 1;
            return leftOrg.last() == r0 - 1 && leftOrg.type() == EntityType.ORGANIZATION
                    && (before < 0 || !lex.cue("deputy", c.tok(before)) && !c.is(before, "under"));
        }
        int k = r0 + 1;
        if (!c.is(k, "of")) {
            return false;
        }
        k = c.is(k + 1, "the") ? k + 2 : k + 1;
        Span y = c.span(k);
        boolean bare = r0 == 0 || !c.tok(r0 - 1).isCapitalized() && !lex.cue("deputy", c.tok(r0 - 1))
                && !c.is(r0 - 1, "under") && !c.pos(r0 - 1, "ADJ") && !c.pos(r0 - 1, "NOUN");
        return bare && y != null && y.first() == k && y.type() == EntityType.ORGANIZATION;
    }

    /**
     * A name of an organisation or place the article names elsewhere, written just before a role but missed
     * there by the mention finder ("Ryanair CEO, Michael O'Leary" when "Ryanair" was found in other sentences):
     * the longest run of capitalised tokens ending at {@code b} whose text is exactly one entity's name or alias.
     */
    private static Span knownName(Ctx c, int b) {
        if (b < 0 || c.span(b) != null || !c.tok(b).isCapitalized() || c.quoted[b]) {
            return null;
        }
        for (int a = Math.max(0, b - 3); a <= b; a++) {
            boolean free = true;
            for (int k = a; k <= b; k++) {
                free &= c.span(k) == null && c.tok(k).isCapitalized();
            }
            if (!free) {
                continue;
            }
            Entity e = c.names.get(c.slice(a, b));
            if (e != null) {
                Mention m = new Mention(c.tok(a).start(), c.tok(b).end(), c.slice(a, b), e.type(), null,
                        c.s.index(), Mention.Kind.NAME, 0.8, "relation-known-name");
                return new Span(m, e, a, b, e.type());
            }
        }
        return null;
    }

    /**
     * "the hospital's" at {@code k} (the noun, after "the", cue "namehead"): the one organisation named earlier in
     * the article whose name's head is that noun ("Northfield General Hospital", "Harbour Museum of Art"); null
     * when none or several do.
     */
    private Span namedByHead(Ctx c, int k) {
        if (k < 1 || c.span(k) != null || !c.is(k - 1, "the") || !c.pos(k, "NOUN") || c.tok(k).isCapitalized()
                || c.quoted[k] || !lex.cue("namehead", c.tok(k))) {
            return null;
        }
        String word = c.text(k).toLowerCase(Locale.ROOT);
        int at = c.tok(k).start();
        Entity found = null;
        for (Entity e : new HashSet<>(c.names.values())) {
            if (e.type() != EntityType.ORGANIZATION || e.mentions().stream().noneMatch(m -> m.start() < at)) {
                continue;
            }
            String[] words = e.name().toLowerCase(Locale.ROOT).split(" ");
            int of = Arrays.asList(words).indexOf("of");
            String head = of > 0 ? words[of - 1] : words[words.length - 1];
            if (words.length >= 2 && head.equals(word)) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        if (found == null) {
            return null;
        }
        Mention m = new Mention(c.tok(k - 1).start(), c.tok(k).end(), c.slice(k - 1, k), found.type(), null,
                c.s.index(), Mention.Kind.DESCRIPTION, 0.7, "relation-name-head");
        return new Span(m, found, k - 1, k, found.type());
    }

    private void emitRole(Ctx c, Out out, Entry e, Span who, Predicate pred, boolean holds, String position,
                          Span org, int first, int last, double conf, String construction) {
        String rule = "role:" + e.pattern() + "/" + construction;
        if (c.quoted[first] || c.quoted[last]) {
            return;
        }
        if (holds && who.type() == EntityType.PERSON) {
            out.add(new Relation(who.e(), Predicate.HOLDS_POSITION, null, position, null, null, null,
                    evidence(c, first, last), clamp(conf), rule));
        }
        // a head of state or government "leads" no country (eval guideline: `leads` is for named organisations)
        if (org != null && pred != null && org.e() != who.e() && e.subjectTypes().contains(who.type())
                && e.objectTypes().contains(org.type()) && !(pred == Predicate.LEADS && org.type() == EntityType.PLACE)) {
            out.add(new Relation(who.e(), pred, org.e(), org.m().text(), null, null, null,
                    evidence(c, first, last), clamp(conf), rule));
        }
    }

    // ------------------------------------------------------------------------------------------------------
    // "X claimed responsibility for the attack on Y", "the attacks in Y, for which X has claimed responsibility"

    /**
     * A claim of responsibility for attacks states who attacked (eval guideline: "claiming responsibility for
     * attacks in a place counts"): the attacks follow "for" ("claimed responsibility for the bombing in Y") or are
     * the antecedent of "for which" ("the attacks in Y and Z, for which X has claimed responsibility"). The
     * targets are the places or groups after the attack noun's preposition, and places coordinated with them.
     * Not when the claim is negated, modal or conditional ("no group has claimed responsibility").
     */
    private void claimedResponsibility(Ctx c, int v, Out out) {
        Chain ch = chain(c, v);
        if (!ch.factual() || conditional(c, v)) {
            return;
        }
        int b = ch.stop();
        if (b >= 0 && c.spanAt[b] == null && lex.cue("negation", c.tok(b))) {
            return;
        }
        Subject s = subject(c, b, Entry.NONE, false, 0);
        if (s == null) {
            return;
        }
        int noun = -1;
        int limit = c.n;
        int first = v;
        if (c.is(v + 2, "for")) {
            int k = v + 3;
            while (k < c.n && c.spanAt[k] == null && (c.pos(k, "DET") || c.pos(k, "ADJ") || c.pos(k, "NUM"))) {
                k++;
            }
            noun = attackNoun(c, k) ? k : -1;
        } else if (claimedAttack(c, v + 1) >= 0) {
            noun = claimedAttack(c, v + 1);   // "X claimed two bombings in Y": claiming an attack is claiming it
        } else {
            // "..., for which X has claimed responsibility": the attack noun of the phrase the relative closes
            int f = s.spans().get(0).first() - 1;
            if (c.is(f, "which") && c.is(f - 1, "for")) {
                limit = c.is(f - 2, ",") ? f - 2 : f - 1;
                for (int k = limit - 1; k >= 0 && !c.is(k, ";"); k--) {
                    if (c.spanAt[k] == null && attackNoun(c, k)) {
                        noun = k;
                        break;
                    }
                    if (c.tok(k).isVerb() && c.spanAt[k] == null && !c.text(k).toLowerCase(Locale.ROOT).endsWith("ing")
                            && !c.text(k).toLowerCase(Locale.ROOT).endsWith("ed")) {
                        break;
                    }
                }
                first = noun;
            }
        }
        if (noun < 0) {
            return;
        }
        List<Span> targets = attackTargets(c, noun, limit);
        int last = targets.stream().mapToInt(Span::last).max().orElse(v);
        for (Span x : s.spans()) {
            if (x.type() == EntityType.PLACE) {
                continue;
            }
            for (Span y : targets) {
                if (y.e() != x.e()) {
                    out.add(new Relation(x.e(), Predicate.ATTACKED, y.e(), y.m().text(), null, null, null,
                            evidence(c, Math.min(Math.min(first, x.first()), v), Math.max(last, v + 1)),
                            clamp(0.8 * s.factor()), "pattern:claimed-responsibility"));
                }
            }
        }
    }

    /**
     * The attack noun that is the object of "claimed" at token k ("claimed (the) dual attacks", "claimed a suicide
     * bombing"), after determiners, adjectives, numbers and a lower-case modifier; -1 when none.
     */
    private int claimedAttack(Ctx c, int k) {
        int q = k;
        while (q < c.n && q - k < 4 && c.spanAt[q] == null && (c.pos(q, "DET") || c.pos(q, "ADJ")
                || c.pos(q, "NUM") || c.pos(q, "NOUN") && !attackNoun(c, q) && !c.tok(q).isCapitalized())) {
            q++;
        }
        return q < c.n && c.spanAt[q] == null && attackNoun(c, q) ? q : -1;
    }

    /** An attack noun ("attack", "bombing", "strikes"): the noun of an event-noun pattern of "attacked". */
    private boolean attackNoun(Ctx c, int k) {
        if (k >= c.n || !c.pos(k, "NOUN")) {
            return false;
        }
        for (String prep : List.of("on", "against", "of", "in")) {
            Token t = c.tok(k);
            List<Token> probe = List.of(t, new Token(t.index() + 1, t.end() + 1, t.end() + 1 + prep.length(), prep,
                    "ADP", prep));
            Match m = lex.matchEventNoun(probe, 0);
            if (m != null && m.entry().predicate() == Predicate.ATTACKED) {
                return true;
            }
        }
        return false;
    }

    /**
     * The targets after the attack noun at {@code noun}: "on/against Y" (places or groups), "in Y" (places), and
     * places coordinated further on before {@code limit} ("in the towns of Y in the province of W, and the port
     * city of Z": Y and Z, not W).
     */
    private List<Span> attackTargets(Ctx c, int noun, int limit) {
        int k = noun + 1;
        while (k < limit && c.timeTok[k]) {
            k++;
        }
        List<Span> found = new ArrayList<>();
        if (!(c.is(k, "on") || c.is(k, "against") || c.is(k, "in") || c.is(k, "at") || c.is(k, "of"))) {
            return found;
        }
        boolean placesOnly = c.is(k, "in") || c.is(k, "at");
        for (Span y : objects(c, k + 1, Predicate.ATTACKED)) {
            if (!placesOnly || y.type() == EntityType.PLACE) {
                found.add(y);
            }
        }
        if (found.isEmpty()) {
            // "the attack on a petrol station at Y", "attacks in the commercial area of the Z neighborhood in Y":
            // what was hit is no entity, but where it stands is a place
            for (int q = k + 1; q < limit && q < k + 12; q++) {
                Token t = c.tok(q);
                if (t.isVerb() || BOUNDARY_PUNCT.contains(t.text()) || RELATIVE.contains(t.lemma()) && !c.pos(q, "DET")) {
                    break;
                }
                if (c.spanAt[q] == null && (c.is(q, "in") || c.is(q, "at"))) {
                    Span y = placeAfter(c, q + 1);
                    if (y != null) {
                        found.add(y);
                        break;
                    }
                }
            }
            if (found.isEmpty()) {
                return found;
            }
        }
        for (int a = found.get(found.size() - 1).last() + 1; a < limit; a++) {
            if (c.is(a, "and") && !(c.tok(a + 1 < c.n ? a + 1 : a).isVerb())) {
                for (Span y : objects(c, a + 1, Predicate.ATTACKED)) {
                    if (y.type() == EntityType.PLACE && y.last() < limit && !found.contains(y)) {
                        found.add(y);
                    }
                }
            }
        }
        return found;
    }

    // ------------------------------------------------------------------------------------------------------
    // "his post as CEO of the company", "has been serving as interim CEO"

    /** A post named after "as": its text, its role entry, whether it is a deputy's, and the organisation it is of. */
    private record Post(String text, Entry entry, boolean deputy, Span org, int last) {
    }

    /**
     * The post at token {@code k} (after "as"): a determiner, modifiers kept in its text ("interim", "vice"), a
     * role noun, and "of/at/for" the organisation or a lower-case noun phrase that is part of the title ("chairman
     * of the board"); null when no role noun stands there.
     */
    private Post postAfterAs(Ctx c, int k) {
        while (k < c.n && c.spanAt[k] == null && c.pos(k, "DET")) {
            k++;
        }
        int m0 = k;
        boolean deputy = false;
        while (k < c.n && c.spanAt[k] == null && (lex.cue("rolemod", c.tok(k)) || lex.cue("deputy", c.tok(k)))) {
            deputy |= lex.cue("deputy", c.tok(k));
            k++;
        }
        if (k >= c.n || c.spanAt[k] != null) {
            return null;
        }
        Match r = lex.matchRole(c.toks, k, true);
        if (r == null) {
            return null;
        }
        int end = r.last();
        Span org = null;
        int q = r.last() + 1;
        if (c.is(q, "of") || c.is(q, "at") || c.is(q, "for") && !r.entry().has("portfolio")) {
            int j = q + 1;
            while (j < c.n && c.spanAt[j] == null && c.pos(j, "DET")) {
                j++;
            }
            Span y = c.span(j);
            if (y != null && y.first() == j && objectEnd(c, y)) {
                org = y;
            } else if (c.is(q, "of")) {
                // "chairman of the board": lower-case nouns with no name belong to the title
                int z = j;
                while (z < c.n && c.spanAt[z] == null && c.pos(z, "NOUN") && !c.tok(z).isCapitalized()) {
                    z++;
                }
                if (z > j) {
                    end = z - 1;
                }
            }
        }
        return new Post(c.slice(m0, end), r.entry(), deputy, org, org != null ? org.last() : end);
    }

    /**
     * "X's post as CEO", "from his position as chairman of the board", "in her role as envoy": a post noun (cue
     * "post") with "as" names a post its possessor holds. A post held is a state: the verb governing the phrase
     * ("chose to step down from his post as") does not make it unreal, but "former", "future" and the like do.
     */
    private boolean postAs(Ctx c, int n, Out out) {
        Post post = postAfterAs(c, n + 2);
        if (post == null) {
            return false;
        }
        int p = n - 1;
        while (p >= 0 && c.spanAt[p] == null && c.pos(p, "ADJ")) {
            if (lex.cue("former", c.tok(p)) || lex.cue("irrealis", c.tok(p))) {
                return true;
            }
            p--;
        }
        if (p >= 0 && c.spanAt[p] == null && (lex.cue("former", c.tok(p)) || lex.cue("irrealis", c.tok(p)))) {
            return true;
        }
        Span who = c.poss(p) ? c.span(p - 1) : c.span(p);
        if (who == null || who.type() != EntityType.PERSON
                || !c.poss(p) && who.m().kind() != Mention.Kind.PRONOUN && !c.pos(p, "PRON")) {
            return false;
        }
        emitPost(c, out, who, post, Math.min(who.first(), n), post.last(), 0.85, "post-as");
        return true;
    }

    /**
     * "X has been serving as interim CEO", "X, who acts as spokesman for Y": a verb of holding a post (cue "post")
     * with "as" names the subject's post, when the verb is factual (not "will serve as", "to act as").
     */
    private boolean serveAs(Ctx c, int v, Out out) {
        return serveAs(c, v, v + 1, null, out);
    }

    /**
     * A post taken ("X took over as chief executive of Y", "X succeeded Z as chief executive", "X joined Y as
     * chief financial officer"): the verb at {@code v}, "as" at {@code as}; {@code employer}, when not null, is the
     * verb's object that employs the holder when the post names no organisation.
     */
    private boolean serveAs(Ctx c, int v, int as, Span employer, Out out) {
        Post post = postAfterAs(c, as + 1);
        if (post == null) {
            return false;
        }
        if (post.org() == null && employer != null && employer.type() == EntityType.ORGANIZATION) {
            post = new Post(post.text(), post.entry(), post.deputy(), employer, post.last());
        }
        Chain ch = chain(c, v);
        if (!ch.factual() || conditional(c, v) || attributionSkipBefore(c, ch.stop())) {
            return true;
        }
        Subject s = subject(c, ch.stop(), Entry.NONE, false, 0);
        if (s == null) {
            return true;
        }
        double conf = 0.85 * s.factor() * (ch.attributionLower() || attributedBefore(c, ch.stop()) ? 0.85 : 1.0);
        for (Span who : s.spans()) {
            if (who.type() == EntityType.PERSON) {
                emitPost(c, out, who, post, Math.min(who.first(), v), post.last(), conf, "serve-as");
            }
        }
        return true;
    }

    /**
     * A verb of taking a post (cue "take-post") with "as": after its particle ("took over as", "stepped in as") or
     * after its object ("succeeded Z as chief executive"; "joined Y as chief financial officer", where Y employs the
     * holder instead of counting them as a member).
     */
    private boolean postTaken(Ctx c, int v, Out out) {
        if (!lex.cueVerb("take-post", c.tok(v))) {
            return false;
        }
        int k = v + 1;
        if (c.is(k, "over") || c.is(k, "in")) {
            k++;   // the particle: "took over as", "stepped in as" (not "stepped down as": a post left)
        }
        Span object = null;
        if (!c.is(k, "as")) {
            while (k < c.n && c.spanAt[k] == null && c.pos(k, "DET")) {
                k++;
            }
            object = c.span(k);
            if (object == null || object.first() != k) {
                return false;
            }
            k = object.last() + 1;
        }
        if (!c.is(k, "as")) {
            return false;
        }
        return serveAs(c, v, k, object, out);
    }

    /** Whether only punctuation (quotation marks, a dash) stands before token {@code k} in its sentence. */
    private static boolean opensSentence(Ctx c, int k) {
        for (int i = 0; i < k; i++) {
            if (!c.pos(i, "PUNCT")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a "former" word (cue class "former": "former", "ex-", "then") stands at token {@code k} or before the
     * nationality adjectives and the names of places and organisations that end there: "Former Belgian prime
     * minister X", "former US White House Press Secretary X", "X, former Indonesian President,", "then Egyptian
     * president X" name no post held now. Not across a person's name or a lower-case word ("the former colony's
     * Chinese president X" is a post).
     */
    private boolean formerAcrossNames(Ctx c, int k) {
        for (int steps = 0; k >= 0 && steps < 4; steps++) {
            Span sp = c.spanAt[k];
            if (sp != null) {
                if (sp.type() == EntityType.PERSON || sp.first() > k) {
                    return false;
                }
                k = sp.first() - 1;
                continue;
            }
            Token t = c.tok(k);
            if (lex.cue("former", t)) {
                return true;
            }
            if (!t.isCapitalized() || !(c.pos(k, "ADJ") || c.pos(k, "PROPN") || c.pos(k, "NOUN"))) {
                return false;
            }
            k--;
        }
        return false;
    }

    private void emitPost(Ctx c, Out out, Span who, Post post, int first, int last, double conf, String construction) {
        Entry e = post.entry();
        String rule = "role:" + e.pattern() + "/" + construction;
        if (e.has("position")) {
            out.add(new Relation(who.e(), Predicate.HOLDS_POSITION, null, post.text(), null, null, null,
                    evidence(c, first, last), clamp(conf * e.confidence() / 0.85), rule));
        }
        boolean top = e.predicate() == Predicate.LEADS || e.predicate() == Predicate.COMMANDS;
        Predicate pred = post.deputy() && top ? Predicate.EMPLOYED_BY : e.predicate();
        Span org = post.org();
        if (org != null && pred != null && org.e() != who.e() && e.objectTypes().contains(org.type())) {
            out.add(new Relation(who.e(), pred, org.e(), org.m().text(), null, null, null,
                    evidence(c, first, last), clamp(conf * 0.9), rule));
        }
    }

    /**
     * "X is a (small) town in (northern) Y", "X was the capital of Y": a place noun right after a copula (with its
     * determiner: "is not a town" and "would be a town" never match) places X in Y; not "a town south of Y".
     */
    private boolean placeAfterCopula(Ctx c, Span x, int cop, Out out) {
        int k = cop + 1;
        if (!c.pos(k, "DET") || c.spanAt[k] != null) {
            return false;
        }
        k++;
        while (k < c.n && c.spanAt[k] == null && lex.placeNoun(c.tok(k)) == null
                && (c.pos(k, "ADJ") || lex.cue("direction", c.tok(k)) || c.pos(k, "NOUN") && c.pos(k + 1, "NOUN"))) {
            k++;
        }
        Entry noun = k < c.n && c.spanAt[k] == null ? lex.placeNoun(c.tok(k)) : null;
        if (noun == null || !(c.is(k + 1, "in") || noun.has("of") && c.is(k + 1, "of"))) {
            return false;
        }
        Span y = placeAfter(c, k + 2);
        if (y == null || y.e() == x.e()) {
            return false;
        }
        out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), clamp(noun.confidence() * 0.95),
                "lexicon:" + noun.pattern() + "/copula"));
        return true;
    }

    private boolean boundaryAfter(Ctx c, int k) {
        if (k >= c.n) {
            return true;
        }
        Token t = c.tok(k);
        return "PUNCT".equals(t.pos()) || "CCONJ".equals(t.pos()) || RELATIVE.contains(t.lemma())
                || c.is(k, "in") || c.is(k, "at") || c.is(k, "since");
    }

    // ------------------------------------------------------------------------------------------------------
    // places and bases

    private void place(Ctx c, Span x, Out out) {
        int a = afterOwnAcronymIn(c, x, x.last() + 1);
        if (a < c.n && lex.cue("copula", c.tok(a)) && placeAfterCopula(c, x, a, out)) {
            return;
        }
        if (c.is(a, ",")) {
            // "X, a (small) town in (northern) Y"
            int k = a + 1;
            while (k < c.n) {
                Span mod = c.spanAt[k];
                if (mod != null) {
                    // "a self-proclaimed ISIL capital in Y": a group's name modifying the place noun
                    if (mod.first() == k && mod.type() == EntityType.ORGANIZATION && mod.last() + 1 < c.n
                            && c.spanAt[mod.last() + 1] == null && lex.placeNoun(c.tok(mod.last() + 1)) != null) {
                        k = mod.last() + 1;
                        continue;
                    }
                    break;
                }
                Token t = c.tok(k);
                boolean participle = "VERB".equals(t.pos()) && !t.isCapitalized()
                        && (t.text().endsWith("ed") || t.text().endsWith("en")) && c.is(k - 1, "-");
                if (!("DET".equals(t.pos()) || "ADJ".equals(t.pos()) || lex.cue("direction", t) || participle
                        || c.is(k, "-") && k > a + 1 || "NOUN".equals(t.pos()) && k + 1 < c.n
                        && ("NOUN".equals(c.tok(k + 1).pos()) || c.is(k + 1, "-")))) {
                    break;
                }
                k++;   // "a small port city": the last noun is the head; "a self-proclaimed capital"
            }
            Entry noun = k < c.n && c.spanAt[k] == null ? lex.placeNoun(c.tok(k)) : null;
            if (noun != null && (c.is(k + 1, "in") || noun.has("of") && c.is(k + 1, "of"))) {
                Span y = placeAfter(c, k + 2);
                if (y != null && y.e() != x.e()) {
                    out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                            evidence(c, x.first(), y.last()), clamp(noun.confidence()),
                            "lexicon:" + noun.pattern() + "/apposition"));
                }
                return;
            }
            // "X, Y's capital"
            Span y = c.span(a + 1);
            if (y != null && y.first() == a + 1 && y.type() == EntityType.ORGANIZATION && c.poss(y.last() + 1)
                    && c.is(y.last() + 2, "home") && y.last() + 3 < c.n && c.spanAt[y.last() + 3] == null
                    && lex.placeNoun(c.tok(y.last() + 3)) != null && boundaryAfter(c, y.last() + 4)) {
                // "California, X's home state": the organisation is based there
                out.add(new Relation(y.e(), Predicate.BASED_IN, x.e(), x.m().text(), null, null, null,
                        evidence(c, x.first(), y.last() + 3), 0.75, "pattern:home-place"));
                return;
            }
            if (y != null && y.first() == a + 1 && y.type() == EntityType.PLACE && c.poss(y.last() + 1)) {
                int j = y.last() + 2;
                // "Y's second-largest city", "Y's most populous province": a hyphen or an adverb inside the adjective
                while (j < c.n && c.spanAt[j] == null && ("ADJ".equals(c.tok(j).pos())
                        || (c.is(j, "-") || "ADV".equals(c.tok(j).pos())) && j + 1 < c.n
                        && "ADJ".equals(c.tok(j + 1).pos()))) {
                    j++;
                }
                Entry n2 = j < c.n ? lex.placeNoun(c.tok(j)) : null;
                if (n2 != null && boundaryAfter(c, j + 1) && y.e() != x.e()) {
                    out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                            evidence(c, x.first(), j), clamp(n2.confidence() * 0.9),
                            "lexicon:" + n2.pattern() + "/possessive-apposition"));
                }
                return;
            }
            if (c.is(a + 1, "in")) {
                commaInPlace(c, x, a + 1, out);
                return;
            }
            commaPlace(c, x, out);
            return;
        }
        if (c.poss(a)) {
            possessivePlace(c, x, out);
            return;
        }
        if (c.is(a, "and") && c.is(a + 1, "other")) {
            otherPlacesIn(c, x, a + 2, out);
            return;
        }
        if (c.is(a, "in")) {
            // "Gharyan in western Libya": only where X itself is not a modifier or a prepositional object
            int b = skipDetLeft(c, x.first() - 1);
            // after any other preposition too ("around Manbij in Syria", "Attack on Camp X in Y"), but not "of"
            boolean ok = b < 0 || c.is(b, ",") || "VERB".equals(c.tok(b).pos())
                    || (c.pos(b, "ADP") || SPATIAL_ADVERBS.contains(c.tok(b).lemma())) && c.spanAt[b] == null
                    && !c.is(b, "of")
                    // "the towns of X in Y", "the vicinity of X in Y": not where X is a country
                    || c.is(b, "of") && !"Country".equals(x.m().subclass());
            Span y = ok ? placeAfter(c, a + 1) : null;
            // the container is a place of a known kind, or comes after a direction ("in northern Y"): a headline's
            // capitalised phrase taken for a place ("Raqqa in Next Isolation Phase") is none
            // (or is named by a direction: "X in Northern Y")
            boolean known = y != null && (y.m().subclass() != null || lex.placeNoun(c.tok(y.last())) != null
                    || lex.cue("direction", c.tok(y.first())));
            for (int k = a + 1; y != null && k < y.first(); k++) {
                known |= lex.cue("direction", c.tok(k)) || lex.placeNoun(c.tok(k)) != null;   // "in the province of Y"
            }
            // "the Fisht Stadium in Y", "the Kazan Arena in Y": a venue stands in a town the gazetteer may not know
            known |= y != null && lex.cue("institution", lastWord(x)) && lastWord(x).isCapitalized();
            if (y != null && known && y.e() != x.e() && objectEnd(c, x)) {
                out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                        evidence(c, x.first(), y.last()), 0.7, "pattern:place-in-place"));
            }
            if (!ok) {
                listedPlacesIn(c, x, a, out);
            }
            return;
        }
        basedCompound(c, x, out);
    }

    /**
     * "held at Cusco and Ayacucho in Peru", "towns such as Tulle, Brive and Ussel in central France": places listed
     * ("W, X and Z", "X or Z") after a preposition or a verb, then "in Y", all stand in Y. Y must be of a known kind
     * or follow a direction, and of a higher rank than every member (towns in a region or country), so that
     * "between Russia and Iran in Syria" (countries) gives nothing.
     */
    private void listedPlacesIn(Ctx c, Span x, int in, Out out) {
        int b = x.first() - 1;
        if (!(c.is(b, "and") || c.is(b, "or")) || in + 1 >= c.n) {
            return;
        }
        Span y = placeAfter(c, in + 1);
        boolean direction = lex.cue("direction", c.tok(in + 1));
        // "in northern Y": a place of unknown kind named by a direction is a region or a country
        int rank = y == null ? 0 : Math.max(placeRank(y), direction ? 4 : 0);
        if (y == null || y.e() == x.e() || !objectEnd(c, x) || rank <= 2) {
            return;
        }
        List<Span> members = new ArrayList<>(List.of(x));
        while (c.is(b, "and") || c.is(b, "or") || c.is(b, ",")) {
            int k = c.is(b - 1, ",") ? b - 1 : b;   // ", and"
            Span m = c.span(k - 1);
            if (m == null || m.last() != k - 1 || m.type() != EntityType.PLACE || m.e() == y.e()) {
                return;
            }
            members.add(0, m);
            b = m.first() - 1;
            if (members.size() > 8) {
                return;
            }
        }
        // the list is a prepositional object or a verb's object ("held at", "visited"), not "of" ("the towns of")
        if (b >= 0 && !(c.pos(b, "ADP") && !c.is(b, "of") || c.tok(b).isVerb())) {
            return;
        }
        for (Span m : members) {
            if (placeRank(m) >= rank || "Country".equals(m.m().subclass())) {
                return;
            }
        }
        for (Span m : members) {
            out.add(new Relation(m.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                    evidence(c, members.get(0).first(), y.last()), 0.65, "pattern:listed-places-in-place"));
        }
    }

    /**
     * "the Kessel Space Center (KSC) in Y": the name's own acronym in brackets between the name and "in" is skipped
     * (the index of "in" is returned); anything else returns {@code a} unchanged.
     */
    private static int afterOwnAcronymIn(Ctx c, Span x, int a) {
        if (!c.is(a, "(") || !c.is(a + 2, ")") || !c.is(a + 3, "in")) {
            return a;
        }
        Span inner = c.span(a + 1);
        String t = c.tok(a + 1).text();
        boolean acronym = inner != null ? inner.e() == x.e()
                : t.length() >= 2 && t.length() <= 6 && t.chars().allMatch(Character::isUpperCase);
        return acronym ? a + 3 : a;
    }

    /**
     * Whether a mention the finder did not type as a place is one by its context: "the town of X", "the city of
     * X" (a place noun with "of" before it, after a determiner).
     */
    private boolean namedAsPlace(Ctx c, Span x) {
        int b = x.first() - 1;
        return c.is(b, "of") && b >= 1 && c.spanAt[b - 1] == null && c.pos(b - 1, "NOUN")
                && lex.placeNoun(c.tok(b - 1)) != null && (b < 2 || c.pos(b - 2, "DET") || c.pos(b - 2, "ADJ"));
    }

    /**
     * "the Karrada district of Y", "the X neighborhood in Y", "X province in Y": a name before a place noun is the
     * name of that place (whatever type the finder gave it), and "of/in Y" says where it is.
     */
    private void placeNounOf(Ctx c, Span x, Out out) {
        int a = x.last() + 1;
        Entry noun = a < c.n && c.spanAt[a] == null && c.pos(a, "NOUN") ? lex.placeNoun(c.tok(a)) : null;
        if (noun == null || !(c.is(a + 1, "of") || c.is(a + 1, "in")) || "Country".equals(x.m().subclass())
                || c.quoted[a] || !c.pos(detBeforeAdjectives(c, x.first() - 1), "DET")) {
            return;
        }
        Span y = placeAfter(c, a + 2);
        if (y == null || y.e() == x.e() || y.e().name().contains(x.m().text())) {
            return;
        }
        // "the South Darfur village of Labado": with a noun of a settlement, "of" names the settlement itself,
        // which lies in the place before it (but "the X village in Y": X lies in Y)
        boolean settlement = c.is(a + 1, "of") && lex.cueWord("settlement", c.tok(a).lemma());
        Span in = settlement ? y : x;
        Span container = settlement ? x.as(EntityType.PLACE) : y;
        if (container.type() != EntityType.PLACE || "Country".equals(in.m().subclass())) {
            return;
        }
        out.add(new Relation(in.e(), Predicate.LOCATED_IN, container.e(), container.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), clamp(noun.confidence() * 0.9),
                "lexicon:" + noun.pattern() + "/name-noun-of"));
    }

    /** "the leafy Melbourne suburb", "the northern Paris suburb": the token before the adjectives ending at k. */
    private static int detBeforeAdjectives(Ctx c, int k) {
        int b = k;
        // (the tagger takes some adjectives for nouns: "leafy/NOUN")
        while (b > 0 && k - b < 2 && c.spanAt[b] == null && !c.tok(b).isCapitalized()
                && (c.pos(b, "ADJ") || c.pos(b, "NOUN"))) {
            b--;
        }
        return b;
    }

    /** "Museum of Flight", "University of Lagos": the head before the first "of" of the name is an institution noun. */
    private boolean institutionBeforeOf(Ctx c, Span x) {
        for (int i = x.first() + 1; i < x.last(); i++) {
            if (c.is(i, "of")) {
                return lex.cue("institution", c.tok(i - 1));
            }
        }
        return false;
    }

    /**
     * "Kettering University in Flint", "St Mary's Hospital in London": an organisation named for a building or
     * campus (its last word an institution noun) stands where the place after "in" is.
     */
    private void institutionIn(Ctx c, Span x, Out out) {
        int a = afterOwnAcronymIn(c, x, x.last() + 1);
        // "the Moscone West center in Y", "the Hilton hotel in Y": the venue noun written in lower case after the
        // name, right before "in", is the name's head
        boolean headAfter = a + 1 < c.n && c.spanAt[a] == null && c.pos(a, "NOUN") && lex.cue("institution", c.tok(a))
                && Character.isLowerCase(c.tok(a).text().charAt(0)) && c.is(a + 1, "in")
                // a known place's name before the noun is a modifier ("the Chicago hotel in Y"); an organisation's
                // before "center" is its branch ("the NASA center in Houston"), not a venue of that name
                && (x.type() == EntityType.PLACE ? x.m().subclass() == null
                        : x.type() == EntityType.ORGANIZATION && !c.is(a, "center") && !c.is(a, "centre"));
        if (headAfter) {
            a++;
        } else if (x.type() != EntityType.ORGANIZATION) {
            return;
        }
        if (!headAfter && c.is(a, ",") && institutionApposition(c, x, a, out)) {
            return;
        }
        if (!c.is(a, "in") || !headAfter && !lex.cue("institution", c.tok(x.last())) && !institutionBeforeOf(c, x)
                || !headAfter && !objectEnd(c, x)) {
            return;
        }
        Span y = placeAfter(c, a + 1);
        if (y != null && y.e() != x.e()) {
            out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                    evidence(c, x.first(), y.last()), 0.7, "pattern:institution-in-place"));
        }
    }

    /**
     * "X, a (private) university in Y", "X, the largest hospital in (northern) Y": an organisation described in
     * apposition by a lower-case institution noun (a building or campus) that stands in a place; and "X Museum, in
     * the northern city of Y" for a name whose own last word is such a noun. The place must end the apposition
     * ("X, a school in Y that ..." still places it; "X, a school in Y's suburbs" does not).
     */
    private boolean institutionApposition(Ctx c, Span x, int comma, Out out) {
        int k = comma + 1;
        if (c.is(k, "in") && lex.cue("institution", c.tok(x.last())) && objectEnd(c, x)) {
            Span y = placeAfter(c, k + 1);
            if (y != null && y.e() != x.e() && boundaryAfter(c, y.last() + 1) && !c.poss(y.last() + 1)) {
                out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                        evidence(c, x.first(), y.last()), 0.7, "pattern:institution-comma-in-place"));
                return true;
            }
            return false;
        }
        if (!c.pos(k, "DET") || c.spanAt[k] != null) {
            return false;
        }
        k++;
        // "a private", "a 500-bed teaching": adjectives, and nouns before the head noun
        while (k < c.n && c.spanAt[k] == null && !lex.cue("institution", c.tok(k))
                && (c.pos(k, "ADJ") || c.is(k, "-") || c.pos(k, "NUM") || c.pos(k, "NOUN") && c.pos(k + 1, "NOUN"))) {
            k++;
        }
        if (k >= c.n || c.spanAt[k] != null || !c.pos(k, "NOUN") || !lex.cue("institution", c.tok(k))
                || c.tok(k).isCapitalized() || !c.is(k + 1, "in")) {
            return false;
        }
        Span y = placeAfter(c, k + 2);
        if (y == null || y.e() == x.e() || !boundaryAfter(c, y.last() + 1) || c.poss(y.last() + 1)) {
            return false;
        }
        out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), 0.75, "pattern:institution-apposition"));
        return true;
    }

    /**
     * "X, Y" where Y is the larger place (Istanbul, Turkey; Woodbridge, Virginia), not in a list ("Tripoli,
     * Misrata and Sirte") and not two countries or two cities.
     */
    private void commaPlace(Ctx c, Span x, Out out) {
        int a = x.last() + 1;
        int s = a + 1;
        while (s < c.n && s - a < 3 && c.spanAt[s] == null && lex.cue("direction", c.tok(s))) {
            s++;   // "Urem al-Kubra, northern Syria"
        }
        Span y = c.span(s);
        if (y == null || y.first() != s || y.type() != EntityType.PLACE || y.e() == x.e()
                || !objectEnd(c, y) && !placeModifier(c, x, y, y.last() + 1) && !datelineDash(c, y)
                || c.quoted[y.last()] != c.quoted[x.first()]) {
            return;
        }
        // "Washington, D.C." taken as one place and then "D.C." again: the place's own name holds its container
        if (x.e().name().contains(", " + y.m().text())) {
            return;
        }
        String xs = x.m().subclass();
        // "Everett, Washington": the resolver took the city's name for its region there
        String ys = "Region".equals(y.e().subclass()) ? "Region" : y.m().subclass();
        Span after = c.is(y.last() + 1, ",") ? c.span(y.last() + 2) : null;
        boolean inCountryChain = after != null && after.first() == y.last() + 2 && countryChain(c, x, y, after);
        if ("Country".equals(xs) || !inCountryChain && ("City".equals(ys) && !"Country".equals(xs) && xs != null
                || "City".equals(ys) && xs == null && !namedVenueInCity(c, x, y))) {
            return;
        }
        // Y is no subject ("Idlib, Hama said"): a punctuation mark, a preposition or the end follows it
        int q = y.last() + 1;
        if (q < c.n && !"PUNCT".equals(c.tok(q).pos()) && !"ADP".equals(c.tok(q).pos()) && !c.timeTok[q]
                && !(c.is(q, "to") && c.tok(q + 1 < c.n ? q + 1 : q).isVerb()) && !placeModifier(c, x, y, q)
                && !c.is(q, "but")   // "built in X, Y but later ...": a new clause follows Y
                && !inSubjectPhrase(c, x, y, q) && !climbingPairClosed(c, x, y, q)) {
            return;
        }
        // a list goes on after Y ("X, Y and Z", "X, Y, Z") or came before X ("W, X, Y")
        q = listContinuation(c, q);
        if (q > y.last() + 1 && c.span(q) != null && c.span(q).type() == EntityType.PLACE
                && !containerFollows(c, c.span(q), y) && !(c.is(y.last() + 1, ",") && q == y.last() + 2
                && (chain(x, y, c.span(q)) || inCountryChain))) {
            return;
        }
        int b = skipDetLeft(c, x.first() - 1);
        if ((c.is(b, ",") || c.is(b, "and") || c.is(b, "or")) && c.span(b - 1) != null
                && c.span(b - 1).type() == EntityType.PLACE && !pairBefore(c, b, y)
                && !(c.is(b, ",") && b == x.first() - 1 && (chain(c.span(b - 1), x, y)
                        || c.span(b - 1).last() == b - 1 && countryChain(c, c.span(b - 1), x, y)))) {
            return;
        }
        double conf = "Country".equals(ys) ? 0.8 : 0.7;
        out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), conf, "pattern:place-comma-place"));
    }

    /**
     * "played at the Friends Arena, Stockholm, on ...", "in the Olympiastadion, Berlin.": a place of no known kind
     * named after a preposition and "the" (a venue, not a town: towns take no article), then a city set off by commas
     * or ending the sentence. Not "Paris, Lyon and Nice" (no article) nor "the Hague, Rotterdam and Leiden" (a list
     * goes on: the caller's list check).
     */
    private static boolean namedVenueInCity(Ctx c, Span x, Span y) {
        int b = x.first() - 1;
        int q = y.last() + 1;
        return b >= 1 && c.spanAt[b] == null && c.is(b, "the") && c.pos(b - 1, "ADP") && c.spanAt[b - 1] == null
                && (q >= c.n || c.is(q, ",") || c.is(q, ".") || c.is(q, ";"));
    }

    /**
     * "CAPE CANAVERAL, Florida - The rocket ...", "March 3, Leeds, England - ...": a dash set off by spaces after
     * "X, Y" is a dateline's dash, not a hyphen of "Y-based"; only in the sentence's first words (a date may lead).
     */
    private static boolean datelineDash(Ctx c, Span y) {
        int d = y.last() + 1;
        if (d >= c.n || !c.is(d, "-") || c.tok(d).start() == c.tok(y.last()).end()
                || d + 1 < c.n && c.tok(d + 1).start() == c.tok(d).end()) {
            return false;
        }
        for (int k = 0; k < y.first(); k++) {
            if (c.spanAt[k] == null && !c.timeTok[k] && !c.is(k, ",") && !c.pos(k, "NUM")) {
                return false;   // "X, Y" must open the sentence (after a date only)
            }
        }
        return true;
    }

    /**
     * "in Houston, Texas following its last flight", "in Tacoma, Washington until she was twenty", "from Denver,
     * Colorado and landed in Boston", "in Leeds, England and Glasgow, Scotland": a town (or a place of unknown kind)
     * then a region or country, closed by a subordinator, by "and"/"or" before a verb, or by "and" before another
     * such pair. Not "In Berlin, France said" nor "In Moscow, Iran and Russia agreed": there Y is a subject.
     */
    private boolean climbingPairClosed(Ctx c, Span x, Span y, int q) {
        if (q >= c.n || placeRank(x) != 2 || placeRank(y) < 4 || c.spanAt[q] != null) {
            return false;
        }
        Token t = c.tok(q);
        if ("SCONJ".equals(t.pos()) && !c.is(q, "that") || CLOSING_SUBORDINATORS.contains(t.text())) {
            return true;
        }
        if (!c.is(q, "and") && !c.is(q, "or")) {
            return false;
        }
        Span z = c.span(q + 1);
        if (z != null && z.first() == q + 1) {
            // "and Glasgow, Scotland": another pair of the same kinds
            return z.type() == EntityType.PLACE && placeRank(z) == 2 && containerFollows(c, z, y);
        }
        int v = q + 1;
        while (v < c.n && c.pos(v, "ADV")) {
            v++;
        }
        return v < c.n && c.spanAt[v] == null && ("VERB".equals(c.tok(v).pos()) || "AUX".equals(c.tok(v).pos()));
    }

    /** Lower-case words that open a clause or an adjunct after "Town, Region" (some are tagged VERB or ADV). */
    private static final Set<String> CLOSING_SUBORDINATORS = Set.of("until", "when", "while", "before", "after",
            "since", "following", "where", "whereas", "because", "although", "unless");

    /**
     * "Analysts at Y, including X and Z,": the persons named after "including" hold the occupation of the group
     * before it, at the organisation it names (a role noun of employment, plural: "economists at", "executives
     * of"); "Officials from Y, including X" too. Only {@code employedBy}: the plural names no one's post.
     */
    private void includedStaff(Ctx c, int inc, Out out) {
        Span org = c.span(inc - 2);
        if (org == null || org.last() != inc - 2 || org.type() != EntityType.ORGANIZATION) {
            return;
        }
        int p = org.first() - 1;
        while (p > 0 && c.spanAt[p] == null && "DET".equals(c.tok(p).pos())) {
            p--;
        }
        if (!(c.is(p, "at") || c.is(p, "of") || c.is(p, "from") || c.is(p, "with")) || p < 1
                || c.spanAt[p - 1] != null) {
            return;
        }
        Token staff = c.tok(p - 1);
        Match r = lex.matchRole(c.toks, p - 1);
        // a plural noun of employment ("analysts", "executives"); one-word roles only, so the match ends there
        if (r == null || r.last() != p - 1 || r.entry().predicate() != Predicate.EMPLOYED_BY
                || !r.entry().objectTypes().contains(EntityType.ORGANIZATION)
                || staff.text().equalsIgnoreCase(staff.lemma()) || !staff.text().toLowerCase(Locale.ROOT).endsWith("s")
                || r.entry().has("outlet") && c.is(p, "of")) {
            return;   // "critics of Y, including X": what is judged, not the employer
        }
        int k = inc + 1;
        while (k < c.n) {
            Span who = c.span(k);
            if (who == null || who.first() != k || who.type() != EntityType.PERSON || !who.m().isName()) {
                return;
            }
            out.add(new Relation(who.e(), Predicate.EMPLOYED_BY, org.e(), org.m().text(), null, null, null,
                    evidence(c, p - 1, who.last()), clamp(r.entry().confidence() * 0.9),
                    "role:" + r.entry().pattern() + "/including"));
            k = who.last() + 1;
            if (c.is(k, ",")) {
                k++;
            }
            if (c.is(k, "and")) {
                k++;
            }
        }
    }

    /**
     * "Chennai, in southern India, is ...", "the attack in Kandahar, in the south of Afghanistan": a place set off
     * with "in" and its container, closed by a comma or the sentence's end (not "Paris, in a speech on France").
     */
    private void commaInPlace(Ctx c, Span x, int in, Out out) {
        if ("Country".equals(x.m().subclass())) {
            return;
        }
        Span y = placeAfter(c, in + 1);
        if (y == null || y.e() == x.e() || "City".equals(y.m().subclass()) && "City".equals(x.m().subclass())
                || !boundaryAfter(c, y.last() + 1)
                || c.quoted[y.last()] != c.quoted[x.first()]) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), 0.75, "pattern:place-comma-in-place"));
    }

    /**
     * In a list of "place, container" pairs ("Wixom, Michigan, and Batavia, Ohio"), the next member {@code z} is
     * itself followed by a comma and a container of the same kind as {@code y}: the list is of pairs, not of
     * places.
     */
    private static boolean containerFollows(Ctx c, Span z, Span y) {
        int k = z.last() + 1;
        Span w = c.is(k, ",") ? c.span(k + 1) : null;
        return w != null && w.type() == EntityType.PLACE && w.e() != z.e() && sameKind(w, y);
    }

    /**
     * "St. Albans, Vermont, United States", "Saraqib, Idlib, Syria": an address, each place in the next, as the
     * kinds climb (a town or unknown place, then a region, then a country), not a list ("Paris, Lyon, Nice").
     */
    private boolean chain(Span a, Span b, Span d) {
        // "Town, X County, Region", and a rank higher: "X District, Y Province, Country"
        return (placeRank(a) == 2 || placeRank(a) == 3 && placeRank(b) == 4) && placeRank(b) > 2
                && placeRank(d) > placeRank(b);
    }

    /** Where a list would go on at token q: past a comma, then "and"/"or", then determiners ("X, Y and the Z"). */
    private static int listContinuation(Ctx c, int q) {
        if (c.is(q, ",")) {
            q++;
        }
        if (c.is(q, "and") || c.is(q, "or")) {
            q++;
        }
        while (q < c.n && "DET".equals(c.tok(q).pos())) {
            q++;
        }
        return q;
    }

    /**
     * "Hallstatt, Upper Austria, Austria", "Preston, Victoria, Australia": an address closed by a country, whose
     * middle place is of unknown kind or a city (many regions and provinces are missing from the gazetteer or share
     * a city's name). Not two known cities before the country ("Lyon, Marseille, France" is a list), and not when
     * the list goes on after the country ("A, B, France and Spain") or began before A.
     */
    private boolean countryChain(Ctx c, Span a, Span b, Span d) {
        if (d.type() != EntityType.PLACE || a.type() != EntityType.PLACE || placeRank(d) != 6
                || placeRank(a) != 2 && placeRank(a) != 3 || placeRank(b) < 2 || placeRank(b) > 4
                || a.e() == b.e() || b.e() == d.e() || a.e() == d.e()
                || "City".equals(a.m().subclass()) && "City".equals(b.m().subclass())
                || c.quoted[a.first()] != c.quoted[d.last()]) {
            return false;
        }
        int q = listContinuation(c, d.last() + 1);
        Span next = q > d.last() + 1 ? c.span(q) : null;
        if (next != null && next.type() == EntityType.PLACE) {
            return false;
        }
        int b0 = a.first() - 1;
        Span before = c.is(b0, ",") || c.is(b0, "and") || c.is(b0, "or") ? c.span(b0 - 1) : null;
        return before == null || before.type() != EntityType.PLACE;
    }

    /**
     * A place's level in an address: town 2, county 3 ("Genesee County": a name of unknown kind whose last word
     * is of cue class "subregion"), region 4 (also "Kunduz Province", cue class "province"), country 6.
     */
    private int placeRank(Span p) {
        String k = "Region".equals(p.e().subclass()) ? "Region" : p.m().subclass();
        if (k == null && lex.cue("subregion", lastWord(p))) {
            return 3;
        }
        if (k == null && lex.cue("province", lastWord(p))) {
            return 4;   // "Kunduz Province": a region by its name
        }
        return "Country".equals(k) ? 6 : "Region".equals(k) ? 4 : "City".equals(k) || k == null ? 2 : 0;
    }

    private static Token lastWord(Span p) {
        String[] w = p.m().text().split(" ");
        String last = w[w.length - 1];
        return new Token(0, 0, 0, last, "NOUN", last.toLowerCase(Locale.ROOT));
    }

    /** The same, looking back from the link before X: "Dearborn, Mich., and Louisville, Ky.". */
    private static boolean pairBefore(Ctx c, int b, Span y) {
        int k = c.is(b, ",") ? b : c.is(b - 1, ",") ? b - 1 : b;   // ", and" or "and" or ","
        Span v = c.span(k - 1);
        if (v == null || v.type() != EntityType.PLACE || !c.is(v.first() - 1, ",")) {
            return false;
        }
        Span u = c.span(v.first() - 2);
        return u != null && u.type() == EntityType.PLACE && sameKind(v, y) && !sameKind(u, y);
    }

    private static boolean sameKind(Span a, Span b) {
        String as = a.m().subclass();
        return as != null && as.equals(b.m().subclass()) && !"City".equals(as);
    }

    /** "Syria's Idlib province", "northern Iraq's Mosul": Y's X for two places, X not a country. */
    private void possessivePlace(Ctx c, Span y, Out out) {
        int k = y.last() + 2;
        while (k < c.n && c.spanAt[k] == null && ("ADJ".equals(c.tok(k).pos()) || lex.cue("direction", c.tok(k)))) {
            k++;
        }
        Span x = c.span(k);
        if (x != null && x.first() == k && x.type() == EntityType.ORGANIZATION) {
            possessivePlaceOrganisation(c, y, x, out);
            return;
        }
        if (x == null && k < c.n) {
            placeNounThenName(c, y, k, out);
            return;
        }
        if (x == null || x.first() != k || x.type() != EntityType.PLACE || x.e() == y.e()
                || "Country".equals(x.m().subclass()) || "City".equals(y.m().subclass())
                && "City".equals(x.m().subclass())) {
            return;
        }
        int after = x.last() + 1;
        boolean head = after < c.n && lex.placeNoun(c.tok(after)) != null;
        if (!head && !objectEnd(c, x)) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, y.first(), head ? after : x.last()), head ? 0.8 : 0.7, "pattern:place-possessive-place"));
    }

    /**
     * "to Canada's capital city, Ottawa and to Halifax", "Tarkistan's largest port, Varna,": a place's possessive,
     * a place noun (a noun may stand before it: "capital city", "port town"), then after a comma the place's name,
     * which lies in the possessor. Not a country named after the comma ("Russia's neighbour, Ukraine").
     */
    private void placeNounThenName(Ctx c, Span y, int k, Out out) {
        int h = k;
        if (lex.placeNoun(c.tok(h)) == null || c.is(h + 1, "of")) {
            if (!c.pos(h, "NOUN") || h + 1 >= c.n || c.spanAt[h + 1] != null || lex.placeNoun(c.tok(h + 1)) == null) {
                return;
            }
            h++;
        } else if (h + 1 < c.n && c.spanAt[h + 1] == null && c.pos(h + 1, "NOUN")
                && lex.placeNoun(c.tok(h + 1)) != null) {
            h++;   // "capital city"
        }
        if (!c.is(h + 1, ",")) {
            return;
        }
        Span x = c.span(h + 2);
        if (x == null || x.first() != h + 2 || x.type() != EntityType.PLACE || x.e() == y.e()
                || "Country".equals(x.m().subclass()) || !objectEnd(c, x)) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, y.first(), x.last()), 0.75, "pattern:possessive-place-noun-apposition"));
    }

    /**
     * "France's Thales", "the United Kingdom's Royal Air Force": a place's possessive before an organisation's name
     * says where the organisation is based; "Southampton, UK's VT Group" puts it in the town named before the
     * comma, and the town in the country. Not where the name itself holds the place ("Iraq's Iraqi Army").
     */
    private void possessivePlaceOrganisation(Ctx c, Span y, Span org, Out out) {
        if (!objectEnd(c, org) && !c.poss(org.last() + 1) || org.e().name().contains(y.m().text())
                || c.quoted[y.first()]) {
            return;
        }
        Span town = c.is(y.first() - 1, ",") ? c.span(y.first() - 2) : null;
        if (town != null && town.type() == EntityType.PLACE && town.e() != y.e()
                && !"Country".equals(town.m().subclass()) && "Country".equals(y.m().subclass())) {
            int b = skipDetLeft(c, town.first() - 1);
            // the town opens the phrase (not "Paris, Lyon, France's Total": a list)
            boolean opens = b < 0 || c.spanAt[b] == null && (c.pos(b, "ADP") || c.pos(b, "VERB") || c.is(b, "and")
                    || c.is(b, ",") && c.span(b - 1) == null);
            if (!opens) {
                return;
            }
            out.add(new Relation(town.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                    evidence(c, town.first(), y.last()), 0.75, "pattern:town-country-possessive"));
            out.add(new Relation(org.e(), Predicate.BASED_IN, town.e(), town.m().text(), null, null, null,
                    evidence(c, town.first(), org.last()), 0.75, "pattern:town-country-possessive"));
            return;
        }
        out.add(new Relation(org.e(), Predicate.BASED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, y.first(), org.last()), 0.75, "pattern:place-possessive-organisation"));
    }

    /**
     * A place mention at k after determiners and directions ("the north of", "northern") and a place noun with
     * "of" ("the northwest province of Y").
     */
    private Span placeAfter(Ctx c, int k) {
        // "ISIL's self-proclaimed capital of Y": a group's possessive before the place noun
        Span owner = c.span(k);
        if (owner != null && owner.first() == k && owner.type() != EntityType.PLACE && c.poss(owner.last() + 1)) {
            int q = owner.last() + 2;
            while (q < c.n && c.spanAt[q] == null && (c.pos(q, "ADJ") || c.is(q, "-") || c.is(q + 1, "-")
                    || c.pos(q, "VERB") && c.is(q - 1, "-"))) {
                q++;
            }
            if (q < c.n && c.spanAt[q] == null && lex.placeNoun(c.tok(q)) != null && c.is(q + 1, "of")) {
                k = q;
            }
        }
        while (k < c.n && c.spanAt[k] == null && ("DET".equals(c.tok(k).pos()) || lex.cue("direction", c.tok(k))
                || c.is(k, "of") && k > 0 && lex.cue("direction", c.tok(k - 1))
                || lex.placeNoun(c.tok(k)) != null && "NOUN".equals(c.tok(k).pos()) && c.is(k + 1, "of"))) {
            k += c.is(k + 1, "of") && lex.placeNoun(c.tok(k)) != null ? 2 : 1;
        }
        Span y = c.span(k);
        return y != null && y.first() == k && y.type() == EntityType.PLACE && objectEnd(c, y) ? y : null;
    }

    /**
     * "The Acme plant in Leipzig, Germany will close": "X, Y" ends the sentence's subject, so the verb at {@code q}
     * is the sentence's, not Y's. Only after a preposition of a noun, with no verb or comma before it and no
     * fronted phrase ("After talks in Geneva, Iran agreed": Iran is the subject) or interjected "Y said,".
     */
    private static boolean inSubjectPhrase(Ctx c, Span x, Span y, int q) {
        String ys = y.m().subclass();
        int p = x.first() - 1;
        if (!"Country".equals(ys) && !"Region".equals(ys) || !(c.is(p, "in") || c.is(p, "at") || c.is(p, "near"))
                || !c.pos(p - 1, "NOUN") || !SUBJECT_START_TAGS.contains(c.tok(0).pos()) || q >= c.n
                || !c.tok(q).isVerb() || c.is(q + 1, ",")) {
            return false;
        }
        for (int k = 0; k < p; k++) {
            if (c.tok(k).isVerb() || c.is(k, ",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the March 3 Raqqa, Syria airstrike", "its Flint, Michigan plant": "X, Y" written as a modifier of a
     * lower-case noun, after a determiner, a date, a preposition or a possessive pronoun, with Y a country or a
     * region.
     */
    private static boolean placeModifier(Ctx c, Span x, Span y, int q) {
        if (q >= c.n || !c.pos(q, "NOUN") || c.tok(q).isCapitalized()
                || !"Country".equals(y.m().subclass()) && !"Region".equals(y.m().subclass())) {
            return false;
        }
        int b = x.first() - 1;
        // also after a preposition or a possessive pronoun: "in the Flint, Michigan plant", "its X, Y plant"; a
        // possessive pronoun may be a mention of its own ("her Detroit, Michigan home": "her" refers to a person)
        return b >= 0 && (c.spanAt[b] == null && (c.pos(b, "DET") || c.timeTok[b] || c.pos(b, "NUM")
                && c.pos(b - 1, "PROPN") || c.pos(b, "ADP")) || POSSESSIVE_PRONOUNS.contains(c.text(b).toLowerCase(
                        Locale.ROOT)) && (c.spanAt[b] == null || c.spanAt[b].first() == b && c.spanAt[b].last() == b));
    }

    /**
     * "Aleppo and other towns and areas in Syria", "Fallujah and other parts of Y": a place listed before "other"
     * place nouns that are "in Y" (or parts "of Y") is in Y.
     */
    private void otherPlacesIn(Ctx c, Span x, int k, Out out) {
        int nouns = 0;
        boolean part = false;
        while (k < c.n && c.spanAt[k] == null && (c.pos(k, "NOUN") && (lex.placeNoun(c.tok(k)) != null
                || lex.cue("part", c.tok(k))) || c.pos(k, "ADJ") || (c.is(k, "and") || c.is(k, ",")) && nouns > 0)) {
            nouns += c.pos(k, "NOUN") ? 1 : 0;
            part = c.pos(k, "NOUN") && lex.cue("part", c.tok(k));
            k++;
        }
        // "Fallujah and other parts of Anbar Province": a part noun before "of" is as "in"
        if (nouns == 0 || !c.is(k, "in") && !(part && c.is(k, "of"))) {
            return;
        }
        Span y = placeAfter(c, k + 1);
        if (y != null && y.e() != x.e() && !"Country".equals(x.m().subclass())) {
            out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                    evidence(c, x.first(), y.last()), 0.7, "pattern:and-other-places-in"));
        }
    }

    /**
     * "key towns in Northern Y including A and B", "villages in Y such as A": the places listed after the
     * container are in it.
     */
    private void placesIncluded(Ctx c, Span y, Out out) {
        int b = y.first() - 1;
        while (b >= 0 && c.spanAt[b] == null && (lex.cue("direction", c.tok(b)) || c.pos(b, "DET"))) {
            b--;
        }
        if (!c.is(b, "in") || b < 1 || c.spanAt[b - 1] != null || !c.pos(b - 1, "NOUN")
                || lex.placeNoun(c.tok(b - 1)) == null) {
            return;
        }
        int k = y.last() + 1;
        if (c.is(k, ",")) {
            k++;
        }
        if (c.is(k, "including")) {
            k++;
        } else if (c.is(k, "such") && c.is(k + 1, "as")) {
            k += 2;
        } else {
            return;
        }
        int first = k;
        while (k < c.n) {
            Span x = c.span(k);
            if (x == null || x.first() != k || x.type() != EntityType.PLACE || c.quoted[k]) {
                return;
            }
            if (x.e() != y.e() && !"Country".equals(x.m().subclass())) {
                out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                        evidence(c, b - 1, x.last()), 0.7, "pattern:places-including"));
            }
            k = x.last() + 1;
            if (c.is(k, ",")) {
                k++;
            }
            if (c.is(k, "and")) {
                k++;
            }
            if (k == x.last() + 1 || k <= first) {
                return;
            }
        }
    }

    /**
     * "David Buik of BGC Partners commented", "said Keith Springer of Acme Advisory Services.": a person's name
     * followed by "of" and a company's says where the person works. Only as a whole phrase (the name opens a
     * clause or follows a verb of saying or a comma; a punctuation mark, a verb or the end follows the company),
     * and not for a party or an armed force (membership, not employment) nor a government (a country's office).
     */
    private void personOfOrganisation(Ctx c, Span x, Out out) {
        int a = x.last() + 1;
        if (x.type() == EntityType.PERSON && c.is(a, "(") && x.m().isName()) {
            // "John Doe (Democratic Party) won", "Ann Lee (Green Party), ...": a party in brackets after a name
            Span party = c.span(a + 1);
            if (party != null && party.first() == a + 1 && isParty(c, party) && c.is(party.last() + 1, ")")) {
                out.add(new Relation(x.e(), Predicate.MEMBER_OF, party.e(), party.m().text(), null, null, null,
                        evidence(c, x.first(), party.last() + 1), 0.75, "pattern:person-party-bracket"));
            }
            return;
        }
        // "Ann Lee, of Acme Capital, said", "Ann Lee, of Acme's research unit,": "of" set off by a comma
        boolean commaOf = c.is(a, ",") && c.is(a + 1, "of") && x.type() == EntityType.PERSON;
        // "Ann Lee, with Acme Capital, estimated that ...": "with" set off by commas before a verb of saying or
        // judging names the employer (not "Lee, with Acme, signed the deal": a partner)
        boolean commaWith = c.is(a, ",") && c.is(a + 1, "with") && x.type() == EntityType.PERSON;
        if (commaOf || commaWith) {
            a++;
        }
        // "Ann Lee from the Green Party": "from" names a person's party only (not an employer: "a visitor from Acme")
        boolean from = c.is(a, "from") && x.type() == EntityType.PERSON;
        if (!c.is(a, "of") && !from && !commaWith || !x.m().isName()
                || x.first() == x.last() && !c.tok(x.first()).isCapitalized()) {
            return;
        }
        int k = skipDetRight(c, a + 1);
        Span org = c.span(k);
        boolean party = org != null && x.type() == EntityType.PERSON && isParty(c, org);
        if (from && !party) {
            return;
        }
        if (commaWith) {
            if (org == null || org.first() != k || org.type() != EntityType.ORGANIZATION || party
                    || org.m().subclass() != null) {
                return;
            }
            int h = c.is(x.first() - 1, ".") ? x.first() - 2 : x.first() - 1;
            int before = h >= 0 && c.spanAt[h] == null && lex.cue("honorific", c.tok(h)) ? h - 1 : x.first() - 1;
            int end = org.last() + 1;
            // the verb after the phrase ("X, with Y, said"), or before the name when the phrase ends the sentence
            // ("said X, with Y.")
            boolean saying = c.is(end, ",") && end + 1 < c.n && c.tok(end + 1).isVerb()
                    && lex.cue("employer-with", c.tok(end + 1))
                    && (before < 0 || c.is(before, ",") || c.pos(before, "NOUN") || c.pos(before, "ADJ"))
                    || c.is(end, ".") && before >= 0 && c.tok(before).isVerb()
                    && lex.cue("employer-with", c.tok(before));
            if (saying) {
                out.add(new Relation(x.e(), Predicate.EMPLOYED_BY, org.e(), org.m().text(), null, null, null,
                        evidence(c, x.first(), org.last()), 0.65, "pattern:person-with-organisation"));
            }
            return;
        }
        // "X, of Acme's research unit,": the possessor is the employer when the phrase is set off by commas
        int setOff = commaOf && org != null && c.poss(org.last() + 1) ? setOffEnd(c, org.last() + 2) : -1;
        if (org == null || org.first() != k || org.type() != EntityType.ORGANIZATION || org.e() == x.e()
                || !objectEnd(c, org) && setOff < 0 || org.m().subclass() != null && !party) {
            return;
        }
        int z = setOff >= 0 ? setOff : org.last() + 1;
        boolean closed = closesOfPhrase(c, z)
                // "X of the Y Party also lost": an adverb before the verb
                || c.pos(z, "ADV") && z + 1 < c.n && (c.tok(z + 1).isVerb() || c.pos(z + 1, "AUX"));
        int b = x.first() - 1;
        // "Dr. X of Y": a courtesy title before the name
        int h = c.is(b, ".") ? b - 1 : b;
        if (h >= 0 && c.spanAt[h] == null && c.tok(h).isCapitalized() && lex.cue("honorific", c.tok(h))) {
            b = h - 1;
        }
        // "X of Y and Z of W said": two people, each of their organisation (only between names of people)
        closed |= c.is(z, "and") && personOfNext(c, z + 1);
        // "A, B and C of the Hawks and D were fined": the organisation's phrase ends before another name
        boolean nameAfter = c.is(z, "and") && personNameAt(c, z + 1) != null;
        boolean pairBefore = c.is(b, "and") && personOfBefore(c, b - 1);
        List<Span> members = new ArrayList<>(List.of(x));
        if (b >= 1 && c.is(b, "and") && !pairBefore && (party || b == x.first() - 1)) {
            // "X and Y of the Labour Party", "X, Y and Z of the Green Party": a list of names before the party
            // names its members, each of them (only a list closed by "and", of names only); "A, B and C of the
            // Hawks were suspended": a company's or team's people, each employed by it
            int j = b;
            List<Span> more = new ArrayList<>();
            while (j >= 1 && (c.is(j, "and") && j == b || c.is(j, ","))) {
                Span p = c.span(j - 1);
                if (p == null || p.last() != j - 1 || p.type() != EntityType.PERSON || !p.m().isName()
                        || c.quoted[j - 1] || p.e() == x.e()) {
                    break;
                }
                more.add(p);
                j = p.first() - 1;
            }
            if (!more.isEmpty() && (party || j < 0)) {
                // of a company or team, only a list that opens the sentence ("In the end, A and B of Acme
                // resigned" may be A of no company)
                members.addAll(more);
                b = j;
            }
        }
        boolean opens = b < 0 || c.is(b, ",") || c.is(b, "\u201c") || c.is(b, "\"") || c.is(b, "including")
                || pairBefore
                // "Senior researcher X, of Y, said": the commas set the phrase off wherever the name stands
                || commaOf && !c.is(b, "and") && !c.pos(b, "DET") && (c.is(z, ",") || z >= c.n || c.is(z, "."))
                || c.tok(b).isVerb() && lex.cue("attribution-lower", c.tok(b))
                // "a team led by X of Y", "a study by X of Y": the agent of a participle or of a work noun
                || c.is(b, "by") && b >= 1 && (c.tok(b - 1).isVerb() || c.pos(b - 1, "NOUN")
                || verbBeforeTime(c, b - 1))
                // "veteran politician X of the Y Party", "the camp's X of the Y Party", "were X of the Y Party": a
                // person's party holds whatever stands before the name (not a determiner: "the X of ..." is a phrase;
                // a list before the name needs an opener: "thanked A and B of the Y Party" may be A of no party)
                || party && members.size() == 1 && b >= 0 && !c.pos(b, "DET") && !c.quoted[x.first()];
        if (!closed && !nameAfter || !opens || c.is(z, "and") && !personOfNext(c, z + 1) && !nameAfter
                || c.is(z, ",") && c.is(z + 1, "and")) {
            return;
        }
        if (party) {
            // "X of the Labour Party won the seat": a party's people are its members, not its employees
            for (Span p : members) {
                out.add(new Relation(p.e(), Predicate.MEMBER_OF, org.e(), org.m().text(), null, null, null,
                        evidence(c, members.get(members.size() - 1).first(), org.last()), 0.7,
                        members.size() > 1 ? "pattern:persons-of-party" : "pattern:person-of-party"));
            }
            return;
        }
        for (Span p : members) {
            out.add(new Relation(p.e(), Predicate.EMPLOYED_BY, org.e(), org.m().text(), null, null, null,
                    evidence(c, p.first(), org.last()), members.size() > 1 ? 0.65 : 0.7,
                    members.size() > 1 ? "pattern:persons-of-organisation" : "pattern:person-of-organisation"));
        }
    }

    /**
     * The index of the comma or final full stop that ends a short phrase of nouns, adjectives and names from
     * {@code k} ("Acme's research unit," / "CNBC's Mad Money,"), or -1 (a verb, another clause or no end near).
     */
    private static int setOffEnd(Ctx c, int k) {
        for (int j = k; j < c.n && j - k < 8; j++) {
            if (c.is(j, ",") || c.is(j, ".") && j == c.n - 1) {
                return j > k ? j : -1;
            }
            if (!(c.pos(j, "NOUN") || c.pos(j, "PROPN") || c.pos(j, "ADJ") || c.is(j, "of") || c.is(j, "&")
                    || c.pos(j, "DET") && j > k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code z} closes "X of Y": the end, a comma, full stop, semicolon, ")" or a verb follows Y. */
    private static boolean closesOfPhrase(Ctx c, int z) {
        return z >= c.n || c.is(z, ",") || c.is(z, ".") || c.is(z, ";") || c.is(z, ")")
                || c.tok(z).isVerb() || c.pos(z, "AUX");
    }

    /** At {@code k}: a person's name (after a courtesy title) followed by "of" and an organisation. */
    private boolean personOfNext(Ctx c, int k) {
        if (k < c.n && c.spanAt[k] == null && c.tok(k).isCapitalized() && lex.cue("honorific", c.tok(k))) {
            k += c.is(k + 1, ".") ? 2 : 1;
        }
        Span p = c.span(k);
        if (p == null || p.first() != k || p.type() != EntityType.PERSON || !p.m().isName()
                || !c.is(p.last() + 1, "of")) {
            return false;
        }
        Span org = c.span(skipDetRight(c, p.last() + 2));
        return org != null && org.type() == EntityType.ORGANIZATION && org.e() != p.e();
    }

    /** Ending at {@code k}: a person's name, "of" and an organisation ("X of Y" before "and Z of W"). */
    private boolean personOfBefore(Ctx c, int k) {
        Span org = c.span(k);
        if (org == null || org.last() != k || org.type() != EntityType.ORGANIZATION) {
            return false;
        }
        int j = skipDetLeft(c, org.first() - 1);
        Span p = c.is(j, "of") ? c.span(j - 1) : null;
        return p != null && p.last() == j - 1 && p.type() == EntityType.PERSON && p.m().isName();
    }

    /** Rule of {@link #organisationsPerson}, which {@link #leadersNotEmployed} also reads. */
    private static final String ORGANISATIONS_PERSON = "pattern:organisations-person";

    /**
     * "The BBC's Ann Lee, stationed in Y, reports", "Acme's John Smith said": an organisation (no party, armed force,
     * government or international body) possessing a person's full name employs the person; a leader named so
     * ("Acme's chief executive") is left to the role rules, and {@link #leadersNotEmployed} drops this relation
     * where the person leads the organisation.
     */
    private void organisationsPerson(Ctx c, Span org, Out out) {
        int k = org.last() + 1;
        String sub = org.m().subclass();
        if (!c.poss(k) || c.quoted[org.first()] || isParty(c, org) || sub != null && !"NewsAgency".equals(sub)) {
            return;
        }
        Span p = c.span(k + 1);
        if (p == null || p.first() != k + 1 || p.type() != EntityType.PERSON || !p.m().isName() || c.quoted[k + 1]
                || p.first() == p.last() || p.e() == org.e()) {
            return;
        }
        int j = p.last() + 1;
        // the name is the phrase's head: a comma, a verb or the end follows it (not "Acme's John Smith Award")
        boolean closed = j >= c.n || c.is(j, ",") || c.is(j, ".") || c.tok(j).isVerb() || c.pos(j, "AUX");
        int b = skipDetLeft(c, org.first() - 1);
        if (!closed || b >= 0 && c.spanAt[b] == null && (c.pos(b, "ADP") && !c.is(b, "by")
                || c.tok(b).isVerb() && !lex.cue("attribution-lower", c.tok(b)))) {
            return;   // "a deal with Acme's John Smith", "met Acme's John Smith": kept to the subject or a speaker
        }
        out.add(new Relation(p.e(), Predicate.EMPLOYED_BY, org.e(), org.m().text(), null, null, null,
                evidence(c, org.first(), p.last()), 0.65, ORGANISATIONS_PERSON));
    }

    /**
     * "Moi's Kenya African National Union party", "Ann Lee's Green Party": a party possessed by a person's name (a
     * party by its kind, or an organisation followed by "party") has the person as its member.
     */
    private void personsParty(Ctx c, Span x, Out out) {
        int k = x.last() + 1;
        Span org = c.poss(k) && x.m().isName() ? c.span(k + 1) : null;
        if (org == null || org.first() != k + 1 || org.type() != EntityType.ORGANIZATION) {
            return;
        }
        int last = org.last();
        if (c.is(last + 1, "party") && !c.tok(last + 1).isCapitalized()) {
            last++;   // "Moi's Kenya African National Union party"
        } else if (!isParty(c, org)) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.MEMBER_OF, org.e(), org.m().text(), null, null, null,
                evidence(c, x.first(), last), 0.7, "pattern:persons-party"));
    }

    /**
     * "the Green Party's Ann Lee", "Labour Party's Ian Porter and Kate Wilde were re-elected": a party's name
     * possessed by a person's name (or a list of names joined by "and") says they are its members. Not when the
     * last name is itself possessed ("the party's Ann Lee's office") or goes on as a word of a longer phrase.
     */
    private void partysPeople(Ctx c, Span org, Out out) {
        int k = org.last() + 1;
        if (!isParty(c, org) || !c.poss(k) || c.quoted[org.first()]) {
            return;
        }
        List<Span> members = new ArrayList<>();
        int j = k + 1;
        while (j < c.n) {
            Span p = c.span(j);
            if (p == null || p.first() != j || p.type() != EntityType.PERSON || !p.m().isName() || c.quoted[j]) {
                return;
            }
            members.add(p);
            j = p.last() + 1;
            if ((c.is(j, ",") || c.is(j, "and")) && c.span(j + 1) != null
                    && c.span(j + 1).type() == EntityType.PERSON) {
                j++;
                continue;
            }
            break;
        }
        if (members.isEmpty() || c.poss(j) || j < c.n && (c.pos(j, "NOUN") || c.pos(j, "PROPN"))
                || members.size() > 1 && !c.is(members.get(members.size() - 1).first() - 1, "and")) {
            return;
        }
        for (Span p : members) {
            out.add(new Relation(p.e(), Predicate.MEMBER_OF, org.e(), org.m().text(), null, null, null,
                    evidence(c, org.first(), j - 1), 0.7, "pattern:partys-person"));
        }
    }

    /**
     * Whether a time phrase ends at {@code k} right after a verb ("criticised on Monday", "was praised last week"):
     * the agent after "by" then is the verb's ("criticised on Monday by X of Y").
     */
    private static boolean verbBeforeTime(Ctx c, int k) {
        int t = k;
        while (t >= 0 && c.timeTok[t]) {
            t--;
        }
        if (t == k || t < 0) {
            return false;
        }
        if (c.pos(t, "ADP") && !c.is(t, "by") && t >= 1) {
            t--;   // "on Monday", "in March": the preposition is not always part of the time phrase
        }
        return c.tok(t).isVerb();
    }

    /** A political party: typed so by the gazetteer, or an organisation named with the head noun "Party". */
    private static boolean isParty(Ctx c, Span org) {
        return org.type() == EntityType.ORGANIZATION && ("PoliticalParty".equals(org.m().subclass())
                || "party".equalsIgnoreCase(c.tok(org.last()).text()));
    }

    /**
     * "Deutsche Bank of Germany", "Siemens of Germany": an organisation set before "of" and a country (not part
     * of its name) is located there.
     */
    private void organisationOfCountry(Ctx c, Span x, Out out) {
        int a = x.last() + 1;
        // "the University of Leeds of the UK": a country written with its article
        int o = c.is(a + 1, "the") && c.spanAt[a + 1] == null ? a + 2 : a + 1;
        Span y = c.span(o);
        if (!c.is(a, "of") || y == null || y.first() != o || y.type() != EntityType.PLACE
                || !"Country".equals(y.m().subclass()) || !objectEnd(c, y) || c.poss(y.last() + 1)
                || c.is(y.last() + 1, "and")) {
            return;
        }
        int b = x.first() - 1;
        if (b >= 0 && (c.pos(b, "ADP") && !c.is(b, "in") || c.poss(b))) {
            return;   // "the leader of X of Y": a nested "of" chain
        }
        out.add(new Relation(x.e(), Predicate.LOCATED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), 0.7, "pattern:organisation-of-country"));
    }

    /**
     * "the University of Texas, Austin, said", "the University of California, Berkeley.": a university named
     * "University of Region" followed by the city of its campus, set off by commas. Not a list ("the University of
     * Oregon, Portland and Salem") and not a town that opens a new phrase ("..., Houston police said").
     */
    private void campusAfterComma(Ctx c, Span x, Out out) {
        int a = x.last() + 1;
        Span y = c.span(a + 1);
        if (!c.is(x.first(), "University") || !c.is(x.first() + 1, "of") || !c.is(a, ",") || y == null
                || y.first() != a + 1 || y.type() != EntityType.PLACE || !"City".equals(y.m().subclass())
                || y.e() == x.e() || c.quoted[y.last()] != c.quoted[x.first()]) {
            return;
        }
        int q = y.last() + 1;
        if (q < c.n && !c.is(q, ",") && !c.is(q, ".") && !c.is(q, ";") && !c.is(q, ")")
                || c.is(q, ",") && (c.is(q + 1, "and") || c.is(q + 1, "or") || c.span(q + 1) != null
                        && c.span(q + 1).type() == EntityType.PLACE)) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.BASED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), 0.7, "pattern:university-comma-campus"));
    }

    /**
     * "the fall of Y to X", "the loss of Y to X militants": a noun of losing a place (cue "fallto") says X took
     * it. Not when an irrealis word stands before the noun ("a possible fall of Y to X").
     */
    private void fallTo(Ctx c, int n, Out out) {
        Span y = placeAfter(c, n + 2);
        if (y == null || c.quoted[n] || !c.is(y.last() + 1, "to")) {
            return;
        }
        for (int b = n - 1; b >= 0 && b >= n - 3 && !c.pos(b, "PUNCT"); b--) {
            if (lex.cue("irrealis", c.tok(b)) || lex.cue("negation", c.tok(b)) || lex.cue("former", c.tok(b))) {
                return;
            }
        }
        int k = skipModifiersRight(c, y.last() + 2);
        Span x = c.span(k);
        if (x == null || x.first() != k || x.type() == EntityType.PLACE && "Country".equals(y.m().subclass())
                || x.e() == y.e()) {
            return;
        }
        int end = x.last() + 1;
        // X ends there, or goes on with its men ("to ISIL militants"), not with a noun it modifies
        boolean tail = end >= c.n || c.spanAt[end] == null && (!c.pos(end, "NOUN") && !c.pos(end, "PROPN")
                || lex.cue("target", c.tok(end)) || lex.forceNoun(c.tok(end)) != null);
        if (!tail) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.TOOK_CONTROL_OF, y.e(), y.m().text(), null, null, null,
                evidence(c, n, x.last()), 0.75, "pattern:fall-of-to"));
    }

    /** An irrealis, negation or "former" word among the three words before token {@code k}, in its phrase. */
    private boolean unrealBefore(Ctx c, int k) {
        for (int b = k - 1; b >= 0 && b >= k - 3 && !c.pos(b, "PUNCT"); b--) {
            if (lex.cue("irrealis", c.tok(b)) || lex.cue("negation", c.tok(b)) || lex.cue("former", c.tok(b))) {
                return true;
            }
        }
        return false;
    }

    /** The group named as the possessor or modifier right before token {@code n} ("X's attack", "the X attack"). */
    private static Span actorBefore(Ctx c, int n) {
        int b = n - 1;
        Span x = c.poss(b) ? c.span(b - 1) : c.span(b);
        if (x == null || x.last() != (c.poss(b) ? b - 1 : b) || x.type() == EntityType.PLACE
                || !x.m().isName() && !c.poss(b)) {
            return null;
        }
        return x;
    }

    /**
     * "the X attack this morning at a crowded market in Y", "X's bombing at a checkpoint near Y": an attack
     * noun (cue "attackplace") with its actor before it, a time phrase and the spot where it hit between, is an
     * attack on the place of the spot.
     */
    private void attackAtPlace(Ctx c, int n, Out out) {
        Span x = actorBefore(c, n);
        if (x == null || c.quoted[n] || unrealBefore(c, x.first())) {
            return;
        }
        int k = n + 1;
        boolean time = false;
        while (k < c.n && (c.timeTok[k] || lex.cueWord("daypart", c.text(k))
                || (c.is(k, "this") || c.is(k, "last") || c.is(k, "early") || c.is(k, "late")) && k + 1 < c.n
                && lex.cueWord("daypart", c.text(k + 1)))) {
            k++;
            time = true;   // "this morning", "last night"
        }
        boolean spot = false;
        if (c.is(k, "at") || c.is(k, "near") && time) {
            // the spot: "at a crowded market place"
            int q = k + 1;
            while (q < c.n && q - k < 7 && c.spanAt[q] == null && (c.pos(q, "DET") || c.pos(q, "ADJ")
                    || c.pos(q, "NOUN") && !c.tok(q).isCapitalized())) {
                q++;
            }
            if (q == k + 1 || c.pos(q - 1, "DET")) {
                return;
            }
            k = q;
            spot = true;
        }
        if (!spot && !time || !(c.is(k, "in") || c.is(k, "near") && spot)) {
            return;   // a plain "X attack in Y" is the lexicon's event noun
        }
        Span y = placeAfter(c, k + 1);
        if (y == null || y.e() == x.e()) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.ATTACKED, y.e(), y.m().text(), null, null, null,
                evidence(c, x.first(), y.last()), 0.7, "pattern:attack-at-spot-in-place"));
    }

    /**
     * "The attacks in A, B and C demonstrate the barbarity of the X regime": attacks in places, named without an
     * actor, whose actor the sentence names after a verb of showing (cue "showing") as the owner of a trait.
     */
    private void attacksShowingActor(Ctx c, int n, Out out) {
        if (!c.is(n + 1, "in") || actorBefore(c, n) != null || c.quoted[n] || unrealBefore(c, n)) {
            return;
        }
        List<Span> places = new ArrayList<>();
        int k = n + 2;
        while (k < c.n) {
            Span y = c.span(k);
            if (y == null || y.first() != k || y.type() != EntityType.PLACE) {
                break;
            }
            places.add(y);
            k = y.last() + 1;
            if (c.is(k, ",")) {
                k++;
            }
            if (c.is(k, "and")) {
                k++;
            }
            if (k == y.last() + 1) {
                break;
            }
        }
        if (places.isEmpty() || k >= c.n || !c.tok(k).isVerb() || !lex.cue("showing", c.tok(k))
                || !c.is(k + 1, "the")) {
            return;
        }
        int q = k + 2;
        while (q < c.n && c.spanAt[q] == null && (c.pos(q, "ADJ") || c.pos(q, "NOUN") && !c.is(q + 1, "of"))) {
            q++;
        }
        if (q >= c.n || c.spanAt[q] != null || !c.pos(q, "NOUN") || !c.is(q + 1, "of")) {
            return;
        }
        int a = skipDetRight(c, q + 2);
        Span x = c.span(a);
        if (x == null || x.first() != a || x.type() == EntityType.PLACE) {
            return;
        }
        int end = x.last() + 1;
        if (end < c.n && c.spanAt[end] == null && c.pos(end, "NOUN") && lex.forceNoun(c.tok(end)) == null) {
            return;   // "the barbarity of the X people": not X's doing
        }
        for (Span y : places) {
            out.add(new Relation(x.e(), Predicate.ATTACKED, y.e(), y.m().text(), null, null, null,
                    evidence(c, n, x.last()), 0.65, "pattern:attacks-showing-actor"));
        }
    }

    /**
     * "A and B exchanged (artillery) fire", "A exchanged gunfire with B": each side attacked the other (cue class
     * "firenoun" for what is exchanged). Not "exchanged greetings", not "threatened to exchange fire".
     */
    private void exchangedFire(Ctx c, int v, Out out) {
        int k = v + 1;
        while (k < c.n && k - v <= 3 && c.spanAt[k] == null && !lex.cue("firenoun", c.tok(k))
                && (c.pos(k, "ADJ") || c.pos(k, "NOUN"))) {
            k++;
        }
        if (k >= c.n || c.spanAt[k] != null || !lex.cue("firenoun", c.tok(k)) || c.pos(k, "VERB")) {
            return;
        }
        Chain ch = chain(c, v);
        if (!ch.factual() || ch.be() || conditional(c, v)) {
            return;
        }
        Subject s = subject(c, ch.stop(), ANY_ACTOR, false, 0);
        if (s == null) {
            return;
        }
        List<Span> sides = new ArrayList<>(s.spans());
        Span elided = sides.size() == 1 ? elidedConjunct(c, sides.get(0)) : null;
        if (elided != null) {
            sides.add(0, elided);   // "North and South Korea exchanged fire"
        }
        int last = k;
        if (c.is(k + 1, "with")) {
            Span other = c.span(skipDetRight(c, k + 2));
            if (other == null || sides.size() != 1) {
                return;
            }
            sides.add(other);
            last = other.last();
        }
        if (sides.size() != 2 || sides.get(0).e() == sides.get(1).e()
                || sides.stream().anyMatch(p -> p.type() == EntityType.PERSON)) {
            return;
        }
        int first = Math.min(sides.get(0).first(), v);
        for (int i = 0; i < 2; i++) {
            Span a = sides.get(i);
            Span b = sides.get(1 - i);
            out.add(new Relation(a.e(), Predicate.ATTACKED, b.e(), b.m().text(), null, null, null,
                    evidence(c, first, last), clamp(0.75 * s.factor()), "pattern:exchanged-fire"));
        }
    }

    /**
     * "X received support from A and B", "X drew strong backing from A", "X received support online ranging from A
     * to B": those named after "from" (and after "to" in a range) support the subject X. Only nouns of support
     * (cue class "supportnoun"), not aid or funds; and only where the receiver is named.
     */
    private void receivedSupport(Ctx c, int v, Out out) {
        int k = v + 1;
        while (k < c.n && k - v <= 2 && c.spanAt[k] == null && (c.pos(k, "ADJ") || c.pos(k, "ADV"))) {
            k++;   // "strong", "widespread"
        }
        if (k >= c.n || c.spanAt[k] != null || !lex.cue("supportnoun", c.tok(k))) {
            return;
        }
        int noun = k++;
        while (k < c.n && k - noun <= 2 && c.spanAt[k] == null && (c.pos(k, "ADV") || c.pos(k, "ADJ"))) {
            k++;   // "online"
        }
        boolean range = c.is(k, "ranging") && c.is(k + 1, "from");
        if (!range && !c.is(k, "from")) {
            return;
        }
        k += range ? 2 : 1;
        Chain ch = chain(c, v);
        if (!ch.factual() || ch.be() || conditional(c, v)) {
            return;
        }
        Subject s = subject(c, ch.stop(), ANY_ACTOR, false, 0);
        if (s == null) {
            return;
        }
        List<Span> backers = new ArrayList<>(namedBackers(c, k));
        if (range && !backers.isEmpty()) {
            int to = backers.get(backers.size() - 1).last() + 1;
            if (c.is(to, "to")) {
                backers.addAll(namedBackers(c, to + 1));
            }
        }
        for (Span b : backers) {
            for (Span x : s.spans()) {
                if (b.e() != x.e()) {
                    out.add(new Relation(b.e(), Predicate.SUPPORTS, x.e(), x.m().text(), null, null, null,
                            evidence(c, Math.min(x.first(), v), b.last()), clamp(0.75 * s.factor()),
                            "pattern:received-support-from"));
                }
            }
        }
    }

    /**
     * Names listed from token {@code k}: "Tom Hanks and the Labour Party", "actor Tom Hanks, author Stephen King",
     * "US President Barack Obama" (up to three words of description before each name). Empty when anything else
     * comes first ("investors").
     */
    private static List<Span> namedBackers(Ctx c, int k) {
        List<Span> found = new ArrayList<>();
        while (k < c.n) {
            int d = k;
            while (d < c.n && d - k < 4) {
                Span mod = c.span(d);
                if (mod != null && mod.first() == d && mod.type() != EntityType.PERSON && mod.last() + 1 < c.n
                        && c.spanAt[mod.last() + 1] == null && (c.pos(mod.last() + 1, "NOUN")
                        || c.pos(mod.last() + 1, "PROPN"))) {
                    d = mod.last() + 1;   // "US President X", "Facebook creator X": a name modifying a title
                    continue;
                }
                if (c.spanAt[d] != null || !(c.pos(d, "DET") || c.pos(d, "NOUN") || c.pos(d, "ADJ")
                        || c.pos(d, "PROPN") || c.pos(d, "VERB"))) {
                    break;
                }
                d++;
            }
            Span b = c.span(d);
            if (b == null || b.first() != d || !b.m().isName()) {
                break;
            }
            found.add(b);
            k = b.last() + 1;
            if (c.is(k, ",")) {
                k++;
            }
            if (c.is(k, "and")) {
                k++;
            } else if (!c.is(k - 1, ",")) {
                break;
            }
        }
        return found;
    }

    /**
     * "North and South Korea", "East and West Germany": the bare word before "and" and a name shares that name's
     * last words; it stands for the entity of the joined name when the text names it elsewhere ("North Korea").
     */
    private static Span elidedConjunct(Ctx c, Span y) {
        int w = y.first() - 2;
        String[] words = y.m().text().split(" ");
        if (w < 0 || !c.is(w + 1, "and") || c.spanAt[w] != null || !c.tok(w).isCapitalized() || words.length < 2
                || w > 0 && c.spanAt[w - 1] != null) {
            return null;
        }
        String joined = c.text(w) + " " + String.join(" ", Arrays.asList(words).subList(1, words.length));
        Entity e = c.names.get(joined);
        if (e == null || e == y.e() || e.type() != y.type()) {
            return null;
        }
        Mention m = e.mentions().stream().filter(Mention::isName).findFirst().orElse(null);
        return m == null ? null : new Span(m, e, w, w, y.type());
    }

    /**
     * "Y was killed in a 2008 raid by X", "Y were wounded in an airstrike by X forces": a name harmed (cue "harm",
     * passive) in an attack (cue "raidnoun") whose agent is named after "by": X attacked Y. A country's or group's
     * force noun after X is X's ("by U.S. special forces").
     */
    private void harmedInAttackBy(Ctx c, int v, Out out) {
        if (!c.is(v - 1, "was") && !c.is(v - 1, "were") && !(c.is(v - 2, "was") || c.is(v - 2, "were"))
                || !c.text(v).toLowerCase(Locale.ROOT).endsWith("ed") && !c.is(v, "shot")) {
            return;
        }
        int be = c.is(v - 1, "was") || c.is(v - 1, "were") ? v - 1 : v - 2;
        Span y = c.span(be - 1);
        if (y == null || y.last() != be - 1 || y.type() == EntityType.PLACE || unrealBefore(c, be)) {
            return;
        }
        int k = v + 2;
        if (!(c.is(v + 2, "a") || c.is(v + 2, "an") || c.is(v + 2, "the"))) {
            return;
        }
        k++;
        while (k < c.n && k - v < 7 && c.spanAt[k] == null && (c.pos(k, "ADJ") || c.pos(k, "NUM")
                || c.pos(k, "NOUN") && !lex.cue("raidnoun", c.tok(k)))) {
            k++;
        }
        if (k >= c.n || c.spanAt[k] != null || !lex.cue("raidnoun", c.tok(k)) || !c.is(k + 1, "by")) {
            return;
        }
        int a = skipDetRight(c, k + 2);
        Span x = c.span(a);
        if (x == null || x.first() != a || x.e() == y.e() || x.type() == EntityType.PERSON) {
            return;
        }
        int q = x.last() + 1;
        boolean force = q < c.n && c.spanAt[q] == null && lex.forceNoun(c.tok(q)) != null;
        if (x.type() == EntityType.PLACE && !force && !"Country".equals(x.m().subclass())) {
            return;   // "by Mosul residents": a town is no attacker
        }
        out.add(new Relation(x.e(), Predicate.ATTACKED, y.e(), y.m().text(), null, null, null,
                evidence(c, y.first(), x.last()), 0.7, "pattern:harmed-in-attack-by"));
    }

    /**
     * "the use of chemical weapons by X in Y", "the use of barrel bombs by X on Y": using a weapon (cue "weapon")
     * somewhere is attacking it.
     */
    private void useOfWeaponsBy(Ctx c, int n, Out out) {
        int k = n + 2;
        while (k < c.n && c.spanAt[k] == null && (c.pos(k, "ADJ") || c.pos(k, "NOUN") && !lex.cue("weapon", c.tok(k)))
                && k - n < 5) {
            k++;
        }
        if (k >= c.n || c.spanAt[k] != null || !lex.cue("weapon", c.tok(k)) || !c.is(k + 1, "by") || c.quoted[n]
                || unrealBefore(c, n)) {
            return;
        }
        int a = skipDetRight(c, k + 2);
        Span x = c.span(a);
        if (x == null || x.first() != a || x.type() == EntityType.PLACE) {
            return;
        }
        int q = x.last() + 1;
        if (q < c.n && c.spanAt[q] == null && lex.forceNoun(c.tok(q)) != null) {
            q++;   // "by X forces in Y"
        }
        if (!(c.is(q, "in") || c.is(q, "on") || c.is(q, "against"))) {
            return;
        }
        Span y = placeAfter(c, q + 1);
        if (y == null || y.e() == x.e()) {
            return;
        }
        out.add(new Relation(x.e(), Predicate.ATTACKED, y.e(), y.m().text(), null, null, null,
                evidence(c, n, y.last()), 0.7, "pattern:use-of-weapons-by"));
    }

    /**
     * "X and its backers, notably Z", "X's allies, including Z": Z backs X (a noun of backers, cue "backers", owned
     * by X, then "notably/including/especially/such as" and Z).
     */
    private void backersNotably(Ctx c, int n, Out out) {
        int b = n - 1;
        Span x = null;
        if (c.poss(b)) {
            x = c.span(b - 1);
        } else if (c.is(b, "its") || c.is(b, "their")) {
            x = c.span(b) != null ? c.span(b) : nearestGroupBefore(c, b);
        }
        int k = n + 1;
        if (!c.is(k, ",")) {
            return;
        }
        k++;
        if (c.is(k, "such") && c.is(k + 1, "as")) {
            k += 2;
        } else if (c.is(k, "notably") || c.is(k, "including") || c.is(k, "especially") || c.is(k, "chiefly")
                || c.is(k, "mainly")) {
            k++;
        } else {
            return;
        }
        Span z = c.span(k);
        if (x == null || z == null || z.first() != k || z.e() == x.e() || c.quoted[n]) {
            return;
        }
        out.add(new Relation(z.e(), Predicate.SUPPORTS, x.e(), x.m().text(), null, null, null,
                evidence(c, Math.min(x.first(), n), z.last()), 0.7, "pattern:backers-notably"));
    }

    /** "the Benghazi-based LNA", "the Seattle based X" -> X basedIn the place. */
    private void basedCompound(Ctx c, Span x, Out out) {
        String text = c.s.text();
        int rel = x.m().end() - c.s.start();
        String rest = text.substring(rel, Math.min(text.length(), rel + 14)).toLowerCase(Locale.ROOT);
        // also without the hyphen: "the Los Angeles based X"
        String suffix = rest.startsWith("-based") ? "-based" : rest.startsWith("-headquartered") ? "-headquartered"
                : rest.startsWith(" based ") && !c.quoted[x.last()] ? " based" : null;
        if (suffix == null) {
            return;
        }
        int after = x.m().end() + suffix.length();
        int k = c.s.tokenAt(after);
        while (k < c.n && c.tok(k).start() < after) {
            k++;
        }
        int k0 = k;
        k = skipDescribers(c, k);   // "the Y-based private equity firm X"
        Span org = c.span(k);
        if (org != null && org.first() == k && org.type() == EntityType.ORGANIZATION && objectEnd(c, org)) {
            out.add(new Relation(org.e(), Predicate.BASED_IN, x.e(), x.m().text(), null, null, null,
                    evidence(c, x.first(), org.last()), 0.8, "pattern:place-based"));
            return;
        }
        // an apposition describing the organisation before it: "X, the Y-based automaker," / "X, a Y-based firm."
        if (org == null && k > k0 && "NOUN".equals(c.tok(k - 1).pos())
                && (k >= c.n || c.is(k, ",") || c.is(k, ".") || c.is(k, ";"))) {
            Span owner = appositionHead(c, x);
            if (owner != null) {
                out.add(new Relation(owner.e(), Predicate.BASED_IN, x.e(), x.m().text(), null, null, null,
                        evidence(c, owner.first(), k - 1), 0.75, "pattern:place-based-apposition"));
            }
        }
    }

    /**
     * "an X-led consortium", "the X-led Kessel Alliance": an organisation's name before "-led" leads the named
     * organisation the compound describes, after it ("the X-led Y") or set off before it ("Y, an X-led
     * consortium,"). A lower-case group with no name ("the U.S.-led coalition") gives nothing.
     */
    private void ledCompound(Ctx c, Span x, Out out) {
        int a = x.last() + 1;
        if (!(c.is(a, "-") && c.is(a + 1, "led")) && !c.is(a, "-led")) {
            return;
        }
        int k = c.is(a, "-led") ? a + 1 : a + 2;
        if (c.tok(k - 1).start() != c.tok(a).end() && !c.is(a, "-led")) {
            return;   // "X - led by": a dash, not a compound
        }
        int k0 = k;
        k = skipDescribers(c, k);
        Span org = c.span(k);
        if (org != null && org.first() == k && org.type() == EntityType.ORGANIZATION && org.e() != x.e()
                && objectEnd(c, org)) {
            out.add(new Relation(x.e(), Predicate.LEADS, org.e(), org.m().text(), null, null, null,
                    evidence(c, x.first(), org.last()), 0.75, "pattern:led-compound"));
            return;
        }
        if (org == null && k > k0 && "NOUN".equals(c.tok(k - 1).pos()) && (k >= c.n || c.is(k, ",") || c.is(k, "."))) {
            Span owner = appositionHead(c, x);
            if (owner != null) {
                out.add(new Relation(x.e(), Predicate.LEADS, owner.e(), owner.m().text(), null, null, null,
                        evidence(c, owner.first(), k - 1), 0.7, "pattern:led-compound-apposition"));
            }
        }
    }

    /** The first token from {@code k} on that is no adjective or lower-case noun outside a mention. */
    private static int skipDescribers(Ctx c, int k) {
        while (k < c.n && c.spanAt[k] == null && (c.pos(k, "ADJ") || c.pos(k, "NOUN") && !c.tok(k).isCapitalized())) {
            k++;
        }
        return k;
    }

    /**
     * "Y, a/an/the ... x ...": the organisation (not x's entity) set off by a comma before the article that opens
     * the apposition {@code x} starts; null otherwise.
     */
    private static Span appositionHead(Ctx c, Span x) {
        int d = x.first() - 1;
        if (!(c.is(d, "the") || c.is(d, "a") || c.is(d, "an")) || !c.is(d - 1, ",")) {
            return null;
        }
        Span owner = c.span(d - 2);
        return owner != null && owner.last() == d - 2 && owner.type() == EntityType.ORGANIZATION
                && owner.e() != x.e() ? owner : null;
    }

    /** "its base in Y", "X's headquarters in Y". */
    private void baseNoun(Ctx c, int j, Entry base, Out out) {
        int k = j + 1;
        // "X's headquarters located in Y", "its plant situated in Y": the participle adds nothing
        if ((c.is(k, "located") || c.is(k, "situated")) && (c.is(k + 1, "in") || c.is(k + 1, "at"))) {
            k++;
        }
        if (!(c.is(k, "in") || c.is(k, "of") || c.is(k, "at"))) {
            baseNounAfterPlace(c, j, base, out);
            return;
        }
        Span y = placeAfter(c, k + 1);
        if (y == null) {
            return;
        }
        int p = j - 1;
        while (p >= 0 && c.spanAt[p] == null && ("ADJ".equals(c.tok(p).pos()) || lex.cue("direction", c.tok(p)))) {
            p--;
        }
        Span owner = null;
        double conf = base.confidence();
        if (c.poss(p) && c.span(p - 1) != null) {
            owner = c.span(p - 1);
        } else if (c.span(p) != null) {
            owner = c.span(p);
        } else if (c.is(p, "its") || c.is(p, "their")) {
            // an unresolved "its": the nearest organization before it in the sentence
            for (int q = p - 1; q >= 0 && q >= p - 15; q--) {
                Span o = c.spanAt[q];
                if (o != null && o.type() == EntityType.ORGANIZATION && !c.quoted[q]) {
                    owner = o;
                    conf *= 0.85;
                    break;
                }
            }
        }
        if (owner == null || owner.e() == y.e() || !base.subjectTypes().contains(owner.type())
                || c.quoted[j]) {
            return;
        }
        out.add(new Relation(owner.e(), Predicate.BASED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, Math.min(owner.first(), p < 0 ? j : Math.min(p, j)), y.last()), clamp(conf),
                "lexicon:" + base.pattern() + "/possessed"));
    }

    /**
     * "X's Y headquarters", "X's Y base": a place named right before the base noun, owned by an organisation through
     * a possessive ("Mitsu Electronics' Osaka headquarters").
     */
    private void baseNounAfterPlace(Ctx c, int j, Entry base, Out out) {
        Span y = c.span(j - 1);
        if (y == null || y.last() != j - 1 || y.type() != EntityType.PLACE || !c.poss(y.first() - 1)
                || c.quoted[j]) {
            return;
        }
        Span owner = c.span(y.first() - 2);
        if (owner == null || owner.e() == y.e() || owner.type() != EntityType.ORGANIZATION
                || !base.subjectTypes().contains(owner.type())) {
            return;
        }
        out.add(new Relation(owner.e(), Predicate.BASED_IN, y.e(), y.m().text(), null, null, null,
                evidence(c, owner.first(), j), clamp(base.confidence() * 0.9), "lexicon:" + base.pattern()
                + "/possessed-place"));
    }

    // ------------------------------------------------------------------------------------------------------

    private static Evidence evidence(Ctx c, int first, int last) {
        return new Evidence(c.s.index(), c.tok(first).start(), c.tok(last).end());
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
