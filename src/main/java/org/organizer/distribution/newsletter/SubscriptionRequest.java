package org.organizer.distribution.newsletter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.organizer.web.SiteInfo;

/** What a reader typed in the subscription form, checked and tidied. */
record SubscriptionRequest(String email, String language, List<String> countries) {

    static final int MAX_EMAIL = 254;
    static final int MAX_COUNTRIES = 50;
    private static final Pattern EMAIL =
            Pattern.compile("[^@\\s<>\"(),;:\\\\]+@[^@\\s<>\"(),;:\\\\]+\\.[^@\\s<>\"(),;:\\\\]+");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    SubscriptionRequest {
        countries = List.copyOf(countries);
    }

    /** Message keys of every problem; empty when the form is acceptable. */
    static List<String> problems(
            @Nullable String email, @Nullable String language, @Nullable List<String> countries, SiteInfo site) {
        List<String> errors = new ArrayList<>();
        if (email != null) {
            String e = email.strip();
            if (e.isEmpty() || e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
                errors.add("distribution.newsletter.error.email");
            }
        }
        if (language == null || !site.publishesIn(language)) {
            errors.add("distribution.newsletter.error.language");
        }
        List<String> codes = countries == null ? List.of() : countries;
        if (codes.size() > MAX_COUNTRIES
                || codes.stream().anyMatch(c -> !COUNTRIES.contains(c.strip().toUpperCase(Locale.ROOT)))) {
            errors.add("distribution.newsletter.error.countries");
        }
        return errors;
    }

    /** Call after {@link #problems} found none. */
    static SubscriptionRequest of(String email, String language, @Nullable List<String> countries) {
        return new SubscriptionRequest(email.strip(), language, countries(countries));
    }

    static List<String> countries(@Nullable List<String> countries) {
        Set<String> codes = new LinkedHashSet<>();
        if (countries != null) {
            countries.forEach(c -> codes.add(c.strip().toUpperCase(Locale.ROOT)));
        }
        return codes.stream().sorted().toList();
    }
}
