package org.organizer.distribution;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;

/** The two syndication formats, with ROME's name for each and the media type they are served as. */
enum FeedFormat {
    RSS("rss_2.0", "application/rss+xml"),
    ATOM("atom_1.0", "application/atom+xml");

    private final String romeType;
    private final String type;

    FeedFormat(String romeType, String type) {
        this.romeType = romeType;
        this.type = type;
    }

    String romeType() {
        return romeType;
    }

    /** The media type without parameters, as feed links announce it. */
    String type() {
        return type;
    }

    MediaType mediaType() {
        return new MediaType(MediaType.valueOf(type), StandardCharsets.UTF_8);
    }

    /** The file extension in the feed's address: {@code rss} or {@code atom}. */
    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    static FeedFormat of(String extension) {
        return valueOf(extension.toUpperCase(Locale.ROOT));
    }
}
