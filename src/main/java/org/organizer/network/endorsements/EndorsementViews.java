package org.organizer.network.endorsements;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the endorsement pages and exports show; public only so that precompiled templates can read them. */
public final class EndorsementViews {

    private EndorsementViews() {}

    /** One public endorsement: public fields only, never the contact address. */
    public record Endorser(
            String name,
            String kind,
            String country,
            @Nullable String website,
            @Nullable String signer,
            @Nullable String role,
            @Nullable String organisation,
            @Nullable LocalDate date) {}

    /** A country's endorsers: {@code count} of them, the first of which are named in {@code endorsers}. */
    public record CountryGroup(String country, int count, List<Endorser> endorsers) {

        public boolean hasMore() {
            return endorsers.size() < count;
        }
    }

    /** One page of every public endorser of a call in one country. */
    public record CountryList(
            String language,
            String slug,
            String callTitle,
            String country,
            int total,
            int page,
            int pages,
            List<Endorser> endorsers) {}

    /** The endorsements on a call's public page, grouped by country, largest groups first. */
    public record Summary(
            String callId, String language, String slug, boolean open, int total, List<CountryGroup> countries) {}

    /** The endorsers of a call shown inside an article, with a link to the call's page. */
    public record Embedded(String title, String href, int total, List<CountryGroup> countries) {}

    /** The public form, with what was typed and what was wrong with it. */
    public record Form(
            String language,
            String slug,
            String callTitle,
            boolean open,
            List<String> kinds,
            List<String> countries,
            List<String> errors,
            boolean sent,
            Map<String, String> typed) {

        public String typed(String key) {
            return typed.getOrDefault(key, "");
        }

        /** The form is shown while the call is open, and with what was typed when it closed meanwhile. */
        public boolean showForm() {
            return open || !typed.isEmpty();
        }

        public boolean checked(String key) {
            return "on".equals(typed.get(key));
        }
    }

    /** The page a confirmation link opens. */
    public record Confirmation(
            String token,
            String organisation,
            String callTitle,
            @Nullable String outcome) {}

    public record Moderated(
            String id,
            String name,
            String kind,
            String country,
            @Nullable String website,
            @Nullable String signer,
            @Nullable String role,
            String email,
            @Nullable String organisation,
            String state,
            @Nullable OffsetDateTime confirmedAt) {}

    public record LogLine(
            OffsetDateTime at,
            String endorsement,
            @Nullable String by,
            String action,
            @Nullable String reason) {}

    /** The editors' moderation page of a call. */
    public record Moderation(
            String callId,
            String callTitle,
            List<Moderated> pending,
            List<Moderated> published,
            List<Moderated> others,
            List<LogLine> log,
            List<String> errors,
            @Nullable String notice) {}
}
