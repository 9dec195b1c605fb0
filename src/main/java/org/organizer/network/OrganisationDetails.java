package org.organizer.network;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The public fields of an organisation, checked by {@link OrganisationRules}. */
record OrganisationDetails(
        OrganisationKind kind,
        String country,
        String city,
        @Nullable String website,
        @Nullable String websiteHost,
        List<String> languages,
        Map<String, String> names,
        Map<String, String> descriptions) {}
