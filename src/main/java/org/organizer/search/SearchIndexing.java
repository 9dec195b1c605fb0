package org.organizer.search;

import java.util.Optional;
import org.organizer.press.Article;
import org.organizer.press.ArticleArchived;
import org.organizer.press.ArticleId;
import org.organizer.press.ArticleNotFound;
import org.organizer.press.ArticlePublished;
import org.organizer.press.ArticleUnpublished;
import org.organizer.press.Newsroom;
import org.organizer.press.PublishedArticleChanged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the newsroom. After each commit, off the request's thread, the article is
 * looked up again and indexed if it is public, removed if not: whatever the order the events arrive in,
 * the index ends as the database is. Deliveries are logged in the event publication table and retried
 * on restart when they fail. No transaction is held while waiting for the index, so a long rebuild does
 * not drain the connection pool. Other nodes on the same database are told which article changed, so that
 * they update their own index too ({@link SearchNotifications}).
 */
@Component
class SearchIndexing {

    private final Newsroom newsroom;
    private final ArticleIndex index;
    private final SearchNotifications notifications;

    SearchIndexing(Newsroom newsroom, ArticleIndex index, SearchNotifications notifications) {
        this.newsroom = newsroom;
        this.index = index;
        this.notifications = notifications;
        notifications.onChangesElsewhere(ids -> index.updateAll(ids, this::published));
    }

    @Async
    @TransactionalEventListener
    void on(ArticlePublished event) {
        syncAndTell(event.article());
    }

    @Async
    @TransactionalEventListener
    void on(PublishedArticleChanged event) {
        syncAndTell(event.article());
    }

    @Async
    @TransactionalEventListener
    void on(ArticleUnpublished event) {
        syncAndTell(event.article());
    }

    @Async
    @TransactionalEventListener
    void on(ArticleArchived event) {
        syncAndTell(event.article());
    }

    private void syncAndTell(ArticleId id) {
        try {
            sync(id);
        } finally {
            notifications.tellOtherNodes(id);
        }
    }

    /** Brings one article in this node's index up to date with the database. */
    void sync(ArticleId id) {
        index.update(id, () -> published(id));
    }

    private Optional<Article> published(ArticleId id) {
        try {
            return Optional.of(newsroom.publishedArticle(id));
        } catch (ArticleNotFound e) {
            return Optional.empty();
        }
    }
}
