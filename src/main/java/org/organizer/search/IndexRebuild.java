package org.organizer.search;

import java.util.List;
import org.organizer.press.Article;
import org.organizer.press.ArticleId;
import org.organizer.press.Newsroom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Rebuilds the whole index from the published articles in the database. */
@Component
class IndexRebuild {

    static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final Newsroom newsroom;
    private final ArticleIndex index;

    IndexRebuild(Newsroom newsroom, ArticleIndex index) {
        this.newsroom = newsroom;
        this.index = index;
    }

    /** Told after each batch how many articles are indexed and about how many there are in all. */
    @FunctionalInterface
    interface Progress {
        void indexed(long done, long total);
    }

    long publishedArticles() {
        return newsroom.published(null, null, 0, 1).total();
    }

    /** Returns the number of articles indexed. */
    long rebuild(Progress progress) {
        long total = publishedArticles();
        long[] done = {0};
        index.replaceAll(sink -> {
            ArticleId after = null;
            List<Article> batch;
            do {
                batch = newsroom.publishedAfter(after, BATCH);
                batch.forEach(sink);
                done[0] += batch.size();
                after = batch.isEmpty() ? after : batch.getLast().id();
                progress.indexed(done[0], Math.max(total, done[0]));
            } while (batch.size() == BATCH);
        });
        log.info("Search index rebuilt with {} published articles in {}", done[0], index.directory());
        return done[0];
    }

    /**
     * After a start with a new or deleted index directory, or an index of an older layout: fills it when there
     * is something to find.
     */
    boolean rebuildIfEmpty() {
        if ((index.size() > 0 && !index.outdated()) || publishedArticles() == 0) {
            return false;
        }
        rebuild((done, total) -> {});
        return true;
    }
}
