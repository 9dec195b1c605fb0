package org.organizer.network.web;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The form of an organisation for editors ({@code contacts} true: every field) or for its representatives
 * (public fields only), with what else the page shows: representatives and verifications.
 *
 * @param id null for a new organisation
 */
public record EditPage(
        @Nullable String id,
        @Nullable String slug,
        String title,
        boolean verified,
        @Nullable String website,
        OrganisationForm form,
        List<String> languages,
        List<String> kinds,
        List<String> countries,
        boolean contacts,
        List<String> errors,
        @Nullable String notice,
        List<Person> representatives,
        List<VerificationView> verifications) {

    public record Person(String name, String email, OffsetDateTime since) {}

    public record VerificationView(String method, String by, OffsetDateTime at, String detail) {}
}
