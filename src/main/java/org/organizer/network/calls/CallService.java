package org.organizer.network.calls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.network.Call;
import org.organizer.network.CallDateDecided;
import org.organizer.network.CallId;
import org.organizer.network.CallPublished;
import org.organizer.network.CallStatus;
import org.organizer.network.Organisation;
import org.organizer.network.OrganisationId;
import org.organizer.network.Organisations;
import org.organizer.web.SiteInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The use cases of calls and who may do them. The issuers' representatives, editors and administrators
 * manage a call; representatives of any organisation of the directory (the member organisations) discuss it
 * and answer its poll, each only for an organisation they represent.
 */
@Service
class CallService {

    private final CallRepository calls;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final SiteInfo site;

    CallService(
            CallRepository calls,
            Organisations organisations,
            ApplicationEventPublisher events,
            JsonMapper json,
            SiteInfo site) {
        this.calls = calls;
        this.organisations = organisations;
        this.events = events;
        this.json = json;
        this.site = site;
    }

    /** A call the actor may see; unknown calls are 404, known ones they may not see 403. */
    Call get(Actor actor, CallId id) {
        Call call = calls.byId(id).orElseThrow(CallNotFound::new);
        if (!mayRead(actor, call)) {
            throw CallAccessDenied.notRepresentative();
        }
        return call;
    }

    /** Public calls with a published version in the language: what anyone may read. */
    List<Call> publicIn(String language) {
        return calls.publicIn(language);
    }

    /** A public call, for anyone; drafts and calls in discussion are not found. */
    Call publicCall(CallId id) {
        return calls.byId(id).filter(Call::isPublic).orElseThrow(CallNotFound::new);
    }

    /** The public call of a published language version; anything else is not found. */
    Call publicCall(String language, String slug) {
        return calls.bySlug(language, slug)
                .filter(c -> c.isPublic()
                        && c.version(language).map(Call.Version::published).orElse(false))
                .orElseThrow(CallNotFound::new);
    }

    List<Call> visibleTo(Actor actor) {
        if (actor.can(Role.EDITOR)) {
            return calls.all();
        }
        List<OrganisationId> own = ownOrganisations(actor);
        return own.isEmpty() ? List.of() : calls.visibleTo(own);
    }

    boolean manages(Actor actor, Call call) {
        return actor.can(Role.EDITOR)
                || call.issuers().stream().anyMatch(o -> organisations.isRepresentative(actor.id(), o));
    }

    boolean mayRead(Actor actor, Call call) {
        return manages(actor, call)
                || (call.status() != CallStatus.DRAFT
                        && !ownOrganisations(actor).isEmpty());
    }

    List<OrganisationId> ownOrganisations(Actor actor) {
        return organisations.organisationsRepresentedBy(actor.id()).stream()
                .map(Organisation::id)
                .toList();
    }

