package org.organizer.network.endorsements;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.organizer.network.Call;
import org.organizer.network.CallId;
import org.organizer.network.CallStatus;
import org.organizer.network.Calls;
import org.organizer.network.EndorsementPublished;
import org.organizer.network.EndorsementWithdrawn;
import org.organizer.network.Organisation;
import org.organizer.network.OrganisationId;
import org.organizer.network.Organisations;
import org.organizer.network.endorsements.EndorsementRepository.State;
import org.organizer.network.endorsements.EndorsementRepository.Stored;
import org.organizer.platform.LinkTokens;
import org.organizer.platform.PlatformProperties;
import org.organizer.web.SiteInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking, confirming, recognising and moderating endorsements. An endorsement becomes public once its link
 * was confirmed: at once when the address is at a verified directory organisation's domain, else when an
 * editor approves it. The same organisation endorsing again is merged into its first endorsement.
 */
@Service
class EndorsementService {

    /**
     * How many endorsers of each country the call page names (the counts cover all): a call with thousands of
     * endorsers keeps a page a phone can load, and each country's full list has pages of its own.
     */
    static final int NAMED_PER_COUNTRY = 10;

    static final int COUNTRY_PAGE_SIZE = 500;

    static final Duration LINK_VALIDITY = Duration.ofDays(7);

    private final EndorsementRepository repository;
    private final Calls calls;
    private final Organisations organisations;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PlatformProperties platform;
    private final SiteInfo site;
    private final ApplicationEventPublisher events;

    EndorsementService(
            EndorsementRepository repository,
            Calls calls,
            Organisations organisations,
            Mailer mailer,
            MessageSource messages,
            PlatformProperties platform,
            SiteInfo site,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.calls = calls;
        this.organisations = organisations;
        this.mailer = mailer;
        this.messages = messages;
        this.platform = platform;
        this.site = site;
        this.events = events;
    }

    /** The public call of a published language version; anything else is not found. */
    Call publicCall(String language, String slug) {
        return calls.bySlug(language, slug)
                .filter(c -> site.publishesIn(language) && isPublic(c, language))
                .orElseThrow(() -> new EndorsementNotFound("network.calls.error.notFound"));
    }

    Call publicCall(CallId id) {
        return calls.byId(id)
                .filter(Call::isPublic)
                .orElseThrow(() -> new EndorsementNotFound("network.calls.error.notFound"));
    }

    boolean isOpen(Call call) {
        return calls.isOpenForEndorsement(call.id());
    }

    private static boolean isPublic(Call call, String language) {
        return call.isPublic()
                && call.version(language).map(Call.Version::published).orElse(false);
    }

    /**
     * Checks the form and mails the confirmation link. A filled-in honeypot field is answered like a real
     * submission but nothing is stored or sent.
     */
    @Transactional
    void submit(Call call, String language, Map<String, String> typed) {
        // The call was read for this request: reading it again for its status would double the work of a
        // submission, and a call closing in between is caught when the link is confirmed.
        if (call.status() != CallStatus.OPEN) {
            throw InvalidEndorsementInput.of(InvalidEndorsementInput.CLOSED);
        }
        EndorsementRules.Form form = EndorsementRules.check(typed);
        if (!typed.getOrDefault("fax", "").isBlank()) {
            return;
        }
        Optional<OrganisationId> known = organisations.recognise(form.name(), form.websiteHost());
        UUID id = UUID.randomUUID();
        String token = LinkTokens.newToken();
        repository.add(id, call.id(), known.orElse(null), form, LinkTokens.hash(token));
        String title = title(call, language);
        mailer.send(
                "Call endorsement confirmations",
                OutgoingMail.plain(
                        form.email(),
                        message("network.endorsements.mail.subject", title),
                        message(
                                "network.endorsements.mail.text",
                                form.name(),
                                title,
                                link("/endorsements/confirm/" + token),
                                LINK_VALIDITY.toDays())));
    }

    Stored pending(String token) {
        return repository
                .byToken(LinkTokens.hash(token), LINK_VALIDITY)
                .orElseThrow(() -> new EndorsementNotFound("network.endorsements.error.link"));
    }

    /** Confirms the link; answers "public", "pending" or "merged". */
    @Transactional
    String confirm(String token) {
        Stored endorsement = pending(token);
        if (!calls.isOpenForEndorsement(endorsement.call())) {
            throw InvalidEndorsementInput.of(InvalidEndorsementInput.CLOSED);
        }
        Optional<Stored> earlier = repository.earlierOfSameOrganisation(
                endorsement, EndorsementRules.isOrganisationDomain(endorsement.emailDomain()));
        if (earlier.isPresent()) {
            repository.confirm(endorsement.id(), State.MERGED, earlier.get().id());
            repository.log(endorsement.id(), null, "merged", earlier.get().name());
            return "merged";
        }
        boolean verified = endorsement.organisation() != null
                && organisations.vouchesFor(endorsement.organisation(), endorsement.email());
        if (verified) {
            repository.confirm(endorsement.id(), State.PUBLIC, null);
            repository.log(endorsement.id(), null, "published", null);
            events.publishEvent(new EndorsementPublished(endorsement.call(), endorsement.id(), endorsement.country()));
            events.publishEvent(new EndorsementsChanged());
            return "public";
        }
        repository.confirm(endorsement.id(), State.PENDING, null);
        repository.log(endorsement.id(), null, "confirmed", null);
        return "pending";
    }

