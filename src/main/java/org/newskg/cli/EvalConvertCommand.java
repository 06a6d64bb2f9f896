package org.newskg.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.newskg.eval.Conll;
import org.newskg.eval.ConllDocument;
import org.newskg.eval.ConllSentence;
import org.newskg.eval.GoldDocuments;
import org.newskg.eval.MeantimeConverter;
import org.newskg.eval.NamedSpan;
import org.newskg.eval.Re3dConverter;
import org.newskg.extract.ner.NerTrainer;
import org.newskg.nlp.OpenNlpAnalyzer;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newskg eval convert}: turns the re3d or MEANTIME corpus into a CoNLL file for {@code newskg eval ner}.
 *
 * <pre>
 * newskg eval convert --re3d ../shared/data/re3d -o re3d.conll
 * newskg eval convert --meantime ../shared/data/meantime-en -o meantime.conll
 * newskg eval convert --gmb ../shared/data/ner/gmb/ner_dataset.csv.zip -o gmb-heldout.conll
 * </pre>
 *
 * <p>For GMB only the sentences {@code train-ner} holds out are written (every {@code --heldout-every}-th, the
 * same split), in documents of 10 sentences, typed as the model was trained (titles out of person spans).
 *
 * <p>The output is derived from the corpus and under its licence (re3d: per source, see its LICENSE and
 * ATTRIBUTION files; MEANTIME: Wikinews, CC BY 2.5): keep it out of the product.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert re3d, MEANTIME or the held-out part of GMB to a CoNLL NER file (token, IOB2 tag).")
public final class EvalConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--re3d", paramLabel = "DIR", description = "re3d folder (or one of its source folders).")
        Path re3d;

        @Option(names = "--meantime", paramLabel = "DIR", description = "MEANTIME folder of .naf files.")
        Path meantime;

        @Option(names = "--gmb", paramLabel = "ZIP",
                description = "GMB ner_dataset.csv.zip: writes the sentences train-ner holds out, not the rest.")
        Path gmb;
    }

    @Option(names = "--heldout-every", paramLabel = "N", defaultValue = "10",
            description = "With --gmb: every N-th sentence is held out, as in train-ner (default: ${DEFAULT-VALUE}).")
    int heldoutEvery;

    @Option(names = "--exclude-articles", paramLabel = "DIR",
            description = "Leave out the corpus documents the articles of this folder were taken from (repeatable), "
                    + "e.g. eval/articles and eval/heldout/articles, so the file can serve as held-out test data.")
    List<Path> exclude = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "CoNLL file to write.")
    Path output;

    @Override
    public Integer call() {
        Path dir = source.re3d != null ? source.re3d : source.meantime != null ? source.meantime : source.gmb;
        if (source.gmb != null ? !Files.isRegularFile(dir) : !Files.isDirectory(dir)) {
            spec.commandLine().getErr().println("newskg eval convert: " + dir + ": not a "
                    + (source.gmb != null ? "file" : "folder"));
            return EvalCommand.BAD_INPUT;
        }
        if (heldoutEvery < 2) {
            spec.commandLine().getErr().println("newskg eval convert: --heldout-every must be 2 or more");
            return EvalCommand.BAD_INPUT;
        }
        try {
            List<ConllDocument> docs = new ArrayList<>(source.re3d != null
                    ? Re3dConverter.convert(source.re3d, OpenNlpAnalyzer.english())
                    : source.meantime != null ? MeantimeConverter.convert(source.meantime)
                    : gmbHeldOut(source.gmb, heldoutEvery));
            int all = docs.size();
            if (!exclude.isEmpty()) {
                docs.removeIf(GoldDocuments.of(exclude)::contains);
            }
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                Conll.write(docs, w);
            }
            int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
            long spans = docs.stream().flatMap(d -> d.sentences().stream()).map(ConllSentence::spans)
                    .mapToLong(List::size).sum();
            spec.commandLine().getOut().printf("wrote %d document(s), %d sentence(s), %d name span(s) to %s%s%n",
                    docs.size(), sentences, spans, output,
                    all > docs.size() ? " (" + (all - docs.size()) + " left out as sources of gold articles)" : "");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException
                    ? e.getMessage() + ": no such file or folder" : e.getMessage();
            spec.commandLine().getErr().println("newskg eval convert: " + why);
            return EvalCommand.BAD_INPUT;
        }
    }

    /** The held-out sentences of the GMB split as documents of 10 sentences; labels PER, ORG, LOC. */
    static List<ConllDocument> gmbHeldOut(Path zip, int every) throws IOException {
        List<NameSample> test = NerTrainer.split(NerTrainer.readGmb(zip), every).test();
        List<ConllDocument> docs = new ArrayList<>();
        List<ConllSentence> sentences = new ArrayList<>();
        for (NameSample s : test) {
            List<NamedSpan> spans = new ArrayList<>();
            for (Span n : s.getNames()) {
                spans.add(new NamedSpan(n.getStart(), n.getEnd(), switch (n.getType()) {
                    case NerTrainer.PERSON -> "PER";
                    case NerTrainer.ORGANIZATION -> "ORG";
                    default -> "LOC";
                }));
            }
            sentences.add(new ConllSentence(List.of(s.getSentence()), spans));
            if (sentences.size() == 10) {
                docs.add(new ConllDocument("gmb-" + (docs.size() + 1), sentences));
                sentences = new ArrayList<>();
            }
        }
        if (!sentences.isEmpty()) {
            docs.add(new ConllDocument("gmb-" + (docs.size() + 1), sentences));
        }
        return docs;
    }
}
