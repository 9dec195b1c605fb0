package org.organizer.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A case as one viewer may see it: every value they may not see is null. */
public record CaseView(
        CaseSummary summary,
        boolean teamMember,
        boolean administrator,
        List<Field> fields,
        List<PersonInCase> persons,
        List<Event> events,
        List<Institution> institutions,
        List<Source> sources,
        List<Consent> consents,
        List<TeamMember> team) {

    public record PersonInCase(UUID personId, UUID roleId, PersonRole role, List<Field> fields) {
        public Optional<Field> field(String name) {
            return fields.stream().filter(f -> f.name().equals(name)).findFirst();
        }
    }

    public record Event(UUID id, EventKind kind, LocalDate occurredOn, String country, List<Field> fields) {}

    public record Institution(UUID id, InstitutionKind kind, List<Field> fields) {}

    public record Source(UUID id, List<Field> fields) {}

    public record Consent(
            UUID id,
            UUID personId,
            ConsentScope scope,
            String givenBy,
            LocalDate givenOn,
            String recordedBy,
            Instant recordedAt,
            @Nullable Instant withdrawnAt) {
        public boolean active() {
            return withdrawnAt == null;
        }
    }

    public record TeamMember(UUID userId, String displayName, String email) {}

    public Optional<Field> field(String name, String language) {
        return fields.stream()
                .filter(f -> f.name().equals(name) && f.language().equals(language))
                .findFirst();
    }
}
