package org.organizer.distribution.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.organizer.distribution.delivery.BatchKind;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.NewDelivery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short posts that are not articles (announcements of the network's and the funds' events) on the channel of
 * each language: the same post as for an article, title in bold, a text and a link to the site, queued as
 * deliveries of the channel that posts articles. Nothing is queued where no bot or channel is set up.
 */
@Component
public class TelegramPosts {

    private final TelegramSettings settings;
    private final TelegramChannel channel;
    private final Deliveries deliveries;

    TelegramPosts(TelegramSettings settings, TelegramChannel channel, Deliveries deliveries) {
        this.settings = settings;
        this.channel = channel;
        this.deliveries = deliveries;
    }

    /**
     * One post to one language's channel.
     *
     * @param id what the post is about, kept in its payload
     * @param url the absolute address the link goes to
     */
    public record LinkPost(String id, String language, String title, String text, String linkLabel, String url) {}

    /**
     * Queues the posts whose language has a channel, in one batch.
     *
     * @return the batch, or empty when nothing was queued
     */
    @Transactional
    public Optional<UUID> queue(String batchTitle, List<LinkPost> posts) {
        if (settings.token().isEmpty()) {
            return Optional.empty();
        }
        List<NewDelivery> queued = new ArrayList<>();
        for (LinkPost post : posts) {
            settings.channel(post.language())
                    .ifPresent(chat -> queued.add(new NewDelivery(
                            chat.value(),
                            channel.payload(PostFormatter.article(
                                    post.id(), post.title(), post.text(), post.linkLabel(), post.url(), null)))));
        }
        if (queued.isEmpty()) {
            return Optional.empty();
        }
        UUID batch = deliveries.startBatch(BatchKind.TELEGRAM, batchTitle, null);
        deliveries.enqueue(batch, TelegramChannel.NAME, queued, Deliveries.Urgency.NORMAL);
        return Optional.of(batch);
    }
}
