package org.organizer.distribution.newsletter;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.organizer.distribution.delivery.PermanentDeliveryFailure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The newsletter's readers for other messages sent to them, such as announcements: who is confirmed in a
 * language when something is queued, and at send time their address, their own links and the RFC 8058
 * one-click headers, exactly as a newsletter carries them.
 */
@Component
public class NewsletterReaders {

    private final SubscriberRepository subscribers;
    private final NewsletterLinks links;
    private final JdbcClient jdbc;

    NewsletterReaders(SubscriberRepository subscribers, NewsletterLinks links, JdbcClient jdbc) {
        this.subscribers = subscribers;
        this.links = links;
        this.jdbc = jdbc;
    }

    /** A confirmed reader as queued: the id goes in the payload, the address is shown to editors. */
    public record Confirmed(UUID id, String email) {}

    /** A reader about to get a message, with their links in their language. */
    public record Addressee(
            String email, String language, String manageUrl, String unsubscribeUrl, Map<String, String> headers) {}

    /** Every confirmed reader of the language, whatever countries they chose. */
    public List<Confirmed> confirmed(String language) {
        return jdbc.sql("""
                        SELECT id, email FROM newsletter_subscriber
                        WHERE state = 'confirmed' AND language = ? ORDER BY id
                        """)
                .param(language)
                .query((rs, row) -> new Confirmed(rs.getObject("id", UUID.class), rs.getString("email")))
                .list();
    }

    /**
     * The reader as they are now; someone who unsubscribed or deleted their data since the message was queued
     * gets nothing, and the delivery fails with the reason for editors to see.
     */
    public Addressee addressee(UUID subscriber) throws PermanentDeliveryFailure {
        Subscriber reader = subscribers
                .byId(subscriber)
                .orElseThrow(() -> new PermanentDeliveryFailure("The reader deleted their data before it was sent"));
        if (reader.state() != SubscriberState.CONFIRMED) {
            throw new PermanentDeliveryFailure("The reader unsubscribed before it was sent");
        }
        String token = reader.manageToken();
        return new Addressee(
                reader.email(),
                reader.language(),
                links.manage(reader.language(), token),
                links.unsubscribePage(reader.language(), token),
                links.oneClickHeaders(token));
    }
}
