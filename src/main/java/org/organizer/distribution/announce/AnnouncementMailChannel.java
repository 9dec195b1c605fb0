package org.organizer.distribution.announce;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Locale;
import java.util.UUID;
import org.organizer.distribution.delivery.Delivery;
import org.organizer.distribution.delivery.DeliveryChannel;
import org.organizer.distribution.delivery.PermanentDeliveryFailure;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.distribution.mail.SmtpMail;
import org.organizer.distribution.newsletter.NewsletterReaders;
import org.organizer.web.Languages;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one newsletter reader one announcement, rendered when it goes out: in the reader's language when the
 * announcement has it (they may have changed it since), else in the language it was queued in, with the
 * reader's own links and the RFC 8058 one-click unsubscribe headers. A reader who left since gets nothing.
 */
@Component
class AnnouncementMailChannel implements DeliveryChannel {

    static final String NAME = "announcement";
    private static final String TEMPLATE = "distribution/announce/mail.jte";

    private final AnnouncementRepository repository;
    private final NewsletterReaders readers;
    private final SmtpMail smtp;
    private final TemplateEngine templates;
    private final SiteInfo site;
    private final MessageSource messages;
    private final Announcements announcements;
    private final JsonMapper json;

    AnnouncementMailChannel(
            AnnouncementRepository repository,
            NewsletterReaders readers,
            SmtpMail smtp,
            TemplateEngine templates,
            SiteInfo site,
            MessageSource messages,
            Announcements announcements,
            JsonMapper json) {
        this.repository = repository;
        this.readers = readers;
        this.smtp = smtp;
        this.templates = templates;
        this.site = site;
        this.messages = messages;
        this.announcements = announcements;
        this.json = json;
    }

    /** What a queued e-mail names: the announcement, the reader and the language it was queued in. */
    record Payload(UUID announcement, UUID subscriber, String language) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void deliver(Delivery delivery) throws Exception {
        Payload payload = read(delivery);
        NewsletterReaders.Addressee reader = readers.addressee(payload.subscriber());
        String language = reader.language();
        Announcement.Version version =
                repository.version(payload.announcement(), language).orElse(null);
        if (version == null) {
            language = payload.language();
            version = repository
                    .version(payload.announcement(), language)
                    .orElseThrow(() -> new PermanentDeliveryFailure("The announcement is gone"));
        }
        AnnouncementKind kind = repository.kind(payload.announcement()).orElse(null);
        AnnouncementMail mail = new AnnouncementMail(
                language,
                Languages.direction(language),
                messages.getMessage(
                        "distribution.announce.mail.subject",
                        new Object[] {site.title(), version.title()},
                        Locale.of(language)),
                site.title(),
                announcements.absolute("/" + language + "/"),
                kind == null
                        ? ""
                        : messages.getMessage(
                                "distribution.announce.kind." + kind.name(), null, "", Locale.of(language)),
                version.title(),
                version.text(),
                announcements.absolute(version.path()),
                reader.manageUrl(),
                reader.unsubscribeUrl(),
                messages);
        StringOutput html = new StringOutput();
        templates.render(TEMPLATE, mail, html);
        smtp.send(
                delivery.id(),
                new OutgoingMail(reader.email(), mail.subject(), mail.plainText(), html.toString(), reader.headers()));
    }

    private Payload read(Delivery delivery) throws PermanentDeliveryFailure {
        try {
            Payload payload = json.readValue(delivery.payload(), Payload.class);
            if (payload.announcement() == null || payload.subscriber() == null || payload.language() == null) {
                throw new PermanentDeliveryFailure("The queued announcement names no announcement or reader");
            }
            return payload;
        } catch (JacksonException e) {
            throw new PermanentDeliveryFailure("The queued announcement cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
