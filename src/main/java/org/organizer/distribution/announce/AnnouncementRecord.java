package org.organizer.distribution.announce;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An announcement as editors see it on {@code /admin/announcements}.
 *
 * @param kind null for a kind this version no longer knows
 * @param channels where it was allowed to go when it was announced
 * @param newsletterBatch the e-mails to readers, when there were readers to send to
 * @param telegramBatch the channel posts, when a channel was set up
 */
public record AnnouncementRecord(
        UUID id,
        @Nullable AnnouncementKind kind,
        String title,
        List<AnnouncementChannel> channels,
        @Nullable UUID newsletterBatch,
        @Nullable UUID telegramBatch,
        Instant createdAt) {

    public AnnouncementRecord {
        channels = List.copyOf(channels);
    }
}
