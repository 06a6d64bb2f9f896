package org.newskg.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.newskg.Extraction;
import org.newskg.extract.Relation;
import org.newskg.extract.Statement;
import org.newskg.resolve.Entity;

/**
 * Scores one extraction against its gold annotation (rules in {@code docs/evaluation.md}).
 *
 * <pre>
 * ArticleResult r = ArticleScorer.score(gold, pipeline.process(article));
 * r.entities().total().f1();
 * </pre>
 *
 * <p>Entities are matched one-to-one with no deduplication: two extracted entities for one real one (a resolver
 * split) give one true and one false positive. Relations and statements are first deduplicated (the same
 * subject, predicate and object, or the same speakers and text, count once), then matched one-to-one; a further
 * prediction that matches an already matched gold item is a repeat of a found fact and counts neither as true
 * nor as false positive.
 */
public final class ArticleScorer {

    private ArticleScorer() {
    }

    public static ArticleResult score(GoldArticle gold, Extraction x) {
        Matcher m = new Matcher(gold);
        List<GoldEntity> ge = gold.entities();
        List<Entity> pe = x.entities();
        Alignment entities = Alignment.of(ge.size(), pe.size(), (g, p) -> m.entity(pe.get(p), ge.get(g)));
        ScoreTable.Builder et = new ScoreTable.Builder();
        List<String> errors = new ArrayList<>();
        for (int g = 0; g < ge.size(); g++) {
            GoldEntity e = ge.get(g);
            if (entities.predOf(g) >= 0) {
                et.tp(e.type().name());
            } else {
                et.fn(e.type().name());
                errors.add("- entity " + e.type() + " " + quote(e.name())
                        + (e.aliases().isEmpty() ? "" : " aka " + String.join(", ", e.aliases())));
            }
        }
        for (int p = 0; p < pe.size(); p++) {
            if (entities.goldOf(p) < 0) {
                Entity e = pe.get(p);
                et.fp(e.type().name());
                errors.add("+ entity " + e.type() + " " + quote(e.name()) + (e.aliases().isEmpty() ? ""
                        : " aka " + String.join(", ", e.aliases().stream().sorted().toList())));
            }
        }
        return new ArticleResult(gold.name(), et.build(), relations(m, gold.relations(), x.relations(), errors),
                statements(m, gold.statements(), x.statements(), errors), links(ge, pe, entities), errors);
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static ScoreTable relations(Matcher m, List<GoldRelation> gr, List<Relation> extracted,
                                        List<String> errors) {
        List<Relation> pr = unique(extracted, ArticleScorer::relationKey);
        Alignment a = Alignment.of(gr.size(), pr.size(), (g, p) -> m.relation(pr.get(p), gr.get(g)));
        ScoreTable.Builder t = new ScoreTable.Builder();
        for (int g = 0; g < gr.size(); g++) {
            String key = gr.get(g).predicate().localName();
            if (a.predOf(g) >= 0) {
                t.tp(key);
            } else {
                t.fn(key);
                GoldRelation r = gr.get(g);
                errors.add("- relation " + r.subject() + " " + key + " " + quote(r.object()) + "  in: "
                        + r.evidence());
            }
        }
        for (int p = 0; p < pr.size(); p++) {
            Relation r = pr.get(p);
            if (a.goldOf(p) < 0 && gr.stream().noneMatch(g -> m.relation(r, g))) {
                t.fp(r.predicate().localName());
                errors.add("+ relation " + r.subject().name() + " " + r.predicate().localName() + " "
                        + quote(r.object() != null ? r.object().name() : r.objectText()) + "  (" + r.rule() + ")");
            }
        }
        return t.build();
    }

    private static Scores statements(Matcher m, List<GoldStatement> gs, List<Statement> extracted,
                                     List<String> errors) {
        // The gold set annotates direct quotations only; reported speech is scored by no gold item.
        List<Statement> direct = extracted.stream().filter(Statement::direct).toList();
        List<Statement> ps = unique(direct, s -> s.speakers().stream().map(Entity::key).sorted().toList()
                + "|" + Matcher.normalize(s.text()));
        Alignment a = Alignment.of(gs.size(), ps.size(), (g, p) -> m.statement(ps.get(p), gs.get(g)));
        int tp = 0;
        int fp = 0;
        for (int p = 0; p < ps.size(); p++) {
            Statement s = ps.get(p);
            if (a.goldOf(p) >= 0) {
                tp++;
            } else if (gs.stream().noneMatch(g -> m.statement(s, g))) {
                fp++;
                errors.add("+ statement " + s.speakers().stream().map(Entity::name).toList() + " " + quote(
                        s.text().length() > 60 ? s.text().substring(0, 60) + "..." : s.text()));
            }
        }
        for (int g = 0; g < gs.size(); g++) {
            if (a.predOf(g) < 0) {
                GoldStatement st = gs.get(g);
                errors.add("- statement " + st.speaker() + " " + quote(st.quoteStart()));
            }
        }
        return new Scores(tp, fp, gs.size() - tp);
    }

    private static LinkCounts links(List<GoldEntity> ge, List<Entity> pe, Alignment a) {
        int correct = 0;
        int wrong = 0;
        int missing = 0;
        int spurious = 0;
        for (int g = 0; g < ge.size(); g++) {
            if (a.predOf(g) < 0) {
                continue;
            }
            String want = Matcher.qid(ge.get(g).wikidata());
            String have = Matcher.qid(pe.get(a.predOf(g)).wikidata());
            if (want == null) {
                if (have != null) {
                    wrong++;
                    spurious++;
                }
            } else if (have == null) {
                missing++;
            } else if (want.equals(have)) {
                correct++;
            } else {
                wrong++;
            }
        }
        return new LinkCounts(correct, wrong, missing, spurious);
    }

    /** Subject, predicate and object (entity key or normalised phrase); both orders alike for {@code met}. */
    static String relationKey(Relation r) {
        String s = r.subject().key();
        String o = r.object() != null ? r.object().key() : "\"" + Matcher.normalize(r.objectText());
        if (r.predicate().isSymmetric() && s.compareTo(o) > 0) {
            String t = s;
            s = o;
            o = t;
        }
        return s + "|" + r.predicate().localName() + "|" + o;
    }

    private static <T> List<T> unique(List<T> items, Function<T, String> key) {
        Map<String, T> first = new LinkedHashMap<>();
        items.forEach(i -> first.putIfAbsent(Objects.requireNonNull(key.apply(i)), i));
        return new ArrayList<>(first.values());
    }
}
