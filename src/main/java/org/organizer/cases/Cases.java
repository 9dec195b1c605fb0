package org.organizer.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case files and who sees what of them. Administrators open cases and manage their teams; the team of a case
 * (case workers, a per-case membership) writes it and reads its case-team values, and every such read is
 * logged. Signed-in accounts see network and public values, anonymous visitors public values only — a
 * person's name and a case's story only while the consent to publish them stands.
 */
@Service
public class Cases {

    /** The fields each kind of record has; a field not listed here is refused. */
    static final Map<OwnerKind, List<String>> FIELDS = Map.of(
            OwnerKind.CASE, List.of("summary", "charges", "court", "caseNumber", "lawyer"),
            OwnerKind.PERSON, List.of("name", "birthYear", "occupation", "organisation"),
            OwnerKind.ROLE, List.of("ageAtEvent"),
            OwnerKind.EVENT, List.of("city", "description"),
            OwnerKind.INSTITUTION, List.of("name"),
            OwnerKind.SOURCE, List.of("link", "description"));

    private static final Set<String> LANGUAGE_FIELDS = Set.of("summary");
    private static final int MAX_VALUE = 20000;

    private final CaseRepository cases;
    private final StatisticsRepository publicLists;
    private final FieldCipher cipher;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Cases(
            CaseRepository cases,
            StatisticsRepository publicLists,
            FieldCipher cipher,
            Accounts accounts,
            ApplicationEventPublisher events) {
        this.cases = cases;
        this.publicLists = publicLists;
        this.cipher = cipher;
        this.accounts = accounts;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    // ---- cases and teams ----

    /** Opens a case; its creator joins its team, its summary is a case-team value. */
    @Transactional
    public CaseSummary open(Actor actor, String country, String status, String language, String summary) {
        requireAdministrator(actor);
        String code = country(country);
        CaseStatus parsed = parse(CaseStatus.class, status, "cases.error.status");
        String lang = language(language);
        String text = value(summary);
        UUID id = UUID.randomUUID();
        cases.insertCase(
                id,
                "case-" + id.toString().substring(0, 8),
                code,
                parsed,
                actor.id().value(),
                now());
        cases.addMember(id, actor.id().value(), actor.id().value(), now());
        put(actor, OwnerKind.CASE, id, "summary", lang, text, Visibility.CASE_TEAM);
        return cases.byId(id).orElseThrow();
    }

    @Transactional
    public void addTeamMember(Actor actor, UUID caseId, String email) {
        requireAdministrator(actor);
        existing(caseId);
        Actor member =
                accounts.byEmail(email.strip()).orElseThrow(() -> new InvalidCaseInput("cases.error.team.unknown"));
        cases.addMember(caseId, member.id().value(), actor.id().value(), now());
    }

    @Transactional
    public void removeTeamMember(Actor actor, UUID caseId, UUID user) {
        requireAdministrator(actor);
        existing(caseId);
        cases.removeMember(caseId, user);
    }

    /** Administrators see every case in the list, anyone else the cases of their teams. */
    public List<CaseSummary> list(Actor actor, @Nullable String country, @Nullable String status) {
        String code = country == null || country.isBlank() ? null : country(country);
        CaseStatus parsed =
                status == null || status.isBlank() ? null : parse(CaseStatus.class, status, "cases.error.status");
        return cases.list(actor.can(Role.ADMINISTRATOR) ? null : actor.id().value(), code, parsed);
    }

    public boolean isTeamMember(Actor actor, UUID caseId) {
        return cases.isMember(caseId, actor.id().value());
    }

    public List<AccessLogEntry> accessLog(Actor actor) {
        requireAdministrator(actor);
        return cases.accessLog(500);
    }

    // ---- reading ----

    /**
     * The case as the viewer (null: anonymous) may see it. Team members of the case read its case-team values,
     * and the read is written to the access log.
     */
    @Transactional
    public CaseView view(@Nullable Actor viewer, UUID caseId) {
        CaseSummary summary = existing(caseId);
        boolean member = viewer != null && cases.isMember(caseId, viewer.id().value());
        boolean administrator = viewer != null && viewer.can(Role.ADMINISTRATOR);
        if (viewer != null && !member && !administrator) {
            throw CaseAccessDenied.teamOnly();
        }
        return read(viewer, summary, member, administrator);
    }

    /**
     * The case for a dossier exported by any signed-in account: the team reads its case-team values (logged
     * like a page read), everyone else public and network values only. What of the structure an exporter
     * outside the team sees is the dossier's business ({@code cases.dossier}).
     */
    @Transactional
    public CaseView forDossier(Actor exporter, UUID caseId) {
        CaseSummary summary = existing(caseId);
        return read(exporter, summary, cases.isMember(caseId, exporter.id().value()), exporter.can(Role.ADMINISTRATOR));
    }

    private CaseView read(@Nullable Actor viewer, CaseSummary summary, boolean member, boolean administrator) {
        UUID caseId = summary.id();
        List<CaseRepository.PersonRoleRow> roles = cases.roles(caseId);
        List<CaseView.Event> events = cases.events(caseId);
        List<CaseView.Institution> institutions = cases.institutions(caseId);
        List<UUID> sources = cases.sources(caseId);
        Set<UUID> owners = new LinkedHashSet<>();
        owners.add(caseId);
        roles.forEach(r -> {
            owners.add(r.roleId());
            owners.add(r.personId());
        });
        events.forEach(e -> owners.add(e.id()));
        institutions.forEach(i -> owners.add(i.id()));
        owners.addAll(sources);
        Set<UUID> persons = new LinkedHashSet<>();
        roles.forEach(r -> persons.add(r.personId()));
        List<CaseView.Consent> consents = cases.consents(persons);
        Set<String> consented = new HashSet<>();
        consents.stream().filter(CaseView.Consent::active).forEach(c -> consented.add(c.personId() + "/" + c.scope()));
        boolean storyConsented = roles.stream()
                .filter(r -> r.role() == PersonRole.VICTIM)
                .allMatch(r -> consented.contains(r.personId() + "/" + ConsentScope.STORY));

        Map<UUID, List<Field>> byOwner = new HashMap<>();
        List<String> opened = new ArrayList<>();
        for (CaseRepository.StoredField stored : cases.fields(owners)) {
            String value = null;
            switch (stored.visibility()) {
                case CASE_TEAM -> {
                    if (member && stored.sealed() != null) {
                        value = cipher.open(stored.sealed(), place(stored));
                        opened.add(stored.ownerKind() + "." + stored.name()
                                + (stored.language().isEmpty() ? "" : "." + stored.language()));
                    }
                }
                case NETWORK -> value = viewer != null ? stored.plain() : null;
                case PUBLIC -> {
                    boolean published =
                            viewer != null || !needsConsent(stored) || consentGiven(stored, consented, storyConsented);
                    value = published ? stored.plain() : null;
                }
            }
            byOwner.computeIfAbsent(stored.ownerId(), k -> new ArrayList<>())
                    .add(new Field(
                            stored.ownerKind(),
                            stored.ownerId(),
                            stored.name(),
                            stored.language(),
                            stored.visibility(),
                            value));
        }
        if (!opened.isEmpty() && viewer != null) {
            cases.logAccess(caseId, viewer.id().value(), now(), String.join(", ", opened));
        }
        List<CaseView.PersonInCase> people = roles.stream()
                .map(r -> {
                    List<Field> fields = new ArrayList<>(byOwner.getOrDefault(r.personId(), List.of()));
                    fields.addAll(byOwner.getOrDefault(r.roleId(), List.of()));
                    return new CaseView.PersonInCase(r.personId(), r.roleId(), r.role(), List.copyOf(fields));
                })
                .toList();
        return new CaseView(
                summary,
                member,
                administrator,
                byOwner.getOrDefault(caseId, List.of()),
                people,
                events.stream()
                        .map(e -> new CaseView.Event(
                                e.id(), e.kind(), e.occurredOn(), e.country(), byOwner.getOrDefault(e.id(), List.of())))
                        .toList(),
                institutions.stream()
                        .map(i -> new CaseView.Institution(i.id(), i.kind(), byOwner.getOrDefault(i.id(), List.of())))
                        .toList(),
                sources.stream()
                        .map(s -> new CaseView.Source(s, byOwner.getOrDefault(s, List.of())))
                        .toList(),
                member || administrator ? consents : List.of(),
                member || administrator ? cases.team(caseId) : List.of());
    }

    private static boolean needsConsent(CaseRepository.StoredField field) {
        return (field.ownerKind() == OwnerKind.PERSON && field.name().equals("name"))
                || (field.ownerKind() == OwnerKind.CASE && field.name().equals("summary"));
    }

    private static boolean consentGiven(CaseRepository.StoredField field, Set<String> consented, boolean story) {
        if (field.ownerKind() == OwnerKind.PERSON) {
            return consented.contains(field.ownerId() + "/" + ConsentScope.NAME);
        }
        return story;
    }

    /** A case as anyone may see it; a case with nothing public does not exist for the public. */
    @Transactional(readOnly = true)
    public PublicCase publicCase(String slug) {
        CaseSummary summary = cases.bySlug(slug).orElseThrow(CaseNotFound::new);
        PublicCase shown = PublicCase.of(read(null, summary, false, false));
        if (!shown.published()) {
            throw new CaseNotFound();
        }
        return shown;
    }

    /** The cases with something public, newest first, filtered by country and status. */
    @Transactional(readOnly = true)
    public List<PublicCase> publicCases(@Nullable String country, @Nullable String status) {
        String code = country == null || country.isBlank() ? null : country(country);
        CaseStatus parsed =
                status == null || status.isBlank() ? null : parse(CaseStatus.class, status, "cases.error.status");
        return publicLists.publicList(code, parsed, 200).stream()
                .map(summary -> PublicCase.of(read(null, summary, false, false)))
                .filter(PublicCase::published)
                .toList();
    }

    // ---- writing (the case's team) ----

    /** Adds a new person to the case, or (with {@code existingPerson}) a person already in another case. */
    @Transactional
    public UUID addPerson(
            Actor actor,
            UUID caseId,
            String role,
            @Nullable UUID existingPerson,
            @Nullable String name,
            @Nullable String birthYear,
            @Nullable String occupation,
            @Nullable String organisation,
            @Nullable String ageAtEvent) {
        requireTeam(actor, caseId);
        PersonRole parsedRole = parse(PersonRole.class, role, "cases.error.role");
        UUID person;
        if (existingPerson != null) {
            if (!cases.personExists(existingPerson)
                    || cases.casesOfPerson(existingPerson).stream()
                            .noneMatch(c -> cases.isMember(c, actor.id().value()))) {
                throw new InvalidCaseInput("cases.error.person.unknown");
            }
            person = existingPerson;
        } else {
            String personName = value(name == null ? "" : name);
            Integer year = birthYear == null || birthYear.isBlank() ? null : birthYear(birthYear);
            if (year != null) {
                checkKillingsAfterBirth(caseId, year);
            }
            person = UUID.randomUUID();
            cases.insertPerson(person, actor.id().value(), now());
            put(actor, OwnerKind.PERSON, person, "name", "", personName, Visibility.CASE_TEAM);
            if (year != null) {
                put(actor, OwnerKind.PERSON, person, "birthYear", "", year.toString(), Visibility.CASE_TEAM);
            }
            optional(actor, OwnerKind.PERSON, person, "occupation", occupation);
            optional(actor, OwnerKind.PERSON, person, "organisation", organisation);
        }
        UUID roleId = UUID.randomUUID();
        cases.insertRole(roleId, caseId, person, parsedRole);
        if (ageAtEvent != null && !ageAtEvent.isBlank()) {
            int age = integer(ageAtEvent, 0, 130, "cases.error.age");
            put(actor, OwnerKind.ROLE, roleId, "ageAtEvent", "", Integer.toString(age), Visibility.CASE_TEAM);
        }
        return person;
    }

    @Transactional
    public UUID addEvent(
            Actor actor,
            UUID caseId,
            String kind,
            String date,
            String country,
            @Nullable String city,
            @Nullable String description) {
        requireTeam(actor, caseId);
        EventKind parsed = parse(EventKind.class, kind, "cases.error.eventKind");
        LocalDate on;
        try {
            on = LocalDate.parse(date.strip());
        } catch (RuntimeException e) {
            throw new InvalidCaseInput("cases.error.date");
        }
        if (on.isAfter(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))))) {
            throw new InvalidCaseInput("cases.error.date.future");
        }
        String code = country(country);
        if (parsed == EventKind.KILLING) {
            for (CaseRepository.PersonRoleRow role : cases.roles(caseId)) {
                Integer born = birthYearOf(role.personId());
                if (role.role() == PersonRole.VICTIM && born != null && on.getYear() < born) {
                    throw new InvalidCaseInput("cases.error.deathBeforeBirth");
                }
            }
        }
        UUID id = UUID.randomUUID();
        cases.insertEvent(id, caseId, parsed, on, code);
        optional(actor, OwnerKind.EVENT, id, "city", city);
        optional(actor, OwnerKind.EVENT, id, "description", description);
        return id;
    }

    @Transactional
    public UUID addInstitution(Actor actor, UUID caseId, String kind, String name) {
        requireTeam(actor, caseId);
        InstitutionKind parsed = parse(InstitutionKind.class, kind, "cases.error.institutionKind");
        String text = value(name);
        UUID id = UUID.randomUUID();
        cases.insertInstitution(id, caseId, parsed);
        put(actor, OwnerKind.INSTITUTION, id, "name", "", text, Visibility.CASE_TEAM);
        return id;
    }

    @Transactional
    public UUID addSource(Actor actor, UUID caseId, String link, @Nullable String description) {
        requireTeam(actor, caseId);
        String url = link(link);
        UUID id = UUID.randomUUID();
        cases.insertSource(id, caseId);
        put(actor, OwnerKind.SOURCE, id, "link", "", url, Visibility.CASE_TEAM);
        optional(actor, OwnerKind.SOURCE, id, "description", description);
        return id;
    }

    /** A source that is a document only, with an optional description; the caller attaches the document. */
    @Transactional
    UUID addDocumentSource(Actor actor, UUID caseId, @Nullable String description) {
        requireTeam(actor, caseId);
        UUID id = UUID.randomUUID();
        cases.insertSource(id, caseId);
        optional(actor, OwnerKind.SOURCE, id, "description", description);
        return id;
    }

    /** Writes a value; a new value is a case-team value, a changed one keeps its visibility. */
    @Transactional
    public void setField(
            Actor actor,
            UUID caseId,
            String ownerKind,
            UUID owner,
            String name,
            @Nullable String language,
            String value) {
        requireTeam(actor, caseId);
        OwnerKind kind = owner(caseId, ownerKind, owner, name);
        String lang = LANGUAGE_FIELDS.contains(name) ? language(language == null ? "" : language) : "";
        String text = checked(kind, name, value);
        Visibility visibility = cases.field(kind, owner, name, lang)
                .map(CaseRepository.StoredField::visibility)
                .orElse(Visibility.CASE_TEAM);
        put(actor, kind, owner, name, lang, text, visibility);
        events.publishEvent(new CaseChanged(caseId));
    }

    /** Changes who may see a value; it is sealed or unsealed accordingly. */
    @Transactional
    public void setVisibility(
            Actor actor,
            UUID caseId,
            String ownerKind,
            UUID owner,
            String name,
            @Nullable String language,
            String visibility) {
        requireTeam(actor, caseId);
        OwnerKind kind = owner(caseId, ownerKind, owner, name);
        Visibility parsed = parse(Visibility.class, visibility, "cases.error.visibility");
        CaseRepository.StoredField stored = cases.field(kind, owner, name, language == null ? "" : language)
                .orElseThrow(() -> new InvalidCaseInput("cases.error.field"));
        String plain = stored.sealed() != null ? cipher.open(stored.sealed(), place(stored)) : stored.plain();
        put(actor, kind, owner, name, stored.language(), plain == null ? "" : plain, parsed);
        events.publishEvent(new CaseChanged(caseId));
    }

    @Transactional
    public UUID recordConsent(Actor actor, UUID caseId, UUID person, String scope, String givenBy, String givenOn) {
        requireTeam(actor, caseId);
        if (!cases.ownedByCase(caseId, OwnerKind.PERSON, person)) {
            throw new InvalidCaseInput("cases.error.person.unknown");
        }
        ConsentScope parsed = parse(ConsentScope.class, scope, "cases.error.consent.scope");
        String by = givenBy.strip().toUpperCase(Locale.ROOT);
        if (!by.equals("PERSON") && !by.equals("FAMILY")) {
            throw new InvalidCaseInput("cases.error.consent.givenBy");
        }
        LocalDate on;
        try {
            on = LocalDate.parse(givenOn.strip());
        } catch (RuntimeException e) {
            throw new InvalidCaseInput("cases.error.date");
        }
        if (on.isAfter(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))))) {
            throw new InvalidCaseInput("cases.error.date.future");
        }
        UUID id = UUID.randomUUID();
        cases.insertConsent(id, person, parsed, by, on, actor.id().value(), now());
        events.publishEvent(new CaseChanged(caseId));
        return id;
    }

    /** Withdraws a consent: what it allowed is no longer shown publicly from this moment. */
    @Transactional
    public void withdrawConsent(Actor actor, UUID caseId, UUID consent) {
        requireTeam(actor, caseId);
        UUID person =
                cases.personOfConsent(consent).orElseThrow(() -> new InvalidCaseInput("cases.error.consent.unknown"));
        if (!cases.ownedByCase(caseId, OwnerKind.PERSON, person)) {
            throw new InvalidCaseInput("cases.error.consent.unknown");
        }
        cases.withdrawConsent(consent, actor.id().value(), now());
        events.publishEvent(new CaseChanged(caseId));
    }

    // ---- helpers ----

    private void put(
            Actor actor, OwnerKind kind, UUID owner, String name, String language, String value, Visibility v) {
        String place = place(kind, owner, name, language);
        CaseRepository.StoredField field = v == Visibility.CASE_TEAM
                ? new CaseRepository.StoredField(kind, owner, name, language, v, null, cipher.seal(value, place))
                : new CaseRepository.StoredField(kind, owner, name, language, v, value, null);
        cases.putField(field, actor.id().value(), now());
    }

    private void optional(Actor actor, OwnerKind kind, UUID owner, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            put(actor, kind, owner, name, "", checked(kind, name, value), Visibility.CASE_TEAM);
        }
    }

    private String checked(OwnerKind kind, String name, String value) {
        if (kind == OwnerKind.SOURCE && name.equals("link")) {
            return link(value);
        }
        if (kind == OwnerKind.PERSON && name.equals("birthYear")) {
            return Integer.toString(birthYear(value));
        }
        if (kind == OwnerKind.ROLE) {
            return Integer.toString(integer(value, 0, 130, "cases.error.age"));
        }
        return value(value);
    }

    private @Nullable Integer birthYearOf(UUID person) {
        return cases.field(OwnerKind.PERSON, person, "birthYear", "")
                .map(f -> f.sealed() != null ? cipher.open(f.sealed(), place(f)) : f.plain())
                .map(Integer::valueOf)
                .orElse(null);
    }

    private void checkKillingsAfterBirth(UUID caseId, int born) {
        for (CaseView.Event event : cases.events(caseId)) {
            if (event.kind() == EventKind.KILLING && event.occurredOn().getYear() < born) {
                throw new InvalidCaseInput("cases.error.deathBeforeBirth");
            }
        }
    }

    private OwnerKind owner(UUID caseId, String ownerKind, UUID owner, String name) {
        OwnerKind kind = parse(OwnerKind.class, ownerKind, "cases.error.field");
        if (!FIELDS.get(kind).contains(name) || !cases.ownedByCase(caseId, kind, owner)) {
            throw new InvalidCaseInput("cases.error.field");
        }
        return kind;
    }

    static String place(CaseRepository.StoredField f) {
        return place(f.ownerKind(), f.ownerId(), f.name(), f.language());
    }

    static String place(OwnerKind kind, UUID owner, String name, String language) {
        return kind + "/" + owner + "/" + name + "/" + language;
    }

    private CaseSummary existing(UUID caseId) {
        return cases.byId(caseId).orElseThrow(CaseNotFound::new);
    }

    private void requireTeam(Actor actor, UUID caseId) {
        existing(caseId);
        if (!cases.isMember(caseId, actor.id().value())) {
            throw CaseAccessDenied.teamOnly();
        }
    }

    static void requireAdministrator(Actor actor) {
        if (!actor.can(Role.ADMINISTRATOR)) {
            throw CaseAccessDenied.administratorsOnly();
        }
    }

    private static String value(String value) {
        String text = value.strip();
        if (text.isEmpty()) {
            throw new InvalidCaseInput("cases.error.value.empty");
        }
        if (text.length() > MAX_VALUE) {
            throw new InvalidCaseInput("cases.error.value.long", MAX_VALUE);
        }
        return text;
    }

    static String country(String country) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !Set.of(Locale.getISOCountries()).contains(code)) {
            throw new InvalidCaseInput("cases.error.country");
        }
        return code;
    }

    private static String language(String language) {
        String code = language.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2,3}")) {
            throw new InvalidCaseInput("cases.error.language");
        }
        return code;
    }

    private int birthYear(String value) {
        return integer(value, 1850, LocalDate.now(clock).getYear(), "cases.error.birthYear");
    }

    private static int integer(String value, int min, int max, String key) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidCaseInput(key, min, max);
    }

    private static String link(String value) {
        String text = value.strip();
        try {
            URI uri = new URI(text);
            if ((uri.getScheme() != null
                            && (uri.getScheme().equals("https")
                                    || uri.getScheme().equals("http")))
                    && uri.getHost() != null
                    && text.length() <= 2000) {
                return text;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new InvalidCaseInput("cases.error.link");
    }

    static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String key) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput(key);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
