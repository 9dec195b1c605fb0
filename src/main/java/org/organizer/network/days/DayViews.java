package org.organizer.network.days;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.organizer.maps.MapOptions;
import org.organizer.maps.MapPoint;
import org.organizer.maps.WorldMap;
import org.organizer.network.DayOfAction;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;
import org.organizer.web.SiteInfo;
import org.springframework.stereotype.Component;

/** Turns days and their published actions into what public pages and the API show: public fields only. */
@Component
public class DayViews {

    /** A day as listed. */
    public record DayView(String slug, String title, String titleLanguage, LocalDate date, int actions) {}

    /**
     * One public action. {@code meetingPoint} is null unless the organiser chose to show it; the private contact
     * is never part of it.
     */
    public record ActionView(
            String kind,
            String city,
            String country,
            double latitude,
            double longitude,
            ZonedDateTime start,
            String zone,
            String organiser,
            @Nullable String organisationSlug,
            String description,
            @Nullable String meetingPoint) {}

    public record CityGroup(String city, List<ActionView> actions) {}

    public record CountryGroup(String country, String name, List<CityGroup> cities) {}

    public record DayPage(
            DayView day, List<CountryGroup> countries, String map, boolean registrationOpen, int actions) {}

    private final Organisations organisations;
    private final WorldMap worldMap;
    private final SiteInfo site;

    DayViews(Organisations organisations, WorldMap worldMap, SiteInfo site) {
        this.organisations = organisations;
        this.worldMap = worldMap;
        this.site = site;
    }

    DayView day(DayOfAction day, String language, int actions) {
        return new DayView(
                day.slug(),
                day.title(language, site.defaultLanguage()),
                day.titleLanguage(language, site.defaultLanguage()),
                day.date(),
                actions);
    }

    List<ActionView> actions(List<Action> actions, String language) {
        Map<org.organizer.network.OrganisationId, Organisation> known = new LinkedHashMap<>();
        List<ActionView> views = new ArrayList<>();
        for (Action a : actions) {
            Organisation organisation = a.organisation() == null
                    ? null
                    : known.computeIfAbsent(
                            a.organisation(), id -> organisations.byId(id).orElse(null));
            views.add(new ActionView(
                    a.kind().code(),
                    a.city(),
                    a.country(),
                    a.latitude(),
                    a.longitude(),
                    a.localStart(),
                    a.zone().getId(),
                    organisation == null ? a.organiser() : organisation.name(language, site.defaultLanguage()),
                    organisation == null ? null : organisation.slug(),
                    a.description(),
                    a.showMeetingPoint() ? a.meetingPoint() : null));
        }
        return views;
    }

    /** By country (as the reader's language names and sorts them), then by city, then by start. */
    static List<CountryGroup> grouped(List<ActionView> actions, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Map<String, List<ActionView>> byCountry = actions.stream()
                .collect(Collectors.groupingBy(ActionView::country, LinkedHashMap::new, Collectors.toList()));
        List<CountryGroup> groups = new ArrayList<>();
        byCountry.forEach((code, inCountry) -> {
            Map<String, List<ActionView>> byCity = inCountry.stream()
                    .sorted(Comparator.comparing(ActionView::start))
                    .collect(Collectors.groupingBy(a -> position(a), LinkedHashMap::new, Collectors.toList()));
            List<CityGroup> cities = byCity.values().stream()
                    .map(list -> new CityGroup(list.getFirst().city(), list))
                    .sorted(Comparator.comparing(CityGroup::city, collator))
                    .toList();
            groups.add(new CountryGroup(code, Locale.of("", code).getDisplayCountry(locale), cities));
        });
        groups.sort(Comparator.comparing(CountryGroup::name, collator));
        return groups;
    }

    /**
     * The map: one point per city (never a meeting point), countries with actions highlighted, zoomed to the
     * points; {@code text} gives the translated title, description and point titles.
     */
    String map(List<CountryGroup> groups, String title, String description, BiFunction<String, Integer, String> point) {
        List<MapPoint> points = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        for (CountryGroup country : groups) {
            countries.add(country.country());
            for (CityGroup city : country.cities()) {
                ActionView first = city.actions().getFirst();
                points.add(new MapPoint(
                        city.city(),
                        first.latitude(),
                        first.longitude(),
                        city.actions().size()));
            }
        }
        MapOptions options = MapOptions.titled(title, description)
                .highlighting(countries)
                .zoomedToPoints()
                .withId("day-map")
                .withPointTitle(point::apply);
        return worldMap.render(points, options);
    }

    private static String position(ActionView a) {
        return Math.round(a.latitude() * 100) + "/" + Math.round(a.longitude() * 100);
    }
}
