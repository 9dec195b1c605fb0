package org.organizer.cases.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.funds.PublicAccount;

/** What a case's campaign holds; the public page shows the public part of it. */
public record Campaign(
        UUID caseId,
        String slug,
        String country,
        Map<String, String> demands,
        List<Hearing> hearings,
        @Nullable Address address,
        List<Message> messages) {

    public record Hearing(UUID id, ZonedDateTime startsAt, String place) {}

    /** The prisoner's postal address, with who allowed it to be shown and when; withdrawn: not shown. */
    public record Address(
            String address,
            String allowedBy,
            LocalDate allowedOn,
            String recordedBy,
            @Nullable Instant withdrawnAt) {
        public boolean shown() {
            return withdrawnAt == null;
        }
    }

    /** A solidarity message; the contact e-mail is only for the case's team and editors, never published. */
    public record Message(
            UUID id,
            String organisation,
            String country,
            String message,
            String email,
            String state,
            Instant createdAt) {

        public List<String> paragraphs() {
            return java.util.Arrays.stream(message.split("\\R\\s*\\R"))
                    .map(String::strip)
                    .filter(p -> !p.isEmpty())
                    .toList();
        }
    }

    /** The public part in one language: no contact e-mail, no message waiting for approval. */
    public record Public(
            String slug,
            String country,
            String language,
            @Nullable String demands,
            List<Hearing> hearings,
            @Nullable String address,
            List<PublicMessage> messages,
            List<PublicAccount> funds) {}

    public record PublicMessage(String organisation, String country, List<String> paragraphs) {}
}
