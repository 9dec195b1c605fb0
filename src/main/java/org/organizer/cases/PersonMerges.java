package org.organizer.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges a duplicate person into another. The removed person's roles in cases, consents and values move to the
 * kept person; where both have a value, the kept person's stays and the removed person's is preserved in the
 * merge record. Sealed values are bound to their place, so a moved value is opened and sealed anew for its new
 * place. Administrators may merge any two persons, case workers two persons of cases all on their teams.
 */
@Service
public class PersonMerges {

    private final CaseRepository cases;
    private final MergeRepository merges;
    private final FieldCipher cipher;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    PersonMerges(CaseRepository cases, MergeRepository merges, FieldCipher cipher, ApplicationEventPublisher events) {
        this.cases = cases;
        this.merges = merges;
        this.cipher = cipher;
        this.events = events;
    }

    /** Merges {@code removed} into {@code kept}; returns the id of the merge record. */
    @Transactional
    public UUID merge(Actor actor, UUID kept, UUID removed) {
        if (kept.equals(removed)) {
            throw new InvalidCaseInput("cases.error.merge.self");
        }
        if (!cases.personExists(kept) || !cases.personExists(removed)) {
            throw new InvalidCaseInput("cases.error.merge.unknown");
        }
        Set<UUID> involved = new LinkedHashSet<>(cases.casesOfPerson(kept));
        List<UUID> casesOfRemoved = cases.casesOfPerson(removed);
        involved.addAll(casesOfRemoved);
        if (!actor.can(Role.ADMINISTRATOR)) {
            UUID user = actor.id().value();
            boolean seesKept = cases.casesOfPerson(kept).stream().anyMatch(c -> cases.isMember(c, user));
            boolean seesRemoved = casesOfRemoved.stream().anyMatch(c -> cases.isMember(c, user));
            if (!seesKept || !seesRemoved) {
                throw new InvalidCaseInput("cases.error.merge.unknown");
            }
            if (!involved.stream().allMatch(c -> cases.isMember(c, user))) {
                throw CaseAccessDenied.teamOnly();
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID by = actor.id().value();
        String keptName = name(kept);
        String removedName = name(removed);
        List<String> preserved = new ArrayList<>();

        moveFields(OwnerKind.PERSON, removed, kept, preserved, by, now);
        for (MergeRepository.RoleRow role : merges.rolesOf(removed)) {
            UUID twin = cases.roles(role.caseId()).stream()
                    .filter(r -> r.personId().equals(kept) && r.role() == role.role())
                    .map(CaseRepository.PersonRoleRow::roleId)
                    .findFirst()
                    .orElse(null);
            if (twin == null) {
                merges.moveRole(role.roleId(), kept);
            } else {
                moveFields(OwnerKind.ROLE, role.roleId(), twin, preserved, by, now);
                merges.deleteRole(role.roleId());
            }
        }
        merges.moveConsents(removed, kept);
        merges.movePhotos(removed, kept);
        merges.moveMergeRecords(removed, kept);
        merges.deletePerson(removed);

        UUID id = UUID.randomUUID();
        merges.insert(
                new MergeRepository.StoredMerge(
                        id,
                        kept,
                        removed,
                        sealed(keptName, id, "keptName"),
                        sealed(removedName, id, "removedName"),
                        preserved.isEmpty() ? null : sealed(String.join("\n", preserved), id, "preserved"),
                        "",
                        now),
                by);
        involved.forEach(c -> events.publishEvent(new CaseChanged(c)));
        return id;
    }

    /** The merges into persons of the case; names and preserved values only for the case's team. */
    @Transactional(readOnly = true)
    public List<PersonMerge> ofCase(Actor viewer, UUID caseId) {
        boolean member = cases.isMember(caseId, viewer.id().value());
        if (!member && !viewer.can(Role.ADMINISTRATOR)) {
            throw CaseAccessDenied.teamOnly();
        }
        return merges.ofCase(caseId).stream()
                .map(m -> new PersonMerge(
                        m.id(),
                        m.kept(),
                        m.removed(),
                        member ? opened(m.keptName(), m.id(), "keptName") : null,
                        member ? opened(m.removedName(), m.id(), "removedName") : null,
                        member ? opened(m.preserved(), m.id(), "preserved") : null,
                        m.mergedBy(),
                        m.mergedAt()))
                .toList();
    }

    /** The place a value of a merge record is sealed for (associated data of {@link FieldCipher}). */
    static String place(UUID mergeId, String column) {
        return "MERGE/" + mergeId + "/" + column + "/";
    }

    private void moveFields(OwnerKind kind, UUID from, UUID to, List<String> preserved, UUID by, Instant now) {
        for (CaseRepository.StoredField field : cases.fields(List.of(from))) {
            if (field.ownerKind() != kind) {
                continue;
            }
            if (cases.field(kind, to, field.name(), field.language()).isPresent()) {
                preserved.add(field.name()
                        + (field.language().isEmpty() ? "" : " (" + field.language() + ")")
                        + ": "
                        + plain(field));
            } else {
                String sealed = field.sealed() == null
                        ? null
                        : cipher.seal(plain(field), Cases.place(kind, to, field.name(), field.language()));
                cases.putField(
                        new CaseRepository.StoredField(
                                kind, to, field.name(), field.language(), field.visibility(), field.plain(), sealed),
                        by,
                        now);
            }
            merges.deleteField(kind, from, field.name(), field.language());
        }
    }

    private String plain(CaseRepository.StoredField field) {
        String sealed = field.sealed();
        if (sealed != null) {
            return cipher.open(sealed, Cases.place(field));
        }
        String plain = field.plain();
        return plain == null ? "" : plain;
    }

    private @Nullable String name(UUID person) {
        return cases.field(OwnerKind.PERSON, person, "name", "")
                .map(this::plain)
                .orElse(null);
    }

    private @Nullable String sealed(@Nullable String value, UUID mergeId, String column) {
        return value == null ? null : cipher.seal(value, place(mergeId, column));
    }

    private @Nullable String opened(@Nullable String sealed, UUID mergeId, String column) {
        return sealed == null ? null : cipher.open(sealed, place(mergeId, column));
    }
}
