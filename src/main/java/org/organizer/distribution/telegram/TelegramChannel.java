package org.organizer.distribution.telegram;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.organizer.distribution.delivery.Delivery;
import org.organizer.distribution.delivery.DeliveryChannel;
import org.organizer.distribution.delivery.PermanentDeliveryFailure;
import org.organizer.distribution.delivery.RetryDeliveryLater;
import org.organizer.media.PhotoId;
import org.organizer.media.Photos;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts one queued post to its channel, part by part. Each part Telegram accepts is recorded at once, so a
 * delivery retried after a rate limit or an outage goes on from the first part not yet posted. (A node that
 * dies between Telegram's answer and that record would post the part again on retry: at least once, as for
 * every delivery.)
 */
@Component
class TelegramChannel implements DeliveryChannel {

    static final String NAME = "telegram";

    /** The stored width uploaded with a post: sharp on phones, small on slow connections. */
    static final int PHOTO_WIDTH = 960;

    private final TelegramClient client;
    private final TelegramSettings settings;
    private final TelegramRepository repository;
    private final Photos photos;
    private final JsonMapper json;

    TelegramChannel(
            TelegramClient client,
            TelegramSettings settings,
            TelegramRepository repository,
            Photos photos,
            JsonMapper json) {
        this.client = client;
        this.settings = settings;
        this.repository = repository;
        this.photos = photos;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    String payload(TelegramPost post) {
        return json.writeValueAsString(post);
    }

    @Override
    public void deliver(Delivery delivery) throws Exception {
        TelegramPost post = read(delivery);
        BotToken token = settings.token()
                .orElseThrow(() -> new PermanentDeliveryFailure("No Telegram bot is set up on /admin/telegram"));
        ChatId chat = ChatId.parse(delivery.recipient())
                .orElseThrow(() -> new PermanentDeliveryFailure("Not a Telegram channel: " + delivery.recipient()));
        Set<Integer> posted = repository.postedParts(delivery.id());
        try {
            for (int part = 0; part < post.parts().size(); part++) {
                if (!posted.contains(part)) {
                    repository.recordPart(delivery.id(), part, send(token, chat, post, part));
                }
            }
        } catch (TelegramFailure.Refused e) {
            throw new PermanentDeliveryFailure("Telegram: " + e.description());
        } catch (TelegramFailure.RateLimited e) {
            throw new RetryDeliveryLater(e.getMessage(), e.retryAfter());
        }
    }

    /** @return the message id Telegram gave the part; 0 when there was nothing to post */
    private long send(BotToken token, ChatId chat, TelegramPost post, int part)
            throws TelegramFailure, InterruptedException {
        String html = post.parts().get(part);
        if (post.startsWithPhoto(part)) {
            Optional<Path> file = PhotoId.parse(java.util.Objects.requireNonNull(post.photo()))
                    .flatMap(id -> photos.file(id, PHOTO_WIDTH));
            if (file.isPresent()) {
                return client.sendPhoto(token, chat, file.get(), html);
            }
            // The photo was deleted since: its caption still goes out as text.
        }
        return html.isBlank() ? 0 : client.sendMessage(token, chat, html);
    }

    private TelegramPost read(Delivery delivery) throws PermanentDeliveryFailure {
        try {
            return json.readValue(delivery.payload(), TelegramPost.class);
        } catch (JacksonException e) {
            throw new PermanentDeliveryFailure("The queued post cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
