package org.organizer.distribution.newsletter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import org.organizer.distribution.delivery.Delivery;
import org.organizer.distribution.delivery.DeliveryChannel;
import org.organizer.distribution.delivery.PermanentDeliveryFailure;
import org.organizer.distribution.mail.SmtpMail;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one reader their newsletter: the issue's rendered language version (kept in memory, it never
 * changes) with the reader's own links and the RFC 8058 one-click unsubscribe headers. The reader is read
 * at send time, so someone who unsubscribed or deleted their data after the issue was queued gets nothing;
 * that delivery is marked failed with the reason, for editors to see.
 */
@Component
class NewsletterChannel implements DeliveryChannel {

    private final SubscriberRepository subscribers;
    private final IssueRepository issues;
    private final NewsletterLinks links;
    private final SmtpMail smtp;
    private final JsonMapper json;
    private final Cache<String, RenderedVersion> versions =
            Caffeine.newBuilder().maximumSize(200).build();

    NewsletterChannel(
            SubscriberRepository subscribers,
            IssueRepository issues,
            NewsletterLinks links,
            SmtpMail smtp,
            JsonMapper json) {
        this.subscribers = subscribers;
        this.issues = issues;
        this.links = links;
        this.smtp = smtp;
        this.json = json;
    }

    @Override
    public String name() {
        return NewsletterIssues.CHANNEL;
    }

    @Override
    public void deliver(Delivery delivery) throws Exception {
        Payload payload = payload(delivery);
        Subscriber reader = subscribers
                .byId(payload.subscriber())
                .orElseThrow(() -> new PermanentDeliveryFailure("The reader deleted their data before it was sent"));
        if (reader.state() != SubscriberState.CONFIRMED) {
            throw new PermanentDeliveryFailure("The reader unsubscribed before it was sent");
        }
        RenderedVersion version = version(payload.issue(), reader.language());
        String token = reader.manageToken();
        smtp.send(
                delivery.id(),
                NewsletterIssues.personalise(
                        version,
                        reader.email(),
                        links.manage(version.language(), token),
                        links.unsubscribePage(version.language(), token),
                        links.oneClickHeaders(token)));
    }

    private RenderedVersion version(UUID issue, String language) throws PermanentDeliveryFailure {
        RenderedVersion found = versions.get(
                issue + "/" + language, key -> issues.version(issue, language).orElse(null));
        if (found == null) {
            throw new PermanentDeliveryFailure("The newsletter issue " + issue + " is gone");
        }
        return found;
    }

    private Payload payload(Delivery delivery) throws PermanentDeliveryFailure {
        try {
            Payload payload = json.readValue(delivery.payload(), Payload.class);
            if (payload.issue() == null || payload.subscriber() == null) {
                throw new PermanentDeliveryFailure("The queued newsletter names no issue or reader");
            }
            return payload;
        } catch (JacksonException e) {
            throw new PermanentDeliveryFailure("The queued newsletter cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    record Payload(UUID issue, UUID subscriber) {}
}
