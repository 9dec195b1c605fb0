package org.organizer.distribution.telegram;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.organizer.distribution.delivery.BatchKind;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.NewDelivery;
import org.organizer.press.Article;
import org.organizer.press.ArticleNotFound;
import org.organizer.press.ArticlePublished;
import org.organizer.press.Newsroom;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues a post when an article is published in a language that has a channel and the bot is set up. Each
 * article is posted once: publishing it again after a correction (or after unpublishing) posts nothing.
 */
@Component
class TelegramPublishing {

    private final TelegramSettings settings;
    private final TelegramRepository repository;
    private final Newsroom newsroom;
    private final PostFormatter formatter;
    private final TelegramChannel channel;
    private final Deliveries deliveries;

    TelegramPublishing(
            TelegramSettings settings,
            TelegramRepository repository,
            Newsroom newsroom,
            PostFormatter formatter,
            TelegramChannel channel,
            Deliveries deliveries) {
        this.settings = settings;
        this.repository = repository;
        this.newsroom = newsroom;
        this.formatter = formatter;
        this.channel = channel;
        this.deliveries = deliveries;
    }

    @ApplicationModuleListener
    void on(ArticlePublished event) {
        Optional<ChatId> chat = settings.channel(event.language());
        if (chat.isEmpty() || settings.token().isEmpty()) {
            return;
        }
        UUID articleId = event.article().value();
        repository.lockArticle(articleId);
        if (repository.wasPosted(articleId)) {
            return;
        }
        Article article;
        try {
            article = newsroom.publishedArticle(event.article());
        } catch (ArticleNotFound e) {
            return; // unpublished again before we got to it
        }
        TelegramPost post = formatter.post(article);
        UUID batch = deliveries.startBatch(BatchKind.TELEGRAM, article.title(), null);
        UUID delivery = deliveries
                .enqueue(
                        batch,
                        TelegramChannel.NAME,
                        List.of(new NewDelivery(chat.get().value(), channel.payload(post))),
                        Deliveries.Urgency.NORMAL)
                .getFirst();
        repository.recordPosted(articleId, article.language(), chat.get().value(), delivery);
    }
}
