package org.organizer.distribution.announce;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which kinds of announcement go to which channel, as editors choose. Until they choose, the channel gets
 * every kind (articles are posted there as they are published) and the newsletter's readers none (they get
 * e-mails only when editors decide so, as for newsletters).
 */
@Service
class AnnouncementSettings {

    private final AnnouncementRepository repository;

    AnnouncementSettings(AnnouncementRepository repository) {
        this.repository = repository;
    }

    /** Every kind with its channels, defaults filled in. */
    Map<AnnouncementKind, Set<AnnouncementChannel>> all() {
        Map<AnnouncementKind, Map<AnnouncementChannel, Boolean>> saved = repository.settings();
        Map<AnnouncementKind, Set<AnnouncementChannel>> all = new EnumMap<>(AnnouncementKind.class);
        for (AnnouncementKind kind : AnnouncementKind.values()) {
            Set<AnnouncementChannel> enabled = EnumSet.noneOf(AnnouncementChannel.class);
            for (AnnouncementChannel channel : AnnouncementChannel.values()) {
                if (saved.getOrDefault(kind, Map.of()).getOrDefault(channel, channel.enabledByDefault())) {
                    enabled.add(channel);
                }
            }
            all.put(kind, enabled);
        }
        return all;
    }

    /** The latest announcements, newest first, with where they went. */
    java.util.List<AnnouncementRecord> recent(int limit) {
        return repository.recent(limit);
    }

    Set<AnnouncementChannel> enabled(AnnouncementKind kind) {
        return all().get(kind);
    }

    /** Saves every kind's channels at once: what is not in {@code enabled} is switched off. */
    @Transactional
    void save(Actor actor, Map<AnnouncementKind, Set<AnnouncementChannel>> enabled) {
        if (!actor.can(Role.EDITOR)) {
            throw new AccessDeniedException("Only editors choose what is announced");
        }
        for (AnnouncementKind kind : AnnouncementKind.values()) {
            Set<AnnouncementChannel> on = enabled.getOrDefault(kind, Set.of());
            for (AnnouncementChannel channel : AnnouncementChannel.values()) {
                repository.saveSetting(
                        kind, channel, on.contains(channel), actor.id().value());
            }
        }
    }
}
