package org.organizer.network.days;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.maps.Gazetteer;
import org.organizer.media.PhotoId;
import org.organizer.media.Photos;
import org.organizer.network.DayOfAction;
import org.organizer.network.DayOfActionChanged;
import org.organizer.network.DayOfActionId;
import org.organizer.network.DaysOfAction;
import org.organizer.network.Organisations;
import org.organizer.platform.LinkTokens;
import org.organizer.platform.PlatformProperties;
import org.organizer.press.Article;
import org.organizer.web.SiteInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of days of action, each checking who may do it: editors create days, moderate and make the
 * round-up; anyone registers an action (confirmed by e-mail); organisers and the newsroom report afterwards.
 */
@Service
class DayService implements DaysOfAction {

    /** The day has begun somewhere on Earth once it is this date on the Line Islands (UTC+14)... */
    private static final ZoneId EARLIEST = ZoneId.of("Pacific/Kiritimati");
    /** ...and it is over everywhere once it is over on Baker Island (UTC-12). */
    private static final ZoneId LATEST = ZoneId.of("Etc/GMT+12");

    record Registered(UUID action, ActionStatus status) {}

    record NewPhoto(byte[] data, String caption) {}

    private final DayRepository repository;
    private final Gazetteer gazetteer;
    private final Organisations organisations;
    private final Mailer mailer;
    private final PlatformProperties platform;
    private final SiteInfo site;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Photos photos;
    private final RoundUps roundUps;

    DayService(
            DayRepository repository,
            Gazetteer gazetteer,
            Organisations organisations,
            Mailer mailer,
            PlatformProperties platform,
            SiteInfo site,
            MessageSource messages,
            ApplicationEventPublisher events,
            Photos photos,
            RoundUps roundUps) {
        this.repository = repository;
        this.gazetteer = gazetteer;
        this.organisations = organisations;
        this.mailer = mailer;
        this.platform = platform;
        this.site = site;
        this.messages = messages;
        this.events = events;
        this.photos = photos;
        this.roundUps = roundUps;
    }

    @Override
    public Optional<DayOfAction> bySlug(String slug) {
        return repository.day(slug);
    }

    @Override
    public Optional<DayOfAction> byId(DayOfActionId id) {
        return repository.day(id);
    }

    @Override
    public List<DayOfAction> ofCall(UUID callId) {
        return repository.daysOfCall(callId).reversed();
    }

    @Override
    public int publishedActions(DayOfActionId id) {
        return repository.countPublished(id);
    }

    List<DayOfAction> days() {
        return repository.days();
    }

    DayOfAction day(String slug) {
        return repository.day(slug).orElseThrow(DayNotFound::new);
    }

    DayOfAction day(DayOfActionId id) {
        return repository.day(id).orElseThrow(DayNotFound::new);
    }

    List<Action> published(DayOfActionId day) {
        return repository.actions(day, ActionStatus.PUBLISHED);
    }

    List<Action> allActions(Actor actor, DayOfActionId day) {
        requireRole(actor, Role.CORRESPONDENT);
        return repository.allActions(day);
    }

    List<Action> pending(Actor actor, DayOfActionId day) {
        requireRole(actor, Role.EDITOR);
        return repository.actions(day, ActionStatus.PENDING);
    }

    Map<UUID, List<Report>> reports(Actor actor, DayOfActionId day) {
        requireRole(actor, Role.CORRESPONDENT);
        return repository.reports(day);
    }

    @Nullable
    UUID roundUpArticle(DayOfActionId day) {
        return repository.roundUp(day);
    }

    static boolean registrationOpen(DayOfAction day) {
        return !LocalDate.now(LATEST).isAfter(day.date());
    }

    static boolean reportsOpen(DayOfAction day) {
        return !LocalDate.now(EARLIEST).isBefore(day.date());
    }

    @Transactional
    DayOfAction createDay(Actor actor, DayRules.Checked checked) {
        requireRole(actor, Role.EDITOR);
        if (repository.slugTaken(checked.slug())) {
            throw InvalidDayInput.of("network.days.error.slugTaken");
        }
        DayOfAction day = new DayOfAction(
                DayOfActionId.random(), checked.slug(), checked.date(), checked.callId(), checked.titles());
        repository.insertDay(day, actor.id());
        events.publishEvent(new DayOfActionChanged(day.id()));
        return day;
    }