    @Transactional
    CallId create(
            Actor actor, List<String> issuerIds, String originalDate, String language, String title, String body) {
        List<String> errors = new ArrayList<>();
        Set<OrganisationId> issuers = new LinkedHashSet<>();
        for (String typed : issuerIds) {
            OrganisationId.parse(typed.strip())
                    .filter(o -> organisations.byId(o).isPresent())
                    .ifPresentOrElse(issuers::add, () -> errors.add("network.calls.error.issuer"));
        }
        if (issuers.isEmpty() && errors.isEmpty()) {
            errors.add("network.calls.error.issuerRequired");
        }
        CallRules.Text text;
        LocalDate date;
        try {
            text = CallRules.text(language, title, body);
            date = CallRules.optionalDate(originalDate);
        } catch (InvalidCallInput e) {
            errors.addAll(e.errors());
            throw new InvalidCallInput(errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidCallInput(errors);
        }
        if (!actor.can(Role.EDITOR) && !issuers.stream().allMatch(o -> organisations.isRepresentative(actor.id(), o))) {
            throw CallAccessDenied.notRepresentative();
        }
        CallId id = CallId.random();
        calls.insert(id, text.language(), date, List.copyOf(issuers), actor.id());
        calls.saveVersion(id, text.language(), text.title(), text.body(), slug(text.language(), text.title()));
        calls.history(id, actor.id(), "created", text.title());
        return id;
    }

    /** Issuers change the status along the allowed transitions; the date is decided by closing the poll. */
    @Transactional
    void changeStatus(Actor actor, CallId id, String target) {
        Call call = managed(actor, id);
        CallStatus to = parseStatus(target);
        if (!call.status().next().contains(to)) {
            throw CallStateConflict.statusChangeNotAllowed();
        }
        if (to == CallStatus.OPEN && call.versions().stream().noneMatch(Call.Version::published)) {
            throw CallStateConflict.noPublishedVersion();
        }
        calls.status(id, to);
        calls.history(id, actor.id(), "status", to.code());
        if (to == CallStatus.OPEN) {
            call.versions().stream()
                    .filter(Call.Version::published)
                    .forEach(v -> events.publishEvent(new CallPublished(id, v.language(), v.slug())));
        }
        events.publishEvent(new CallsChanged());
    }

    /**
     * Adds or changes a language version. The original text is edited only in draft (in discussion it changes
     * by amendments); other languages until the call is closed.
     */
    @Transactional
    void saveVersion(Actor actor, CallId id, String language, String title, String body) {
        Call call = managed(actor, id);
        CallRules.Text text = CallRules.text(language, title, body);
        boolean original = text.language().equals(call.originalLanguage());
        if (call.status() == CallStatus.CLOSED || (original && call.status() != CallStatus.DRAFT)) {
            throw CallStateConflict.textFinal();
        }
        String slug = call.version(text.language())
                .map(Call.Version::slug)
                .orElseGet(() -> slug(text.language(), text.title()));
        calls.saveVersion(id, text.language(), text.title(), text.body(), slug);
        calls.history(id, actor.id(), "version", text.language());
        events.publishEvent(new CallsChanged());
    }

    /** Publishes a language version once the text is final (the date decided). */
    @Transactional
    void publishVersion(Actor actor, CallId id, String language) {
        Call call = managed(actor, id);
        Call.Version version =
                call.version(language).orElseThrow(() -> InvalidCallInput.of("network.calls.error.language"));
        if (call.status() == CallStatus.DRAFT || call.status() == CallStatus.DISCUSSION) {
            throw CallStateConflict.notFinal();
        }
        calls.publishVersion(id, language);
        calls.history(id, actor.id(), "published", language);
        if (call.isPublic() && !version.published()) {
            events.publishEvent(new CallPublished(id, language, version.slug()));
        }
        events.publishEvent(new CallsChanged());
    }

    @Transactional
    long comment(Actor actor, CallId id, String organisation, String paragraph, String parent, String body) {
        Call call = discussed(actor, id);
        OrganisationId org = actingFor(actor, organisation);
        String text = CallRules.comment(body);
        Integer number = CallRules.paragraph(
                paragraph, Paragraphs.of(call.original().body()).size());
        Long parentId = null;
        if (!parent.isBlank()) {
            CallRepository.Comment replied = calls.comments(id).stream()
                    .filter(c -> String.valueOf(c.id()).equals(parent.strip()) && c.parent() == null)
                    .findFirst()
                    .orElseThrow(() -> InvalidCallInput.of("network.calls.error.parent"));
            parentId = replied.id();
            number = replied.paragraph();
        }
        return calls.comment(id, number, parentId, org, actor.id(), text);
    }

    @Transactional
    long propose(Actor actor, CallId id, String organisation, String paragraph, String replacement, String reason) {
        Call call = discussed(actor, id);
        OrganisationId org = actingFor(actor, organisation);
        Integer number = CallRules.paragraph(
                paragraph, Paragraphs.of(call.original().body()).size());
        if (number == null) {
            throw InvalidCallInput.of("network.calls.error.paragraph");
        }
        return calls.propose(
                id, number, CallRules.replacement(replacement), CallRules.reason(reason, false), org, actor.id());
    }

    /** The issuers accept an amendment: its paragraph of the original text is replaced, and the history says so. */
    @Transactional
    void accept(Actor actor, CallId id, long amendmentId) {
        managed(actor, id);
        calls.lock(id);
        Call call = calls.byId(id).orElseThrow(CallNotFound::new);
        if (call.status() != CallStatus.DISCUSSION) {
            throw CallStateConflict.notInDiscussion();
        }
        CallRepository.Amendment amendment = undecided(id, amendmentId);
        Call.Version original = call.original();
        List<String> paragraphs = Paragraphs.of(original.body());
        if (amendment.paragraph() > paragraphs.size()) {
            throw InvalidCallInput.of("network.calls.error.paragraph");
        }
        String replaced = paragraphs.get(amendment.paragraph() - 1);
        calls.saveVersion(
                id,
                original.language(),
                original.title(),
                Paragraphs.replace(original.body(), amendment.paragraph(), amendment.replacement()),
                original.slug());
        calls.decideAmendment(amendmentId, "ACCEPTED", "", actor.id());
        calls.history(id, actor.id(), "amendment-accepted", "§" + amendment.paragraph() + ": " + replaced);
    }

    @Transactional
    void reject(Actor actor, CallId id, long amendmentId, String reason) {
        Call call = managed(actor, id);
        if (call.status() != CallStatus.DISCUSSION) {
            throw CallStateConflict.notInDiscussion();
        }
        String why = CallRules.reason(reason, true);
        undecided(id, amendmentId);
        calls.decideAmendment(amendmentId, "REJECTED", why, actor.id());
        calls.history(id, actor.id(), "amendment-rejected", "#" + amendmentId);
    }

    @Transactional
    void openPoll(Actor actor, CallId id, String dates) {
        Call call = managed(actor, id);
        if (call.status() != CallStatus.DISCUSSION) {
            throw CallStateConflict.notInDiscussion();
        }
        List<LocalDate> candidates = CallRules.dates(dates);
        calls.lock(id);
        if (calls.poll(id).isPresent()) {
            throw CallStateConflict.pollExists();
        }
        calls.openPoll(id, candidates, actor.id());
        calls.history(id, actor.id(), "poll-opened", candidates.toString());
    }

    /**
     * An organisation's answers: for each date, "yes", "if-need-be" or "no" (a blank answer leaves that date
     * unanswered), with an optional comment.
     */
    @Transactional
    void answer(
            Actor actor, CallId id, String organisation, Map<String, String> answers, Map<String, String> comments) {
        get(actor, id);
        OrganisationId org = actingFor(actor, organisation);
        if (!calls.lockOpenPoll(id)) {
            throw CallStateConflict.pollClosed();
        }
        List<LocalDate> dates = calls.poll(id).orElseThrow().dates();
        List<Runnable> writes = new ArrayList<>();
        for (Map.Entry<String, String> entry : answers.entrySet()) {
            if (entry.getValue().isBlank()) {
                continue;
            }
            LocalDate date = CallRules.date(entry.getKey())
                    .filter(dates::contains)
                    .orElseThrow(() -> InvalidCallInput.of("network.calls.error.dateNotInPoll"));
            PollAnswer answer = PollAnswer.parse(entry.getValue())
                    .orElseThrow(() -> InvalidCallInput.of("network.calls.error.answer"));
            String comment = CallRules.pollComment(comments.getOrDefault(entry.getKey(), ""));
            writes.add(() -> calls.answer(id, date, org, answer, comment, actor.id()));
        }
        if (writes.isEmpty()) {
            throw InvalidCallInput.of("network.calls.error.answer");
        }
        writes.forEach(Runnable::run);
    }

    /** Closes the poll on the issuers' chosen date (blank: the best date of the tally) and records the decision. */
    @Transactional
    LocalDate closePoll(Actor actor, CallId id, String chosen) {
        Call call = managed(actor, id);
        if (!calls.lockOpenPoll(id)) {
            throw CallStateConflict.pollClosed();
        }
        CallRepository.Poll poll = calls.poll(id).orElseThrow();
        PollTally tally = tally(poll, call.originalLanguage());
        LocalDate date = chosen.isBlank()
                ? tally.best().orElseThrow()
                : CallRules.date(chosen)
                        .filter(poll.dates()::contains)
                        .orElseThrow(() -> InvalidCallInput.of("network.calls.error.dateNotInPoll"));
        calls.closePoll(
                id,
                date,
                actor.id(),
                json.writeValueAsString(tally.participants()),
                json.writeValueAsString(tally.dates()));
        calls.history(id, actor.id(), "date-decided", date.toString());
        events.publishEvent(new CallDateDecided(id, date));
        events.publishEvent(new CallsChanged());
        return date;
    }

    PollTally tally(CallRepository.Poll poll, String language) {
        List<PollTally.DateTally> dates = new ArrayList<>();
        for (LocalDate date : poll.dates()) {
            List<PollTally.Vote> votes = poll.answers().stream()
                    .filter(a -> a.day().equals(date))
                    .map(a -> new PollTally.Vote(
                            name(a.organisation(), language), a.answer().code(), a.comment()))
                    .toList();
            dates.add(new PollTally.DateTally(
                    date,
                    count(poll, date, PollAnswer.YES),
                    count(poll, date, PollAnswer.IF_NEED_BE),
                    count(poll, date, PollAnswer.NO),
                    votes));
        }
        return new PollTally(dates);
    }

    String name(OrganisationId id, String language) {
        return organisations
                .byId(id)
                .map(o -> o.name(language, site.defaultLanguage()))
                .orElse("");
    }

    private static int count(CallRepository.Poll poll, LocalDate date, PollAnswer answer) {
        return (int) poll.answers().stream()
                .filter(a -> a.day().equals(date) && a.answer() == answer)
                .count();
    }

    private CallRepository.Amendment undecided(CallId id, long amendmentId) {
        CallRepository.Amendment amendment = calls.amendmentForUpdate(id, amendmentId)
                .orElseThrow(() -> InvalidCallInput.of("network.calls.error.amendment"));
        if (!amendment.state().equals("PROPOSED")) {
            throw CallStateConflict.amendmentDecided();
        }
        return amendment;
    }

    private Call managed(Actor actor, CallId id) {
        Call call = calls.byId(id).orElseThrow(CallNotFound::new);
        if (!manages(actor, call)) {
            throw CallAccessDenied.notIssuer();
        }
        return call;
    }

    private Call discussed(Actor actor, CallId id) {
        Call call = get(actor, id);
        if (call.status() != CallStatus.DISCUSSION) {
            throw CallStateConflict.notInDiscussion();
        }
        return call;
    }

    /** The organisation a representative speaks for: one they represent. */
    private OrganisationId actingFor(Actor actor, String organisation) {
        OrganisationId org =
                OrganisationId.parse(organisation.strip()).orElseThrow(CallAccessDenied::notRepresentative);
        if (!organisations.isRepresentative(actor.id(), org)) {
            throw CallAccessDenied.notRepresentative();
        }
        return org;
    }

    private static CallStatus parseStatus(String typed) {
        for (CallStatus status : CallStatus.values()) {
            if (status.code().equals(typed.strip()) || status.name().equals(typed.strip())) {
                return status;
            }
        }
        throw CallStateConflict.statusChangeNotAllowed();
    }

    private String slug(String language, String title) {
        String base = CallSlugs.fromTitle(title);
        String slug = base;
        for (int n = 2; calls.slugTaken(language, slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
