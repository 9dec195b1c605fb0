package org.organizer.distribution.announce;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.modulith.NamedInterface;

/**
 * Something to announce, in the languages it exists in. Only public facts belong here: it goes to every
 * reader of the newsletter and to the public channel.
 *
 * @param key unique per event, e.g. {@code call-opened:<id>:es}; an event with a key already announced is
 *     never announced again
 * @param versions per publication language; languages left out get nothing
 * @param channels where the caller wants it to go; editors' settings per kind may leave channels out
 */
@NamedInterface("announce")
public record Announcement(
        String key, AnnouncementKind kind, Map<String, Version> versions, Set<AnnouncementChannel> channels) {

    public static final int MAX_KEY = 200;

    public Announcement {
        if (key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("An announcement key has 1 to " + MAX_KEY + " characters");
        }
        if (versions.isEmpty() || channels.isEmpty()) {
            throw new IllegalArgumentException("An announcement needs a language and a channel");
        }
        versions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(versions));
        channels = Set.copyOf(channels);
    }

    /** To every channel the editors allow for its kind. */
    public static Announcement of(String key, AnnouncementKind kind, Map<String, Version> versions) {
        return new Announcement(key, kind, versions, EnumSet.allOf(AnnouncementChannel.class));
    }

    /** The same, to these channels only. */
    public Announcement only(AnnouncementChannel... chosen) {
        return new Announcement(key, kind, versions, EnumSet.copyOf(Arrays.asList(chosen)));
    }

    /**
     * One language's announcement.
     *
     * @param title a short headline, e.g. "New call: …" (cut to {@link #MAX_TITLE} characters)
     * @param text one or two plain sentences, no markup (cut to {@link #MAX_TEXT} characters)
     * @param path the page on the site it links to, absolute from the site's root, e.g. {@code /es/calls/slug}
     */
    public record Version(String title, String text, String path) {

        public static final int MAX_TITLE = 300;
        public static final int MAX_TEXT = 2_000;

        public Version {
            title = cut(title.strip(), MAX_TITLE);
            text = cut(text.strip(), MAX_TEXT);
            if (title.isEmpty()) {
                throw new IllegalArgumentException("An announcement has a title");
            }
            if (!path.startsWith("/") || path.startsWith("//") || path.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("An announcement links to a path on the site: " + path);
            }
        }

        private static String cut(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
        }
    }
}
