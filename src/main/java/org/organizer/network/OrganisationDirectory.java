package org.organizer.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.network.web.OrganisationForm;
import org.organizer.platform.LinkTokens;
import org.organizer.platform.PlatformProperties;
import org.organizer.web.SiteInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the directory, each checking who may do it: editors register organisations, see their
 * contacts, add representatives and vouch; representatives edit their own organisation's public fields and
 * confirm an address at its domain.
 */
@Service
class OrganisationDirectory {

    static final String DOMAIN_EMAIL = "domain-email";
    static final String EDITOR_VOUCH = "editor-vouch";

    record AddedRepresentative(Actor account, boolean invited, boolean alreadyThere) {}

    private final OrganisationRepository repository;
    private final Accounts accounts;
    private final Mailer mailer;
    private final PlatformProperties platform;
    private final NetworkProperties properties;
    private final SiteInfo site;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OrganisationDirectory(
            OrganisationRepository repository,
            Accounts accounts,
            Mailer mailer,
            PlatformProperties platform,
            NetworkProperties properties,
            SiteInfo site,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.repository = repository;
        this.accounts = accounts;
        this.mailer = mailer;
        this.platform = platform;
        this.properties = properties;
        this.site = site;
        this.messages = messages;
        this.events = events;
    }

    Organisation get(OrganisationId id) {
        return repository.byId(id).orElseThrow(OrganisationNotFound::new).organisation();
    }

    List<Organisation> all() {
        return repository.search("", "", "").stream()
                .map(OrganisationRepository.Stored::organisation)
                .toList();
    }

    boolean mayActFor(Actor actor, OrganisationId id) {
        return actor.can(Role.EDITOR) || repository.isRepresentative(id, actor.id());
    }

    @Transactional
    Organisation create(Actor actor, OrganisationForm form) {
        requireEditor(actor);
        Checked checked = check(form, true);
        OrganisationId id = OrganisationId.random();
        repository.insert(id, freeSlug(checked.details()), checked.details(), actor.id());
        repository.saveContacts(id, checked.contacts());
        events.publishEvent(new OrganisationChanged(id));
        return get(id);
    }

    /** Editors change everything, contacts included. */
    @Transactional
    void update(Actor actor, OrganisationId id, OrganisationForm form) {
        requireEditor(actor);
        get(id);
        Checked checked = check(form, true);
        repository.update(id, checked.details());
        repository.saveContacts(id, checked.contacts());
        events.publishEvent(new OrganisationChanged(id));
    }

    /** Representatives (and editors) change the public fields; contacts stay as they are. */
    @Transactional
    void updatePublic(Actor actor, OrganisationId id, OrganisationForm form) {
        get(id);
        requireActingFor(actor, id);
        repository.update(id, check(form, false).details());
        events.publishEvent(new OrganisationChanged(id));
    }

    OrganisationContacts contacts(Actor actor, OrganisationId id) {
        requireEditor(actor);
        get(id);
        return repository.contacts(id);
    }

    List<OrganisationRepository.Representative> representatives(Actor actor, OrganisationId id) {
        requireEditor(actor);
        return repository.representatives(id);
    }

    List<OrganisationRepository.Verification> verifications(Actor actor, OrganisationId id) {
        requireActingFor(actor, id);
        return repository.verifications(id);
    }

    /**
     * Attaches the account with this e-mail address, or creates one with the representative role and mails
     * its owner a link to set a password.
     */
    @Transactional
    AddedRepresentative addRepresentative(Actor actor, OrganisationId id, String email, String displayName) {
        requireEditor(actor);
        Organisation organisation = get(id);
        Optional<Actor> existing = accounts.byEmail(email.strip());
        if (existing.isPresent()) {
            boolean added = repository.addRepresentative(id, existing.get().id(), actor.id());
            if (added) {
                events.publishEvent(new RepresentativeAdded(id, existing.get().id(), actor.id()));
            }
            return new AddedRepresentative(existing.get(), false, !added);
        }
        List<String> errors = accounts.checkAccount(email, displayName);
        if (!errors.isEmpty()) {
            throw new InvalidOrganisationInput(errors);
        }
        Accounts.Invitation invitation = accounts.invite(email.strip(), displayName.strip(), Role.REPRESENTATIVE);
        repository.addRepresentative(id, invitation.account().id(), actor.id());
        String name = organisation.name(locale().getLanguage(), site.defaultLanguage());
        mailer.send(
                "Organisation representatives",
                OutgoingMail.plain(
                        invitation.account().email(),
                        message("network.mail.invite.subject", name),
                        message("network.mail.invite.text", name, site.title(), link(invitation.activationPath()))));
        events.publishEvent(new RepresentativeAdded(id, invitation.account().id(), actor.id()));
        return new AddedRepresentative(invitation.account(), true, false);
    }

