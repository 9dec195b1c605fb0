package org.organizer.network;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An organisation of the network as anyone may see it: only public fields. Private contact details are
 * not part of this record and never travel with it.
 *
 * @param country ISO 3166 alpha-2 code, upper case
 * @param languages the languages the organisation works in (ISO 639 codes)
 * @param names the name in each language it has one in; never empty
 * @param descriptions the public description in each language it has one in
 * @param verified a representative confirmed an address at the website's domain, or an editor vouched
 */
public record Organisation(
        OrganisationId id,
        String slug,
        OrganisationKind kind,
        String country,
        String city,
        @Nullable String website,
        List<String> languages,
        Map<String, String> names,
        Map<String, String> descriptions,
        boolean verified) {

    public Organisation {
        languages = List.copyOf(languages);
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
    }

    /** The language the name is shown in for a reader of {@code language}; see {@link #name(String, String)}. */
    public String nameLanguage(String language, String fallback) {
        if (names.containsKey(language)) {
            return language;
        }
        if (names.containsKey(fallback)) {
            return fallback;
        }
        return languages.stream()
                .filter(names::containsKey)
                .findFirst()
                .orElseGet(() -> names.keySet().stream().sorted().findFirst().orElse(language));
    }

    /**
     * The name in the reader's language, else in the fallback (the site's default), else in the
     * organisation's own first language that has one.
     */
    public String name(String language, String fallback) {
        return names.getOrDefault(nameLanguage(language, fallback), slug);
    }

    /** The description in the same language as {@link #name(String, String)}, when it has one there. */
    public String description(String language, String fallback) {
        String shown = descriptions.getOrDefault(language, "");
        return shown.isBlank() ? descriptions.getOrDefault(nameLanguage(language, fallback), "") : shown;
    }

    public String descriptionLanguage(String language, String fallback) {
        String shown = descriptions.getOrDefault(language, "");
        return shown.isBlank() ? nameLanguage(language, fallback) : language;
    }
}
