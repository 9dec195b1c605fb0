package org.organizer.network.days;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.organizer.maps.Gazetteer;
import org.organizer.maps.Place;
import org.organizer.network.ActionKind;
import org.organizer.network.Organisation;
import org.organizer.network.Organisations;

/** Checks a registration form, reporting every problem at once, and finds the city in the gazetteer. */
final class ActionRules {

    static final int MAX_CITY = 100;
    static final int MAX_MEETING_POINT = 300;
    static final int MAX_ORGANISER = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_EMAIL = 254;
    static final int MAX_REPORT = 10_000;
    static final int MAX_REASON = 1000;
    static final int SUGGESTIONS = 5;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private ActionRules() {}

    /** A registration that passed every check. */
    record Checked(
            ActionKind kind,
            Place place,
            String city,
            String meetingPoint,
            boolean showMeetingPoint,
            Instant startsAt,
            ZoneId zone,
            @Nullable Organisation organisation,
            String organiser,
            String description,
            String email) {}

    static Checked check(
            ActionForm form,
            LocalDate day,
            Gazetteer gazetteer,
            Organisations organisations,
            boolean needEmail,
            String language) {
        List<String> errors = new ArrayList<>();
        List<Place> suggestions = List.of();
        Optional<ActionKind> kind = ActionKind.parse(form.kind());
        if (kind.isEmpty()) {
            errors.add("network.days.error.kind");
        }
        String country = form.country().strip().toUpperCase(Locale.ROOT);
        boolean knownCountry = COUNTRIES.contains(country);
        if (!knownCountry) {
            errors.add("network.days.error.country");
        }
        String city = form.city().strip();
        Place place = null;
        if (city.isEmpty() || city.length() > MAX_CITY) {
            errors.add("network.days.error.cityLength");
        } else {
            place = knownCountry ? gazetteer.find(city, country).orElse(null) : null;
            if (place == null && knownCountry) {
                errors.add("network.days.error.city");
                suggestions = suggestions(gazetteer, city, country);
            }
        }
        String meetingPoint = form.meetingPoint().strip();
        if (meetingPoint.length() > MAX_MEETING_POINT) {
            errors.add("network.days.error.meetingPoint");
        }
        LocalTime time = null;
        try {
            time = LocalTime.parse(form.time().strip(), TIME);
        } catch (DateTimeParseException e) {
            errors.add("network.days.error.time");
        }
        ZoneId zone = zone(form.zone().strip());
        if (zone == null) {
            errors.add("network.days.error.zone");
        }
        Organisation organisation = null;
        String slug = form.organisation().strip();
        if (!slug.isEmpty()) {
            organisation = organisations.bySlug(slug).orElse(null);
            if (organisation == null) {
                errors.add("network.days.error.organisation");
            }
        }
        String organiser = form.organiser().strip();
        if (organisation == null && (organiser.isEmpty() || organiser.length() > MAX_ORGANISER)) {
            errors.add("network.days.error.organiser");
        }
        String description = form.description().strip().replace("\r\n", "\n");
        if (description.length() > MAX_DESCRIPTION) {
            errors.add("network.days.error.description");
        }
        String email = form.email().strip();
        if (needEmail && !isEmail(email)) {
            errors.add("network.days.error.email");
        }
        if (!errors.isEmpty() || place == null || time == null || zone == null || kind.isEmpty()) {
            throw new InvalidDayInput(errors, suggestions);
        }
        return new Checked(
                kind.get(),
                place,
                city,
                meetingPoint,
                form.showMeetingPoint() && !meetingPoint.isEmpty(),
                day.atTime(time).atZone(zone).toInstant(),
                zone,
                organisation,
                organisation == null ? organiser : organisation.name(language, language),
                description,
                email);
    }

    static boolean isEmail(String email) {
        return email.length() <= MAX_EMAIL && EMAIL.matcher(email).matches();
    }

    /** Region ids such as "America/Lima" or "UTC"; not offsets, which do not follow summer time. */
    static @Nullable ZoneId zone(String id) {
        if (!ZONES.contains(id)) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Places starting like the typed name, shortening it until something is found. */
    static List<Place> suggestions(Gazetteer gazetteer, String city, String country) {
        for (int length = city.length(); length >= 2; length = Math.min(length - 1, 4)) {
            List<Place> found = gazetteer.search(city.substring(0, length), country, SUGGESTIONS);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return gazetteer.search("", country, SUGGESTIONS);
    }
}
