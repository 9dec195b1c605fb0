package org.organizer.network.days;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.network.ActionKind;
import org.organizer.network.DayOfActionId;
import org.organizer.network.OrganisationId;

/**
 * A registered action without its private contact (kept in its own table). The position is the city's, from
 * the gazetteer; the meeting point is public only when {@code showMeetingPoint}.
 */
record Action(
        UUID id,
        DayOfActionId day,
        ActionKind kind,
        String city,
        String country,
        double latitude,
        double longitude,
        String meetingPoint,
        boolean showMeetingPoint,
        Instant startsAt,
        ZoneId zone,
        @Nullable OrganisationId organisation,
        String organiser,
        String description,
        ActionStatus status,
        @Nullable String rejectionReason) {

    ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }
}
