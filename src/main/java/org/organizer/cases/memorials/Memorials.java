package org.organizer.cases.memorials;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.cases.CaseNotFound;
import org.organizer.cases.CasePhotos;
import org.organizer.cases.CaseStatus;
import org.organizer.cases.CaseSummary;
import org.organizer.cases.CaseView;
import org.organizer.cases.Cases;
import org.organizer.cases.EventKind;
import org.organizer.cases.Field;
import org.organizer.cases.PersonRole;
import org.organizer.web.SiteInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Memorials of the people killed in one event. A case worker makes one from the cases of their team whose
 * status is KILLED or that have a KILLING event (administrators from any such case); the administrators and
 * the teams of the linked cases write its texts and publish them per language. The people are the victims
 * of the linked cases, read as an anonymous visitor reads them: a name only while it is public and its NAME
 * consent stands, the age only beside a published name; the others are counted, never described.
 */
@Service
public class Memorials {

    private static final int MAX_TITLE = 300;
    private static final int MAX_BODY = 20000;

    private final MemorialRepository memorials;
    private final Cases cases;
    private final CasePhotos photos;
    private final SiteInfo site;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Memorials(
            MemorialRepository memorials,
            Cases cases,
            CasePhotos photos,
            SiteInfo site,
            ApplicationEventPublisher events) {
        this.memorials = memorials;
        this.cases = cases;
        this.photos = photos;
        this.site = site;
        this.events = events;
    }

    /** Makes a memorial of one case and its first text (unpublished); more cases and languages follow. */
    @Transactional
    public UUID create(
            Actor actor,
            UUID caseId,
            String slug,
            String date,
            String country,
            String language,
            String title,
            String place,
            String body) {
        requireCase(actor, caseId);
        String checkedSlug = slug(slug);
        LocalDate on = date(date);
        String code = country(country);
        Text text = text(language, title, place, body);
        UUID id = UUID.randomUUID();
        if (!memorials.insert(id, checkedSlug, on, code, actor.id().value(), now())) {
            throw new InvalidMemorialInput("cases.memorial.error.slugTaken");
        }
        memorials.linkCase(id, caseId, actor.id().value(), now());
        memorials.putText(
                id, text.language, text.title, text.place, text.body, actor.id().value(), now());
        return id;
    }

    @Transactional
    public void addCase(Actor actor, UUID memorialId, UUID caseId) {
        requireEditor(actor, memorialId);
        requireCase(actor, caseId);
        memorials.linkCase(memorialId, caseId, actor.id().value(), now());
        events.publishEvent(new MemorialChanged(memorialId));
    }

    @Transactional
    public void removeCase(Actor actor, UUID memorialId, UUID caseId) {
        requireEditor(actor, memorialId);
        if (memorials.cases(memorialId).size() <= 1) {
            throw new InvalidMemorialInput("cases.memorial.error.lastCase");
        }
        memorials.unlinkCase(memorialId, caseId);
        events.publishEvent(new MemorialChanged(memorialId));
    }

    /** Writes the text in one language; a published text stays published with its new words. */
    @Transactional
    public void putText(Actor actor, UUID memorialId, String language, String title, String place, String body) {
        requireEditor(actor, memorialId);
        Text text = text(language, title, place, body);
        memorials.putText(
                memorialId,
                text.language,
                text.title,
                text.place,
                text.body,
                actor.id().value(),
                now());
        events.publishEvent(new MemorialChanged(memorialId));
    }

    @Transactional
    public void publish(Actor actor, UUID memorialId, String language) {
        requireEditor(actor, memorialId);
        if (memorials.publish(memorialId, language, actor.id().value(), now()) == 0) {
            throw new InvalidMemorialInput("cases.memorial.error.noText");
        }
        events.publishEvent(new MemorialChanged(memorialId));
    }

    @Transactional
    public void unpublish(Actor actor, UUID memorialId, String language) {
        requireEditor(actor, memorialId);
        memorials.publish(memorialId, language, null, null);
        events.publishEvent(new MemorialChanged(memorialId));
    }

    // ---- reading ----

    /** The memorials the actor may write: all for administrators, else those with a case of their teams. */
    public List<Memorial> editable(Actor actor) {
        return memorials.all().stream()
                .filter(row -> mayEdit(actor, row.id()))
                .map(this::memorial)
                .toList();
    }

    public Memorial memorial(Actor actor, UUID memorialId) {
        requireEditor(actor, memorialId);
        return memorial(memorials.byId(memorialId).orElseThrow(MemorialNotFound::new));
    }

    /** The cases the actor may add to a memorial (a case of their team, or any for administrators). */
    public List<CaseSummary> casesToChooseFrom(Actor actor) {
        return cases.list(actor, null, null);
    }

    /** The memorial as published in a language; not published in it: not found. */
    @Transactional(readOnly = true)
    public PublicMemorial published(String slug, String language) {
        MemorialRepository.Row row = memorials.bySlug(slug).orElseThrow(MemorialNotFound::new);
        return published(memorial(row), language);
    }

    @Transactional(readOnly = true)
    public List<PublicMemorial> publishedIn(String language) {
        return memorials.publishedIn(language).stream()
                .map(row -> published(memorial(row), language))
                .toList();
    }

