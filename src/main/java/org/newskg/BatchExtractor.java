package org.newskg;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.newskg.ingest.Article;
import org.newskg.ingest.ArticleException;
import org.newskg.ingest.ArticleInputs;

/**
 * Runs the pipeline over many articles on a few threads. An article that cannot be read or processed is
 * reported in {@link Result#failures()}; the others go on.
 *
 * <pre>
 * BatchExtractor.Result r = new BatchExtractor(pipeline, 2, null).run(ArticleInputs.expand(args, System.in), n -> {});
 * r.extractions();   // in input order
 * r.failures();      // which article, and why
 * </pre>
 */
public final class BatchExtractor {

    /** An article that could not be read or processed. */
    public record Failure(String location, String reason) {
    }

    /** Extractions in input order, and the failures. */
    public record Result(List<Extraction> extractions, List<Failure> failures) {
    }

    private final Pipeline pipeline;
    private final int threads;
    private final LocalDate defaultDate;

    /**
     * @param pipeline    the pipeline (thread-safe)
     * @param threads     worker threads (at least 1)
     * @param defaultDate publication date for articles that carry none, or null
     */
    public BatchExtractor(Pipeline pipeline, int threads, LocalDate defaultDate) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.defaultDate = defaultDate;
    }

    /**
     * Reads and processes every input.
     *
     * @param progress called with the number of articles done so far, after each article
     */
    public Result run(List<ArticleInputs.Input> inputs, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newskg-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>(inputs.size());
            for (ArticleInputs.Input in : inputs) {
                futures.add(pool.submit(() -> process(in)));
            }
            List<Extraction> extractions = new ArrayList<>();
            List<Failure> failures = new ArrayList<>();
            int done = 0;
            for (int i = 0; i < futures.size(); i++) {
                Object r;
                try {
                    r = futures.get(i).get();
                } catch (ExecutionException e) {
                    r = new Failure(inputs.get(i).location(), "extraction failed: " + e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                if (r instanceof Extraction x) {
                    extractions.add(x);
                } else {
                    failures.add((Failure) r);
                }
                progress.accept(++done);
            }
            return new Result(extractions, failures);
        } finally {
            pool.shutdownNow();
        }
    }

    private Object process(ArticleInputs.Input in) {
        Article article;
        try {
            article = in.read();
        } catch (ArticleException e) {
            return new Failure(e.location(), e.reason());
        }
        if (article.published() == null && defaultDate != null) {
            article = article.withPublished(defaultDate);
        }
        try {
            return pipeline.process(article);
        } catch (RuntimeException e) {
            // A bug or an input the stages cannot handle: report the article, keep the batch going.
            return new Failure(in.location(), "extraction failed: " + e);
        }
    }
}
