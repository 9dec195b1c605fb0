package org.organizer.distribution.announce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.distribution.delivery.BatchKind;
import org.organizer.distribution.delivery.Deliveries;
import org.organizer.distribution.delivery.NewDelivery;
import org.organizer.distribution.newsletter.NewsletterReaders;
import org.organizer.distribution.telegram.TelegramPosts;
import org.organizer.platform.PlatformProperties;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announces events of other modules to the newsletter's readers of each language (one e-mail each, rendered
 * when it is sent, with their unsubscribe links) and on the Telegram channel of each language (one post),
 * as durable deliveries queued in the caller's transaction. Each key is announced once; which kinds go
 * where is the editors' choice on {@code /admin/announcements}.
 */
@Service
@NamedInterface("announce")
public class Announcements {

    private final AnnouncementRepository repository;
    private final AnnouncementSettings settings;
    private final NewsletterReaders readers;
    private final TelegramPosts telegram;
    private final Deliveries deliveries;
    private final SiteInfo site;
    private final MessageSource messages;
    private final JsonMapper json;
    private final String base;

    Announcements(
            AnnouncementRepository repository,
            AnnouncementSettings settings,
            NewsletterReaders readers,
            TelegramPosts telegram,
            Deliveries deliveries,
            SiteInfo site,
            MessageSource messages,
            JsonMapper json,
            PlatformProperties platform) {
        this.repository = repository;
        this.settings = settings;
        this.readers = readers;
        this.telegram = telegram;
        this.deliveries = deliveries;
        this.site = site;
        this.messages = messages;
        this.json = json;
        this.base = platform.baseUrl().toString().replaceAll("/+$", "");
    }

    /**
     * Queues the announcement in the publication's languages it has, to the channels both the caller and the
     * editors chose. Joins the caller's transaction: if that rolls back, nothing was announced.
     *
     * @return false when its key was announced before (nothing is queued again), or none of its languages is
     *     a publication language
     */
    @Transactional
    public boolean announce(Announcement announcement) {
        Map<String, Announcement.Version> versions = new LinkedHashMap<>();
        for (String language : site.languages()) {
            Announcement.Version version = announcement.versions().get(language);
            if (version != null) {
                versions.put(language, version);
            }
        }
        if (versions.isEmpty()) {
            return false;
        }
        UUID id = UUID.randomUUID();
        String title = versions.values().iterator().next().title();
        if (!repository.insert(id, announcement.key(), announcement.kind(), title)) {
            return false;
        }
        versions.forEach((language, version) -> repository.insertVersion(id, language, version));
        Set<AnnouncementChannel> allowed = settings.enabled(announcement.kind());
        List<AnnouncementChannel> channels = announcement.channels().stream()
                .filter(allowed::contains)
                .sorted()
                .toList();
        UUID mails = channels.contains(AnnouncementChannel.NEWSLETTER) ? mails(id, title, versions) : null;
        UUID posts = channels.contains(AnnouncementChannel.TELEGRAM) ? posts(id, title, versions) : null;
        repository.recordSent(id, channels, mails, posts);
        return true;
    }

    private @Nullable UUID mails(UUID id, String title, Map<String, Announcement.Version> versions) {
        List<NewDelivery> queued = new ArrayList<>();
        versions.keySet()
                .forEach(language -> readers.confirmed(language)
                        .forEach(reader -> queued.add(new NewDelivery(
                                reader.email(),
                                json.writeValueAsString(
                                        new AnnouncementMailChannel.Payload(id, reader.id(), language))))));
        if (queued.isEmpty()) {
            return null;
        }
        UUID batch = deliveries.startBatch(BatchKind.NEWSLETTER, title, null);
        deliveries.enqueue(batch, AnnouncementMailChannel.NAME, queued, Deliveries.Urgency.NORMAL);
        return batch;
    }

    private @Nullable UUID posts(UUID id, String title, Map<String, Announcement.Version> versions) {
        List<TelegramPosts.LinkPost> posts = new ArrayList<>();
        versions.forEach((language, version) -> posts.add(new TelegramPosts.LinkPost(
                id.toString(),
                language,
                version.title(),
                version.text(),
                messages.getMessage("distribution.announce.more", null, Locale.forLanguageTag(language)),
                absolute(version.path()))));
        return telegram.queue(title, posts).orElse(null);
    }

    String absolute(String path) {
        return base + path;
    }
}
