package org.organizer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.jspecify.annotations.Nullable;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.Article;
import org.organizer.press.ArticleId;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The node's Lucene index in {@code <data dir>/index}: one writer, opened on first use (so commands that
 * never search leave the directory alone), and a searcher manager for readers. Every change is committed
 * and made visible before the method returns. Changes are serialised, so a rebuild and the event handlers
 * never interleave.
 */
@Component
class ArticleIndex implements DisposableBean {

    /**
     * Memory for documents not yet written to a segment. Only a rebuild fills it (single changes are
     * committed at once); a larger buffer than Lucene's 16 MB means fewer, larger segments to merge.
     */
    static final double RAM_BUFFER_MB = 64;

    /**
     * The layout of the documents ({@link ArticleDocuments}), kept in the commit. An index of another layout
     * finds nothing with today's queries: it counts as outdated and is rebuilt like an empty one.
     */
    static final String FORMAT = "2";

    private static final String FORMAT_KEY = "organizer.format";

    private final Path directory;
    private final LanguageAnalyzers analyzers = new LanguageAnalyzers();
    private final ReentrantLock writes = new ReentrantLock();
    private volatile @Nullable Open open;

    ArticleIndex(PlatformProperties platform) {
        this.directory = platform.dataDir().resolve("index");
    }

    Path directory() {
        return directory;
    }

    LanguageAnalyzers analyzers() {
        return analyzers;
    }

    /**
     * Brings one article up to date with the database: indexed when {@code current} finds it published,
     * removed otherwise. {@code current} is read under the write lock, so the last change wins.
     */
    void update(ArticleId id, Supplier<Optional<Article>> current) {
        updateAll(List.of(id), any -> current.get());
    }

    /** Like {@link #update} for several articles, in one commit. */
    void updateAll(Collection<ArticleId> ids, Function<ArticleId, Optional<Article>> current) {
        write(writer -> {
            for (ArticleId id : ids) {
                Optional<Article> article = current.apply(id);
                if (article.isPresent()) {
                    writer.updateDocument(ArticleDocuments.idTerm(id), ArticleDocuments.of(article.get()));
                } else {
                    writer.deleteDocuments(ArticleDocuments.idTerm(id));
                }
            }
        });
    }

    /** Replaces every document with those {@code fill} adds; readers see the old index until it is done. */
    void replaceAll(Consumer<Consumer<Article>> fill) {
        write(writer -> {
            writer.deleteAll();
            stampFormat(writer);
            try (ParallelIndexing indexing = new ParallelIndexing(writer, ParallelIndexing.threadsForThisMachine())) {
                fill.accept(indexing::add);
            }
        });
    }

    int size() {
        return open().writer().getDocStats().numDocs;
    }

    /** Whether the index was built with other documents than today's (before an upgrade) and needs a rebuild. */
    boolean outdated() {
        Iterable<Map.Entry<String, String>> data = open().writer().getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> entry : data) {
                if (entry.getKey().equals(FORMAT_KEY)) {
                    return !entry.getValue().equals(FORMAT);
                }
            }
        }
        return true;
    }

    /** Runs a read against the latest committed state of the index. */
    <T> T read(Reader<T> reader) {
        SearcherManager searchers = open().searchers();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reader.read(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
    }

    /** Closes the index; the next use opens it again (also after its directory was deleted). */
    void close() {
        writes.lock();
        try {
            Open current;
            synchronized (this) {
                current = open;
                open = null;
            }
            if (current != null) {
                current.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    /** Closes the index and deletes its directory, as an operator may; the next use starts an empty index. */
    void discard() {
        writes.lock();
        try {
            close();
            if (Files.isDirectory(directory)) {
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    @Override
    public void destroy() {
        close();
        analyzers.close();
    }

    private void write(Writer change) {
        writes.lock();
        try {
            Open current = open();
            try {
                change.apply(current.writer());
                current.writer().commit();
                current.searchers().maybeRefreshBlocking();
            } catch (IOException | RuntimeException e) {
                // Drops the uncommitted part of the change; the next use opens the last commit again.
                open = null;
                IOUtils.closeWhileHandlingException(current.searchers());
                current.writer().rollback();
                IOUtils.closeWhileHandlingException(current.directory());
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writes.unlock();
        }
    }

    private Open open() {
        Open current = open;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (open == null) {
                open = openIndex();
            }
            return open;
        }
    }

    private Open openIndex() {
        try {
            Files.createDirectories(directory);
            Directory dir = FSDirectory.open(directory);
            try {
                IndexWriterConfig config = new IndexWriterConfig(analyzers.perField())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setRAMBufferSizeMB(RAM_BUFFER_MB)
                        .setCommitOnClose(false);
                IndexWriter writer = new IndexWriter(dir, config);
                if (!DirectoryReader.indexExists(dir)) {
                    stampFormat(writer);
                    writer.commit();
                }
                return new Open(dir, writer, new SearcherManager(writer, null));
            } catch (IOException | RuntimeException e) {
                dir.close();
                throw e;
            }
        } catch (IOException e) {
            throw new SearchUnavailable(e);
        }
    }

    /** Kept by every later commit of this writer, and by writers opened on its commits. */
    private static void stampFormat(IndexWriter writer) {
        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface Writer {
        void apply(IndexWriter writer) throws IOException;
    }

    private record Open(Directory directory, IndexWriter writer, SearcherManager searchers) {
        void close() throws IOException {
            IOUtils.close(searchers, writer, directory);
        }
    }
}
