package org.newskg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.newskg.extract.gazetteer.KnowledgeFiles;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.resolve.Entity;
import org.newskg.resolve.ResolvedText;

/**
 * Finds what was said in an article: direct quotations in every quote style news uses (straight, curly and
 * single quotes, quotes split by their attribution, quotes running over several paragraphs) and reported
 * speech ("X told Y that ..."), with speaker, addressee, medium, time and the entities the text is about.
 *
 * <pre>
 * StatementExtractor statements = QuoteStatementExtractor.standard();
 * for (Statement s : statements.extract(resolvedText, article.published())) {
 *     System.out.println(s.speakerText() + ": " + s.text() + " [" + s.rule() + "]");
 * }
 * </pre>
 *
 * <p>Quotes are found on the characters of the article text ({@link QuoteScanner}); attributions on the tokens
 * around them, with the speech verbs and media of {@code speech_verbs.tsv} and {@code media.tsv}. Speakers are
 * the entities whose mentions (names, or pronouns the resolver linked) head the attribution's subject;
 * "Haftar's office said" gives the speaker Haftar with speakerText "Haftar's office"; "X, Y and Z said" gives
 * three speakers; "the statement said" gives the speakers of the last statement issued through that medium;
 * an unresolved "he said" (or a "he added" the resolver linked to someone who never spoke, with nobody named
 * since) gives the previous statement's speakers; "the minister said" gives the person the text named with that
 * title ("Finance Minister Ole Berg"); "Reuters quoted X as saying" gives X. Beyond the attribution in the
 * sentence: the second half of a split quote shares the attribution between the halves; "X said:" closing a
 * paragraph introduces the quotation opening the next; a paragraph that is only a quotation, right after an
 * attributed quotation, continues its speaker; a person's clause introducing a quotation with ':' (or a short
 * quotation closing a sentence whose subject is a person) gives that person, weakly; so does a paragraph that
 * is only a quotation, right after a sentence whose subject is a named person ("chairman X denied the reports.").
 * "X justified it by saying “…”" gives X; "Gen. X, commander of Y said" gives X, not Y; "said analyst at Y,
 * X" gives X; an unresolved "It said" gives the organisation heading the sentence before; "he said" after a
 * quote goes on with its speaker when no person was named since that quote's sentence; "it added" goes on with
 * the single speaker just quoted when nothing was named since. "Jo Park of the consumer group Fair Call" gives
 * Park even when the finder typed the group a person; "the spokesman added" after "Varga's spokesman said" gives
 * the same speakers; "a company spokesman said" after "Quanta said it would appeal." gives Quanta. In a headline
 * (a first paragraph of one sentence without a full stop), "“…”: Governor vows to fight" attributes the quote to
 * the subject after the colon, and a bare title as speaker ("says Brexit minister") is the one person the article
 * names with that title. One quoted word inside reported speech stays part of it ("the cuts were “unfair”").
 * Someone with a stake in a body ("a Medway investor", "a customer of Acme") does not speak for it. A quotation completing a
 * labelling speech act ("X called the plan “…”", "described it as “…”", "was praised by X as “…”") is the
 * subject's or the "by" agent's, and no statement when nobody named stands behind it; "Minister X: “…”" (a name
 * and titles before ':') gives X; "X issued the following statement:" gives X; a passive speech verb ("is
 * claimed to be “…”", "was told by officials that “…”") gives its agent or nobody, never its subject; a place
 * attached by a preposition inside the subject ("officials in Brussels") is no speaker; "he" resolved to no
 * person, or to a name only used as a modifier ("Mac apps"), is decided here. A quote with an
 * attribution whose speaker is not named keeps an empty speaker list; a quotation with no attribution at all
 * (a law's wording, a slogan) is no statement; one quoted word, a short quote after a naming word ("dubbed as
 * ‘terrorists’"), a nickname (Col. John “J.D.” Dorrian) or a short quote with no attribution at all (a
 * headline's ‘heavy heart’) is no statement; nor is a short capitalized name taking the full stop inside its
 * marks ("the events of ‘Black Monday.’"). A speech verb coordinated with an earlier verb ("X visited the plant and
 * said ...") has that verb's subject; a paragraph opening with a lower-case "said X." attributes the quotation
 * closing the paragraph before; "X, chairwoman of Local 8, Steel Workers union said" and "X, Acme chief economist,
 * said" give X; "said the vice president of Acme Jan Berg." gives the name closing the title; "X issued a statement
 * saying" gives X; "A statement on Acme's website said" and "In a statement on the Acme website, the company said"
 * give Acme. Someone acting for another ("a lawyer for X", "an aide to X", "X's attorney", outsiders.tsv) does
 * not speak as X, and a place after a preposition ("a statement read out in Paris", "the envoy to Moscow") is
 * no speaker. A quotation after a naming noun ("under the headline “…”", "the slogan “…”") is a name at any
 * length; so is a title after "wrote" with no colon, and a title in a subject's appositive before "said" opening
 * a clause ("X, the author of “…”, said rates would fall"). ", according to X" closing the clause of a partial
 * quotation attributes it, and "according to a statement from X" gives X; "“…,” X, who ..., said" and "X, 54, a
 * pilot, said" keep X; so does "X, 61, who founded the firm, said". Partial quotations inside paraphrase: a label
 * verb whose object runs long ("described the cuts that some workers would face as a “…”"), "accused X of “…”",
 * "In X's words, …" / "in his view", a second quotation coordinated in the same reporting clause ("said A was
 * “…” and that B would “…”"), and a label of unnamed people ({@code unnamed_speakers.tsv}: "critics called it
 * “…”") as a statement with no speaker; "“…,” Jo Berg, an analyst for Acme." (no verb) gives Berg; a product
 * "marketed as “…”" is a name. {@code time} is the attribution's time phrase as written ("said
 * on Thursday") and {@code date} its day, normalised against the publication date by {@link TimeExpressions};
 * with no time phrase both stay null: the publication date is not assumed, since news quotes words said days
 * earlier in the present tense ("says") as often as in the past.
 *
 * <p>Immutable and thread-safe: all per-article state lives in one call.
 */
public final class QuoteStatementExtractor implements StatementExtractor {

