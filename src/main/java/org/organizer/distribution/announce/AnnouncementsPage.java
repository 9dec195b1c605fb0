package org.organizer.distribution.announce;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code /admin/announcements}: which kinds go where, and what was announced lately. */
public record AnnouncementsPage(
        Map<AnnouncementKind, Set<AnnouncementChannel>> settings,
        List<AnnouncementRecord> recent,
        @Nullable String notice) {

    public List<AnnouncementKind> kinds() {
        return List.of(AnnouncementKind.values());
    }

    public List<AnnouncementChannel> channels() {
        return List.of(AnnouncementChannel.values());
    }

    public boolean enabled(AnnouncementKind kind, AnnouncementChannel channel) {
        return settings.getOrDefault(kind, Set.of()).contains(channel);
    }

    /** The form field of one kind and channel. */
    public static String field(AnnouncementKind kind, AnnouncementChannel channel) {
        return kind.name() + "." + channel.name();
    }
}
