package org.organizer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
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
        write(writer -> {
            Optional<Article> article = current.get();
            if (article.isPresent()) {
                writer.updateDocument(ArticleDocuments.idTerm(id), ArticleDocuments.of(article.get()));
            } else {
                writer.deleteDocuments(ArticleDocuments.idTerm(id));
            }
        });
    }

    /** Replaces every document with those {@code fill} adds; readers see the old index until it is done. */
    void replaceAll(Consumer<Consumer<Article>> fill) {
        write(writer -> {
            writer.deleteAll();
            fill.accept(article -> {
                try {
                    writer.updateDocument(ArticleDocuments.idTerm(article.id()), ArticleDocuments.of(article));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        });
    }

    int size() {
        return open().writer().getDocStats().numDocs;
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