    /** Words a short quote may follow after a naming word: "dubbed as ‘terrorists’", "called it a ‘farce’". */
    private static final Set<String> LABEL_GAP = Set.of("as", "it", "them", "him", "her", "a", "an", "the",
            "this", "his", "its", "their");
    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which", "that", "what", "where",
            "when", "why", "how");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you",
            "there");
    /** Pronouns that can open a reported clause: subjects and possessive determiners ("said his team ..."). */
    private static final Set<String> CLAUSE_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you",
            "there", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "nobody",
            "everyone", "no", "some", "many", "all");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");
    /** Words opening an embedded question or condition: "declined to say when X would ...". */
    private static final Set<String> WH_COMPLEMENTS = Set.of("when", "whether", "if", "why", "how", "where",
            "what");
    /** Words before a quoted noun modifier, whatever their tag: "a “fast track” scheme", "its “fans first” policy". */
    private static final Set<String> MODIFIER_OPENERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "new");
    private static final Set<String> THIRD_PERSON_SINGULAR = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "and", "or", "of", "in", "on",
            "at", "to", "for", "with", "by", "from");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> PERIODS = Set.of("week", "month", "year", "weekend");
    private static final Set<String> TIME_LEADS = Set.of("on", "late", "early", "last", "this", "next", "earlier",
            "later");
    private static final Set<String> DEICTIC_DAYS = Set.of("yesterday", "today", "tonight", "tomorrow");
    /** Words that end a reported clause before what follows: ", but ...", ", while ...". */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "whereas", "although", "though");

    /** A quote after a label verb with nobody doing the labelling ("the deal, dubbed “…”"): no statement. */
    private static final Attribution UNATTRIBUTED_LABEL = new Attribution(-1, -1, 0, 1, 0, "quote:label", 0, 0,
            -1, -1, Set.of());
    /** Words for any business: "the company" can stand for whatever firm was just the subject. */
    private static final Set<String> FIRM_WORDS = StatementCues.of("firm");
    /** English prepositions and subordinators of four letters or more that a tagger may call ADP. */
    private static final Set<String> PREPOSITIONS = Set.of("aboard", "about", "above", "according", "across",
            "after", "against", "ahead", "along", "alongside", "amid", "amidst", "among", "amongst", "apart",
            "around", "aside", "atop", "away", "because", "before", "behind", "below", "beneath", "beside",
            "besides", "between", "beyond", "close", "concerning", "considering", "despite", "down",
            "during", "except", "excluding", "following", "from", "including", "inside", "instead", "into", "like",
            "minus", "near", "next", "notwithstanding", "once", "onto", "opposite", "outside", "over", "past",
            "pending", "plus", "prior", "regarding", "round", "save", "since", "than", "that", "though", "through",
            "throughout", "till", "toward", "towards", "under", "underneath", "unless", "unlike", "until", "upon",
            "versus", "whereas", "whether", "while", "with", "within", "without", "although", "even", "lest",
            "thanks", "unto", "worth", "post", "circa", "anti", "less", "more",
            "then", "when", "where", "what", "which", "this", "there", "here", "only", "also", "just");
    /** Words tagged ADP that open a clause: "rose 8 percent after the company said": no part of the subject. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "since", "until",
            "while", "although", "though", "once", "unless", "whereas", "as", "if", "when");
    /**
     * Words that may stand between a label verb's object and the quote: "called it “…”", "described X as “…”",
     * "described X as being “…”".
     */
    private static final Set<String> LABEL_LINKS = Set.of("as", "by", "of", "for", "being");
    /** Words joining title words before a name: "President and Chief Executive", "head of research at". */
    private static final Set<String> TITLE_JOINS = Set.of("and", "of", "for", "at", "&");
    /** Possessive determiners that can stand for a speaker: "in his words". */
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its");
    /** Tags of the words of a title or a name's modifiers: "U.S. Senator", "Acme chief executive". */
    private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "ADJ", "PROPN");
    /** {@link #NOMINAL_TAGS} and a determiner: "the chairman". */
    private static final Set<String> TITLE_WORD_TAGS = Set.of("DET", "ADJ", "NOUN", "PROPN");
    /** Nouns of "in X's words", "in the view of X": the quotation in that clause is X's. */
    private static final Set<String> IN_WORDS = StatementCues.of("in-words");
    // nouns that present a quotation as a string of words, not as what someone said: "adding the words “…”"
    private static final Set<String> WORDING_NOUNS = StatementCues.of("wording");
    /** Verbs that take "X as Y" themselves: "…, which regulators see as “…”" has a labeller of its own. */
    private static final Set<String> AS_VERBS = StatementCues.of("as-verb");
    /** Verbs of purpose ({@code speech_verbs.tsv}), whose "to" may stand before the quoted purpose. */
    private static final Set<String> PURPOSE_VERBS = StatementCues.of("purpose");
    /** Verbs of refusal, as written, that negate the speech verb after them: "declined to comment". */
    private static final Set<String> REFUSALS = StatementCues.of("refusal");
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    /** Relative pronouns after a predicate noun: "Acme is a charity which ...". */
    private static final Set<String> NOUN_RELATIVES = Set.of("which", "that", "who");
    /** Copulas linking a name to a predicate noun: "Acme is a charity", "Acme's a charity". */
    private static final Set<String> COPULAS = Set.of("is", "was", "'s");

    /** The word classes of {@code statement-cues.tsv} (its header describes them), read once. */
    static final class StatementCues {
        static final String RESOURCE = "/org/newskg/extract/statement-cues.tsv";
        static final Set<String> CLASSES = Set.of("firm", "in-words", "wording", "as-verb", "purpose",
                "refusal");
        private static final Map<String, Set<String>> WORDS = load();

        private StatementCues() {
        }

        /** The words of class {@code cls}; empty for a class the file does not list. */
        static Set<String> of(String cls) {
            return WORDS.getOrDefault(cls, Set.of());
        }

        private static Map<String, Set<String>> load() {
            Map<String, Set<String>> words = new HashMap<>();
            KnowledgeFiles.wordClasses(RESOURCE, CLASSES).forEach((cls, ws) -> words.put(cls,
                    ws.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet())));
            return Map.copyOf(words);
        }
    }

    private final SpeechLexicon lexicon;

    private QuoteStatementExtractor(SpeechLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The extractor on the speech verbs and media bundled with newskg. */
    public static QuoteStatementExtractor standard() {
        return new QuoteStatementExtractor(SpeechLexicon.standard());
    }

    @Override
    public List<Statement> extract(ResolvedText text, LocalDate published) {
        return new Run(text, published).statements();
    }

    /** The attribution of a quote or of reported speech, before its speakers are resolved. */
    private record Attribution(int subjectFrom, int subjectTo, int verb, int verbLength, double strength,
                               String rule, int regionFrom, int regionTo, int addresseeFrom, int addresseeTo,
                               Set<Integer> exclude) {
    }

    /** A statement found, waiting for its speakers to be resolved in text order. */
    private record Candidate(int start, int end, boolean direct, Attribution attribution, String rule,
                             int evidenceFrom, int evidenceTo) {
    }

    /** Speakers as resolved for one attribution. */
    private record Speakers(List<Entity> entities, String text, String how, double factor, String medium,
                            TimeExpressions.TimeExpression time) {
    }

    /** A statement issued through a document medium, for "the statement said". */
    private record Issued(String medium, List<Entity> speakers, TimeExpressions.TimeExpression time) {
    }

    /** One article's extraction: tokens flattened over sentences, mentions indexed by token. */
    private final class Run {
        private final ResolvedText resolved;
        private final LocalDate published;
        private final String text;
        private final List<Token> tokens = new ArrayList<>();
        private final List<Integer> sentenceOf = new ArrayList<>();
        private final int[] sentenceFirst;
        private final int[] sentenceEnd;
        private final int[] paragraphOf;
        private final Mention[] mentionAt;
        private final Map<Mention, Entity> entityOf = new IdentityHashMap<>();
        private final boolean[] quoted;
        /**
         * Tokens of a closed quote of one word, or of a quoted noun modifier: no statement, so part of the reported
         * clause around it.
         */
        private final boolean[] oneWordQuoted;
        /** Speakers resolved so far, in text order, for "the spokesman added" after "X's spokesman said". */
        private final List<Speakers> spoken = new ArrayList<>();
        private final List<QuoteScanner.Piece> pieces;
        private final Set<Integer> usedVerbs = new HashSet<>();
        private final List<Mention> allMentions;

        Run(ResolvedText resolved, LocalDate published) {
            this.resolved = resolved;
            this.published = published;
            this.text = resolved.analyzed().text();
            List<Sentence> sentences = resolved.analyzed().sentences();
            sentenceFirst = new int[sentences.size()];
            sentenceEnd = new int[sentences.size()];
            for (Sentence s : sentences) {
                sentenceFirst[s.index()] = tokens.size();
                for (Token t : s.tokens()) {
                    tokens.add(t);
                    sentenceOf.add(s.index());
                }
                sentenceEnd[s.index()] = tokens.size();
            }
            paragraphOf = new int[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                paragraphOf[i] = sentences.get(sentenceOf.get(i)).paragraph();
            }
            mentionAt = new Mention[tokens.size()];
            for (Entity e : resolved.entities()) {
                for (Mention m : e.mentions()) {
                    entityOf.put(m, e);
                    for (int i = firstTokenFrom(m.start()); i < tokens.size() && tokens.get(i).start() < m.end();
                         i++) {
                        if (mentionAt[i] == null || length(mentionAt[i]) < length(m)) {
                            mentionAt[i] = m;
                        }
                    }
                }
            }
            surnamesOfPersons(resolved.entities());
            allMentions = resolved.mentions();
            pieces = QuoteScanner.scan(text);
            quoted = new boolean[tokens.size()];
            oneWordQuoted = new boolean[tokens.size()];
            for (QuoteScanner.Piece p : pieces) {
                int to = p.close() >= 0 ? p.close() + 1 : p.end();
                int q = firstTokenFrom(p.open());
                int words = wordCount(p);
                // also a quoted modifier ("a “fast track” scheme"): no statement, part of the clause around it
                boolean oneWord = p.close() >= 0 && (words < 2 || q < tokens.size() && nounModifier(p, q, words));
                for (int i = q; i < tokens.size() && tokens.get(i).start() < to; i++) {
                    quoted[i] = true;
                    oneWordQuoted[i] = oneWord;
                }
            }
        }

        /**
         * "Fritz Henderson, the chief executive, ... Henderson said": news names a person in full once and then by
         * surname. A one-word name the finder typed otherwise (a town of that name, a firm) that first appears
         * after exactly one person whose full name ends with it is that person here, as a speaker or an antecedent.
         */
        private void surnamesOfPersons(List<Entity> entities) {
            for (Entity e : entities) {
                if (e.type() == EntityType.PERSON || e.name().contains(" ") || e.mentions().isEmpty()
                        || !e.mentions().stream().allMatch(m -> m.isName() && !m.text().contains(" "))) {
                    continue;
                }
                int first = e.mentions().stream().mapToInt(Mention::start).min().getAsInt();
                List<Entity> bearers = entities.stream().filter(p -> p.type() == EntityType.PERSON
                        && p.name().contains(" ") && p.name().endsWith(" " + e.name())
                        && p.mentions().stream().anyMatch(m -> m.isName() && m.start() < first)).toList();
                if (bearers.size() == 1) {
                    for (Mention m : e.mentions()) {
                        entityOf.put(m, bearers.get(0));
                    }
                }
            }
        }

        List<Statement> statements() {
            List<Candidate> candidates = new ArrayList<>(directQuotes());
            candidates.addAll(reportedSpeech());
            candidates.sort(Comparator.comparingInt(Candidate::start));
            return resolve(candidates);
        }

        // ---------------------------------------------------------------- direct quotes

        private List<Candidate> directQuotes() {
            List<Candidate> out = new ArrayList<>();
            Map<Integer, Attribution> byChain = new java.util.HashMap<>();
            Attribution[] own = new Attribution[pieces.size()];
            boolean[] split = new boolean[pieces.size()];
            boolean[] coordinated = new boolean[pieces.size()];
            boolean[] keep = new boolean[pieces.size()];
            for (int n = 0; n < pieces.size(); n++) {
                QuoteScanner.Piece p = pieces.get(n);
                int q = firstTokenFrom(p.open());
                if (q >= tokens.size()) {
                    continue;
                }
                int words = wordCount(p);
                Attribution label = words < 2 ? null : labelAttribution(p, q);
                boolean phrase = "ADP".equals(tokens.get(Math.min(firstTokenFrom(p.start()), tokens.size() - 1)).pos());
                if (words < 2 || label == UNATTRIBUTED_LABEL
                        || label == null && words <= 4 && afterLabel(q) && !phrase   // named “in the coming days”
                        || label != null && titleCase(p) || nicknameEnd(q) >= 0 || namedRightBefore(q) && !phrase
                        || wordingBefore(q)
                        || nounModifier(p, q, words)) {
                    // one quoted word is no statement even when attributed; a scare-quoted label ("dubbed as
                    // ‘terrorists’", "the deal, dubbed “…”" with nobody doing the dubbing); a name in quotes
                    // ("dubbed “Operation Dawn”"); a nickname inside a name (Col. John “J.D.” Dorrian)
                    continue;
                }
                Attribution a = label != null ? label : right(p);
                if (a == null && n > 0 && own[n - 1] != null && own[n - 1].regionTo() == q
                        && own[n - 1].regionFrom() > firstTokenFrom(pieces.get(n - 1).open())
                        && onlyPunctuationBetween(own[n - 1], q)) {
                    a = own[n - 1];     // “…,” said X, “…”: the attribution between serves both halves
                    split[n] = true;
                }
                if (a == null) {
                    a = left(p, q);
                }
                if (a == null && n > 0 && own[n - 1] != null
                        && coordinatedWithPrevious(pieces.get(n - 1), own[n - 1], q)) {
                    a = own[n - 1];     // X said A was “…” and that B would “…”: one reporting clause, one speaker
                    coordinated[n] = true;
                }
                if (a == null) {
                    a = headlineColon(p);   // “We will not be intimidated”: Governor vows to fight
                }
                if (a == null && !titleCase(p)) {
                    a = colonName(q);   // Defence Minister Jana Novak: “…”
                }
                if (a == null && !titleCase(p) && endsSentence(p) && Character.isLowerCase(text.charAt(p.start()))) {
                    a = subjectOfSentence(q, "quote:partial-subject");   // He wanted to act “very soon”.
                }
                if (a == null && !titleCase(p) && q > 0 && sentenceOf.get(q - 1).equals(sentenceOf.get(q))
                        && Set.of(":", ",", "-", "\u2013", "\u2014").contains(tokens.get(q - 1).text())) {
                    // Jobs left this farewell: “…”: a person's clause introducing the quotation
                    a = subjectOfSentence(q, "quote:introduced-subject");
                    if (a == null && is(q - 1, ":")) {
                        a = appositiveSubjectBefore(q);  // The bishop, Jan Berg, has called it unfair: “…”
                    }
                }
                if (a != null && (a.rule().startsWith("quote:partial") || a.rule().equals("quote:said-before")
                        && q > 0 && !Set.of(":", ",").contains(tokens.get(q - 1).text()))
                        && (titleCase(p) || nameClosingSentence(p, q))) {
                    continue;   // a title in quotes: he read “War and Peace”, who wrote “Flying Blind”, ‘Black Monday.’
                }
                if (a != null && a.rule().equals("quote:said-inverted") && titleCase(p) && q > 0
                        && "DET".equals(tokens.get(q - 1).pos())) {
                    continue;   // a name after its article: the model, the “Orion 5”, goes on sale
                }
                own[n] = a;
                keep[n] = true;
                if (a != null) {
                    byChain.putIfAbsent(p.chain(), a);
                    usedVerbs.add(a.verb());
                }
            }
            Attribution previous = null;
            int previousParagraph = -1;
            int attributedParagraph = -1;   // paragraph of the last statement kept, when it was attributed
            for (int n = 0; n < pieces.size(); n++) {
                if (!keep[n]) {
                    continue;
                }
                QuoteScanner.Piece p = pieces.get(n);
                int q = firstTokenFrom(p.open());
                int paragraph = paragraphOf[q];
                Attribution a = own[n];
                String rule;
                if (a != null) {
                    rule = split[n] ? "quote:split" : coordinated[n] ? "quote:coordinated" : a.rule();
                } else if (byChain.containsKey(p.chain())) {
                    a = byChain.get(p.chain());   // a quotation running over paragraphs
                    rule = "quote:continued";
                } else if (previous != null && previousParagraph == paragraph && !titleCase(p)
                        && (opensSentence(q) || wordCount(p) >= 5)) {
                    a = previous;     // “We will win,” he said. “And soon.”
                    rule = "quote:continued";
                } else if (previous != null && attributedParagraph == paragraph - 1
                        && previousParagraph == paragraph - 1
                        && quotesOnly(paragraph) && !titleCase(p)) {
                    // news convention: a paragraph that is only a quotation, right after an attributed quotation,
                    // goes on with the same speaker
                    a = previous;
                    rule = "quote:continued-paragraph";
                } else if (!titleCase(p) && (a = verblessIntroduction(q)) != null) {
                    // Jo Berg, an analyst at Acme Securities. “…”: the quoted person introduced just before
                    rule = "quote:introduced-before";
                } else if (quotesOnly(paragraph) && !titleCase(p) && (a = precedingSubject(q)) != null) {
                    // “…” opening a paragraph of its own right after "Chairman X denied the reports.": X's
                    rule = "quote:preceding-subject";
                } else if (!titleCase(p) && (a = reportedBefore(p, q)) != null) {
                    // "Berg said the talks had stalled. “We are still far apart.”": the speaker whose words the
                    // sentence before reports goes on in his own
                    rule = "quote:reported-before";
                } else {
                    // nobody named for it: on unseen text such quotations are mostly not statements (a law's
                    // wording, a slogan, a title), and a speaker-less statement says little; dropped
                    continue;
                }
                if (a != null) {
                    previous = a;
                    previousParagraph = paragraph;
                    byChain.putIfAbsent(p.chain(), a);
                }
                attributedParagraph = a != null ? paragraph : -1;
                int from = p.open();
                int to = p.close() >= 0 ? p.close() + 1 : p.end();
                if (a != null && own[n] != null) {
                    from = Math.min(from, spanFrom(a));
                    to = Math.max(to, spanTo(a));
                }
                out.add(new Candidate(p.start(), p.end(), true, a, rule, from, to));
            }
            return out;
        }

        /**
         * Whether the quotation at token {@code q} is a second partial quotation of the reporting clause that
         * attributed the quotation {@code before} ("X said the talks made “real progress” and that both sides
         * would “meet again soon”"): same sentence, the earlier one attributed from its left (said ... / called
         * ...), and between them a coordination ("and", "but", "or") with no speech verb and no name of its
         * own, which would start another attribution ("... and Jan Berg's “…”").
         */
        private boolean coordinatedWithPrevious(QuoteScanner.Piece before, Attribution a, int q) {
            if (!(a.rule().equals("quote:partial") || a.rule().equals("quote:label")) || before.close() < 0) {
                return false;
            }
            int from = firstTokenFrom(before.close() + 1);
            if (from >= q || !sentenceOf.get(from).equals(sentenceOf.get(q))) {
                return false;
            }
            String lead = tokens.get(q - 1).pos();
            if (!(Set.of("VERB", "AUX", "ADP", "ADV", "PART", "SCONJ").contains(lead) || lower(q - 1).equals("that"))
                    || isPossessive(q - 1)) {
                return false;   // "and the “road map” would ...", "the union's “work to rule” campaign": a term
            }
            boolean coordination = false;
            for (int k = from; k < q; k++) {
                if (quoted[k] || mentionAt[k] != null && mentionAt[k].isName() || is(k, ";") || is(k, ":")
                        || lexicon.verbAt(tokens, k) != null) {
                    return false;
                }
                coordination |= Set.of("and", "but", "or").contains(lower(k));
            }
            return coordination && q - from <= 15;
        }

        /**
         * A short quotation written inside a noun phrase as the modifier of its noun, after a determiner: "a “deferred
         * termination” package", "its “fans first” pricing policy": the name of a scheme, not words said.
         */
        private boolean nounModifier(QuoteScanner.Piece p, int q, int words) {
            if (p.close() < 0 || words > 4 || q < 1) {
                return false;
            }
            int after = firstTokenFrom(p.close() + 1);
            if (after >= tokens.size() || !sentenceOf.get(after).equals(sentenceOf.get(q))) {
                return false;
            }
            Token t = tokens.get(after);
            String before = lower(q - 1);
            boolean determiner = "DET".equals(tokens.get(q - 1).pos()) || MODIFIER_OPENERS.contains(before);
            // the noun after the marks runs on ("package to dealers", "pricing policy"), not a verb
            return determiner && "NOUN".equals(t.pos()) && !t.isCapitalized() && t.start() > p.close()
                    && !t.text().endsWith("ly");
        }

        /**
         * A headline's quotation followed by ':' and its speaker with a speech verb ("“…”: Governor vows to
         * fight", "“…”: Acme chief warns on prices"), or null. Only in a headline, where this is the convention.
         */
        private Attribution headlineColon(QuoteScanner.Piece p) {
            if (p.close() < 0) {
                return null;
            }
            int r = firstTokenFrom(p.close() + 1);
            if (r + 2 >= tokens.size() || !is(r, ":") || !headline(r)) {
                return null;
            }
            for (int k = r + 2; k < tokens.size() && k - r <= 5 && sentenceOf.get(k).equals(sentenceOf.get(r)); k++) {
                SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, k);
                if (v != null && v.entry().attributes() && !negated(k)) {
                    return new Attribution(r + 1, k, k, v.length(), v.entry().confidence() * 0.9,
                            "quote:headline-colon", r + 1, k + v.length(), -1, -1, Set.of());
                }
                if (!isNominal(k - 1) || quoted[k - 1]) {
                    return null;
                }
            }
            return null;
        }

        /** Whether token k is in the article's headline: a first paragraph of one sentence with no full stop. */
        private boolean headline(int k) {
            if (paragraphOf[k] != 0 || sentenceOf.get(k) != 0 || tokens.size() == 0) {
                return false;
            }
            int last = sentenceEnd[0] - 1;
            return last + 1 < tokens.size() && paragraphOf[last + 1] != 0 && !is(last, ".");
        }

        /**
         * "Governor", "Brexit minister" speaking in the headline: the one person the article names with that
         * title ("Governor Helen Marsh", "Colin Shaw, the Brexit minister"), or null when none or several.
         */
        private Entity headlineTitledPerson(int from, int to) {
            if (to - from > 3 || !headline(from) || mentionAt[to - 1] != null || !isNoun(to - 1)) {
                return null;
            }
            for (int i = from; i < to; i++) {
                if (!NOMINAL_TAGS.contains(tokens.get(i).pos())) {
                    return null;
                }
            }
            String title = lower(to - 1);
            int after = tokens.get(sentenceEnd[0] - 1).end();
            Set<Entity> found = new LinkedHashSet<>();
            for (Mention m : allMentions) {
                if (m.start() < after || !m.isName() || m.type() != EntityType.PERSON) {
                    continue;
                }
                int first = firstTokenFrom(m.start());
                int last = firstTokenFrom(m.end()) - 1;
                if (!quoted[first] && hasTitle(first, last, title)) {
                    found.add(entityOf.get(m));
                }
            }
            return found.size() == 1 ? found.iterator().next() : null;
        }

        /** Attribution after the quote: "…,” X said", "…,” said X", "…,” according to X". */
        private Attribution right(QuoteScanner.Piece p) {
            if (p.close() < 0) {
                return null;
            }
            int r = firstTokenFrom(p.close() + 1);
            int openParagraph = paragraphOf[firstTokenFrom(p.open())];
            // a quotation closing its paragraph with a comma inside its marks (“…,”) is cut off from its
            // attribution, which opens the next paragraph: "Jan Berg, Acme's spokesman, said."
            boolean cutOff = r < tokens.size() && paragraphOf[r] == openParagraph + 1 && p.close() > 0
                    && text.charAt(p.close() - 1) == ',' && tokens.get(r).isCapitalized();
            if (r >= tokens.size() || paragraphOf[r] != openParagraph
                    && !(paragraphOf[r] == openParagraph + 1 && !tokens.get(r).isCapitalized()
                    && lexicon.verbAt(tokens, r) != null) && !cutOff) {
                // a paragraph opening with a lower-case speech verb ("said Acme's chief economist, Jan Berg.")
                // is the attribution of the quotation closing the paragraph before, cut off by the layout
                return null;
            }
            int limit = r;
            while (limit < tokens.size() && limit - r < 30 && paragraphOf[limit] == paragraphOf[r]
                    && !endsItsSentence(limit)) {
                if (quoted[limit]) {
                    int nick = nicknameEnd(limit);
                    if (nick < 0) {
                        break;
                    }
                    limit = nick;   // said Col. John “J.D.” Dorrian
                    continue;
                }
                limit++;
            }
            if (r < limit && is(r, ",")) {
                r++;
            }
            if (r >= limit) {
                return null;
            }
            Attribution dashed = cutOff ? null : dashName(p, r, limit);
            if (dashed != null) {
                return dashed;
            }
            if (isAccordingTo(r) && !cutOff) {
                int[] np = accordingNp(r + 2, limit);
                return np == null ? null : new Attribution(np[0], np[1], r, 2, 0.9, "quote:according-to",
                        r, limit, -1, -1, Set.of());
            }
            SpeechLexicon.Match<SpeechLexicon.Verb> v = quoteVerbAt(r, limit);
            if (v != null && v.entry().role() != SpeechLexicon.Role.RELAY && !cutOff) {
                int[] np = nounPhraseAfter(r + v.length(), limit);
                if (np == null) {
                    return null;
                }
                if (np[1] + 1 < limit && Set.of("at", "with", "in", "from").contains(lower(np[1]))) {
                    // "said chief economist at Acme Bank, Jan Berg": the description runs on to the name
                    int[] place = nounPhraseAfter(np[1] + 1, limit);
                    int named = place == null ? -1 : appositiveNameEnd(place[1], limit);
                    if (place != null && named > place[1]) {
                        np[1] = named;
                    }
                }
                if (np[1] < limit && ("AUX".equals(tokens.get(np[1]).pos())
                        || tokens.get(np[1]).isVerb() && !isParticiple(np[1])
                        && !lower(np[1]).endsWith("ing"))) {   // "said analyst Jo Berg commenting on it" is his
                    // "Aziz, the author of “The Cost of Money”, said rates would fall": "said" opens a clause
                    // whose subject follows it; no inverted attribution of the quotation before
                    return null;
                }
                np[1] = appositiveNameEnd(np[1], limit);
                int[] named = nameAfterTitle(np, limit);
                if (named != null) {
                    np = named;
                }
                return new Attribution(np[0], np[1], r, v.length(), v.entry().confidence(),
                        "quote:said-inverted", r, limit, -1, -1, Set.of());
            }
            int according = cutOff ? -1 : accordingToLater(r, limit);
            if (according > r) {
                // The deal was “a mistake”, according to X / “…” this year, according to X
                int[] np = accordingNp(according + 2, limit);
                return np == null ? null : new Attribution(np[0], np[1], according, 2, 0.9,
                        "quote:according-to", r, limit, -1, -1, Set.of());
            }
            if (!startsNounPhrase(tokens.get(r))) {
                return null;
            }
            for (int k = r + 1; k < limit && k - r < 24; k++) {
                if (is(k, ",") && k + 1 < limit && Set.of("who", "whose", "which").contains(lower(k + 1))) {
                    int close = k + 2;
                    while (close < limit && !is(close, ",") && !quoted[close]) {
                        close++;
                    }
                    if (close < limit && is(close, ",")) {
                        k = close;  // “…,” Lopes, who took over in March, said: the relative clause is skipped
                        continue;
                    }
                }
                v = quoteVerbAt(k, limit);
                if (v != null && v.entry().role() == SpeechLexicon.Role.RELAY && cutOff) {
                    return null;
                }
                if (v != null && v.entry().role() == SpeechLexicon.Role.RELAY && !passive(k)) {
                    int[] object = relayObject(k, v.length(), limit);
                    return object == null ? null : new Attribution(object[0], object[1], k, v.length(),
                            v.entry().confidence() * 0.95, "quote:relayed", r, limit, -1, -1, Set.of());
                }
                if (v != null) {
                    int head = subjectHead(k, r);
                    if (head < 0) {
                        return null;
                    }
                    int from = subjectStart(head, r);
                    for (int j = r; j < from; j++) {
                        if (tokens.get(j).isVerb() && !isParticiple(j)) {
                            return null;
                        }
                    }
                    if (cutOff && reportsMore(k + v.length(), limit)) {
                        return null;    // "Jan Berg said the plant would close.": a sentence of its own
                    }
                    int[] addressee = addresseeAfter(v, k, limit);
                    return new Attribution(from, head + 1, k, v.length(), v.entry().confidence(),
                            "quote:said-after", r, limit, addressee[0], addressee[1], Set.of());
                }
                if (tokens.get(k).isVerb() && !isParticiple(k) && !"AUX".equals(tokens.get(k).pos())
                        && !(k + 1 < limit && lower(k + 1).equals("as"))) {
                    return null;    // another clause, not "X was heard as saying"
                }
            }
            return cutOff ? null : nameWithoutVerb(p, r, limit);
        }

        /** Whether a clause or a quotation follows the speech verb ending at {@code from}: a verb, "that". */
        private boolean reportsMore(int from, int limit) {
            for (int k = from; k < limit; k++) {
                if (quoted[k] || tokens.get(k).isVerb() || tokens.get(k).pos().startsWith("AUX")
                        || Set.of("that", "how", "whether", "if").contains(lower(k))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "“…” — Jo Berg, on the merger.", "“…” -- Jo Berg": a pull quote or epigraph opening its paragraph, signed
         * after a dash by a person's name (then nothing, a comma, a bracket or the sentence's end). Null otherwise
         * ("“…” — a claim Jo Berg denied").
         */
        private Attribution dashName(QuoteScanner.Piece p, int r, int limit) {
            if (!(is(r, "—") || is(r, "--") || is(r, "–")) || !isMentionStart(r + 1)
                    || mentionAt[r + 1].type() != EntityType.PERSON || !mentionAt[r + 1].isName()) {
                return null;
            }
            int end = mentionTokenEnd(r + 1, limit);
            if (end < limit && !is(end, ",") && !is(end, "(") && !is(end, ".")) {
                return null;
            }
            int o = firstTokenFrom(p.open());
            for (int k = o - 1; k >= 0 && paragraphOf[k] == paragraphOf[o]; k--) {
                if (!"PUNCT".equals(tokens.get(k).pos())) {
                    return null;    // the quotation is inside a sentence of the paragraph, not its opening
                }
            }
            return new Attribution(r + 1, end, r, 0, 0.75, "quote:dash-name", r, limit, -1, -1, Set.of());
        }

        /**
         * "“…,” Jo Berg, an analyst for Acme." with no verb at all (the attribution's "said" left out): a whole
         * quotation opening its sentence and closed by a comma inside its marks, then nothing but a person's
         * name and an appositive to the end of the sentence. Null otherwise (a title in quotes, a quote inside
         * a clause: "He read “…,” Jo Berg.").
         */
        private Attribution nameWithoutVerb(QuoteScanner.Piece p, int r, int limit) {
            if (p.close() < 1 || text.charAt(p.close() - 1) != ',' || wordCount(p) < 5 || titleCase(p)
                    || !opensSentence(firstTokenFrom(p.open())) || !isMentionStart(r)
                    || mentionAt[r].type() != EntityType.PERSON || !mentionAt[r].isName()
                    || limit >= tokens.size() || !is(limit, ".")) {
                return null;
            }
            int end = mentionTokenEnd(r, limit);
            if (end < limit && !is(end, ",")) {
                return null;
            }
            for (int k = end; k < limit; k++) {
                if (tokens.get(k).isVerb() || "AUX".equals(tokens.get(k).pos()) || quoted[k]) {
                    return null;
                }
            }
            return new Attribution(r, end, r, 0, 0.7, "quote:name-after", r, limit, -1, -1, Set.of());
        }

        /**
         * Attribution before the quote: "X said: “…”", "X said he was “totally committed”",
         * "According to X, “…”".
         */
        private Attribution left(QuoteScanner.Piece p, int q) {
            int s = sentenceOf.get(q);
            int lb = sentenceFirst[s];
            for (int k = q - 1; k >= lb; k--) {
                if (quotationAt(k)) {
                    lb = k + 1;
                    break;
                }
            }
            Attribution a = leftIn(lb, q);
            if (a == null && q > lb && is(q - 1, ":")) {
                a = issued(lb, q - 1);
            }
            if (a == null && q == lb && s > 0 && paragraphOf[q] > 0
                    && paragraphOf[sentenceFirst[s - 1]] == paragraphOf[q] - 1
                    && is(sentenceEnd[s - 1] - 1, ":")) {
                // the paragraph before ends "X said:" and this one opens with the quotation
                a = leftIn(sentenceFirst[s - 1], sentenceEnd[s - 1]);
                if (a != null && !a.rule().equals("quote:said-before")) {
                    a = null;
                }
                if (a == null) {
                    a = issued(sentenceFirst[s - 1], sentenceEnd[s - 1] - 1);
                }
            }
            return a;
        }

        /**
         * "X released the following statement:", "The ministry posted a message on its website:": a clause
         * ending with ':' at {@code colon} whose verb has a document or channel of {@code media.tsv} after it;
         * the subject of that verb speaks through it. Null when there is none, or the subject cannot speak.
         */
        private Attribution issued(int lb, int colon) {
            for (int i = lb; i < colon; i++) {
                SpeechLexicon.Match<SpeechLexicon.Medium> m = quoted[i] ? null : lexicon.mediumAt(tokens, i);
                if (m == null || i + m.length() > colon) {
                    continue;
                }
                for (int f = i - 1; f >= lb; f--) {
                    if (quoted[f]) {
                        return null;
                    }
                    if (tokens.get(f).isVerb() && !"AUX".equals(tokens.get(f).pos())
                            && !(f > lb && "DET".equals(tokens.get(f - 1).pos()))) {     // not "the following"
                        int head = subjectHead(f, lb);
                        if (head < 0 && lower(f).endsWith("ing")) {
                            // "X said ..., releasing a statement saying “…”": the participle's subject is the
                            // sentence's
                            int[] subject = clauseSubject(f, lb);
                            return subject == null ? null : new Attribution(subject[0], subject[1], f, 1, 0.75,
                                    "quote:issued", lb, colon + 1, -1, -1, Set.of());
                        }
                        if (head < 0 || !canSpeak(head) || passiveSpeech(f)) {
                            return null;
                        }
                        return new Attribution(subjectStart(head, lb), head + 1, f, 1, 0.8, "quote:issued", lb,
                                colon + 1, -1, -1, Set.of());
                    }
                }
                return null;
            }
            return null;
        }

        /** The attribution in tokens [lb, q) that introduces a quotation opening at {@code q}, or null. */
        private Attribution leftIn(int lb, int q) {
            for (int k = q - 1; k >= lb; k--) {
                if (quotationAt(k)) {
                    return null;
                }
                if (isAccordingTo(k)) {
                    int[] np = accordingNp(k + 2, q);
                    return np == null ? null : new Attribution(np[0], np[1], k, 2, 0.9, "quote:according-to",
                            lb, q, -1, -1, Set.of());
                }
                int[] words = inWordsOf(k, q);
                if (words != null) {
                    return new Attribution(words[0], words[1], k, 1, 0.85, "quote:in-words", lb, q, -1, -1,
                            Set.of());
                }
                SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, k);
                if (v == null && k - 1 >= lb && k + 2 == q && (is(k + 1, ",") || is(k + 1, ":"))
                        && isMentionEnd(k - 1)) {
                    // "Acme notes, “…”", "Berg writes: “…”": a name, the word and the quotation leave it no
                    // reading but the verb, whatever the tagger said
                    v = lexicon.verbAtAnyTag(tokens, k);
                    v = v != null && v.length() == 1 && lower(k).endsWith("s") ? v : null;
                }
                if (v == null || !v.entry().attributes() || k + v.length() > q || negated(k)) {
                    continue;
                }
                boolean direct = introducesDirectly(k + v.length(), q);
                // "aims to “…”": a verb of purpose attributes only a quotation right after its "to" (the tagger
                // often takes "aims" for the noun)
                boolean purpose = PURPOSE_VERBS.contains(v.entry().lemma());
                boolean purposeTo = k + v.length() + 1 == q && is(k + v.length(), "to");
                if (purpose && !purposeTo) {
                    continue;
                }
                if (v.entry().role() == SpeechLexicon.Role.QUOTE && !direct && !purpose) {
                    continue;   // "continued" only right before a quotation
                }
                int[] relayed = relayedSpeaker(k, lb, q);
                if (relayed != null) {
                    return new Attribution(relayed[0], relayed[1], relayed[2], relayed[3],
                            v.entry().confidence() * 0.95, direct ? "quote:relayed" : "quote:partial-relayed",
                            lb, q, -1, -1, Set.of());
                }
                if (v.entry().role() == SpeechLexicon.Role.RELAY) {
                    continue;
                }
                if (passiveSpeech(k)) {
                    return passiveAttribution(v, k, lb, q, direct ? "quote:passive" : "quote:partial-passive");
                }
                int head = subjectHead(k, lb);
                if (head >= 0 && lower(k).endsWith("ing") && documentEndingAt(head, lb)) {
                    // "The union issued a statement saying “…”": whoever issued the document speaks
                    Attribution through = issued(lb, k);
                    if (through != null) {
                        return through;
                    }
                }
                int from = head >= 0 ? subjectStart(head, lb) : -1;
                String rule = direct ? "quote:said-before" : "quote:partial";
                if (head < 0) {
                    int[] subject = clauseSubject(k, lb);
                    if (subject == null) {
                        return new Attribution(-1, -1, k, v.length(), v.entry().confidence(), rule,
                                clauseStart(k, lb), q, -1, -1, Set.of());
                    }
                    from = subject[0];
                    head = subject[1] - 1;
                }
                int[] addressee = addresseeAfter(v, k, q);
                return new Attribution(from, head + 1, k, v.length(), v.entry().confidence(), rule,
                        clauseStart(Math.min(from, k), lb), q, addressee[0], addressee[1], Set.of());
            }
            return null;
        }

        /** Whether a document of {@code media.tsv} ("statement", "news release") ends at token {@code head}. */
        private boolean documentEndingAt(int head, int lb) {
            for (int i = Math.max(lb, head - 3); i <= head; i++) {
                SpeechLexicon.Match<SpeechLexicon.Medium> m = lexicon.mediumAt(tokens, i);
                if (m != null && i + m.length() - 1 == head && m.entry().document()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Where the attribution's clause starts, for its medium and time: back from the subject over an
         * introductory phrase ("In a statement, X said", "Speaking on Twitter, X said") but not over another
         * clause ("The recording came during his visit, where he said").
         */
        private int clauseStart(int subjectFrom, int lb) {
            for (int j = subjectFrom - 1; j >= lb; j--) {
                if (tokens.get(j).isVerb() && !lower(j).endsWith("ing") || RELATIVES.contains(lower(j))) {
                    return j + 1;
                }
            }
            return lb;
        }

        /**
         * "Reuters quoted Smith as saying", "Xinhua translated the quote as:": the object of a relay verb at
         * {@code k}, followed by "as" and a speech verb, ':' or the quotation; as {from, to}, or null.
         */
        private int[] relayObject(int k, int length, int limit) {
            int[] np = nounPhraseAfter(k + length, limit);
            if (np == null || np[1] >= limit || !lower(np[1]).equals("as")) {
                return null;
            }
            int after = np[1] + 1;
            if (after >= limit || is(after, ":") || quoted[after]) {
                return np;
            }
            SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, after);
            return v != null && v.entry().role() != SpeechLexicon.Role.RELAY && v.entry().attributes() ? np : null;
        }

        /**
         * For a speech verb at {@code k} in "quoted Smith as saying" (or a relay verb itself, "translated the
         * quote as:"): {subjectFrom, subjectTo, verb, verbLength} with the relayed speaker as subject, or null.
         */
        private int[] relayedSpeaker(int k, int lb, int q) {
            SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, k);
            if (v != null && v.entry().role() == SpeechLexicon.Role.RELAY) {
                if (passive(k)) {
                    return null;
                }
                int[] np = relayObject(k, v.length(), q);
                return np == null ? null : new int[]{np[0], np[1], k, v.length()};
            }
            if (k - 2 < lb || !lower(k - 1).equals("as")) {
                return null;
            }
            for (int r = k - 2; r >= lb && k - r <= 12; r--) {
                SpeechLexicon.Match<SpeechLexicon.Verb> relay = lexicon.verbAt(tokens, r);
                if (relay != null && relay.entry().role() == SpeechLexicon.Role.RELAY) {
                    int[] np = passive(r) ? null : relayObject(r, relay.length(), q);
                    return np == null || np[1] != k - 1 ? null : new int[]{np[0], np[1], k, v.length()};
                }
                if (!isNominal(r) && !isPossessive(r) && !isHyphen(r) && !lower(r).equals("of")) {
                    return null;
                }
            }
            return null;
        }

        /** "is claimed to be", "was told by officials that": a speech verb in the passive. */
        private boolean passiveSpeech(int k) {
            return beforeBe(k) && !lower(k).endsWith("ing");
        }

        /**
         * A passive speech verb at {@code k} before {@code q}: the speaker is the "by" agent ("was told by
         * officials that “…”"), or nobody named ("The phone is claimed to be “…”"), never the grammatical
         * subject, which is the addressee of "told" and what is spoken about otherwise.
         */
        private Attribution passiveAttribution(SpeechLexicon.Match<SpeechLexicon.Verb> v, int k, int lb, int q,
                                               String rule) {
            int[] agent = null;
            int limit = q < sentenceEnd[sentenceOf.get(k)] ? sentenceEnd[sentenceOf.get(k)] : q;
            for (int j = k + v.length(); j < limit && j - k <= 8 && agent == null; j++) {
                if (quoted[j] && j < q) {
                    break;
                }
                if (lower(j).equals("by") && !quoted[j]) {
                    agent = nounPhraseAfter(j + 1, limit);
                }
            }
            int[] addressee = {-1, -1};
            if (v.entry().role() == SpeechLexicon.Role.ADDRESS) {
                int head = subjectHead(k, lb);
                if (head >= 0) {
                    addressee = new int[]{subjectStart(head, lb), head + 1};
                }
            }
            return new Attribution(agent == null ? -1 : agent[0], agent == null ? -1 : agent[1], k, v.length(),
                    v.entry().confidence() * 0.9, rule, clauseStart(k, lb), q, addressee[0], addressee[1],
                    Set.of());
        }

        /** A passive: a form of "be" (or "get") before the participle, adverbs skipped ("was widely called"). */
        private boolean beforeBe(int k) {
            int j = k - 1;
            while (j >= 0 && "ADV".equals(tokens.get(j).pos())) {
                j--;
            }
            return j >= 0 && Set.of("be", "get").contains(tokens.get(j).lemma().toLowerCase(Locale.ROOT));
        }

        /** "was quoted as saying": the subject is the speaker, as for any speech verb. */
        private boolean passive(int k) {
            return k > 0 && "AUX".equals(tokens.get(k - 1).pos());
        }

        /**
         * "said the general secretary of the union, Tony Woodley": the subject ends with the person named in
         * apposition, when the name closes the attribution.
         */
        private int appositiveNameEnd(int end, int limit) {
            int comma = end;
            while (comma < limit && comma - end <= 10 && !is(comma, ",")
                    && (isNominal(comma) || isHyphen(comma) || isPossessive(comma) || isAbbreviationDot(comma)
                    || TITLE_JOINS.contains(lower(comma)) || plainWord(comma))) {
                comma++;    // "said Acme President and Chief Executive Officer, Jan Berg": titles coordinated
            }
            // "said Y's colleague, Professor X": a capitalised title or abbreviation before the appositive name
            int at = comma + 1;
            while (at < limit && at - comma <= 3 && mentionAt[at] == null && (isAbbreviationDot(at)
                    || tokens.get(at).isCapitalized() && Set.of("PROPN", "NOUN").contains(tokens.get(at).pos()))) {
                at++;
            }
            if (at >= limit || !is(comma, ",") || !isMentionStart(at)) {
                return end;
            }
            Mention m = mentionAt[at];
            if (m.type() != EntityType.PERSON || !m.isName()) {
                return end;
            }
            int j = mentionTokenEnd(at, limit);
            return j == limit || is(j, ",") ? j : end;
        }

        /**
         * "said the vice president and chairman of Acme Motors Jan Berg.": when the inverted attribution's
         * phrase {@code np} is a title with no name, and nothing but title words and the names of bodies run
         * from it to a person's name closing the sentence, that person as {from, to}; else null.
         */
        private int[] nameAfterTitle(int[] np, int limit) {
            if (np[1] >= limit || mentionAt[np[1] - 1] != null) {
                return null;
            }
            for (int k = np[0]; k < limit; k++) {
                Mention m = mentionAt[k];
                if (m != null && m.type() == EntityType.PERSON && m.isName() && isMentionStart(k)) {
                    int end = mentionTokenEnd(k, limit);
                    // the name stands next to its title, not as the object of "of" ("a lawyer for Jan Berg")
                    return end == limit && k > np[0] && !"ADP".equals(tokens.get(k - 1).pos())
                            && !"CCONJ".equals(tokens.get(k - 1).pos()) ? new int[]{k, end} : null;
                }
                if (m == null && !(isNominal(k) && !RELATIVES.contains(lower(k)) || isAbbreviationDot(k)
                        || isHyphen(k) || isPossessive(k)
                        || Set.of("DET", "ADJ").contains(tokens.get(k).pos())
                        || TITLE_JOINS.contains(lower(k)))) {
                    return null;
                }
            }
            return null;
        }

        /**
         * A lower-case word that is no verb: a title word the tagger mistook ("the state's attorney/ADP general");
         * the appositive still has to end in a comma and a person's name to count.
         */
        private boolean plainWord(int k) {
            Token t = tokens.get(k);
            return !t.isVerb() && !"AUX".equals(t.pos()) && !t.isCapitalized() && !RELATIVES.contains(lower(k))
                    && t.text().chars().allMatch(Character::isLetter);
        }

        /** Whether nothing but punctuation and adverbials stand between an attribution and the quote at q. */
        private boolean onlyPunctuationBetween(Attribution a, int q) {
            int end = Math.max(a.verb() + a.verbLength(), Math.max(a.subjectTo(), a.addresseeTo()));
            return end <= q && is(q - 1, ",") && onlyAdverbials(end, q);
        }

        /**
         * Whether only punctuation follows the quotation up to the full stop ending its sentence (a headline,
         * which has none, does not count: its quoted fragments are no statements).
         */
        private boolean endsSentence(QuoteScanner.Piece p) {
            if (p.close() < 0) {
                return false;
            }
            int j = firstTokenFrom(p.close() + 1);
            int s = sentenceOf.get(firstTokenFrom(p.open()));
            boolean stop = text.charAt(p.end() - 1) == '.';
            for (; j < sentenceEnd[s]; j++) {
                if (!"PUNCT".equals(tokens.get(j).pos())) {
                    return false;
                }
                stop |= isSentenceFinal(j);
            }
            return stop;
        }

        /**
         * Whether the quotation at {@code q} comes right after "the words", "the phrase", "the slogan" (with at
         * most a determiner or adjective between): quoted wording talked about, not someone's statement ("adding
         * the words “and Emergency” to the name", "under the slogan “Jobs for All”").
         */
        private boolean wordingBefore(int q) {
            return q > 0 && WORDING_NOUNS.contains(lower(q - 1)) && !quoted[q - 1]
                    && (q < 2 || !lower(q - 2).equals("of") && !lower(q - 2).equals("in"));
        }

        /** Whether a paragraph holds nothing but quotations (and punctuation). */
        private boolean quotesOnly(int paragraph) {
            boolean any = false;
            for (int i = 0; i < tokens.size(); i++) {
                if (paragraphOf[i] != paragraph) {
                    if (any) {
                        break;
                    }
                    continue;
                }
                any = true;
                if (!quoted[i] && !"PUNCT".equals(tokens.get(i).pos())) {
                    return false;
                }
            }
            return any;
        }

        /**
         * A short quotation closing a sentence whose subject is a person, with no speech verb: "He wanted to
         * present the plan “very soon”." The quoted words are the subject's (weakly: rule quote:partial-subject).
         */
        private Attribution subjectOfSentence(int q, String rule) {
            int s = sentenceOf.get(q);
            int first = sentenceFirst[s];
            String pos = tokens.get(first).pos();
            if ("ADP".equals(pos) || "SCONJ".equals(pos) || "ADV".equals(pos)) {
                // past an introductory phrase: "In his letter, Jobs wrote ..."
                int comma = first;
                while (comma < q && comma - first <= 10 && !is(comma, ",")) {
                    comma++;
                }
                if (comma >= q || !is(comma, ",")) {
                    return null;
                }
                first = comma + 1;
            }
            int m0 = first;
            while (m0 < q && m0 - first <= 6 && (mentionAt[m0] == null
                    && TITLE_WORD_TAGS.contains(tokens.get(m0).pos())
                    || mentionAt[m0] != null && mentionAt[m0].type() != EntityType.PERSON)) {
                m0++;   // a title before the name: "The current Microsoft CEO Steve Ballmer"
            }
            if (m0 + 2 >= q || !isMentionStart(m0)) {
                return null;
            }
            Mention m = mentionAt[m0];
            Entity e = entityOf.get(m);
            if (e == null || e.type() != EntityType.PERSON) {
                return null;
            }
            int subjectEnd = m0;
            while (subjectEnd < q && mentionAt[subjectEnd] == m) {
                subjectEnd++;
            }
            int verb = subjectEnd;
            while (verb < q && "ADV".equals(tokens.get(verb).pos())) {
                verb++;
            }
            // contractions come tagged "AUX+PART" ("didn't")
            if (verb >= q || !tokens.get(verb).isVerb() && !tokens.get(verb).pos().startsWith("AUX")) {
                return null;
            }
            return new Attribution(first, subjectEnd, verb, 1, 0.6, rule, sentenceFirst[s], q, -1, -1, Set.of());
        }

        /**
         * For a quotation after a colon closing a clause whose subject is a named person in apposition ("The
         * head of the union, Jan Berg, has called the plan unfair: “…”", "Jan Berg, the union's head, wrote
         * to members:"), which {@link #subjectOfSentence} does not reach: that person, weakly; null when the
         * subject or its verb is not before the quotation.
         */
        private Attribution appositiveSubjectBefore(int q) {
            int s = sentenceOf.get(q);
            int[] subject = subjectMention(s, EntityType.PERSON);
            if (subject == null || subject[2] >= q - 1 || hasQuote(sentenceFirst[s], subject[2])
                    || negated(subject[2])) {
                return null;
            }
            return new Attribution(subject[0], subject[1], subject[2], 1, 0.6, "quote:introduced-subject",
                    sentenceFirst[s], q, -1, -1, Set.of());
        }

        /**
         * For a quotation opening its paragraph with no attribution: the person who is the subject of the
         * sentence closing the paragraph before ("Following the reports, chairman Jan Berg denied them."), as a
         * weak attribution; null when that sentence holds a quotation or its subject is no named person.
         */
        private Attribution precedingSubject(int q) {
            int s = sentenceOf.get(q);
            if (s == 0 || sentenceFirst[s] != q || paragraphOf[sentenceFirst[s - 1]] != paragraphOf[q] - 1
                    || hasQuote(sentenceFirst[s - 1], sentenceEnd[s - 1])) {
                return null;
            }
            int[] subject = subjectMention(s - 1, EntityType.PERSON);
            return subject == null ? null : new Attribution(subject[0], subject[1], subject[2], 1, 0.6,
                    "quote:preceding-subject", sentenceFirst[s - 1], sentenceEnd[s - 1], -1, -1, Set.of());
        }

        /**
         * For a quotation opening its sentence inside a paragraph, with no attribution: the named person who is
         * the subject of the sentence right before it in the same paragraph, when that sentence has no quotation
         * and its verb reports speech ("Berg said the talks had stalled.", "Berg noted ...", "Berg told ...") or
         * issues a document ("Berg issued a statement on ..."); a weak attribution. Null when the quotation does
         * not close its sentence (it may be the object of what follows) or the verb is negated.
         */
        private Attribution reportedBefore(QuoteScanner.Piece p, int q) {
            int s = sentenceOf.get(q);
            if (s == 0 || sentenceFirst[s] != q || paragraphOf[sentenceFirst[s - 1]] != paragraphOf[q]
                    || hasQuote(sentenceFirst[s - 1], sentenceEnd[s - 1]) || !endsSentence(p)) {
                return null;
            }
            int[] subject = subjectMention(s - 1, EntityType.PERSON);
            int as = sentenceFirst[s - 1];
            if (subject == null && lower(as).equals("as") && as + 1 < sentenceEnd[s - 1] && isMentionStart(as + 1)
                    && mentionAt[as + 1].isName() && entityOf.get(mentionAt[as + 1]) != null
                    && entityOf.get(mentionAt[as + 1]).type() == EntityType.PERSON) {
                // "As Berg told the BBC, prices have fallen.": the clause the speaker's "as" frames is his
                int end = mentionTokenEnd(as + 1, sentenceEnd[s - 1]);
                SpeechLexicon.Match<SpeechLexicon.Verb> said = end < sentenceEnd[s - 1] ? lexicon.verbAt(tokens, end)
                        : null;
                subject = said != null && said.entry().reports() ? new int[]{as + 1, end, end} : null;
            }
            if (subject == null || negated(subject[2])) {
                return null;
            }
            int v = subject[2];
            SpeechLexicon.Match<SpeechLexicon.Verb> verb = lexicon.verbAt(tokens, v);
            boolean speaks = verb != null && verb.entry().reports() && !passiveSpeech(v);
            if (!speaks && tokens.get(v).isVerb() && !"AUX".equals(tokens.get(v).pos())) {
                int o = v + 1;
                while (o < sentenceEnd[s - 1] && o - v <= 2 && "DET".equals(tokens.get(o).pos())) {
                    o++;
                }
                speaks = o < sentenceEnd[s - 1] && lexicon.mediumAt(tokens, o) != null;   // issued a statement
            }
            return speaks ? new Attribution(subject[0], subject[1], v, 1, 0.6, "quote:reported-before",
                    sentenceFirst[s - 1], sentenceEnd[s - 1], -1, -1, Set.of()) : null;
        }

        /**
         * For a quotation opening its sentence with no attribution: a sentence right before it, opening its
         * paragraph (the same paragraph or the one before), that is nothing but a named person and a verbless
         * description ("Jo Berg, an economist at Acme Bank." / "Jo Berg, of Acme Securities."), the layout of
         * news that introduces a commentator and then quotes them. Null when that sentence has a verb, a
         * quotation, or no person name opening it (after at most a few title words).
         */
        private Attribution verblessIntroduction(int q) {
            if (q < 2 || !is(q - 1, ".") || quoted[q - 1]) {
                return null;
            }
            int s = sentenceOf.get(q);
            int first = sentenceFirst[s] == q ? (s == 0 ? -1 : sentenceFirst[s - 1]) : sentenceFirst[s];
            if (first < 0 || first >= q - 1 || first > 0 && paragraphOf[first - 1] == paragraphOf[first]
                    || paragraphOf[q] - paragraphOf[first] > 1) {
                return null;
            }
            int m0 = first;
            while (m0 < q && m0 - first < 3 && mentionAt[m0] == null
                    && Set.of("DET", "NOUN", "ADJ").contains(tokens.get(m0).pos())) {
                m0++;   // title words before the name: "Senior analyst Jo Berg"
            }
            if (m0 >= q || !isMentionStart(m0) || !mentionAt[m0].isName()) {
                return null;
            }
            Mention m = mentionAt[m0];
            Entity e = entityOf.get(m);
            if (e == null || e.type() != EntityType.PERSON) {
                return null;
            }
            int end = mentionTokenEnd(m0, q);
            if (end >= q - 1 || !is(end, ",")) {
                return null;    // "Jo Berg." alone, or the name running into something else
            }
            for (int k = end + 1; k < q - 1; k++) {
                String pos = tokens.get(k).pos();
                if (quoted[k] || tokens.get(k).isVerb() && !isParticiple(k) || pos.startsWith("AUX")
                        || "PRON".equals(pos) || isSentenceFinal(k)) {
                    return null;    // a clause, not a description
                }
            }
            return new Attribution(m0, end, m0, 0, 0.6, "quote:introduced-before", first, q, -1, -1, Set.of());
        }

        /**
         * The named subject of a main clause of sentence {@code s} whose entity has the given type: a mention
         * opening the sentence or a clause after a comma, after title words only ("chairman Jan Berg", "The
         * Treasury"), and followed by its verb; as {from, to, verb}, or null.
         */
        private int[] subjectMention(int s, EntityType type) {
            for (int k = sentenceFirst[s]; k < sentenceEnd[s]; k++) {
                Mention m = mentionAt[k];
                if (m == null || !isMentionStart(k) || quoted[k] || entityOf.get(m) == null
                        || entityOf.get(m).type() != type) {
                    continue;
                }
                int end = mentionTokenEnd(k, sentenceEnd[s]);
                int verb = end;
                if (is(end, ",")) {
                    // a name in apposition: "The head of the service, Erik Sand, told ..." (the comma closing the
                    // name) or "Erik Sand, the head of the service, told ..." (the comma closing the title)
                    int close = end;
                    if (k == sentenceFirst[s] || !is(k - 1, ",")) {
                        if (end + 1 < sentenceEnd[s] && "ADP".equals(tokens.get(end + 1).pos())) {
                            continue;   // "X, of Acme Securities, sold ...": an affiliation, no title phrase
                        }
                        close = end + 1;
                        while (close < sentenceEnd[s] && close - end <= 12 && !is(close, ",") && !quoted[close]
                                && !tokens.get(close).isVerb() && !"AUX".equals(tokens.get(close).pos())
                                && (mentionAt[close] == null || mentionAt[close].type() != EntityType.PERSON)) {
                            close++;
                        }
                    }
                    if (close >= sentenceEnd[s] || !is(close, ",") || close == end + 1) {
                        continue;
                    }
                    verb = close + 1;
                }
                while (verb < sentenceEnd[s] && "ADV".equals(tokens.get(verb).pos())) {
                    verb++;
                }
                if (verb >= sentenceEnd[s] || !tokens.get(verb).isVerb() && !"AUX".equals(tokens.get(verb).pos())
                        || isParticiple(verb) && verb + 1 < sentenceEnd[s] && "ADP".equals(tokens.get(verb + 1).pos())) {
                    continue;
                }
                int j = k - 1;
                while (j >= sentenceFirst[s] && (mentionAt[j] == null
                        && TITLE_WORD_TAGS.contains(tokens.get(j).pos())
                        || mentionAt[j] != null && mentionAt[j].type() != EntityType.PERSON && j + 1 < k
                        && mentionAt[j + 1] == null && NOMINAL_TAGS.contains(tokens.get(j + 1).pos()))) {
                    j--;    // title words: "chairman", "The", "U.S. Senator", "Acme chief executive"
                }
                if (j < sentenceFirst[s] || is(j, ",")) {
                    return new int[]{k, end, verb};
                }
            }
            return null;
        }

        /**
         * A short quotation between two parts of a name (Col. John “J.D.” Dorrian): the token after it, or -1.
         */
        private int nicknameEnd(int q) {
            if (q == 0 || !isNameToken(q - 1)) {
                return -1;
            }
            for (QuoteScanner.Piece p : pieces) {
                if (firstTokenFrom(p.open()) == q && p.close() >= 0) {
                    int after = firstTokenFrom(p.close() + 1);
                    boolean capitalised = Arrays.stream(text.substring(p.start(), p.end()).split("\\s+"))
                            .allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)));
                    return after < tokens.size() && isNameToken(after) && wordCount(p) <= 3 && capitalised
                            ? after : -1;
                }
            }
            return -1;
        }

        private boolean isNameToken(int k) {
            return "PROPN".equals(tokens.get(k).pos()) && tokens.get(k).isCapitalized()
                    || mentionAt[k] != null && mentionAt[k].isName();
        }

        /** Whether only an addressee and ':' or ',' stand between the verb and the quote. */
        private boolean introducesDirectly(int afterVerb, int q) {
            if (afterVerb >= q) {
                return true;
            }
            String last = tokens.get(q - 1).text();
            return last.equals(":") || last.equals(",");
        }

        /**
         * A quotation that completes a labelling speech act: "X called the plan “a betrayal of voters”", "X
         * described it as “…”", "was praised by X as “…”", "the deal, dubbed “…” by analysts". The speaker is
         * the verb's subject or, in the passive, its "by" agent; {@link #UNATTRIBUTED_LABEL} when neither is
         * there (the quote is a label then, no statement); null when no label verb precedes the quote.
         */
        private Attribution labelAttribution(QuoteScanner.Piece p, int q) {
            int lb = sentenceFirst[sentenceOf.get(q)];
            int by = -1;
            for (int k = q - 1; k >= lb && q - k <= 14; k--) {
                if (quoted[k]) {
                    return null;
                }
                SpeechLexicon.Match<SpeechLexicon.Verb> v = labelEndingAt(k);
                if (v != null) {
                    int verb = k - v.length() + 1;
                    if (v.entry().role() != SpeechLexicon.Role.LABEL || !tokens.get(verb).isVerb()) {
                        return null;
                    }
                    return labelSpeaker(p, q, verb, v, by, lb);
                }
                if (lower(k).equals("by")) {
                    by = k;
                }
                if (!(isNominal(k) && !RELATIVES.contains(lower(k)) || isPossessive(k) || isHyphen(k)
                        || k > lb && isPossessive(k - 1)    // "the firm's plan" with plan tagged VERB
                        || isAbbreviationDot(k) || LABEL_LINKS.contains(lower(k)))) {
                    return longLabel(p, q, lb);
                }
            }
            return longLabel(p, q, lb);
        }

        /**
         * "X described the hardship that some workers would face as a “…”": a label verb whose object is too
         * long for the walk of {@link #labelAttribution} (a relative clause, a list between dashes). Only when
         * "as" (past determiners and "being") introduces the quotation, and the label verb is the nearest verb
         * of the lexicon before it in the clause, with no quotation, colon or semicolon between.
         */
        private Attribution longLabel(QuoteScanner.Piece p, int q, int lb) {
            int as = q - 1;
            while (as >= lb && (Set.of("a", "an", "the", "being").contains(lower(as)))) {
                as--;
            }
            if (as < lb || !lower(as).equals("as")) {
                return null;
            }
            int before = as - 1;
            if (before > lb && tokens.get(before).isVerb() && !"AUX".equals(tokens.get(before).pos())
                    && (AS_VERBS.contains(tokens.get(before).lemma().toLowerCase(Locale.ROOT))
                    || labelEndingAt(before) != null)) {
                int s = before - 1;
                while (s > lb && ("AUX".equals(tokens.get(s).pos()) || "ADV".equals(tokens.get(s).pos()))) {
                    s--;
                }
                if (isNoun(s) || mentionAt[s] != null) {
                    return null;    // "…, which regulators treat as “…”": the clause has a labeller of its own
                }
            }
            for (int k = as - 1; k >= lb && as - k <= 30; k--) {
                if (quoted[k] || Set.of(";", ":").contains(lower(k)) || is(k, "as")) {
                    return null;
                }
                SpeechLexicon.Match<SpeechLexicon.Verb> v = labelEndingAt(k);
                if (v == null && lexicon.verbAt(tokens, k) != null) {
                    return null;    // another speech verb nearer: "said the cuts, which he described ..." is not ours
                }
                if (v != null) {
                    int verb = k - v.length() + 1;
                    if (v.entry().role() != SpeechLexicon.Role.LABEL || !tokens.get(verb).isVerb()) {
                        return null;
                    }
                    return labelSpeaker(p, q, verb, v, -1, lb);
                }
            }
            return null;
        }

        private Attribution labelSpeaker(QuoteScanner.Piece p, int q, int verb,
                                         SpeechLexicon.Match<SpeechLexicon.Verb> v, int by, int lb) {
            double strength = v.entry().confidence();
            if (by < 0 && p.close() >= 0) {
                int after = firstTokenFrom(p.close() + 1);
                if (after < tokens.size() && sentenceOf.get(after).equals(sentenceOf.get(q)) && lower(after).equals("by")) {
                    by = after;     // the deal, dubbed “…” by analysts
                }
            }
            if (by >= 0) {
                int limit = by < q ? q : sentenceEnd[sentenceOf.get(q)];
                int[] np = nounPhraseAfter(by + 1, limit);
                return np == null ? UNATTRIBUTED_LABEL : new Attribution(np[0], np[1], verb, v.length(), strength,
                        "quote:label-by", clauseStart(verb, lb), Math.max(q, np[1]), -1, -1, Set.of());
            }
            if (beforeBe(verb)) {
                return UNATTRIBUTED_LABEL;  // "it was described as “…”", "a new screen, dubbed “…”"
            }
            int head = subjectHead(verb, lb);
            int[] subject = head >= 0 ? new int[]{subjectStart(head, lb), head + 1} : clauseSubject(verb, lb);
            if (subject == null) {
                return UNATTRIBUTED_LABEL;
            }
            return new Attribution(subject[0], subject[1], verb, v.length(), strength, "quote:label",
                    clauseStart(Math.min(subject[0], verb), lb), q, -1, -1, Set.of());
        }

        /** The label or naming word ("dubbed", "known as") whose last token is {@code k}, or null. */
        private SpeechLexicon.Match<SpeechLexicon.Verb> labelEndingAt(int k) {
            for (int start = Math.max(0, k - 2); start <= k; start++) {
                SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, start);
                if (v != null && start + v.length() - 1 == k && v.entry().labels()) {
                    return v;
                }
            }
            return null;
        }

        /**
         * "Defence Minister Jana Novak: “…”", "Secretary of the Air Force Jan Berg: “…”": a quotation introduced
         * by ':' after nothing but a name and its titles (transcripts, email exchanges, interviews), or null.
         */
        private Attribution colonName(int q) {
            if (q < 2 || !is(q - 1, ":") || !isMentionEnd(q - 2)) {
                return null;
            }
            Mention m = mentionAt[q - 2];
            if (!m.isName() || m.type() == EntityType.PLACE) {
                return null;
            }
            int lb = sentenceFirst[sentenceOf.get(q)];
            int k = firstTokenFrom(m.start()) - 1;
            for (; k >= lb && q - k <= 20; k--) {
                if (is(k, ":") || isSentenceFinal(k) && !isAbbreviationDot(k)) {
                    break;
                }
                if (!(isNominal(k) || isHyphen(k) || isAbbreviationDot(k) || isPossessive(k)
                        || Set.of("of", "for", "and", "to", "at", "&").contains(lower(k)))) {
                    return null;    // a clause before the name: "He wrote to Jan Berg: “…”" is left()'s
                }
            }
            if (k >= lb && q - k > 20) {
                return null;
            }
            int from = k + 1;
            while (from < q - 1 && "PUNCT".equals(tokens.get(from).pos())) {
                from++;
            }
            return new Attribution(from, q - 1, q - 1, 1, 0.8, "quote:colon-name", from, q, -1, -1, Set.of());
        }

        /**
         * Whether a naming word of role "name" stands right before the quotation at token {@code q}, past a
         * determiner or a comma ("under the headline “…”", "the slogan: “…”", "a report titled “…”"): the
         * quotation is a name, however long; a naming verb with a subject is settled by the label rules.
         */
        private boolean namedRightBefore(int q) {
            int k = q - 1;
            while (k >= 0 && (Set.of(",", ":").contains(lower(k)) || "DET".equals(tokens.get(k).pos()))) {
                k--;
            }
            SpeechLexicon.Match<SpeechLexicon.Verb> v = k >= 0 ? verbEndingAt(k) : null;
            return v != null && v.entry().role() == SpeechLexicon.Role.NAME;
        }

        /** The first speech or label word of the lexicon whose last token is {@code k}, or null. */
        private SpeechLexicon.Match<SpeechLexicon.Verb> verbEndingAt(int k) {
            for (int start = Math.max(0, k - 2); start <= k; start++) {
                SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, start);
                if (v != null && start + v.length() - 1 == k) {
                    return v;
                }
            }
            return null;
        }

        private boolean afterLabel(int q) {
            for (int k = q - 1, skipped = 0; k >= 0 && skipped <= 2 && k >= q - 4; k--) {
                SpeechLexicon.Match<SpeechLexicon.Verb> v = verbEndingAt(k);
                if (v != null) {
                    return v.entry().labels();
                }
                if (!LABEL_GAP.contains(lower(k))) {
                    return false;
                }
                skipped++;
            }
            return false;
        }

        // ---------------------------------------------------------------- reported speech

        private List<Candidate> reportedSpeech() {
            List<Candidate> out = new ArrayList<>();
            for (int s = 0; s < sentenceFirst.length; s++) {
                int first = sentenceFirst[s];
                int end = sentenceEnd[s];
                for (int k = first; k < end; k++) {
                    if (quoted[k] || usedVerbs.contains(k)) {
                        continue;
                    }
                    if (isAccordingTo(k)) {
                        Candidate c = accordingToAfter(k, first, end);
                        if (c != null) {
                            out.add(c);
                        }
                        continue;
                    }
                    SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, k);
                    if (v == null || !v.entry().reports() || negated(k) || !reportable(k)) {
                        continue;
                    }
                    Candidate c = reported(v, k, first, end);
                    if (c != null) {
                        out.add(c);
                        k = Math.max(k, firstTokenFrom(c.start()) - 1);
                    }
                }
            }
            return out;
        }

        private Candidate reported(SpeechLexicon.Match<SpeechLexicon.Verb> v, int k, int first, int end) {
            if (passiveSpeech(k)) {
                return null;    // "He was told that ...": not his words, and the speaker is seldom named
            }
            int contentEnd = trimEnd(first, end);
            int c = k + v.length();
            int[] addressee = {-1, -1};
            if (v.entry().role() == SpeechLexicon.Role.ADDRESS) {
                addressee = addresseeAfter(v, k, contentEnd);
                if (addressee[0] >= 0) {
                    c = addressee[1];
                }
            }
            int head = subjectHead(k, first);
            int from = head >= 0 ? subjectStart(head, first) : -1;
            int[] subject = head >= 0 ? new int[]{from, head + 1} : clauseSubject(k, first);
            if (subject == null) {
                return null;
            }
            String rule;
            int start;
            if (v.entry().role() == SpeechLexicon.Role.OBJECT) {
                start = c;
                rule = "reported:object";
            } else {
                int that = thatAfter(c, contentEnd);
                if (that >= 0) {
                    start = that + 1;
                    rule = "reported:that";
                } else {
                    start = skipTime(c, contentEnd);
                    rule = "reported:clause";
                    if (!startsClause(start, contentEnd)) {
                        return postposed(v, k, subject, first, contentEnd);
                    }
                }
            }
            int stop = clauseStop(start, contentEnd);
            if (stop > start && stop < end && oneWordQuoted[stop - 1] && oneWordQuoted[stop]) {
                stop++;     // the cuts were “unacceptable”: the closing mark the trimming took
            }
            if (stop - start < (v.entry().role() == SpeechLexicon.Role.OBJECT ? 2 : 3)) {
                return null;
            }
            if (v.entry().role() != SpeechLexicon.Role.OBJECT && !hasVerb(start, stop)
                    && (stop - start < 4 || rule.equals("reported:clause") && !v.entry().lemma().equals("say"))) {
                // "Fennic is recalling 200,000 cars", "announced 3,000 job cuts": an object, no clause; "say"
                // seldom takes one, and the tagger may miss the verb of its clause ("sales rose" as nouns)
                return null;
            }
            Set<Integer> content = range(start, stop);
            Attribution a = new Attribution(subject[0], subject[1], k, v.length(),
                    v.entry().confidence() * 0.9, rule, clauseStart(Math.min(subject[0], k), first),
                    sentenceEnd[sentenceOf.get(k)], addressee[0],
                    addressee[1], content);
            usedVerbs.add(k);
            int cs = tokens.get(start).start();
            int ce = tokens.get(stop - 1).end();
            return new Candidate(cs, ce, false, a, rule, Math.min(cs, spanFrom(a)), Math.max(ce, spanTo(a)));
        }

        /** "The talks failed, officials said." : the content before the attribution. */
        private Candidate postposed(SpeechLexicon.Match<SpeechLexicon.Verb> v, int k, int[] subject, int first,
                                    int contentEnd) {
            int comma = subject[0] - 1;
            if (comma <= first + 2 || !is(comma, ",") || !onlyAdverbials(k + v.length(), contentEnd)) {
                return null;
            }
            int start = first;
            if (!hasVerb(start, comma) || hasQuote(start, comma)) {
                return null;
            }
            Attribution a = new Attribution(subject[0], subject[1], k, v.length(), v.entry().confidence() * 0.85,
                    "reported:said-after", first, sentenceEnd[sentenceOf.get(k)], -1, -1, range(start, comma));
            usedVerbs.add(k);
            int cs = tokens.get(start).start();
            int ce = tokens.get(comma - 1).end();
            return new Candidate(cs, ce, false, a, a.rule(), cs, Math.max(ce, spanTo(a)));
        }

        /** "The plan is dead, according to officials." */
        private Candidate accordingToAfter(int k, int first, int end) {
            int contentEnd = trimEnd(first, end);
            int comma = k - 1;
            if (comma <= first + 2 || !is(comma, ",") || hasQuote(first, comma) || !hasVerb(first, comma)) {
                return null;
            }
            int[] np = nounPhraseAfter(k + 2, contentEnd);
            if (np == null) {
                return null;
            }
            Attribution a = new Attribution(np[0], np[1], k, 2, 0.8, "reported:according-to", first,
                    sentenceEnd[sentenceOf.get(k)], -1, -1, range(first, comma));
            int cs = tokens.get(first).start();
            int ce = tokens.get(comma - 1).end();
            return new Candidate(cs, ce, false, a, a.rule(), cs, Math.max(ce, spanTo(a)));
        }

        /** Whether a speech verb here can introduce reported speech: not "the said", not "is said to". */
        private boolean reportable(int k) {
            if (k > 0 && "DET".equals(tokens.get(k - 1).pos()) && sentenceOf.get(k - 1).equals(sentenceOf.get(k))) {
                return false;
            }
            return !(k + 1 < tokens.size() && lower(k + 1).equals("to") && k > 0
                    && "AUX".equals(tokens.get(k - 1).pos()));
        }

        /** The "that" opening the content, after adverbials ("said in a statement on Friday that"), or -1. */
        private int thatAfter(int c, int end) {
            for (int j = c; j < end && j - c <= 12; j++) {
                if (lower(j).equals("that")) {
                    return j + 1 < end ? j : -1;
                }
                Token t = tokens.get(j);
                if (quoted[j] || t.text().equals(":") || t.isVerb() && !isParticiple(j)) {
                    return -1;
                }
            }
            return -1;
        }

        private boolean startsClause(int c, int end) {
            if (c >= end || quoted[c]) {
                return false;
            }
            Token t = tokens.get(c);
            // the tagger may read "its" as "it's" (PRON+AUX): a pronoun of the list opens a clause whatever its tag
            boolean opener = t.pos().startsWith("PRON") ? CLAUSE_PRONOUNS.contains(lower(c))
                    : Set.of("DET", "PROPN", "NOUN", "NUM", "ADJ").contains(t.pos());
            if (!opener) {
                return false;
            }
            boolean determined = false;
            int j = c + 1;
            for (; j < end && j - c <= 12; j++) {
                Token u = tokens.get(j);
                if (is(j, ",") || quoted[j]) {
                    return false;
                }
                if (u.isVerb() && !isPossessive(j - 1)) {     // "the company's move": a noun after all
                    // "claimed responsibility and said ...": a second verb of the same subject, no clause
                    return !"CCONJ".equals(tokens.get(j - 1).pos());
                }
                if (!u.isVerb()
                        && !Set.of("DET", "PROPN", "NOUN", "NUM", "ADJ", "PRON", "ADP", "CCONJ").contains(u.pos())
                        && !isPossessive(j) && !isHyphen(j) || RELATIVES.contains(lower(j))) {
                    // not a subject before its verb: "claimed responsibility and where ...", "announced the
                    // company's move on Wednesday" (an object, not a clause)
                    determined = true;
                    break;
                }
            }
            // the tagger misses verbs ("sales rose" as two nouns): a run of four bare words is a clause too,
            // but not a determined noun phrase ("the company's move"), which is the verb's object
            return !determined && j - c >= 4 && !"DET".equals(t.pos()) && !"PRON".equals(t.pos());
        }

        private boolean onlyAdverbials(int from, int to) {
            for (int j = from; j < to; j++) {
                String pos = tokens.get(j).pos();
                if (!Set.of("ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "PUNCT").contains(pos)) {
                    return false;
                }
            }
            return true;
        }

        /** Where the reported clause stops: a quote, ';', ", but ...", ", according to", ", adding ...". */
        private int clauseStop(int start, int end) {
            for (int j = start; j < end; j++) {
                if (quoted[j] && !oneWordQuoted[j] || is(j, ";")) {
                    return trimEnd(start, j);
                }
                if (is(j, ",") && j + 1 < end && (CLAUSE_BREAKS.contains(lower(j + 1)) || isAccordingTo(j + 1)
                        || lower(j + 1).endsWith("ing") && tokens.get(j + 1).isVerb())) {
                    // ", citing two sources", ", adding that ...": the reporter's or a new clause
                    return trimEnd(start, j);
                }
            }
            return end;
        }

        // ---------------------------------------------------------------- phrases around the verb

        /** The head token of the subject ending before the verb at {@code v}, or -1. */
        private int subjectHead(int v, int lb) {
            int i = v - 1;
            while (i >= lb) {
                Token t = tokens.get(i);
                if ("AUX".equals(t.pos()) || "ADV".equals(t.pos()) || "PART".equals(t.pos()) && !isPossessive(i)) {
                    i--;
                } else if (lower(i).equals("as") && i - 2 >= lb && tokens.get(i - 1).isVerb()
                        && "AUX".equals(tokens.get(i - 2).pos())) {
                    i -= 3;     // "was heard as saying", "was quoted as saying"
                } else {
                    break;
                }
            }
            if (i < lb) {
                return -1;
            }
            if (lower(i).equals("who") && i - 1 > lb && is(i - 1, ",")) {
                return personBefore(i - 1, lb);     // "Charles Smith, an expert at Yale, who said"
            }
            if (NOUN_RELATIVES.contains(lower(i))) {
                int named = copulaSubjectBefore(i, lb);
                if (named >= 0) {
                    return named;   // "Acme is a charity which aims to “…”": the name the predicate noun is of
                }
            }
            if (is(i, ",")) {
                int j = i - 1;
                while (j >= lb && !is(j, ",") && i - j <= 16 && !quoted[j] && !isSentenceFinal(j)) {
                    j--;
                }
                int afterAge = j + 1;
                while (j - 2 >= lb && is(j, ",") && "NUM".equals(tokens.get(j - 1).pos()) && is(j - 2, ",")
                        && isMentionEnd(j - 3)) {
                    j -= 2;     // "Jan Berg, 54, a pilot for 20 years, said": the age is one more appositive
                }
                // "Jan Berg, 61, who founded the firm, said": the relative clause comes after the age
                boolean relative = relativeClause(j + 1, i) || afterAge > j + 1 && relativeClause(afterAge, i);
                if (j < lb || !is(j, ",") || j + 1 >= i || finiteVerbIn(j + 1, i) && !relative) {
                    // ", as he writes to Y about Z, saying": a clause between the commas, no appositive (a
                    // relative clause is one: "Acme, which has been hit by the slump, has asked ...")
                    return -1;
                }
                Token first = tokens.get(j + 1);
                if ("ADP".equals(first.pos()) || timeEnd(j + 1, i) > 0) {
                    i = j - 1;  // "X, in a joint statement issued on Thursday, called for"
                } else if (mentionAt[j + 1] != null && mentionAt[j + 1] == mentionAt[i - 1] && isMentionStart(j + 1)
                        || isMentionEnd(i - 1) && mentionAt[i - 1].type() == EntityType.PERSON
                        && mentionAt[i - 1].isName() && onlyTitleBefore(firstTokenFrom(mentionAt[i - 1].start()), j + 1)) {
                    i = i - 1;  // "the UN envoy, Ghassan Salame, said", "the commander, Gen. Jan Berg, said"
                } else if (relative && !Set.of("who", "which").contains(lower(j + 1)) && j - 1 >= lb
                        && isNominal(j - 1) && mentionAt[j - 1] == null) {
                    i = j - 1;  // "A statement on Acme's website, the home page of which shows ..., states"
                } else if (isMentionEnd(j - 1) && (!isMentionStart(j + 1) || mentionEndsInPossessive(j + 1)
                        || mentionAt[j - 1].type() == EntityType.PERSON && titledByBody(j + 1, i))) {
                    // "Smith, a spokesman for the ministry, said", "Smith, Acme's chief executive, said", "Gen.
                    // Smith, Central Command commander, released"
                    i = j - 1;
                } else {
                    return -1;
                }
                if (mentionAt[i] != null && (mentionAt[i].type() != EntityType.PERSON || insideDescription(i, lb))) {
                    // "Smith, a crew chief in Abel Battery, 3rd Battalion, said": the person heads the chain
                    int person = personBefore(firstTokenFrom(mentionAt[i].start()), lb);
                    i = person >= 0 ? person : i;
                }
                while (i >= lb && "ADV".equals(tokens.get(i).pos())) {
                    i--;
                }
            } else if (mentionAt[i] != null && mentionAt[i].type() != EntityType.PERSON && insideDescription(i, lb)) {
                // "Gen. Jan Berg, commander of the 3rd Division said" (no comma closing the appositive): the
                // person opening the clause speaks, not the organisation in the description
                int person = personBefore(firstTokenFrom(mentionAt[i].start()), lb);
                if (person >= 0 && onlyTitleBefore(firstTokenFrom(mentionAt[person].start()), lb)) {
                    i = person;
                }
            } else {
                // "Jo Park, chairwoman of Local 8, Steel Workers union said": the body closing a description
                // chain ("Steel Workers union", a name and its head noun) belongs to the person opening it
                int body = mentionAt[i] != null ? i : i > lb && isNoun(i) && !tokens.get(i).isCapitalized() ? i - 1 : -1;
                if (body >= lb && isMentionEnd(body) && mentionAt[body].type() != EntityType.PERSON) {
                    int person = personBefore(firstTokenFrom(mentionAt[body].start()), lb);
                    if (person >= 0 && opensClause(firstTokenFrom(mentionAt[person].start()), lb)
                            && description(person + 2)) {
                        i = person;
                    }
                }
            }
            return i >= lb && isNominal(i) ? i : -1;
        }

        /**
         * Whether tokens [from, to) are a relative clause: "which has been hit", "who said", "the home page of
         * which shows" (the relative pronoun within the first words, before any verb).
         */
        private boolean relativeClause(int from, int to) {
            if (from < to && Set.of("who", "which").contains(lower(from))) {
                return true;
            }
            for (int k = from; k < to && k - from < 6; k++) {
                if (tokens.get(k).isVerb()) {
                    return false;
                }
                if (k > from && lower(k - 1).equals("of") && Set.of("which", "whom").contains(lower(k))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the mention starting at {@code k} is followed by a possessive: "Acme's chief executive". */
        private boolean mentionEndsInPossessive(int k) {
            int j = mentionTokenEnd(k, tokens.size());
            return j < tokens.size() && isPossessive(j);
        }

        /** The first token from {@code k} on, before {@code limit}, that is no part of the mention at {@code k}. */
        private int mentionTokenEnd(int k, int limit) {
            int end = k;
            while (end < limit && mentionAt[end] == mentionAt[k]) {
                end++;
            }
            return end;
        }

        /** Whether a verb other than a participle ("a statement issued on Friday") stands in [from, to). */
        private boolean finiteVerbIn(int from, int to) {
            for (int j = from; j < to; j++) {
                if (tokens.get(j).isVerb() && !isParticiple(j) && !lower(j).endsWith("ing") && !isPossessive(j - 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether only title words ("Gen.", "the", "Senator") stand between {@code lb} and {@code at}. */
        private boolean onlyTitleBefore(int at, int lb) {
            for (int j = lb; j < at; j++) {
                if (mentionAt[j] != null || !TITLE_WORD_TAGS.contains(tokens.get(j).pos())
                        && !isAbbreviationDot(j)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether tokens [from, to) are a body's name and a lower-case title after it ("Central Command
         * commander", "Acme Bank chief economist", "Acme professor of history"): names, nouns and adjectives only
         * (and the title's own "of"), ending in a common noun.
         */
        private boolean titledByBody(int from, int to) {
            if (to - from < 2 || mentionAt[from] == null || mentionAt[to - 1] != null || !isNoun(to - 1)
                    || tokens.get(to - 1).isCapitalized()) {
                return false;
            }
            for (int k = from; k < to; k++) {
                if (mentionAt[k] == null && !NOMINAL_TAGS.contains(tokens.get(k).pos())
                        && !isAbbreviationDot(k) && !(lower(k).equals("of") && k > from + 1 && isNoun(k - 1)
                        && mentionAt[k - 1] == null && k + 1 < to && mentionAt[k + 1] == null)) {
                    // "Acme professor of art history": the title's own of-phrase, naming no other body
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether a name starting at {@code at} opens its clause: only title words between it and the sentence
         * start or a comma ("In Ohio, union leader Jo Park"), not the object of a verb ("After meeting Jo Park").
         */
        private boolean opensClause(int at, int lb) {
            int j = at - 1;
            while (j >= lb && mentionAt[j] == null && (TITLE_WORD_TAGS.contains(tokens.get(j).pos())
                    || isAbbreviationDot(j))) {
                j--;
            }
            return j < lb || is(j, ",");
        }

        /**
         * Whether an appositive description starts at {@code k}: one holder's title in lower case ("chairwoman
         * of", "a spokesman for"), not a plural subject of its own ("officials of the union").
         */
        private boolean description(int k) {
            int j = k;
            while (j < tokens.size() && j - k < 3 && (Set.of("a", "an", "the").contains(lower(j))
                    || "ADJ".equals(tokens.get(j).pos()))) {
                j++;    // "a senior spokesman for"
            }
            if (j >= tokens.size() || tokens.get(j).isCapitalized()) {
                return false;
            }
            Token t = tokens.get(j);
            return "NOUN".equals(t.pos()) && t.lemma() != null && t.lemma().equalsIgnoreCase(t.text());
        }

        /** Whether the mention ending at {@code i} sits in a comma-delimited description ("a chief in X"). */
        private boolean insideDescription(int i, int lb) {
            for (int k = firstTokenFrom(mentionAt[i].start()) - 1; k >= lb; k--) {
                if (is(k, ",")) {
                    return k + 1 < i && ("DET".equals(tokens.get(k + 1).pos()) || !tokens.get(k + 1).isCapitalized());
                }
                if (tokens.get(k).isVerb() || quoted[k]) {
                    return false;
                }
            }
            return false;
        }

        /**
         * "wikiFoo is a wiki-based site which", "Acme was the company that": before the relative pronoun at
         * {@code rel}, a noun phrase opened by an article (no comma, no finite verb) after a copula whose subject is
         * a name; the name's last token, or -1.
         */
        private int copulaSubjectBefore(int rel, int lb) {
            int k = rel - 1;
            if (k < lb || !"NOUN".equals(tokens.get(k).pos()) || tokens.get(k).isCapitalized()) {
                return -1;
            }
            while (k >= lb && rel - k <= 6 && !ARTICLES.contains(lower(k))) {
                // "a wiki-based site": a participle glued to a hyphen is a modifier
                boolean glued = k > 0 && is(k - 1, "-") && tokens.get(k - 1).end() == tokens.get(k).start();
                if (quoted[k] || is(k, ",") || tokens.get(k).isVerb() && !isParticiple(k) && !glued
                        || mentionAt[k] != null && mentionAt[k].type() != EntityType.PLACE) {
                    return -1;
                }
                k--;
            }
            // the window or the bound ended the walk before an article: no noun phrase opened by one
            if (k - 2 < lb || !ARTICLES.contains(lower(k)) || !COPULAS.contains(lower(k - 1)) || !isMentionEnd(k - 2)) {
                return -1;
            }
            return k - 2;
        }

        /**
         * The last token of the person named before token {@code at}, followed by a comma, across appositives
         * without a verb ("Smith, a doctor at Yale University, ..."); -1 when there is none.
         */
        private int personBefore(int at, int lb) {
            for (int k = at - 1; k >= lb && at - k <= 18; k--) {
                if (quoted[k] || tokens.get(k).isVerb() && !isParticiple(k)) {
                    return -1;
                }
                if (isMentionEnd(k) && mentionAt[k].type() == EntityType.PERSON && mentionAt[k].isName()
                        && k + 1 < tokens.size() && is(k + 1, ",")) {
                    return k;
                }
            }
            return -1;
        }

        /** The first token of the subject phrase ending at {@code head}. */
        private int subjectStart(int head, int lb) {
            if ("PRON".equals(tokens.get(head).pos()) && SUBJECT_PRONOUNS.contains(lower(head))) {
                return head;    // "During his speech in Berlin he said": the pronoun is the whole subject
            }
            int j = head;
            boolean coordinated = false;
            while (j - 1 >= lb && head - j < 24) {
                int k = j - 1;
                Token t = tokens.get(k);
                if (quoted[k]) {
                    break;
                }
                if (isNominal(k) || isPossessive(k) || t.text().equals("(") || t.text().equals(")")
                        || isHyphen(k)) {
                    j = k;
                } else if (("CCONJ".equals(t.pos()) || t.text().equals("&")) && isMentionStartSkippingDet(j)) {
                    coordinated = true;
                    j = k;
                } else if (is(k, ",") && coordinated && k - 1 >= lb && isMentionEnd(k - 1)) {
                    j = k;
                } else if ("ADP".equals(t.pos()) && k - 1 >= lb && (isNoun(k - 1) || isParticiple(k - 1))
                        && !SUBORDINATORS.contains(lower(k))) {
                    j = k;      // "a spokesman for the ministry", "a message posted on its page"
                } else if (isParticiple(k) && k - 1 >= lb && isNoun(k - 1) && "ADP".equals(tokens.get(k + 1).pos())) {
                    j = k;
                } else {
                    break;
                }
            }
            while (j < head && Set.of("ADP", "CCONJ", "PUNCT", "SCONJ").contains(tokens.get(j).pos())) {
                j++;
            }
            return j;
        }

        /** When the verb has no subject of its own ("..., saying “…”"): the subject opening the sentence. */
        private int[] clauseSubject(int v, int lb) {
            // the whole sentence, quotations skipped: "“…,” Nadella said, adding that ...", "Jobs acknowledged
            // that “…”, saying ...": the first verb with a named subject, not "While introducing X, Jobs ..."
            int first = Math.min(lb, sentenceFirst[sentenceOf.get(v)]);
            int[] shared = coordinatedSubject(v, first);
            if (shared != null) {
                return shared;
            }
            int comma = v - 1;
            while (comma > first && "ADV".equals(tokens.get(comma).pos()) && lower(comma).endsWith("ly")) {
                comma--;    // "..., merely saying", "..., simply stating"
            }
            if (comma > first + 1 && lower(comma).equals("and") && is(comma - 1, ",")) {
                comma--;    // "..., saying A, and merely saying B": a second participle of the same subject
            }
            if (comma > first && isQuoteMark(comma)) {
                comma--;    // ... an “Antennagate,” saying
            }
            // "..., saying", or "X justified the choice by saying"
            if (comma < first || !is(comma, ",") && !lower(comma).equals("by") || !lower(v).endsWith("ing")) {
                return null;
            }
            // the nearest clause whose subject can speak: "An email by X shows a contrast to his criticism of Y,
            // as he writes to Z, saying ..." is he; "While introducing X, Jobs started by hinting ..., saying" Jobs
            for (int f = v - 2; f >= first; f--) {
                if (tokens.get(f).isVerb() && !quoted[f]) {
                    int head = subjectHead(f, first);
                    if (head >= 0 && canSpeak(head) && !embeddedQuestion(subjectStart(head, first), first)) {
                        return new int[]{subjectStart(head, first), head + 1};
                    }
                }
            }
            return null;
        }

        /**
         * Whether a clause whose subject starts at {@code start} is the object of an earlier verb, opened by
         * "when", "whether", "if", ... ("X declined to say when the EU would lift the sanctions, saying ..."):
         * its subject is what X talked about, not who speaks in the participle after it.
         */
        private boolean embeddedQuestion(int start, int first) {
            int w = start - 1;
            if (w <= first || !WH_COMPLEMENTS.contains(lower(w))) {
                return false;
            }
            for (int j = w - 1; j >= first; j--) {
                if (tokens.get(j).isVerb() && !quoted[j]) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A verb coordinated with an earlier one of its sentence and sharing its subject: "X made an address and
         * said markets were “…”", "He pointed to Y, but stated that Z was a “…”", "X expressed condolences and
         * described him as “…”". The subject of the first finite verb before the "and"/"but" whose subject can
         * speak, or null when the verb does not follow a coordinator.
         */
        private int[] coordinatedSubject(int v, int first) {
            int c = v - 1;
            while (c > first && "ADV".equals(tokens.get(c).pos())) {
                c--;    // "and also described", "but then said"
            }
            if (c <= first || !"CCONJ".equals(tokens.get(c).pos()) || !Set.of("and", "but").contains(lower(c))
                    || !tokens.get(v).isVerb() || lower(v).endsWith("ing")) {
                return null;
            }
            for (int f = first; f < c; f++) {
                if (quoted[f] || !tokens.get(f).isVerb() || "AUX".equals(tokens.get(f).pos()) && f + 1 < c
                        && tokens.get(f + 1).isVerb() || lower(f).endsWith("ing")) {
                    continue;   // "Responding to X, he stated": the subject is that of a finite verb
                }
                int head = subjectHead(f, first);
                if (head >= 0 && canSpeak(head)) {
                    return new int[]{subjectStart(head, first), head + 1};
                }
            }
            return null;
        }

        /** Whether the token is (the end of) a mention of a person or organisation, or a personal pronoun. */
        private boolean canSpeak(int k) {
            Mention m = mentionAt[k];
            if (m == null) {
                return THIRD_PERSON.contains(lower(k)) && "PRON".equals(tokens.get(k).pos());
            }
            Entity e = entityOf.get(m);
            EntityType type = e == null ? m.type() : e.type();
            if (m.kind() == Mention.Kind.PRONOUN && THIRD_PERSON_SINGULAR.contains(lower(k))) {
                return true;    // he/she: speakers() checks the resolution
            }
            return type == EntityType.PERSON || type == EntityType.ORGANIZATION;
        }

        /** A noun phrase starting at {@code from}: "Smith", "a spokesman for the ministry"; or null. */
        private int[] nounPhraseAfter(int from, int limit) {
            if (from >= limit || !startsNounPhrase(tokens.get(from)) || lower(from).equals("that")) {
                return null;
            }
            int j = from;
            while (j < limit) {
                Token t = tokens.get(j);
                if (quoted[j] && nicknameEnd(j) > j && nicknameEnd(j) < limit) {
                    j = nicknameEnd(j);     // Col. John “J.D.” Dorrian
                    continue;
                }
                if (quoted[j]) {
                    break;
                }
                if (isAbbreviationDot(j) && j > from && j + 1 < limit && isNominal(j + 1)) {
                    j++;                    // "Spc. Lorraine Walsh" tokenized as Spc . Lorraine Walsh
                    continue;
                }
                if (isNominal(j) && !RELATIVES.contains(lower(j)) || isPossessive(j) || isHyphen(j)
                        || (t.text().equals("(") || t.text().equals(")")) && j > from) {
                    j++;
                } else if (("of".equals(lower(j)) || "for".equals(lower(j))) && j + 1 < limit
                        && startsNounPhrase(tokens.get(j + 1)) && timeEnd(j + 1, limit) < 0) {
                    j++;
                } else {
                    break;
                }
            }
            int end = j;
            while (end > from && timeStart(from, end) >= 0) {
                end = timeStart(from, end);
            }
            return end > from ? new int[]{from, end} : null;
        }

        /** The object of "told Y" / "warned Y" up to "that", ':' or ','; {-1, -1} when none. */
        private int[] addresseeAfter(SpeechLexicon.Match<SpeechLexicon.Verb> v, int k, int limit) {
            if (v.entry().role() != SpeechLexicon.Role.ADDRESS) {
                return new int[]{-1, -1};
            }
            int[] np = nounPhraseAfter(k + v.length(), limit);
            if (np == null || "PRON".equals(tokens.get(np[0]).pos()) && SUBJECT_PRONOUNS.contains(lower(np[0]))
                    && !lower(np[0]).equals("you") && !lower(np[0]).equals("it")) {
                return new int[]{-1, -1};
            }
            for (int j = np[0] + 1; j < np[1]; j++) {
                boolean opener = "DET".equals(tokens.get(j).pos())
                        || "PRON".equals(tokens.get(j).pos()) && SUBJECT_PRONOUNS.contains(lower(j));
                boolean nounBefore = isNoun(j - 1) || tokens.get(j - 1).pos().startsWith("PROPN");  // "Wikinews" PROPN+PART
                if (opener && nounBefore && !isPossessive(j - 1)
                        && timeEnd(j, limit) < 0 && startsClause(j, limit)) {
                    // "told Wikinews the result was expected", "told the jury he was innocent": the addressee
                    // ends where the clause's own subject begins, "that" left out
                    return new int[]{np[0], j};
                }
            }
            return np;
        }

        private SpeechLexicon.Match<SpeechLexicon.Verb> quoteVerbAt(int k, int limit) {
            SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, k);
            if (v == null || k + v.length() > limit || !v.entry().attributes()
                    || v.entry().role() == SpeechLexicon.Role.OBJECT) {
                return null;
            }
            return v;
        }

        // ---------------------------------------------------------------- speakers, medium, time

        private List<Statement> resolve(List<Candidate> candidates) {
            List<Statement> out = new ArrayList<>();
            Map<Attribution, Speakers> done = new IdentityHashMap<>();
            List<Entity> last = List.of();
            int lastEnd = 0;
            List<Issued> issued = new ArrayList<>();
            for (Candidate c : candidates) {
                Attribution a = c.attribution();
                Speakers sp;
                if (a == null) {
                    sp = new Speakers(List.of(), null, "", 0.5, null, null);
                } else {
                    List<Entity> lastSpeakers = last;
                    int since = lastEnd;
                    sp = done.computeIfAbsent(a, x -> speakers(x, lastSpeakers, since, issued));
                }
                if (a != null && a.rule().startsWith("quote:label") && sp.entities().isEmpty()
                        && !unnamedPeople(a)) {
                    continue;   // "it called the plan “…”" with "it" unresolved: a label nobody stands behind
                }
                Entity addressee = a == null ? null : addressee(a);
                String rule = c.rule() + sp.how();
                double confidence = a == null ? sp.factor() : a.strength() * sp.factor();
                if (c.rule().equals("quote:continued")) {
                    confidence *= 0.9;
                }
                int sentence = resolved.analyzed().sentenceAt(c.start()).map(Sentence::index)
                        .orElse(sentenceOf.get(firstTokenFrom(c.start())));
                out.add(new Statement(sp.entities(), sp.text(), text.substring(c.start(), c.end()), c.start(),
                        c.end(), c.direct(), addressee, sp.medium(), sp.time() == null ? null : sp.time().text(),
                        sp.time() == null ? null : sp.time().date(), about(c.start(), c.end()),
                        new Evidence(sentence, c.evidenceFrom(), c.evidenceTo()),
                        Math.max(0, Math.min(1, confidence)), rule));
                if (!sp.entities().isEmpty()) {
                    if (sp.text() != null && !spoken.contains(sp)) {
                        spoken.add(sp);
                    }
                    last = sp.entities();
                    lastEnd = c.evidenceTo();
                    if (sp.medium() != null && documentMedium(sp.medium())) {
                        issued.add(new Issued(sp.medium(), sp.entities(), sp.time()));
                    }
                }
            }
            return out;
        }

        /**
         * Whether a label's subject is people the text does not name ({@code unnamed_speakers.tsv}:
         * "critics called it “…”", "what the manufacturers call “…”", "one trader described it as “…”"): their words
         * count, with no speaker (eval S3), where a pronoun or a thing ("the market calls") stands behind no one.
         */
        private boolean unnamedPeople(Attribution a) {
            if (a.subjectFrom() < 0 || a.subjectTo() <= a.subjectFrom()) {
                return false;
            }
            int head = a.subjectTo() - 1;
            String h = lower(head);
            return mentionAt[head] == null && lexicon.isUnnamedSpeaker(h);
        }

        private Speakers speakers(Attribution a, List<Entity> last, int lastEnd, List<Issued> issued) {
            String medium = medium(a);
            TimeExpressions.TimeExpression time = time(a);
            if (a.subjectFrom() < 0) {
                return new Speakers(List.of(), null, "", 0.6, medium, time);
            }
            int from = a.subjectFrom();
            int to = a.subjectTo();
            while (to > from && timeStart(from, to) >= 0) {
                to = timeStart(from, to);   // "a message posted on Wednesday" said
            }
            String written = text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
            List<Mention> ms = new ArrayList<>();
            for (int i = from; i < to; i++) {
                if (mentionAt[i] != null && (ms.isEmpty() || ms.get(ms.size() - 1) != mentionAt[i])) {
                    ms.add(mentionAt[i]);
                }
            }
            Mention head = mentionAt[to - 1];
            if (head != null && head.kind() == Mention.Kind.PRONOUN && THIRD_PERSON_SINGULAR.contains(lower(to - 1))
                    && !personLike(entityOf.get(head))) {
                // "he" resolved to an organisation, or to a "person" only ever named as a modifier ("Mac apps",
                // a product the finder mistyped): the resolver slipped; decide here
                ms.remove(head);
                head = null;
            }
            // "officials in Brussels said", "a witness to the crash near Denver said": a name inside the subject
            // after a preposition is no speaker, unless it is whom the speaker works for ("a spokesman for X")
            Entity issuer = documentSubject(from, to) ? mediumOwner(from, to) : null;
            if (issuer != null) {
                // "A statement on Acme's website said": the body whose site or page issued the document
                return new Speakers(List.of(issuer), written, "+medium-owner", 0.8, medium, time);
            }
            if (from >= 2 && ("ADP".equals(tokens.get(from - 1).pos()) || lower(from - 1).equals("to"))
                    && lexicon.isOutsider(lower(from - 2))) {
                // the subject found is the object of "an adviser to President X said": X is not who speaks
                return new Speakers(List.of(), written, "+unnamed", 0.8, medium, time);
            }
            ms.removeIf(m -> !representedBy(m, from));
            if (head != null && !ms.contains(head)) {
                head = null;
            }
            if (ms.stream().noneMatch(m -> m.type() == EntityType.PERSON) && outsider(from, to)) {
                // "a Medway investor said", "a customer of Acme said": someone with a stake, not its voice
                return new Speakers(List.of(), written, "+unnamed", 0.8, medium, time);
            }
            if (head != null && head.isName() && ms.size() >= 2) {
                Mention person = personBeforeAffiliation(ms, head);
                if (person != null) {
                    head = person;  // "Jan Berg of Acme Capital said": Berg speaks, Acme is where he works
                }
            }
            if (ms.size() >= 2 && coordination(from, to)) {
                List<Entity> all = new ArrayList<>(new LinkedHashSet<>(ms.stream().map(entityOf::get).toList()));
                return new Speakers(all, written, "+joint", 0.95, medium, time);
            }
            if (head != null && head.kind() == Mention.Kind.PRONOUN && !last.isEmpty()
                    && !last.contains(entityOf.get(head))
                    && (continuing(a.verb()) || onePerson(last) && THIRD_PERSON_SINGULAR.contains(lower(to - 1)))
                    && personsNamedBetween(sentenceEndAfter(lastEnd), tokens.get(from).start()).isEmpty()) {
                // "he added" goes on from the last speaker when nobody else was named since; the resolver's
                // choice of another antecedent (an organisation typed as a person, say) gives way
                return new Speakers(last, written, "+previous-speaker", 0.75, medium, time);
            }
            if (to - from == 2 && lower(from).equals("the") && FIRM_WORDS.contains(lower(to - 1))
                    && (head == null || head.kind() == Mention.Kind.DESCRIPTION)) {
                Entity owner = mediumOwner(a.regionFrom(), from);
                if (owner != null) {
                    // "In a statement on the Acme website, the company said": the firm whose medium it is, over
                    // the firm the resolver took "the company" for
                    return new Speakers(List.of(owner), written, "+medium-owner", 0.8, medium, time);
                }
            }
            if (head != null) {
                boolean pronoun = head.kind() == Mention.Kind.PRONOUN;
                return new Speakers(List.of(entityOf.get(head)), written, pronoun ? "+pronoun" : "", pronoun ? 0.95
                        : 1.0, medium, time);
            }
            Entity headlined = headlineTitledPerson(from, to);
            if (headlined != null) {
                return new Speakers(List.of(headlined), written, "+headline-title", 0.8, medium, time);
            }
            if (!ms.isEmpty()) {
                // "Haftar's office said", "a spokesman for the ministry said": the institution speaks for them
                return new Speakers(List.of(entityOf.get(ms.get(0))), written, "+institution", 0.85, medium, time);
            }
            if (ms.isEmpty() && isRelay(a.verb()) && !last.isEmpty()) {
                // "Xinhua translated the quote as: “…”": the words of the speaker quoted before
                return new Speakers(last, written, "+relayed-previous", 0.7, medium, time);
            }
            Entity titled = titledPerson(from, to);
            if (titled != null) {
                return new Speakers(List.of(titled), written, "+title", 0.8, medium, time);
            }
            if (to - from == 1 && THIRD_PERSON.contains(lower(from))) {
                List<Entity> persons = personsNamedBetween(lastEnd, tokens.get(from).start());
                if (persons.size() == 1 && !persons.equals(last)) {
                    return new Speakers(persons, written, "+nearest-person", 0.7, medium, time);
                }
                if (!last.isEmpty() && (persons.isEmpty() || persons.containsAll(last))) {
                    return new Speakers(last, written, "+previous-speaker", 0.7, medium, time);
                }
            }
            if (to - from == 1 && lower(from).equals("it") && continuing(a.verb()) && last.size() == 1
                    && namedBetween(sentenceEndAfter(lastEnd), tokens.get(from).start(), m -> true).isEmpty()) {
                // "“…,” Railco said. “…,” it added": the body just quoted (or its statement) goes on, when nothing
                // else was named since; whatever type the finder gave it, "it" is no person talking anew
                return new Speakers(last, written, "+previous-speaker", 0.75, medium, time);
            }
            if (to - from == 1 && lower(from).equals("it")) {
                Entity org = previousSubject(from, EntityType.ORGANIZATION);
                if (org != null) {
                    // "The Treasury described the plan in a press release. It said that “…”"
                    return new Speakers(List.of(org), written, "+previous-subject", 0.8, medium, time);
                }
            }
            if (to - from == 2 && lower(from).equals("the") && isNoun(to - 1) && mentionAt[to - 1] == null) {
                Entity org = previousSubject(from, EntityType.ORGANIZATION);
                if (org != null && standsFor(org, lower(to - 1))) {
                    // "Halcyon said it would appeal. “…,” the company said": the organisation just speaking, when
                    // the description is a word for any firm or repeats its name's head ("the bank" of Acme Bank)
                    return new Speakers(List.of(org), written, "+previous-subject", 0.8, medium, time);
                }
                Entity headed = onlyOrganizationHeaded(lower(to - 1), tokens.get(from).start());
                if (headed != null) {
                    // "The Kessa Council of Churches condemned ... “…,” the council said": the one organisation
                    // named before whose name's head is that noun, though it was not the last subject
                    return new Speakers(List.of(headed), written, "+name-head", 0.8, medium, time);
                }
            }
            if (to - from == 3 && Set.of("a", "an", "the").contains(lower(from)) && isNoun(from + 1)
                    && isNoun(to - 1) && mentionAt[from + 1] == null && mentionAt[to - 1] == null) {
                Entity org = previousSubject(from, EntityType.ORGANIZATION);
                if (org != null && standsFor(org, lower(from + 1))) {
                    // "Quanta said it would appeal. “…,” a company spokesman said": someone speaking for the
                    // firm just named, as "a spokesman for Quanta" would
                    return new Speakers(List.of(org), written, "+institution-previous", 0.75, medium, time);
                }
            }
            Speakers described = sameDescription(from, to);
            if (described != null) {
                // "Varga's spokesman said ... “…,” the spokesman added": the one so described before
                return new Speakers(described.entities(), written, "+same-description", 0.8, medium, time);
            }
            String document = documentIn(from, to);
            if (document != null) {
                for (int i = issued.size() - 1; i >= 0; i--) {
                    Issued s = issued.get(i);
                    if (sameDocument(s.medium(), document)) {
                        return new Speakers(s.speakers(), written, "+document", 0.85, s.medium(),
                                time != null ? time : s.time());
                    }
                }
            }
            return new Speakers(List.of(), written, "+unnamed", 0.8, medium, time);
        }

        /**
         * The one organisation named with a medium in the phrase [from, to) introducing an attribution ("In a
         * statement on the Acme website,", "In a post on Acme's blog,"), or null when none or several.
         */
        private Entity mediumOwner(int from, int to) {
            boolean medium = false;
            Set<Entity> orgs = new LinkedHashSet<>();
            for (int i = Math.max(0, from); i < to; i++) {
                if (quoted[i]) {
                    return null;
                }
                medium |= lexicon.mediumAt(tokens, i) != null;
                Entity e = mentionAt[i] == null ? null : entityOf.get(mentionAt[i]);
                if (e != null && mentionAt[i].isName()) {
                    if (e.type() != EntityType.ORGANIZATION) {
                        return null;
                    }
                    if (isMentionEnd(i) && owns(firstTokenFrom(mentionAt[i].start()), i)) {
                        orgs.add(e);
                    }
                }
            }
            return medium && orgs.size() == 1 ? orgs.iterator().next() : null;
        }

        /**
         * Whether the name [first, last] owns what it stands next to: "Acme's website", "the Acme website", "a
         * statement from Acme", not "a statement about Acme".
         */
        private boolean owns(int first, int last) {
            if (last + 1 < tokens.size() && (isPossessive(last + 1) || lexicon.mediumAt(tokens, last + 1) != null)) {
                return true;
            }
            int before = first - 1;
            while (before >= 0 && "DET".equals(tokens.get(before).pos())) {
                before--;
            }
            return before >= 0 && Set.of("from", "by", "of").contains(lower(before));
        }

        /** Whether the phrase [from, to) opens with a document of {@code media.tsv}: "A statement on ...". */
        private boolean documentSubject(int from, int to) {
            int k = from;
            while (k < to && "DET".equals(tokens.get(k).pos())) {
                k++;
            }
            SpeechLexicon.Match<SpeechLexicon.Medium> m = k < to ? lexicon.mediumAt(tokens, k) : null;
            return m != null && m.entry().document() && k + m.length() < to;
        }

        /**
         * The speakers of the latest statement whose subject was a description ending in the same common noun
         * as "the spokesman" / "the spokeswoman" / "the union" over tokens [from, to) ("Varga's spokesman", "a
         * spokesman for X"), or null. Only a bare "the" + noun: "the other spokesman" may be someone else.
         */
        private Speakers sameDescription(int from, int to) {
            if (to - from != 2 || !lower(from).equals("the") || !isNoun(to - 1) || mentionAt[to - 1] != null) {
                return null;
            }
            String noun = lower(to - 1);
            for (int i = spoken.size() - 1; i >= 0; i--) {
                Speakers s = spoken.get(i);
                String[] words = s.text().toLowerCase(Locale.ROOT).split("\\s+");
                for (int w = 1; w < words.length; w++) {
                    // the noun heads the earlier subject, or heads it before its "for X" / "of X"
                    boolean head = w == words.length - 1 || Set.of("for", "of", "at").contains(words[w + 1]);
                    if (words[w].equals(noun) && head && !s.how().startsWith("+same")) {
                        return s.how().equals("+institution") ? s : null;
                    }
                }
            }
            return null;
        }

        /**
         * The named person that a preposition of affiliation ("of", "at", "from", "with") links to the head
         * mention ("Jan Berg of Acme Capital", "analyst Jan Berg at Acme"), or null.
         */
        private Mention personBeforeAffiliation(List<Mention> ms, Mention head) {
            int h = ms.indexOf(head);
            if (h < 1) {
                return null;
            }
            Mention m = ms.get(h - 1);
            if (m.type() != EntityType.PERSON || !m.isName()) {
                return null;
            }
            int j = firstTokenFrom(m.end());
            int headStart = firstTokenFrom(head.start());
            if (j >= headStart || !Set.of("of", "at", "from", "with").contains(lower(j))) {
                return null;
            }
            boolean described = false;
            for (int i = j + 1; i < headStart; i++) {
                // "of the consumer group Fair Call", "at the investment bank Lyle": a description of the
                // body before its name; a name or a verb in between is some other construction
                if (!Set.of("DET", "ADJ", "NOUN").contains(tokens.get(i).pos()) || mentionAt[i] != null) {
                    return null;
                }
                described |= "NOUN".equals(tokens.get(i).pos());
            }
            // a "person" after the description is a body the finder mistyped ("of the consumer group Fair Call");
            // a person right after "of" may be whom the first works for ("an aide of Varga"): not decided here
            return head.type() != EntityType.PERSON || described ? m : null;
        }

        /**
         * The end offset of the sentence holding offset {@code end - 1}: names in the rest of the last quote's
         * sentence belong to its attribution ("said Jan Berg, a spokesman for X"), not to a new speaker.
         */
        private int sentenceEndAfter(int end) {
            if (end <= 0 || tokens.isEmpty()) {
                return end;
            }
            int k = Math.min(firstTokenFrom(end - 1), tokens.size() - 1);
            return Math.max(end, tokens.get(sentenceEnd[sentenceOf.get(k)] - 1).end());
        }

        /**
         * Whether the mention can stand for the speaker of a subject starting at {@code from}: not when a
         * preposition attaches it to a common noun before it, except "for", "of", "at", "from" attaching an
         * organisation or person the speaker represents ("a spokesman for the ministry", "an economist at X").
         */
        private boolean representedBy(Mention m, int from) {
            int first = firstTokenFrom(m.start());
            if (m.type() == EntityType.PLACE && placeAfterPreposition(first) && !mentionEndsInPossessive(first)) {
                return false;
            }
            if (outsiderOwnedBy(m)) {
                return false;   // "Mara Quint's attorney said": the attorney speaks, not Quint
            }
            int j = first - 1;
            while (j >= from && ("DET".equals(tokens.get(j).pos()) || "ADJ".equals(tokens.get(j).pos())
                    || "PROPN".equals(tokens.get(j).pos()) && mentionAt[j] == null
                    || "CCONJ".equals(tokens.get(j).pos()) && j - 1 >= from && isMentionEnd(j - 1))) {
                // "an adviser to President Omar Khalil": a title the name mention leaves out; "the ministers of
                // France and Germany": the last of coordinated names hangs on the same preposition
                j = "CCONJ".equals(tokens.get(j).pos()) ? firstTokenFrom(mentionAt[j - 1].start()) - 1
                        : j - 1;
            }
            if (j < from || !"ADP".equals(tokens.get(j).pos()) || isPossessive(j)) {
                return true;
            }
            if (j == from || !isNoun(j - 1) && !"ADJ".equals(tokens.get(j - 1).pos())
                    && !"PRON".equals(tokens.get(j - 1).pos())) {
                return true;
            }
            if (lexicon.isOutsider(lower(j - 1))) {
                return false;   // "a lawyer for Jan Berg", "an aide to X", "a customer of X": not X's voice
            }
            return Set.of("for", "of", "at", "from").contains(lower(j))
                    && (m.type() != EntityType.PLACE || mentionEndsInPossessive(first));
        }

        /**
         * Whether the place whose first token is {@code first} follows a preposition ("A statement read out in
         * Paris said", "the envoy to Moscow said"): where or to whom, never who speaks. Not "according to
         * Moscow" nor the agent of a passive ("was told by Washington"); "a spokesman for Turkey's ministry"
         * is settled by its possessive.
         */
        private boolean placeAfterPreposition(int first) {
            int j = first - 1;
            while (j >= 0 && "DET".equals(tokens.get(j).pos())) {
                j--;
            }
            if (j < 0 || !"ADP".equals(tokens.get(j).pos()) && !lower(j).equals("to") || isPossessive(j)
                    || lower(j).equals("by")) {
                return false;   // "to" too, which the tagger may take for the infinitive marker
            }
            return !(lower(j).equals("to") && j > 0 && lower(j - 1).equals("according"));
        }

        /** Whether the mention is the owner of an outsider noun: "Quint's attorney", "Acme's investors". */
        private boolean outsiderOwnedBy(Mention m) {
            int k = firstTokenFrom(m.end());
            if (k >= tokens.size() || !isPossessive(k)) {
                return false;
            }
            k++;
            while (k < tokens.size() && "ADJ".equals(tokens.get(k).pos())) {
                k++;
            }
            return k < tokens.size() && mentionAt[k] == null && lexicon.isOutsider(lower(k));
        }

        /** A person who can be "he" or "she": typed PERSON and named at least once other than as a modifier. */
        private boolean personLike(Entity e) {
            if (e == null || e.type() != EntityType.PERSON) {
                return false;
            }
            return e.mentions().stream().noneMatch(Mention::isName)
                    || e.mentions().stream().anyMatch(m -> m.isName() && !modifierUse(m));
        }

        /** A name used as a noun modifier ("Mac apps", "the Obama administration"): no antecedent of "he". */
        private boolean modifierUse(Mention m) {
            int after = firstTokenFrom(m.end());
            if (after >= tokens.size() || !sentenceOf.get(after).equals(sentenceOf.get(firstTokenFrom(m.start())))) {
                return false;
            }
            Token t = tokens.get(after);
            if ("PROPN".equals(t.pos())) {
                return mentionAt[after] == null && t.isCapitalized();  // the name runs on: "Mac OS X"
            }
            if (!"NOUN".equals(t.pos()) || t.isCapitalized()) {
                return false;
            }
            // "the Obama administration", "Mac apps will ...", but not a verb the tagger took for a plural noun,
            // which an object follows ("Doherty attributes the success ...")
            return !t.text().endsWith("s") || after + 1 >= tokens.size()
                    || !Set.of("DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON").contains(tokens.get(after + 1).pos());
        }

        private boolean onePerson(List<Entity> entities) {
            return entities.size() == 1 && entities.get(0).type() == EntityType.PERSON;
        }

        /**
         * The entity of the given type that is the named subject of the sentence before token {@code k}'s, in
         * the same or the previous paragraph ("It said" after "The Treasury described ..."), or null.
         */
        private Entity previousSubject(int k, EntityType type) {
            int s = sentenceOf.get(k);
            if (s == 0 || paragraphOf[sentenceFirst[s - 1]] < paragraphOf[k] - 1) {
                return null;
            }
            int[] subject = subjectMention(s - 1, type);
            return subject == null ? null : entityOf.get(mentionAt[subject[0]]);
        }

        /**
         * The one organisation named before offset {@code before} whose name's head noun is {@code noun} (its last
         * word, or the word before its first "of": "University of Keswick", "Kessa Council of Churches"), or null
         * when none or several are: "the council" is then no one the text lets us pick.
         */
        private Entity onlyOrganizationHeaded(String noun, int before) {
            Entity found = null;
            for (Mention m : allMentions) {
                if (m.end() > before || !m.isName() || m.type() != EntityType.ORGANIZATION) {
                    continue;
                }
                Entity e = entityOf.get(m);
                if (e == null || e == found) {
                    continue;
                }
                String[] words = e.name().toLowerCase(Locale.ROOT).split("\\s+");
                int of = Arrays.asList(words).indexOf("of");
                String head = of > 0 ? words[of - 1] : words[words.length - 1];
                if (words.length < 2 || !head.equals(noun)) {
                    continue;
                }
                if (found != null) {
                    return null;
                }
                found = e;
            }
            return found;
        }

        /** Whether a common noun can stand for the organisation: a word for any firm, or its name's last word. */
        private boolean standsFor(Entity org, String noun) {
            String[] words = org.name().toLowerCase(Locale.ROOT).split("\\s+");
            return FIRM_WORDS.contains(noun) || words[words.length - 1].equals(noun);
        }

        /** A verb that presupposes the subject spoke just before: "he added", "she continued". */
        private boolean continuing(int k) {
            SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, k);
            return v != null && (v.entry().role() == SpeechLexicon.Role.QUOTE || v.entry().lemma().equals("add"));
        }

        private boolean isRelay(int k) {
            SpeechLexicon.Match<SpeechLexicon.Verb> v = lexicon.verbAt(tokens, k);
            return v != null && v.entry().role() == SpeechLexicon.Role.RELAY;
        }

        /**
         * "the secretary said", "the minister added": a definite description whose head noun is a title the text
         * gave a person by name earlier ("Defense Secretary Ash Carter", "Ash Carter, the defense secretary");
         * the most recent such person, or null.
         */
        private Entity titledPerson(int from, int to) {
            if (to - from < 2 || to - from > 4 || !lower(from).equals("the")) {
                return null;
            }
            for (int i = from + 1; i < to; i++) {
                Token t = tokens.get(i);
                if (mentionAt[i] != null || !NOMINAL_TAGS.contains(t.pos())) {
                    return null;
                }
            }
            String title = lower(to - 1);
            int before = tokens.get(from).start();
            Entity best = null;
            int bestAt = -1;
            for (Mention m : allMentions) {
                if (m.end() > before || !m.isName() || m.type() != EntityType.PERSON || m.start() < bestAt) {
                    continue;
                }
                int first = firstTokenFrom(m.start());
                int last = firstTokenFrom(m.end()) - 1;
                if (quoted[first]) {
                    continue;
                }
                if (hasTitle(first, last, title)) {
                    best = entityOf.get(m);
                    bestAt = m.start();
                }
            }
            return best;
        }

        /**
         * Whether "the TITLE of Y" (Y a name of up to four words) ends at the comma {@code comma}: "The Bishop of
         * Colombo, X", "the Mayor of New Town, X".
         */
        private boolean titleOfBefore(int comma, String title) {
            int sentence = sentenceOf.get(comma);
            for (int k = comma - 1; k >= 2 && comma - k <= 5 && sentenceOf.get(k) == sentence; k--) {
                if (is(k, "of")) {
                    if (k == comma - 1 || !lower(k - 1).equals(title)) {
                        return false;
                    }
                    // "The finance minister of Elbonia, X": up to two modifiers between "the" and the title
                    for (int j = k - 2; j >= 0 && k - 1 - j <= 3 && sentenceOf.get(j) == sentence; j--) {
                        if (lower(j).equals("the")) {
                            return true;
                        }
                        if (mentionAt[j] != null || !Set.of("NOUN", "ADJ").contains(tokens.get(j).pos())) {
                            return false;
                        }
                    }
                    return false;
                }
                // "of Galle", "of Kessa Province", "of the interior", "of the agency": a name or a definite noun
                boolean word = "PROPN".equals(tokens.get(k).pos()) || tokens.get(k).isCapitalized()
                        || mentionAt[k] == null && (lower(k).equals("the") && is(k - 1, "of")
                        || Set.of("NOUN", "ADJ").contains(tokens.get(k).pos()) && definiteBefore(k, sentence));
                if (!word) {
                    return false;
                }
            }
            return false;
        }

        /** Whether "the" stands before the lower-case noun run ending at k ("of the interior", "of the agency"). */
        private boolean definiteBefore(int k, int sentence) {
            for (int j = k - 1; j >= 0 && k - j <= 3 && sentenceOf.get(j) == sentence; j--) {
                if (lower(j).equals("the")) {
                    return true;
                }
                if (!Set.of("NOUN", "ADJ").contains(tokens.get(j).pos()) || tokens.get(j).isCapitalized()) {
                    return false;
                }
            }
            return false;
        }

        /** Whether the title word stands right before the name or in an appositive right after it. */
        private boolean hasTitle(int first, int last, String title) {
            int sentence = sentenceOf.get(first);
            for (int j = first - 1; j >= 0 && first - j <= 4 && sentenceOf.get(j) == sentence; j--) {
                if (lower(j).equals(title)) {
                    return headWord(j);
                }
                if (is(j, ",") && j > 0 && lower(j - 1).equals(title) && leadsItsSentence(j - 1)) {
                    return true;    // "Qamar's energy minister, Sheikh Faisal bin Nasser, said ..."
                }
                if (is(j, ",") && j == first - 1 && titleOfBefore(j, title)) {
                    return true;    // "The Bishop of Colombo, Malcolm Perera, said ...": the title's "of" phrase
                }
                if (!Set.of("NOUN", "PROPN", "ADJ").contains(tokens.get(j).pos()) && !isHyphen(j)) {
                    break;  // only a title run right before the name: not "the secretary and Abadi"
                }
            }
            if (last + 1 < tokens.size() && is(last + 1, ",")) {
                // "Ash Carter, the defense secretary, ...": an appositive noun phrase closed by a comma or stop
                boolean titled = false;
                for (int j = last + 2; j < tokens.size() && j - last <= 10 && sentenceOf.get(j) == sentence; j++) {
                    if (is(j, ",") || isSentenceFinal(j)) {
                        return titled;
                    }
                    if (tokens.get(j).isVerb() || quoted[j]) {
                        return false;
                    }
                    if ("ADP".equals(tokens.get(j).pos()) && !lower(j).equals(title)) {
                        return titled;  // "X, president of the pilots' union,": "the union" is not X
                    }
                    titled |= lower(j).equals(title) && headWord(j);
                }
            }
            return false;
        }

        /**
         * Whether the title word at k ends a noun phrase that opens its sentence ("The party's leader," "Acme's
         * chief executive,"): an apposition to the name after the comma, not an object ("After meeting the
         * minister, Berg ...").
         */
        private boolean leadsItsSentence(int k) {
            int first = sentenceFirst[sentenceOf.get(k)];
            for (int j = k - 1; j >= first; j--) {
                if (!isNoun(j) && !isPossessive(j) && !Set.of("DET", "ADJ").contains(tokens.get(j).pos())
                        && !isHyphen(j)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Whether the word at k heads its noun phrase rather than modifying a noun after it: "the company" is no
         * title of "the company's chief executive, X" nor of "company chairman X".
         */
        private boolean headWord(int k) {
            if (k + 1 >= tokens.size()) {
                return true;
            }
            Token next = tokens.get(k + 1);
            return !isPossessive(k + 1) && (next.isCapitalized() || !Set.of("NOUN", "ADJ").contains(next.pos()));
        }

        /**
         * Persons named (outside quotes) between two offsets: an unresolved "he said" refers to one named since
         * the previous statement, if any, rather than to that statement's speaker.
         */
        private List<Entity> personsNamedBetween(int from, int to) {
            return namedBetween(from, to, m -> m.type() == EntityType.PERSON && !modifierUse(m));
        }

        /** Whether a word of the subject outside any name is an outsider noun (outsiders.tsv). */
        private boolean outsider(int from, int to) {
            for (int i = from; i < to; i++) {
                if (mentionAt[i] == null && lexicon.isOutsider(lower(i))) {
                    return true;
                }
            }
            return false;
        }

        /** Whatever was named between the two offsets, outside quotes, of the names {@code which} accepts. */
        private List<Entity> namedBetween(int from, int to, Predicate<Mention> which) {
            Set<Entity> named = new LinkedHashSet<>();
            for (Mention m : allMentions) {
                if (m.start() >= from && m.end() <= to && m.isName() && !quoted[firstTokenFrom(m.start())]
                        && which.test(m)) {
                    named.add(entityOf.get(m));
                }
            }
            return new ArrayList<>(named);
        }

        /** Whether the subject is a list of names joined by ',' and 'and'. */
        private boolean coordination(int from, int to) {
            boolean and = false;
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if ("CCONJ".equals(t.pos()) || t.text().equals("&")) {
                    and = true;
                } else if (mentionAt[i] == null && !t.text().equals(",") && !"DET".equals(t.pos())) {
                    return false;
                }
            }
            return and;
        }

        private Entity addressee(Attribution a) {
            if (a.addresseeFrom() < 0) {
                return null;
            }
            Mention best = null;
            for (int i = a.addresseeFrom(); i < a.addresseeTo(); i++) {
                Mention m = mentionAt[i];
                if (m != null && (best == null || m.type() == EntityType.PERSON || best.type() != EntityType.PERSON)) {
                    best = m;
                }
            }
            return best == null ? null : entityOf.get(best);
        }

        /** The first medium named in the attribution's region, outside the content. */
        private String medium(Attribution a) {
            for (int i = a.regionFrom(); i < a.regionTo(); i++) {
                if (quoted[i] || a.exclude().contains(i)) {
                    continue;
                }
                SpeechLexicon.Match<SpeechLexicon.Medium> m = lexicon.mediumAt(tokens, i);
                if (m != null && i + m.length() <= a.regionTo()) {
                    return m.entry().label();
                }
            }
            return null;
        }

        private String documentIn(int from, int to) {
            for (int i = from; i < to; i++) {
                SpeechLexicon.Match<SpeechLexicon.Medium> m = lexicon.mediumAt(tokens, i);
                if (m != null && m.entry().document()) {
                    return m.entry().label();
                }
            }
            return null;
        }

        private boolean documentMedium(String label) {
            return lexicon.isDocument(label);
        }

        /** "the statement" refers back to a "joint statement": the same last word. */
        private boolean sameDocument(String issuedMedium, String referred) {
            String last = referred.substring(referred.lastIndexOf(' ') + 1);
            return issuedMedium.equals(referred) || issuedMedium.endsWith(" " + last);
        }

        /**
         * The first time expression in the attribution's region, outside the content ("said on Thursday"), with
         * its date normalised against the publication date by {@link TimeExpressions}; null when the
         * attribution gives no time (the publication date is not assumed).
         */
        private TimeExpressions.TimeExpression time(Attribution a) {
            for (int i = a.regionFrom(); i < a.regionTo(); i++) {
                if (quoted[i] || a.exclude().contains(i)) {
                    continue;
                }
                int s = sentenceOf.get(i);
                int to = a.regionTo();
                for (int j = i; j < a.regionTo(); j++) {
                    if (quoted[j] || a.exclude().contains(j) || sentenceOf.get(j) != s) {
                        to = j;
                        break;
                    }
                }
                Sentence sentence = resolved.analyzed().sentences().get(s);
                TimeExpressions.TimeExpression t = TimeExpressions.at(sentence, i - sentenceFirst[s],
                        to - sentenceFirst[s], published);
                if (t != null) {
                    return t;
                }
            }
            return null;
        }

        /** End of a time phrase starting at {@code i} ("on Thursday", "last week", "yesterday"), or -1. */
        private int timeEnd(int i, int limit) {
            if (i >= limit) {
                return -1;
            }
            String w = lower(i);
            if (DEICTIC_DAYS.contains(w)) {
                return i + 1 < limit && DAY_PARTS.contains(lower(i + 1)) ? i + 2 : i + 1;
            }
            if (TimeExpressions.isWeekday(w)) {
                return i + 1 < limit && DAY_PARTS.contains(lower(i + 1)) ? i + 2 : i + 1;
            }
            if (TIME_LEADS.contains(w)) {
                int j = i + 1;
                while (j < limit && j - i <= 2 && TIME_LEADS.contains(lower(j))) {
                    j++;        // "late on", "earlier this"
                }
                if (j >= limit) {
                    return -1;
                }
                String n = lower(j);
                if (TimeExpressions.isWeekday(n) || DAY_PARTS.contains(n) || PERIODS.contains(n)) {
                    return j + 1 < limit && DAY_PARTS.contains(lower(j + 1)) ? j + 2 : j + 1;
                }
                if (MONTHS.contains(n) && tokens.get(j).isCapitalized()) {
                    return j + 1 < limit && "NUM".equals(tokens.get(j + 1).pos()) ? j + 2 : j + 1;
                }
                if ("NUM".equals(tokens.get(j).pos()) && j + 1 < limit && MONTHS.contains(lower(j + 1))) {
                    return j + 2;
                }
            }
            return -1;
        }

        /** Start of a time phrase ending exactly at {@code end}, or -1. */
        private int timeStart(int from, int end) {
            for (int i = Math.max(from, end - 4); i < end; i++) {
                if (timeEnd(i, end) == end && i > from) {
                    return i;
                }
            }
            return -1;
        }

        private int skipTime(int c, int end) {
            int t = timeEnd(c, end);
            return t > c ? t : c;
        }

        /**
         * The entities named inside the text. Only names: a pronoun inside a quotation ("we", "our") mostly
         * refers to the speaker, which the statement already records, and a wrong resolution would be a wrong
         * topic.
         */
        private List<Entity> about(int start, int end) {
            Set<Entity> found = new LinkedHashSet<>();
            for (Mention m : allMentions) {
                if (m.isName() && m.start() >= start && m.end() <= end) {
                    found.add(entityOf.get(m));
                }
            }
            return new ArrayList<>(found);
        }

        // ---------------------------------------------------------------- small helpers

        private int spanFrom(Attribution a) {
            int from = tokens.get(a.verb()).start();
            if (a.subjectFrom() >= 0) {
                from = Math.min(from, tokens.get(a.subjectFrom()).start());
            }
            return from;
        }

        private int spanTo(Attribution a) {
            int to = tokens.get(a.verb() + a.verbLength() - 1).end();
            if (a.subjectTo() > 0) {
                to = Math.max(to, tokens.get(a.subjectTo() - 1).end());
            }
            if (a.addresseeTo() > 0) {
                to = Math.max(to, tokens.get(a.addresseeTo() - 1).end());
            }
            return to;
        }

        private int wordCount(QuoteScanner.Piece p) {
            int words = 0;
            boolean inWord = false;
            for (int i = p.start(); i < p.end(); i++) {
                boolean letter = Character.isLetterOrDigit(text.charAt(i));
                if (letter && !inWord) {
                    words++;
                }
                inWord = letter || inWord && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019');
            }
            return words;
        }

        /**
         * Whether token {@code k} lies in a quotation that ends a reporting clause: not a one-word quote, a quoted
         * noun modifier or a quoted name, across which the clause runs on.
         */
        private boolean quotationAt(int k) {
            return quoted[k] && !oneWordQuoted[k] && !nameQuotedAt(k);
        }

        /**
         * Whether token {@code k} lies in a short capitalised name in quotes inside its sentence ("said the “Night
         * Owls” had caused “untold misery”"): a name, so the reporting clause runs on across it.
         */
        private boolean nameQuotedAt(int k) {
            int at = tokens.get(k).start();
            for (QuoteScanner.Piece p : pieces) {
                if (p.close() >= 0 && p.open() <= at && at <= p.close()) {
                    return firstTokenFrom(p.open()) > sentenceFirst[sentenceOf.get(k)] && wordCount(p) <= 4
                            && titleCase(p);
                }
            }
            return false;
        }

        /** "War and Peace", "Operation Flood": every word but small ones capitalized, no sentence stop. */
        private boolean titleCase(QuoteScanner.Piece p) {
            String[] words = text.substring(p.start(), p.end()).split("\\s+");
            int capitalized = 0;
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                    continue;
                }
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalized++;
                } else if (i == 0 || !TITLE_SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            char last = text.charAt(p.end() - 1);
            return capitalized >= 1 && last != '.' && last != '?' && last != '!';
        }

        /**
         * A short name in quotes that takes the sentence's full stop inside the marks ("the events of ‘Black
         * Monday.’"): up to four words, all capitalized, inside a sentence it does not open (not after ':').
         */
        private boolean nameClosingSentence(QuoteScanner.Piece p, int q) {
            String inner = text.substring(p.start(), p.end());
            if (!inner.endsWith(".") || wordCount(p) > 4 || opensSentence(q) || Set.of(":", ",").contains(tokens.get(q - 1).text())) {
                return false;
            }
            for (String w : inner.substring(0, inner.length() - 1).split("\\s+")) {
                if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                    return false;
                }
            }
            return true;
        }

        private boolean opensSentence(int q) {
            return q == sentenceFirst[sentenceOf.get(q)];
        }

        private boolean hasVerb(int from, int to) {
            for (int j = from; j < to; j++) {
                if (tokens.get(j).isVerb()) {
                    return true;
                }
            }
            return false;
        }

        private boolean hasQuote(int from, int to) {
            for (int j = from; j < to; j++) {
                if (quoted[j]) {
                    return true;
                }
            }
            return false;
        }

        private boolean negated(int k) {
            for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
                String w = lower(j);
                if (w.equals("not") || w.endsWith("n't") || w.endsWith("n\u2019t") || w.equals("never")
                        || w.equals("to") || REFUSALS.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** End of the content before the sentence's final punctuation. */
        private int trimEnd(int from, int end) {
            int e = end;
            while (e > from && "PUNCT".equals(tokens.get(e - 1).pos()) && !tokens.get(e - 1).text().equals(")")) {
                e--;
            }
            return e;
        }

        private Set<Integer> range(int from, int to) {
            Set<Integer> r = new HashSet<>();
            for (int i = from; i < to; i++) {
                r.add(i);
            }
            return r;
        }

        /**
         * The token of a ", according to" that ends the clause following a quotation, from token {@code r} to
         * {@code limit}, with no verb, quote or speech word before it ("“very strong” this spring, according to
         * X"), or -1.
         */
        private int accordingToLater(int r, int limit) {
            for (int k = r; k < limit; k++) {
                if (isAccordingTo(k)) {
                    // only an adverbial between: a noun right after the quotation makes it a modifier (a
                    // “poison pill” clause, according to documents) of a phrase, not someone's words
                    boolean adverbial = k - 1 == r || timeEnd(r, k) == k - 1
                            || Set.of("ADP", "ADV").contains(tokens.get(r).pos());
                    return k > r && is(k - 1, ",") && adverbial ? k : -1;
                }
                if (quoted[k] || tokens.get(k).isVerb() || "AUX".equals(tokens.get(k).pos())
                        || lexicon.verbAt(tokens, k) != null) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * The noun phrase after "according to" at {@code from}; a document runs on to whom it is from ("a
         * statement from Acme", "a note by Acme"), which then issues it (eval S3).
         */
        private int[] accordingNp(int from, int limit) {
            int[] np = nounPhraseAfter(from, limit);
            if (np == null || np[1] + 1 >= limit || !Set.of("from", "by").contains(lower(np[1]))
                    || !documentSubject(np[0], np[1] + 1)) {
                return np;
            }
            int[] owner = nounPhraseAfter(np[1] + 1, limit);
            return owner == null ? np : new int[]{np[0], owner[1]};
        }

        /**
         * "In X's words, …", "in his words", "In the words of X, …", "in her view" opening at token {@code k}
         * (before the quotation at {@code q}): the span of X, or null. The phrase must close with a comma or stand right
         * before the quotation, so "in the words of the song" inside a clause is no attribution by itself.
         */
        private int[] inWordsOf(int k, int q) {
            if (!lower(k).equals("in") || k + 2 >= q) {
                return null;
            }
            int w;
            int[] np;
            if (lower(k + 1).equals("the") && IN_WORDS.contains(lower(k + 2)) && k + 3 < q
                    && lower(k + 3).equals("of")) {
                np = nounPhraseAfter(k + 4, q);
                if (np == null) {
                    return null;
                }
                int name = np[1] + 1;
                if (name < q && is(np[1], ",") && isMentionStart(name) && mentionAt[name].isName()
                        && mentionAt[name].type() == EntityType.PERSON) {
                    // "in the words of the prosecutor, Ann Lee, “…”": the name in apposition to the title
                    np = new int[]{np[0], mentionTokenEnd(name, q)};
                }
                w = np[1] - 1;
            } else {
                w = k + 1;
                while (w < q && w - k <= 6 && !IN_WORDS.contains(lower(w))) {
                    w++;
                }
                if (w >= q || w - k > 6 || w < k + 2) {
                    return null;
                }
                boolean pronoun = w == k + 2 && POSSESSIVE_PRONOUNS.contains(lower(k + 1));
                if (!pronoun && !isPossessive(w - 1)) {
                    return null;
                }
                np = pronoun ? new int[]{k + 1, k + 2} : new int[]{k + 1, w - 1};
            }
            int after = w + 1;
            boolean someone = np[1] - np[0] == 1 && POSSESSIVE_PRONOUNS.contains(lower(np[0]));
            for (int i = np[0]; i < np[1] && !someone; i++) {
                someone = mentionAt[i] != null;
            }
            // "in the words of the old song" quotes no one the text names
            return someone && (after == q || is(after, ",")) ? np : null;
        }

        private boolean isAccordingTo(int k) {
            return k + 1 < tokens.size() && lower(k).equals("according") && lower(k + 1).equals("to");
        }

        private boolean isNominal(int k) {
            if (mentionAt[k] != null || capitalizedWord(tokens.get(k)) || mistaggedNoun(tokens.get(k))) {
                return true;
            }
            return switch (tokens.get(k).pos()) {
                case "PROPN", "NOUN", "ADJ", "DET", "NUM", "PRON" -> !RELATIVES.contains(lower(k));
                default -> false;
            };
        }

        private boolean isNoun(int k) {
            return "NOUN".equals(tokens.get(k).pos()) || "PROPN".equals(tokens.get(k).pos());
        }

        private boolean startsNounPhrase(Token t) {
            return Set.of("DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM").contains(t.pos()) || capitalizedWord(t)
                    || mistaggedNoun(t);
        }

        /**
         * A noun the tagger took for a preposition ("said opposition/ADP spokesman X"): prepositions are a
         * closed class, and none ends like a derived noun.
         */
        private boolean mistaggedNoun(Token t) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (!"ADP".equals(t.pos()) || w.length() < 4 || !w.chars().allMatch(Character::isLetter)) {
                return false;
            }
            // prepositions and subordinators are a closed class: an "ADP" outside it is a noun the tagger
            // missed ("said union leader Paolo Gatti" with union tagged ADP, "the Federation's ...")
            return !PREPOSITIONS.contains(w) || w.endsWith("tion") || w.endsWith("sion") || w.endsWith("ment")
                    || w.endsWith("ness") || w.endsWith("ity") || w.endsWith("ship");
        }

        /**
         * A capitalised word inside its sentence: a name, whatever the tagger said ("said Orion President ..."
         * with Orion tagged ADP).
         */
        private boolean capitalizedWord(Token t) {
            return t.index() > 0 && t.isCapitalized() && t.text().length() > 1 && Character.isLetter(t.text().charAt(0))
                    && !"PUNCT".equals(t.pos()) && !t.isVerb();
        }

        /** A past participle modifying a noun: "a message posted on ...". */
        private boolean isParticiple(int k) {
            Token t = tokens.get(k);
            return "VERB".equals(t.pos()) && (t.text().endsWith("ed") || t.text().endsWith("en"))
                    && k > 0 && isNoun(k - 1);
        }

        /** A hyphen inside a word ("Secretary-General"), not a dash ("LONDON (Reuters) - The ..."). */
        private boolean isHyphen(int k) {
            return tokens.get(k).text().equals("-") && k > 0 && k + 1 < tokens.size()
                    && tokens.get(k - 1).end() == tokens.get(k).start()
                    && tokens.get(k).end() == tokens.get(k + 1).start();
        }

        private boolean isPossessive(int k) {
            String w = tokens.get(k).text();
            return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
        }

        private boolean isMentionEnd(int k) {
            return k >= 0 && mentionAt[k] != null && (k + 1 >= tokens.size() || mentionAt[k + 1] != mentionAt[k]);
        }

        private boolean isMentionStart(int k) {
            return k < tokens.size() && mentionAt[k] != null && (k == 0 || mentionAt[k - 1] != mentionAt[k]);
        }

        private boolean isMentionStartSkippingDet(int k) {
            return isMentionStart(k) || k + 1 < tokens.size() && "DET".equals(tokens.get(k).pos())
                    && isMentionStart(k + 1);
        }

        private boolean isQuoteMark(int k) {
            String w = tokens.get(k).text();
            return w.equals("\"") || w.equals("\u201D") || w.equals("\u2019") || w.equals("'");
        }

        /** A '.' glued to a short capitalised word before it: the dot of "Spc.", "Gen.", "W.". */
        private boolean isAbbreviationDot(int k) {
            if (k == 0 || !is(k, ".")) {
                return false;
            }
            Token before = tokens.get(k - 1);
            return before.end() == tokens.get(k).start() && before.isCapitalized() && before.text().length() <= 4;
        }

        /** A stop that ends its sentence: not the dot of an initial the tokenizer split off ("John T. Miller"). */
        private boolean endsItsSentence(int k) {
            return isSentenceFinal(k) && (k + 1 == sentenceEnd[sentenceOf.get(k)] || quoted[k + 1]
                    || !tokens.get(k).text().equals(".") || tokens.get(k - 1).end() != tokens.get(k).start()
                    || tokens.get(k - 1).text().length() > 1);
        }

        private boolean isSentenceFinal(int k) {
            String w = tokens.get(k).text();
            return w.equals(".") || w.equals("!") || w.equals("?");
        }

        private boolean is(int k, String s) {
            return tokens.get(k).text().equals(s);
        }

        private String lower(int k) {
            return tokens.get(k).text().toLowerCase(Locale.ROOT);
        }

        private int firstTokenFrom(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).end() <= offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private int length(Mention m) {
            return m.end() - m.start();
        }
    }
}
