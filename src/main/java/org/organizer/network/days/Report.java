package org.organizer.network.days;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.media.PhotoId;

/** What an organiser or correspondent wrote about an action after the day, with the photos they added. */
record Report(UUID id, UUID action, String text, @Nullable Integer turnout, OffsetDateTime at, List<PhotoId> photos) {}