    /**
     * Saves a registration. A representative registering for their own organisation publishes it at once;
     * anyone else gets a confirmation link by e-mail first.
     */
    @Transactional
    Registered register(Optional<Actor> actor, DayOfAction day, ActionForm form) {
        if (!registrationOpen(day)) {
            throw InvalidDayInput.of("network.days.error.closed");
        }
        boolean signedIn = actor.isPresent();
        ActionRules.Checked checked =
                ActionRules.check(form, day.date(), gazetteer, organisations, !signedIn, site.defaultLanguage());
        boolean representative = signedIn
                && checked.organisation() != null
                && organisations.isRepresentative(
                        actor.get().id(), checked.organisation().id());
        String email = signedIn ? actor.get().email() : checked.email();
        ActionStatus status = representative ? ActionStatus.PUBLISHED : ActionStatus.UNCONFIRMED;
        Action action = new Action(
                UUID.randomUUID(),
                day.id(),
                checked.kind(),
                checked.city(),
                checked.place().country(),
                checked.place().latitude(),
                checked.place().longitude(),
                checked.meetingPoint(),
                checked.showMeetingPoint(),
                checked.startsAt(),
                checked.zone(),
                checked.organisation() == null ? null : checked.organisation().id(),
                checked.organiser(),
                checked.description(),
                status,
                null);
        String confirmToken = representative ? null : LinkTokens.newToken();
        String reportToken = LinkTokens.newToken();
        repository.insertAction(
                action,
                email,
                confirmToken == null ? null : LinkTokens.hash(confirmToken),
                LinkTokens.hash(reportToken),
                actor.map(Actor::id).orElse(null));
        String title = day.title(locale().getLanguage(), site.defaultLanguage());
        if (confirmToken != null) {
            mail(
                    email,
                    message("network.days.mail.confirm.subject", title),
                    message(
                            "network.days.mail.confirm.text",
                            title,
                            link("/days/confirm/" + confirmToken),
                            link("/days/report/" + reportToken)));
        } else {
            mail(
                    email,
                    message("network.days.mail.registered.subject", title),
                    message("network.days.mail.registered.text", title, link("/days/report/" + reportToken)));
            events.publishEvent(new DayOfActionChanged(day.id()));
        }
        return new Registered(action.id(), status);
    }

    /** The action a still-unused confirmation link is for. */
    Action pendingConfirmation(String token) {
        return repository.byConfirmToken(LinkTokens.hash(token)).orElseThrow(InvalidDayLink::new);
    }

    /**
     * Confirms the address. The action is published at once when the confirmed address is at the website's
     * domain of the verified directory organisation it names; any other awaits an editor.
     */
    @Transactional
    Action confirm(String token) {
        Action action = pendingConfirmation(token);
        boolean verified = action.organisation() != null
                && organisations.vouchesFor(action.organisation(), repository.contactEmail(action.id()));
        ActionStatus next = verified ? ActionStatus.PUBLISHED : ActionStatus.PENDING;
        if (!repository.changeStatus(action.id(), ActionStatus.UNCONFIRMED, next, null)) {
            throw new InvalidDayLink();
        }
        repository.forgetConfirmToken(action.id());
        if (verified) {
            events.publishEvent(new DayOfActionChanged(action.day()));
        }
        return repository.action(action.id()).orElseThrow();
    }

    @Transactional
    void approve(Actor actor, UUID action) {
        requireRole(actor, Role.EDITOR);
        Action found = repository.action(action).orElseThrow(DayNotFound::new);
        if (!repository.changeStatus(action, ActionStatus.PENDING, ActionStatus.PUBLISHED, null)) {
            throw InvalidDayInput.of("network.days.error.notPending");
        }
        events.publishEvent(new DayOfActionChanged(found.day()));
    }

