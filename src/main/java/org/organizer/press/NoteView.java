package org.organizer.press;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.organizer.media.PhotoView;

/** A published note as the live notes page shows it: whole text, lead photo and when it went out. */
public record NoteView(
        ArticleSummary note, List<BodyPart> body, @Nullable PhotoView photo) {

    public Instant publishedAt() {
        return Objects.requireNonNull(note.publishedAt());
    }

    /** Notes are dated to the minute in UTC, the same for every reader, so the page can be cached. */
    public ZonedDateTime publishedAtUtc() {
        return publishedAt().atZone(ZoneOffset.UTC);
    }
}
