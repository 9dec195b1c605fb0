package org.organizer.network.days;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.organizer.network.DayOfAction;
import org.organizer.web.SiteInfo;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Days of action for API clients, anonymously: public fields of published actions only. Positions are the
 * city's; a meeting point appears only when its organiser chose to show it; contacts never do.
 */
@RestController
@RequestMapping("/api/v1/days")
@Tag(name = "Days of action", description = "Days on which the network acts together, and their local actions")
class DaysApi {

    private final DayService days;
    private final DayViews views;
    private final SiteInfo site;

    DaysApi(DayService days, DayViews views, SiteInfo site) {
        this.days = days;
        this.views = views;
        this.site = site;
    }

    @GetMapping
    @Operation(summary = "Days of action, latest first")
    public ResponseEntity<List<DayItem>> list() {
        List<DayItem> items = days.days().stream()
                .map(d -> new DayItem(d.slug(), d.date(), d.titles(), days.publishedActions(d.id())))
                .toList();
        return ResponseEntity.ok().cacheControl(cache()).body(items);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "One day of action with its published actions")
    public ResponseEntity<DayDetail> item(@PathVariable String slug) {
        DayOfAction day = days.day(slug);
        List<ActionItem> actions = views.actions(days.published(day.id()), site.defaultLanguage()).stream()
                .map(a -> new ActionItem(
                        a.kind(),
                        a.city(),
                        a.country(),
                        a.latitude(),
                        a.longitude(),
                        a.start().toOffsetDateTime(),
                        a.zone(),
                        a.organiser(),
                        a.organisationSlug(),
                        a.description(),
                        a.meetingPoint()))
                .toList();
        return ResponseEntity.ok()
                .cacheControl(cache())
                .body(new DayDetail(day.slug(), day.date(), day.titles(), actions));
    }

    private static CacheControl cache() {
        return CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    }

    /** @param titles the title per language code */
    public record DayItem(String slug, LocalDate date, Map<String, String> titles, int actions) {}

    public record DayDetail(String slug, LocalDate date, Map<String, String> titles, List<ActionItem> actions) {}

    /**
     * @param latitude the city's, from the gazetteer (never the meeting point's)
     * @param start the local start time with its offset; {@code timeZone} is the IANA zone
     * @param meetingPoint null unless the organiser chose to show it
     */
    public record ActionItem(
            String kind,
            String city,
            String country,
            double latitude,
            double longitude,
            OffsetDateTime start,
            String timeZone,
            String organiser,
            @Nullable String organisationSlug,
            String description,
            @Nullable String meetingPoint) {}
}
