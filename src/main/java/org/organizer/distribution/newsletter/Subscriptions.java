package org.organizer.distribution.newsletter;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.platform.LinkTokens;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers' side of the newsletter. The subscription form answers the same whatever the address's state, so
 * it tells nobody who subscribes; only the owner of the address learns it, by mail.
 */
@Service
public class Subscriptions {

    static final String CONFIRMATIONS = "Newsletter confirmations";

    private final SubscriberRepository subscribers;
    private final Mailer mailer;
    private final Deliveries deliveries;
    private final NewsletterLinks links;
    private final MessageSource messages;
    private final NewsletterProperties properties;

    Subscriptions(
            SubscriberRepository subscribers,
            Mailer mailer,
            Deliveries deliveries,
            NewsletterLinks links,
            MessageSource messages,
            NewsletterProperties properties) {
        this.subscribers = subscribers;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.links = links;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * New, pending or unsubscribed addresses get a (new) confirmation link; confirmed ones a note with their
     * manage link. At most one mail per address per {@code mailInterval}, whatever is asked.
     */
    @Transactional
    public void subscribe(SubscriptionRequest request) {
        Optional<Subscriber> existing = subscribers.lockByEmail(request.email());
        if (existing.isEmpty()) {
            String confirm = LinkTokens.newToken();
            Subscriber fresh = new Subscriber(
                    UUID.randomUUID(),
                    request.email(),
                    request.language(),
                    request.countries(),
                    SubscriberState.PENDING,
                    LinkTokens.newToken(),
                    null,
                    Instant.now(),
                    null,
                    Instant.now());
            if (subscribers.insert(fresh, LinkTokens.hash(confirm))) {
                mailConfirmation(request.email(), request.language(), confirm);
            }
            return;
        }
        Subscriber s = existing.get();
        if (s.lastMailAt() != null && s.lastMailAt().isAfter(Instant.now().minus(properties.mailInterval()))) {
            return;
        }
        if (s.state() == SubscriberState.CONFIRMED) {
            subscribers.mailed(s.id());
            mailAlreadySubscribed(s);
            return;
        }
        String confirm = LinkTokens.newToken();
        subscribers.renewConfirmation(s.id(), request.language(), request.countries(), LinkTokens.hash(confirm));
        mailConfirmation(s.email(), request.language(), confirm);
    }

    public boolean confirmationPending(String token) {
        return subscribers.pendingConfirmation(LinkTokens.hash(token), confirmationIssuedAfter());
    }

    /** @throws NewsletterLinkInvalid when the link is unknown, used or expired */
    @Transactional
    public Subscriber confirm(String token) {
        return subscribers
                .confirm(LinkTokens.hash(token), confirmationIssuedAfter())
                .orElseThrow(NewsletterLinkInvalid::new);
    }

    public Subscriber byManageToken(String token) {
        return subscribers.byManageToken(token).orElseThrow(NewsletterLinkInvalid::new);
    }

    @Transactional
    public Subscriber change(String token, String language, List<String> countries) {
        Subscriber s = byManageToken(token);
        subscribers.updatePreferences(s.id(), language, countries);
        return subscribers.byId(s.id()).orElseThrow();
    }

    /** Takes effect at once: a newsletter still queued for the reader is not sent. */
    @Transactional
    public Subscriber unsubscribe(String token) {
        Subscriber s = byManageToken(token);
        subscribers.unsubscribe(s.id());
        return s;
    }

    /** Removes the reader for real, and their address from the record of deliveries. */
    @Transactional
    public Subscriber delete(String token) {
        Subscriber s = byManageToken(token);
        subscribers.delete(s.id());
        deliveries.forgetRecipient(s.email());
        return s;
    }

    /** Everything kept about the reader, for a JSON download. */
    public Map<String, Object> export(String token) {
        Subscriber s = byManageToken(token);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("email", s.email());
        data.put("language", s.language());
        data.put("countries", s.countries());
        data.put("state", s.state().code());
        data.put("subscribedAt", s.createdAt().toString());
        data.put("confirmedAt", s.confirmedAt() == null ? null : s.confirmedAt().toString());
        data.put("lastChangedAt", s.updatedAt().toString());
        data.put(
                "lastMailFromTheFormAt",
                s.lastMailAt() == null ? null : s.lastMailAt().toString());
        return data;
    }

    private Instant confirmationIssuedAfter() {
        return Instant.now().minus(properties.confirmationValidFor());
    }

    private void mailConfirmation(String email, String language, String token) {
        Locale locale = Locale.of(language);
        String text = t(locale, "distribution.newsletter.mail.confirmText", links.confirm(language, token));
        mailer.send(
                CONFIRMATIONS,
                OutgoingMail.plain(email, t(locale, "distribution.newsletter.mail.confirmSubject"), text));
    }

    private void mailAlreadySubscribed(Subscriber s) {
        Locale locale = Locale.of(s.language());
        String text =
                t(locale, "distribution.newsletter.mail.alreadyText", links.manage(s.language(), s.manageToken()));
        mailer.send(
                CONFIRMATIONS,
                OutgoingMail.plain(s.email(), t(locale, "distribution.newsletter.mail.alreadySubject"), text));
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
