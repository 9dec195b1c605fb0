package org.organizer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.jspecify.annotations.Nullable;
import org.organizer.press.Article;

/**
 * Adds articles to the index on several threads during a full rebuild. Analysis (per-language stemming,
 * the combined field) is most of the cost of indexing, and Lucene's writer accepts documents from several
 * threads at once, each into its own segment buffer; one thread left a core idle while the other read the
 * articles.
 */
final class ParallelIndexing implements AutoCloseable {

    /** Marks the end of the articles for each indexing thread. */
    private static final Object END = new Object();

    private final IndexWriter writer;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1024);
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<@Nullable RuntimeException> failure = new AtomicReference<>();

    ParallelIndexing(IndexWriter writer, int threadCount) {
        this.writer = writer;
        for (int i = 0; i < threadCount; i++) {
            threads.add(Thread.ofPlatform().name("search-indexing-" + i).start(this::work));
        }
    }

    static int threadsForThisMachine() {
        return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
    }

    void add(Article article) {
        rethrowFailure();
        try {
            queue.put(article);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing", e);
        }
    }

    private void work() {
        try {
            for (Object next = queue.take(); next != END; next = queue.take()) {
                if (failure.get() == null) {
                    Article article = (Article) next;
                    writer.updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.of(article));
                }
            }
        } catch (IOException e) {
            failure.compareAndSet(null, new UncheckedIOException(e));
            drain();
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
            drain();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** After a failure, keep taking articles so the reading thread is never stuck on a full queue. */
    private void drain() {
        try {
            while (queue.take() != END) {
                // discarded: the rebuild fails as a whole
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until every article handed over is in the writer, then reports the first failure. */
    @Override
    public void close() {
        try {
            for (int i = 0; i < threads.size(); i++) {
                queue.put(END);
            }
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while indexing", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        RuntimeException failed = failure.get();
        if (failed != null) {
            throw failed;
        }
    }
}
