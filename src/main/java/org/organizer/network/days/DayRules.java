package org.organizer.network.days;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks the form that creates a day of action: titles per language, date, address and optional call. */
final class DayRules {

    static final int MAX_TITLE = 200;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private DayRules() {}

    record Checked(String slug, LocalDate date, @Nullable UUID callId, Map<String, String> titles) {}

    static Checked check(Map<String, String> params, List<String> languages) {
        List<String> errors = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : languages) {
            String title = params.getOrDefault("title." + language, "").strip();
            if (title.length() > MAX_TITLE) {
                errors.add("network.days.error.titleLength");
            } else if (!title.isEmpty()) {
                titles.put(language, title);
            }
        }
        if (titles.isEmpty() && !errors.contains("network.days.error.titleLength")) {
            errors.add("network.days.error.title");
        }
        String slug = params.getOrDefault("slug", "").strip();
        if (slug.length() > 120 || !SLUG.matcher(slug).matches()) {
            errors.add("network.days.error.slug");
        }
        LocalDate date = null;
        try {
            date = LocalDate.parse(params.getOrDefault("date", "").strip());
        } catch (DateTimeParseException e) {
            errors.add("network.days.error.date");
        }
        UUID call = null;
        String callText = params.getOrDefault("call", "").strip();
        if (!callText.isEmpty()) {
            try {
                call = UUID.fromString(callText);
            } catch (IllegalArgumentException e) {
                errors.add("network.days.error.call");
            }
        }
        if (!errors.isEmpty() || date == null) {
            throw new InvalidDayInput(errors.stream().distinct().toList(), List.of());
        }
        return new Checked(slug, date, call, titles);
    }
}
