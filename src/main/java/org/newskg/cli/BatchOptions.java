package org.newskg.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.newskg.BatchExtractor;
import org.newskg.Pipeline;
import org.newskg.ingest.ArticleInputs;
import org.newskg.link.WikidataLinker;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** What {@code extract} and {@code up} share: how articles are read, extracted and linked. */
final class BatchOptions {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles that carry none (resolves 'on Friday').")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--min-confidence", paramLabel = "C",
            description = "Leave out entities the extractor is less sure of than C, 0 to 1 (default: "
                    + Pipeline.DEFAULT_MIN_CONFIDENCE + "; 0 keeps all), and what would be built on them.")
    double minConfidence = Pipeline.DEFAULT_MIN_CONFIDENCE;

    @Mixin
    LinkOptions link = new LinkOptions();

    /** The extractions of one batch, with the linker that made them (null for none) and the time taken. */
    record Batch(BatchExtractor.Result result, WikidataLinker linker, long nanos) {
        boolean isEmpty() {
            return result.extractions().isEmpty();
        }
    }

    /** Reads and extracts every input, reporting the bad ones on {@code err}. */
    Batch run(List<String> inputs, Supplier<Pipeline> pipeline, PrintWriter err) {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new UsageException("--min-confidence must be between 0 and 1, not " + minConfidence);
        }
        List<ArticleInputs.Input> in = ArticleInputs.expand(inputs, System.in);
        long t0 = System.nanoTime();
        WikidataLinker linker = link.linker();
        BatchExtractor.Result r = new BatchExtractor(
                LinkOptions.apply(pipeline.get(), linker).withMinConfidence(minConfidence), threads, date)
                .run(in, new Progress(err, in.size(), "articles"));
        Reports.failures(err, r.failures());
        return new Batch(r, linker, System.nanoTime() - t0);
    }
}