    @Transactional
    void vouch(Actor actor, OrganisationId id, String reason) {
        requireEditor(actor);
        get(id);
        String why = reason.strip();
        if (why.isEmpty() || why.length() > OrganisationRules.MAX_REASON) {
            throw InvalidOrganisationInput.of("network.error.reason");
        }
        repository.addVerification(id, EDITOR_VOUCH, actor.id(), null, why);
        events.publishEvent(new OrganisationVerified(id, EDITOR_VOUCH, actor.id()));
        events.publishEvent(new OrganisationChanged(id));
    }

    /**
     * Mails a confirmation link to an address at the organisation's website domain (or a subdomain of it).
     * Opening it and confirming marks the organisation verified.
     */
    @Transactional
    void startDomainVerification(Actor actor, OrganisationId id, String email) {
        OrganisationRepository.Stored stored = repository.byId(id).orElseThrow(OrganisationNotFound::new);
        requireActingFor(actor, id);
        String address = email.strip();
        if (!OrganisationRules.isEmail(address)) {
            throw InvalidOrganisationInput.of("network.error.verificationEmail");
        }
        if (stored.websiteHost() == null) {
            throw InvalidOrganisationInput.of("network.error.noWebsite");
        }
        String domain = OrganisationRules.domainMatching(address, stored.websiteHost())
                .orElseThrow(() -> InvalidOrganisationInput.of("network.error.otherDomain"));
        String token = LinkTokens.newToken();
        repository.addChallenge(
                LinkTokens.hash(token),
                new OrganisationRepository.Challenge(id, actor.id(), address, domain),
                properties.domainLinkValidity());
        String name = stored.organisation().name(locale().getLanguage(), site.defaultLanguage());
        mailer.send(
                "Organisation domain confirmations",
                OutgoingMail.plain(
                        address,
                        message("network.mail.domain.subject", name),
                        message(
                                "network.mail.domain.text",
                                name,
                                domain,
                                link("/organisations/verify/" + token),
                                properties.domainLinkValidity().toHours())));
    }

    /** The organisation a still-valid confirmation link is for. */
    Organisation pendingDomain(String token) {
        return repository
                .challenge(LinkTokens.hash(token))
                .map(c -> get(c.organisation()))
                .orElseThrow(InvalidDomainLink::new);
    }

    /** Records the confirmed domain, in the name of the representative who asked for the link. */
    @Transactional
    Organisation confirmDomain(String token) {
        String hash = LinkTokens.hash(token);
        OrganisationRepository.Challenge challenge = repository.challenge(hash).orElseThrow(InvalidDomainLink::new);
        if (!repository.consumeChallenge(hash)) {
            throw new InvalidDomainLink();
        }
        repository.addVerification(
                challenge.organisation(), DOMAIN_EMAIL, challenge.user(), challenge.domain(), challenge.email());
        events.publishEvent(new OrganisationVerified(challenge.organisation(), DOMAIN_EMAIL, challenge.user()));
        events.publishEvent(new OrganisationChanged(challenge.organisation()));
        return get(challenge.organisation());
    }

    private record Checked(OrganisationDetails details, OrganisationContacts contacts) {}

    /** Reports the problems of the public fields and of the contacts together. */
    private static Checked check(OrganisationForm form, boolean withContacts) {
        List<String> errors = new ArrayList<>();
        OrganisationDetails details = null;
        OrganisationContacts contacts = OrganisationContacts.none();
        try {
            details = OrganisationRules.details(form);
        } catch (InvalidOrganisationInput e) {
            errors.addAll(e.errors());
        }
        if (withContacts) {
            try {
                contacts = OrganisationRules.contacts(form);
            } catch (InvalidOrganisationInput e) {
                errors.addAll(e.errors());
            }
        }
        if (details == null || !errors.isEmpty()) {
            throw new InvalidOrganisationInput(errors);
        }
        return new Checked(details, contacts);
    }

    private String freeSlug(OrganisationDetails details) {
        String name = details.names()
                .getOrDefault(
                        site.defaultLanguage(),
                        details.names().values().iterator().next());
        String base = OrganisationSlugs.fromName(name);
        String slug = base;
        for (int n = 2; repository.slugTaken(slug); n++) {
            slug = OrganisationSlugs.numbered(base, n);
        }
        return slug;
    }

    private void requireEditor(Actor actor) {
        if (!actor.can(Role.EDITOR)) {
            throw new OrganisationAccessDenied();
        }
    }

    private void requireActingFor(Actor actor, OrganisationId id) {
        if (!mayActFor(actor, id)) {
            throw new OrganisationAccessDenied();
        }
    }

    private String link(String path) {
        return platform.baseUrl().toString().replaceAll("/+$", "") + path;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return org.springframework.context.i18n.LocaleContextHolder.getLocale();
    }
}
