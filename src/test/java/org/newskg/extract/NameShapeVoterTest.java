package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newskg.cli.TrainNameShapesCommand;
import org.newskg.extract.gazetteer.Gazetteer;
import org.newskg.extract.gazetteer.Lexicons;
import org.newskg.extract.ner.ModelVoter;
import org.newskg.extract.ner.NameShapeTrainer;
import org.newskg.extract.ner.NameShapeTrainer.Named;
import org.newskg.nlp.AnalyzedText;
import org.newskg.nlp.OpenNlpAnalyzer;
import picocli.CommandLine;

/**
 * The name-shape voter: the bundled model types made-up names by their shape, never overrides a sure rule, and
 * trains deterministically. Names made up for the test (none is in the training lists).
 */
class NameShapeVoterTest {

    private static final OpenNlpAnalyzer ANALYZER = OpenNlpAnalyzer.english();
    private static final NameShapeVoter BUNDLED = new NameShapeVoter(NameShapeVoter.standardModel(), 1, 0, 1,
            false);

    @Test
    void theBundledModelLoadsAndGivesAProbabilityPerType() {
        double[] p = BUNDLED.probabilities("Zelmira Oskanova");
        assertEquals(EntityType.values().length, p.length);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-6);
    }

    @Test
    void surnameEndingsAndParticlesLookLikePersons() {
        assertEquals(EntityType.PERSON, BUNDLED.best("Borislav Kadunov"));
        assertEquals(EntityType.PERSON, BUNDLED.best("Hamid al-Zubairi"));
        assertEquals(EntityType.PERSON, BUNDLED.best("Mirela Vostrescu"));
        assertEquals(EntityType.PERSON, BUNDLED.best("Yukihiro Tanabe"));
    }

    @Test
    void placeEndingsLookLikePlaces() {
        assertEquals(EntityType.PLACE, BUNDLED.best("Kelmarburg"));
        assertEquals(EntityType.PLACE, BUNDLED.best("Tarzanabad"));
        assertEquals(EntityType.PLACE, BUNDLED.best("Brenzaville"));
    }

    @Test
    void aPlaceEndingInsideAPersonsNameDoesNotMakeItAPlace() {
        // near misses: "-burg" and "-abad" letters in a given name and surname
        assertEquals(EntityType.PERSON, BUNDLED.best("Radovan Burgic"));
        assertEquals(EntityType.PERSON, BUNDLED.best("Stanislav Abadzhiev"));
    }

    @Test
    void organisationWordsLookLikeABody() {
        assertEquals(EntityType.ORGANIZATION, BUNDLED.best("Institute for Strategic Kelvins"));
    }

    @Test
    void theVoterSaysNothingWhereARuleIsSure() {
        AnalyzedText t = ANALYZER.analyze("Borislav Kadunov arrived in Tarzanabad.");
        var s = t.sentences().get(0);
        NameCandidate c = new NameCandidate(s, 0, 2, 0, 16, "Borislav Kadunov", "borislav kadunov", false, null,
                false, false);
        TypeVoter forText = BUNDLED.forText(t);
        Ballot sure = new Ballot();
        sure.vote(EntityType.PLACE, 3.0, null, "gazetteer:countries");
        forText.vote(c, sure);
        assertEquals(0, sure.weight(EntityType.PERSON, NameShapeVoter.SOURCE));
        Ballot open = new Ballot();
        forText.vote(c, open);
        assertTrue(open.weight(EntityType.PERSON, NameShapeVoter.SOURCE) > 0.5, open.toString());
        // once per name and text: a second mention adds nothing
        Ballot again = new Ballot();
        forText.vote(c, again);
        assertEquals(0, again.total());
    }

    @Test
    void inShiftModeTheShapeMovesWeightBetweenTypesAndAddsNone() {
        AnalyzedText t = ANALYZER.analyze("Borislav Kadunov arrived.");
        NameCandidate c = new NameCandidate(t.sentences().get(0), 0, 2, 0, 16, "Borislav Kadunov", "borislav kadunov",
                false, null, false, false);
        NameShapeVoter shift = new NameShapeVoter(NameShapeVoter.standardModel(), 1, 0, 2, true);
        Ballot none = new Ballot();
        shift.forText(t).vote(c, none);
        assertEquals(0, none.total(), 1e-9); // no other voter called it a name: the shape does not either
        Ballot b = new Ballot();
        b.vote(EntityType.ORGANIZATION, 1.0, null, "context:word");
        shift.forText(t).vote(c, b);
        assertEquals(1.0, b.total(), 1e-9);
        assertTrue(b.weight(EntityType.PERSON, NameShapeVoter.SOURCE) > 0.5, b.toString());
        assertTrue(b.weight(EntityType.ORGANIZATION, NameShapeVoter.SOURCE) < 0, b.toString());
    }

    @Test
    void aWordAloneIsLeftToTheOtherVotersWhenTwoWordsAreTheLeast() {
        AnalyzedText t = ANALYZER.analyze("Kadunov arrived.");
        NameCandidate c = new NameCandidate(t.sentences().get(0), 0, 1, 0, 7, "Kadunov", "kadunov", false, null,
                false, false);
        Ballot b = new Ballot();
        b.vote(EntityType.ORGANIZATION, 0.5, null, "model:ner");
        new NameShapeVoter(NameShapeVoter.standardModel(), 1, 0, 2, false).forText(t).vote(c, b);
        assertEquals(0.5, b.total(), 1e-9);
    }

    @Test
    void aGazetteerCountryStaysAPlaceUnderAStrongShapeVote() throws IOException {
        // a model that has seen "Chad" only as a person's given name, voting with ten times a gazetteer hit
        List<Named> names = new ArrayList<>();
        for (String p : List.of("Chad Borrow", "Chad", "Chadwick Lemmer", "Chad Oskan", "Chad Velmer")) {
            names.add(new Named(p, EntityType.PERSON));
        }
        for (String p : List.of("Velmarburg", "Oskanabad", "Lemmerville")) {
            names.add(new Named(p, EntityType.PLACE));
        }
        MaxentModel model = NameShapeTrainer.train(names, new NameShapeTrainer.Settings(20, 30, 0, 0));
        assertEquals(EntityType.PERSON, new NameShapeVoter(model, 1, 0, 1, false).best("Chad"));
        Gazetteer g = Gazetteer.standard();
        Lexicons l = Lexicons.standard();
        List<TypeVoter> voters = new ArrayList<>(RuleVoters.standard(g, l));
        voters.add(ModelVoter.english());
        voters.add(new NameShapeVoter(model, 30, 0, 1, false));
        HybridMentionFinder finder = new HybridMentionFinder(g, l, voters);
        AnalyzedText t = ANALYZER.analyze("Zelmira Oskanova flew to Chad on Monday to meet Velmer Dunkas.");
        Mention chad = finder.find(t).stream().filter(m -> m.text().equals("Chad")).findFirst().orElseThrow();
        assertEquals(EntityType.PLACE, chad.type());
    }

    @Test
    void trainingOnATinyListIsDeterministic() throws IOException {
        List<Named> names = List.of(new Named("Oskar Velmerov", EntityType.PERSON),
                new Named("Dunja Karlova", EntityType.PERSON), new Named("Velmarburg", EntityType.PLACE),
                new Named("Oskanabad", EntityType.PLACE),
                new Named("Party of Velmer Workers", EntityType.ORGANIZATION));
        NameShapeTrainer.Settings s = new NameShapeTrainer.Settings(3, 20, 0, 1);
        double[] a = new NameShapeVoter(NameShapeTrainer.train(names, s), 1, 0, 1, false)
                .probabilities("Lemmer Oskanov");
        double[] b = new NameShapeVoter(NameShapeTrainer.train(names, s), 1, 0, 1, false)
                .probabilities("Lemmer Oskanov");
        assertArrayEquals(a, b);
    }

    @Test
    void theCommandWithABadFolderExitsTwo(@TempDir Path dir) {
        CommandLine cl = new CommandLine(new TrainNameShapesCommand());
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new ByteArrayOutputStream()));
        int code = cl.execute("--shared", dir.resolve("missing").toString(), "--out", dir.resolve("m.bin").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("data/wikidata"), err.toString());
        assertTrue(Files.notExists(dir.resolve("m.bin")));
    }
}
