package org.organizer.network.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What someone typed into an organisation form, kept as typed so that a form with errors shows it again.
 * Names and descriptions are per language; contacts are only filled in on editors' forms.
 */
public record OrganisationForm(
        String kind,
        String country,
        String city,
        String website,
        String languages,
        Map<String, String> names,
        Map<String, String> descriptions,
        String email,
        String phone,
        String postalAddress,
        String notes) {

    public OrganisationForm {
        names = Map.copyOf(names);
        descriptions = Map.copyOf(descriptions);
    }

    public static OrganisationForm empty() {
        return new OrganisationForm("", "", "", "", "", Map.of(), Map.of(), "", "", "", "");
    }

    /** Reads {@code name.<lang>} and {@code description.<lang>} for the given languages, and the other fields. */
    public static OrganisationForm of(Map<String, String> params, List<String> languages) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> descriptions = new HashMap<>();
        for (String language : languages) {
            names.put(language, params.getOrDefault("name." + language, ""));
            descriptions.put(language, params.getOrDefault("description." + language, ""));
        }
        return new OrganisationForm(
                params.getOrDefault("kind", ""),
                params.getOrDefault("country", ""),
                params.getOrDefault("city", ""),
                params.getOrDefault("website", ""),
                params.getOrDefault("languages", ""),
                names,
                descriptions,
                params.getOrDefault("email", ""),
                params.getOrDefault("phone", ""),
                params.getOrDefault("postalAddress", ""),
                params.getOrDefault("notes", ""));
    }

    public String name(String language) {
        return names.getOrDefault(language, "");
    }

    public String description(String language) {
        return descriptions.getOrDefault(language, "");
    }
}