    /** What visitors see of the memorial's people, for its editors to check before publishing. */
    public PublicMemorial preview(Memorial memorial, String language) {
        Memorial.Text text = memorial.text(language)
                .or(() -> memorial.texts().stream().findFirst())
                .orElseThrow(MemorialNotFound::new);
        return people(memorial, text, language);
    }

    private PublicMemorial published(Memorial memorial, String language) {
        Memorial.Text text =
                memorial.text(language).filter(Memorial.Text::published).orElseThrow(MemorialNotFound::new);
        return people(memorial, text, language);
    }

    private PublicMemorial people(Memorial memorial, Memorial.Text text, String language) {
        Set<UUID> seen = new HashSet<>();
        List<PublicMemorial.Person> named = new ArrayList<>();
        int unnamed = 0;
        for (Memorial.LinkedCase linked : memorial.cases()) {
            CaseView view = cases.view(null, linked.id());
            Map<UUID, CasePhotos.PublicPhoto> photoOf =
                    publicPhotos(view.summary().slug());
            for (CaseView.PersonInCase person : view.persons()) {
                if (person.role() != PersonRole.VICTIM || !seen.add(person.personId())) {
                    continue;
                }
                String name = person.field("name").map(Field::value).orElse(null);
                if (name == null) {
                    unnamed++;
                } else {
                    CasePhotos.PublicPhoto photo = photoOf.get(person.personId());
                    named.add(new PublicMemorial.Person(
                            name,
                            age(person),
                            photo == null ? null : view.summary().slug(),
                            photo));
                }
            }
        }
        Collator order = Collator.getInstance(Locale.forLanguageTag(language));
        named.sort((a, b) -> order.compare(a.name(), b.name()));
        return new PublicMemorial(
                memorial.slug(),
                memorial.occurredOn(),
                memorial.country(),
                text,
                memorial.publishedLanguages(),
                List.copyOf(named),
                unnamed);
    }

    /** The public photos of a case's persons by person, or none when the case itself is not public. */
    private Map<UUID, CasePhotos.PublicPhoto> publicPhotos(String caseSlug) {
        try {
            cases.publicCase(caseSlug);
        } catch (CaseNotFound e) {
            return Map.of();
        }
        Map<UUID, CasePhotos.PublicPhoto> byPerson = new HashMap<>();
        photos.publicPhotos(caseSlug).forEach(p -> byPerson.putIfAbsent(p.personId(), p));
        return byPerson;
    }

    private static @Nullable Integer age(CaseView.PersonInCase person) {
        String value = person.field("ageAtEvent").map(Field::value).orElse(null);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Memorial memorial(MemorialRepository.Row row) {
        return new Memorial(
                row.id(),
                row.slug(),
                row.occurredOn(),
                row.country(),
                memorials.texts(row.id()),
                memorials.cases(row.id()));
    }

    // ---- rules ----

    private void requireCase(Actor actor, UUID caseId) {
        CaseView view = cases.view(null, caseId);
        if (!actor.can(Role.ADMINISTRATOR) && !cases.isTeamMember(actor, caseId)) {
            throw new MemorialAccessDenied();
        }
        boolean killing = view.summary().status() == CaseStatus.KILLED
                || view.events().stream().anyMatch(e -> e.kind() == EventKind.KILLING);
        if (!killing) {
            throw new InvalidMemorialInput("cases.memorial.error.notKilling");
        }
    }

    private void requireEditor(Actor actor, UUID memorialId) {
        memorials.byId(memorialId).orElseThrow(MemorialNotFound::new);
        if (!mayEdit(actor, memorialId)) {
            throw new MemorialAccessDenied();
        }
    }

    private boolean mayEdit(Actor actor, UUID memorialId) {
        return actor.can(Role.ADMINISTRATOR)
                || memorials.cases(memorialId).stream().anyMatch(c -> cases.isTeamMember(actor, c.id()));
    }

    private record Text(String language, String title, String place, String body) {}

    private Text text(String language, String title, String place, String body) {
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!site.languages().contains(lang)) {
            throw new InvalidMemorialInput("cases.memorial.error.language");
        }
        return new Text(
                lang, line(title, "cases.memorial.error.title"), line(place, "cases.memorial.error.place"), body(body));
    }

    private static String line(String value, String key) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > MAX_TITLE || text.contains("\n")) {
            throw new InvalidMemorialInput(key, MAX_TITLE);
        }
        return text;
    }

    private static String body(String value) {
        String text = value.strip().replace("\r\n", "\n");
        if (text.length() > MAX_BODY) {
            throw new InvalidMemorialInput("cases.memorial.error.body", MAX_BODY);
        }
        return text;
    }

    private static String slug(String value) {
        String slug = value.strip().toLowerCase(Locale.ROOT);
        if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || slug.length() > 80) {
            throw new InvalidMemorialInput("cases.memorial.error.slug");
        }
        return slug;
    }

    private LocalDate date(String value) {
        LocalDate on;
        try {
            on = LocalDate.parse(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidMemorialInput("cases.memorial.error.date");
        }
        if (on.isAfter(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))))) {
            throw new InvalidMemorialInput("cases.memorial.error.date.future");
        }
        return on;
    }

    private static String country(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !Set.of(Locale.getISOCountries()).contains(code)) {
            throw new InvalidMemorialInput("cases.memorial.error.country");
        }
        return code;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
