package org.organizer.network.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One organisation as a reader of one language sees it: public fields only, the name and description in
 * the reader's language or the nearest one there is ({@code nameLanguage}, {@code descriptionLanguage}).
 */
public record OrganisationView(
        String id,
        String slug,
        String name,
        String nameLanguage,
        String description,
        String descriptionLanguage,
        String kind,
        String country,
        String city,
        @Nullable String website,
        List<String> languages,
        boolean verified) {}
