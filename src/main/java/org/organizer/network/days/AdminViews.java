package org.organizer.network.days;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the editors' pages of days of action show. */
public final class AdminViews {

    private AdminViews() {}

    public record DayRow(String id, String slug, String title, java.time.LocalDate date) {}

    /** The list of days with the form that creates one, as typed. */
    public record ListPage(List<DayRow> days, List<String> languages, Map<String, String> typed, List<String> errors) {}

    public record ReportView(String text, @Nullable Integer turnout, OffsetDateTime at, List<String> photos) {}

    public record ActionRow(
            String id,
            String kind,
            String city,
            String country,
            ZonedDateTime start,
            String zone,
            String organiser,
            String meetingPoint,
            boolean showMeetingPoint,
            String description,
            String status,
            @Nullable String rejectionReason,
            List<ReportView> reports) {}

    /**
     * One day for editors: every action whatever its status, the reports, and the round-up article once made.
     *
     * @param moderation true on the moderation queue (pending actions only)
     */
    public record DayPage(
            String id,
            DayViews.DayView day,
            String publicLanguage,
            List<ActionRow> actions,
            boolean moderation,
            boolean editor,
            boolean reportsOpen,
            @Nullable String roundUp,
            List<String> errors,
            @Nullable String notice) {}
}