    /** The public endorsements of a call, oldest first: public fields only. */
    List<EndorsementViews.Endorser> publicEndorsers(CallId call) {
        return repository.inState(call, State.PUBLIC).stream()
                .map(this::endorser)
                .toList();
    }

    EndorsementViews.Summary summary(Call call, String language, String slug) {
        List<EndorsementViews.Endorser> endorsers = publicEndorsers(call.id());
        Map<String, List<EndorsementViews.Endorser>> byCountry = new LinkedHashMap<>();
        endorsers.forEach(e ->
                byCountry.computeIfAbsent(e.country(), c -> new ArrayList<>()).add(e));
        List<EndorsementViews.CountryGroup> groups = byCountry.entrySet().stream()
                .map(e -> new EndorsementViews.CountryGroup(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().subList(0, Math.min(e.getValue().size(), NAMED_PER_COUNTRY))))
                .sorted(Comparator.comparingInt(EndorsementViews.CountryGroup::count)
                        .reversed()
                        .thenComparing(EndorsementViews.CountryGroup::country))
                .toList();
        return new EndorsementViews.Summary(
                call.id().toString(), language, slug, calls.isOpenForEndorsement(call.id()), endorsers.size(), groups);
    }

    /**
     * One page of a country's public endorsers of a call.
     *
     * @throws EndorsementNotFound when the call has no public endorser in that country or the page is past the
     *     last
     */
    EndorsementViews.CountryList countryList(Call call, String language, String slug, String country, int page) {
        List<EndorsementViews.Endorser> endorsers = repository.inState(call.id(), State.PUBLIC, country).stream()
                .map(this::endorser)
                .toList();
        int pages = (endorsers.size() + COUNTRY_PAGE_SIZE - 1) / COUNTRY_PAGE_SIZE;
        if (page < 1 || page > pages) {
            throw new EndorsementNotFound("network.endorsements.error.noneInCountry");
        }
        int from = (page - 1) * COUNTRY_PAGE_SIZE;
        return new EndorsementViews.CountryList(
                language,
                slug,
                title(call, language),
                country,
                endorsers.size(),
                page,
                pages,
                endorsers.subList(from, Math.min(endorsers.size(), from + COUNTRY_PAGE_SIZE)));
    }

    private EndorsementViews.Endorser endorser(Stored e) {
        return new EndorsementViews.Endorser(
                e.name(),
                e.kind(),
                e.country(),
                e.website(),
                e.publishSigner() ? e.signerName() : null,
                e.publishRole() ? e.signerRole() : null,
                e.organisation() == null
                        ? null
                        : organisations
                                .byId(e.organisation())
                                .map(Organisation::slug)
                                .orElse(null),
                e.confirmedAt() == null ? null : e.confirmedAt().toLocalDate());
    }

    // Moderation, for editors.

    List<Stored> all(Actor actor, CallId call) {
        requireEditor(actor);
        return repository.ofCall(call);
    }

    List<EndorsementRepository.LogEntry> log(Actor actor, CallId call) {
        requireEditor(actor);
        return repository.logOf(call);
    }

    Call anyCall(Actor actor, CallId id) {
        requireEditor(actor);
        return calls.byId(id).orElseThrow(() -> new EndorsementNotFound("network.calls.error.notFound"));
    }

    @Transactional
    void approve(Actor actor, CallId call, UUID id) {
        Stored e = moderated(actor, call, id);
        if (!repository.move(id, State.PENDING, State.PUBLIC)) {
            throw new EndorsementStateConflict();
        }
        repository.log(id, actor.id(), "approved", null);
        events.publishEvent(new EndorsementPublished(call, id, e.country()));
        events.publishEvent(new EndorsementsChanged());
    }

    @Transactional
    void reject(Actor actor, CallId call, UUID id, String reason) {
        moderated(actor, call, id);
        String why = reason(reason, false);
        if (!repository.move(id, State.PENDING, State.REJECTED)) {
            throw new EndorsementStateConflict();
        }
        repository.log(id, actor.id(), "rejected", why);
    }

    @Transactional
    void withdraw(Actor actor, CallId call, UUID id, String reason) {
        moderated(actor, call, id);
        String why = reason(reason, true);
        if (!repository.move(id, State.PUBLIC, State.WITHDRAWN)) {
            throw new EndorsementStateConflict();
        }
        repository.log(id, actor.id(), "withdrawn", why);
        events.publishEvent(new EndorsementWithdrawn(call, id));
        events.publishEvent(new EndorsementsChanged());
    }

    private Stored moderated(Actor actor, CallId call, UUID id) {
        requireEditor(actor);
        return repository
                .byId(id)
                .filter(e -> e.call().equals(call))
                .orElseThrow(() -> new EndorsementNotFound("network.endorsements.error.notFound"));
    }

    private static @Nullable String reason(String typed, boolean required) {
        String why = typed.strip();
        if (why.length() > EndorsementRules.MAX_REASON || (required && why.isEmpty())) {
            throw InvalidEndorsementInput.of("network.endorsements.error.reason");
        }
        return why.isEmpty() ? null : why;
    }

    private static void requireEditor(Actor actor) {
        if (!actor.can(Role.EDITOR)) {
            throw new AccessDeniedException("editors only");
        }
    }

    String title(Call call, String language) {
        return call.version(language)
                .filter(Call.Version::published)
                .or(() ->
                        call.versions().stream().filter(Call.Version::published).findFirst())
                .map(Call.Version::title)
                .orElse(call.original().title());
    }

    private String link(String path) {
        return platform.baseUrl().toString().replaceAll("/+$", "") + path;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
