package org.organizer.distribution.newsletter;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The subscription or preferences form as shown: what was typed, the choices, the problems and a notice.
 *
 * @param token the manage token when the form changes an existing reader's preferences; null to subscribe
 */
public record SubscriptionForm(
        String email,
        String language,
        List<String> countries,
        List<String> languages,
        List<Country> allCountries,
        List<String> errors,
        @Nullable String notice,
        @Nullable String token) {

    /** A country to choose, named in the page's language. */
    public record Country(String code, String name) {}

    public SubscriptionForm {
        countries = List.copyOf(countries);
        languages = List.copyOf(languages);
        allCountries = List.copyOf(allCountries);
        errors = List.copyOf(errors);
    }

    public boolean chosen(String country) {
        return countries.contains(country);
    }

    static List<Country> countriesIn(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }
}
