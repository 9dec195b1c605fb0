package org.organizer.cases;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.media.Photos;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of persons. A case worker uploads one; it goes through the media pipeline (re-encoded, metadata
 * stripped) but is kept sealed in the cases' own table, never in the media library, so it has no public
 * address: it is served by the case pages after their checks. A new photo is a case-team photo; the public
 * sees it only while its visibility is public, the person's PHOTO consent stands and the case is public.
 */
@Service
public class CasePhotos {

    static final int MAX_WIDTH = 960;

    /** A photo's image, opened for one viewer. */
    public record Image(String contentType, byte[] bytes) {}

    /** A photo the public may see, the person it shows and their role in the case. */
    public record PublicPhoto(UUID id, UUID personId, PersonRole role, int width, int height) {}

    private final CaseRepository cases;
    private final CasePhotoRepository photos;
    private final FieldCipher cipher;
    private final Photos media;
    private final Cases all;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    CasePhotos(
            CaseRepository cases,
            CasePhotoRepository photos,
            FieldCipher cipher,
            Photos media,
            Cases all,
            ApplicationEventPublisher events) {
        this.all = all;
        this.cases = cases;
        this.photos = photos;
        this.cipher = cipher;
        this.media = media;
        this.events = events;
    }

    /**
     * Adds a photo of a person of the case, visible to the case team.
     *
     * @throws org.organizer.media.PhotoRejected for data that is not a photo Organizer reads
     */
    @Transactional
    public UUID upload(Actor actor, UUID caseId, UUID person, byte[] data) {
        requireTeam(actor, caseId);
        if (!cases.ownedByCase(caseId, OwnerKind.PERSON, person)) {
            throw new InvalidCaseInput("cases.error.person.unknown");
        }
        if (data.length == 0) {
            throw new InvalidCaseInput("cases.error.photo.empty");
        }
        if (!cipher.configured()) {
            throw new EncryptionNotConfigured();
        }
        Photos.Stripped image = media.strip(data, MAX_WIDTH);
        UUID id = UUID.randomUUID();
        photos.insert(
                new CasePhoto(id, person, Visibility.CASE_TEAM, image.width(), image.height()),
                image.format().contentType(),
                cipher.sealBytes(image.bytes(), place(id)),
                actor.id().value(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        changed(person);
        return id;
    }

    @Transactional
    public void setVisibility(Actor actor, UUID caseId, UUID photo, String visibility) {
        CasePhoto stored = ofCase(actor, caseId, photo);
        photos.setVisibility(photo, Visibility.parse(visibility));
        changed(stored.personId());
    }

    @Transactional
    public void remove(Actor actor, UUID caseId, UUID photo) {
        CasePhoto stored = ofCase(actor, caseId, photo);
        photos.delete(photo);
        changed(stored.personId());
    }

    /** The photos of the case's persons the viewer may see: all for its team, network and public for others. */
    @Transactional(readOnly = true)
    public List<CasePhoto> forCase(Actor viewer, UUID caseId) {
        boolean member = cases.isMember(caseId, viewer.id().value());
        if (!member && !viewer.can(Role.ADMINISTRATOR)) {
            throw CaseAccessDenied.teamOnly();
        }
        return photos.ofPersons(persons(caseId)).stream()
                .filter(p -> member || p.visibility() != Visibility.CASE_TEAM)
                .toList();
    }

    /** A photo's image for the case pages; a read of a case-team photo is written to the access log. */
    @Transactional
    public Image image(Actor viewer, UUID caseId, UUID photo) {
        cases.byId(caseId).orElseThrow(CaseNotFound::new);
        boolean member = cases.isMember(caseId, viewer.id().value());
        if (!member && !viewer.can(Role.ADMINISTRATOR)) {
            throw CaseAccessDenied.teamOnly();
        }
        CasePhotoRepository.Stored stored = photos.byId(photo)
                .filter(s -> persons(caseId).contains(s.photo().personId()))
                .filter(s -> member || s.photo().visibility() != Visibility.CASE_TEAM)
                .orElseThrow(CaseNotFound::new);
        if (stored.photo().visibility() == Visibility.CASE_TEAM) {
            cases.logAccess(
                    caseId, viewer.id().value(), clock.instant().truncatedTo(ChronoUnit.MICROS), "PERSON.photo");
        }
        return open(stored);
    }

    /** The photos the public sees on a public case: public, with the person's standing PHOTO consent. */
    @Transactional(readOnly = true)
    public List<PublicPhoto> publicPhotos(String slug) {
        CaseSummary summary = cases.bySlug(slug).orElseThrow(CaseNotFound::new);
        List<CaseRepository.PersonRoleRow> roles = cases.roles(summary.id());
        Set<UUID> consented = consented(roles);
        return photos.ofPersons(persons(summary.id())).stream()
                .filter(p -> p.visibility() == Visibility.PUBLIC && consented.contains(p.personId()))
                .map(p -> new PublicPhoto(
                        p.id(),
                        p.personId(),
                        roles.stream()
                                .filter(r -> r.personId().equals(p.personId()))
                                .map(CaseRepository.PersonRoleRow::role)
                                .findFirst()
                                .orElseThrow(),
                        p.width(),
                        p.height()))
                .toList();
    }

    /** The image of a public photo of a public case, for anyone; anything else does not exist. */
    @Transactional(readOnly = true)
    public Image publicImage(String slug, UUID photo) {
        all.publicCase(slug);
        if (publicPhotos(slug).stream().noneMatch(p -> p.id().equals(photo))) {
            throw new CaseNotFound();
        }
        return open(photos.byId(photo).orElseThrow(CaseNotFound::new));
    }

    static String place(UUID photo) {
        return "PHOTO/" + photo;
    }

    private Image open(CasePhotoRepository.Stored stored) {
        return new Image(
                stored.contentType(),
                cipher.openBytes(stored.sealed(), place(stored.photo().id())));
    }

    private CasePhoto ofCase(Actor actor, UUID caseId, UUID photo) {
        requireTeam(actor, caseId);
        return photos.byId(photo)
                .map(CasePhotoRepository.Stored::photo)
                .filter(p -> persons(caseId).contains(p.personId()))
                .orElseThrow(() -> new InvalidCaseInput("cases.error.photo.unknown"));
    }

    private Set<UUID> consented(List<CaseRepository.PersonRoleRow> roles) {
        Set<UUID> persons = new LinkedHashSet<>();
        roles.forEach(r -> persons.add(r.personId()));
        Set<UUID> consented = new LinkedHashSet<>();
        cases.consents(persons).stream()
                .filter(c -> c.active() && c.scope() == ConsentScope.PHOTO)
                .forEach(c -> consented.add(c.personId()));
        return consented;
    }

    private Set<UUID> persons(UUID caseId) {
        Set<UUID> persons = new LinkedHashSet<>();
        cases.roles(caseId).forEach(r -> persons.add(r.personId()));
        return persons;
    }

    private void requireTeam(Actor actor, UUID caseId) {
        cases.byId(caseId).orElseThrow(CaseNotFound::new);
        if (!cases.isMember(caseId, actor.id().value())) {
            throw CaseAccessDenied.teamOnly();
        }
    }

    private void changed(UUID person) {
        cases.casesOfPerson(person).forEach(c -> events.publishEvent(new CaseChanged(c)));
    }
}
