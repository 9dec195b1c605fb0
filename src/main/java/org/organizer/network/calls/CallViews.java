package org.organizer.network.calls;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the call pages show; public only so that precompiled templates can read them. */
public final class CallViews {

    private CallViews() {}

    public record Choice(String value, String label) {}

    /** A call in a list: its title in the reader's language (else the original), status and dates. */
    public record Item(
            String id,
            String slug,
            String title,
            String titleLanguage,
            String status,
            @Nullable LocalDate decidedDate,
            List<String> issuers) {}

    /** The signed-in list of calls, with the form for a new call. */
    public record AccountList(List<Item> calls, List<Choice> issuers, List<String> errors, Map<String, String> typed) {

        public String typed(String key) {
            return typed.getOrDefault(key, "");
        }

        public boolean checked(String issuer) {
            return typed.getOrDefault("issuer." + issuer, "").equals("on");
        }
    }

    public record Comment(
            long id, String organisation, String author, String body, OffsetDateTime at, List<Comment> replies) {}

    public record Amendment(
            long id,
            int paragraph,
            String replacement,
            String reason,
            String organisation,
            String state,
            String decisionReason) {}

    /** A numbered paragraph of the original text, rendered and sanitised, with its comment threads. */
    public record Paragraph(int number, String html, List<Comment> comments) {}

    public record Poll(boolean open, List<LocalDate> dates, PollTally tally) {}

    public record Decision(
            LocalDate date, OffsetDateTime at, String by, List<String> participants, List<PollTally.DateTally> tally) {}

    public record Version(String language, String title, String slug, boolean published) {}

    public record HistoryEntry(OffsetDateTime at, String by, String kind, String detail) {}

    /** The working page of a call for the signed-in: discussion, amendments, poll, language versions. */
    public record Workspace(
            String id,
            String status,
            String title,
            String language,
            @Nullable LocalDate originalDate,
            @Nullable LocalDate decidedDate,
            List<String> issuers,
            boolean manager,
            List<Choice> actingFor,
            List<Paragraph> paragraphs,
            List<Comment> generalComments,
            List<Amendment> amendments,
            @Nullable Poll poll,
            @Nullable Decision decision,
            List<Version> versions,
            List<String> nextStatuses,
            List<HistoryEntry> history,
            String originalBody,
            List<String> errors,
            @Nullable String notice,
            Map<String, String> typed) {

        public String typed(String key) {
            return typed.getOrDefault(key, "");
        }

        public boolean discussion() {
            return status.equals("discussion");
        }
    }

    /** The public page of a published language version. */
    public record PublicCall(
            String id,
            String language,
            String title,
            String html,
            String status,
            @Nullable LocalDate originalDate,
            @Nullable LocalDate decidedDate,
            List<Choice> issuers,
            List<Version> otherLanguages) {}

    public record PublicList(List<Item> calls) {}
}