    @Transactional
    void reject(Actor actor, UUID action, String reason) {
        requireRole(actor, Role.EDITOR);
        Action found = repository.action(action).orElseThrow(DayNotFound::new);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > ActionRules.MAX_REASON) {
            throw InvalidDayInput.of("network.days.error.reason");
        }
        if (!repository.changeStatus(action, ActionStatus.PENDING, ActionStatus.REJECTED, why)
                && !repository.changeStatus(action, ActionStatus.PUBLISHED, ActionStatus.REJECTED, why)) {
            throw InvalidDayInput.of("network.days.error.notPending");
        }
        events.publishEvent(new DayOfActionChanged(found.day()));
    }

    /** The published action a report link is for, once the day has begun. */
    Action reportable(String token) {
        Action action = repository.byReportToken(LinkTokens.hash(token)).orElseThrow(InvalidDayLink::new);
        if (action.status() != ActionStatus.PUBLISHED || !reportsOpen(day(action.day()))) {
            throw new InvalidDayLink();
        }
        return action;
    }

    Action reportable(Actor actor, UUID id) {
        requireRole(actor, Role.CORRESPONDENT);
        Action action = repository.action(id).orElseThrow(DayNotFound::new);
        if (action.status() != ActionStatus.PUBLISHED) {
            throw InvalidDayInput.of("network.days.error.notPublished");
        }
        if (!reportsOpen(day(action.day()))) {
            throw InvalidDayInput.of("network.days.error.tooEarly");
        }
        return action;
    }

    /** An organiser's report through the private link: text and turnout (photos come from the newsroom). */
    @Transactional
    void report(String token, String text, String turnout) {
        Action action = reportable(token);
        repository.insertReport(
                new Report(UUID.randomUUID(), action.id(), checkText(text), checkTurnout(turnout), null, List.of()),
                null);
    }

    /** A correspondent's or editor's report, with photos re-encoded by the media module (metadata dropped). */
    @Transactional
    void report(Actor actor, UUID id, String text, String turnout, List<NewPhoto> newPhotos) {
        Action action = reportable(actor, id);
        String clean = checkText(text);
        Integer count = checkTurnout(turnout);
        List<PhotoId> ids = new ArrayList<>();
        String language = locale().getLanguage();
        for (NewPhoto photo : newPhotos) {
            String lang = site.publishesIn(language) ? language : site.defaultLanguage();
            List<Photos.Text> texts = photo.caption().isBlank()
                    ? List.of()
                    : List.of(new Photos.Text(lang, "", photo.caption().strip(), ""));
            ids.add(photos.upload(actor, photo.data(), texts).id());
        }
        repository.insertReport(new Report(UUID.randomUUID(), action.id(), clean, count, null, ids), actor.id());
    }

    /** Makes a draft article of the reports, grouped by country, in the publication's default language. */
    @Transactional
    Article roundUp(Actor actor, DayOfActionId id) {
        requireRole(actor, Role.EDITOR);
        DayOfAction day = day(id);
        List<Action> actions = published(id);
        Map<UUID, List<Report>> reports = repository.reports(id);
        if (actions.stream().noneMatch(a -> reports.containsKey(a.id()))) {
            throw InvalidDayInput.of("network.days.error.noReports");
        }
        Article article = roundUps.draft(actor, day, actions, reports);
        repository.setRoundUp(id, article.id().value());
        return article;
    }

    private static String checkText(String text) {
        String clean = text.strip().replace("\r\n", "\n");
        if (clean.isEmpty() || clean.length() > ActionRules.MAX_REPORT) {
            throw InvalidDayInput.of("network.days.error.reportText");
        }
        return clean;
    }

    private static @Nullable Integer checkTurnout(String turnout) {
        String clean = turnout.strip();
        if (clean.isEmpty()) {
            return null;
        }
        try {
            int count = Integer.parseInt(clean);
            if (count >= 0 && count <= 100_000_000) {
                return count;
            }
        } catch (NumberFormatException e) {
            // reported below, translated
        }
        throw InvalidDayInput.of("network.days.error.turnout");
    }

    private void mail(String to, String subject, String text) {
        mailer.send("Days of action registrations", OutgoingMail.plain(to, subject, text));
    }

    private static void requireRole(Actor actor, Role role) {
        if (!actor.can(role)) {
            throw new DayAccessDenied();
        }
    }

    /** An absolute link that opens in the language the registration was made in. */
    private String link(String path) {
        return platform.baseUrl().toString().replaceAll("/+$", "") + path + "?lang=" + locale().getLanguage();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
