package org.organizer.cases.campaigns;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.cases.Cases;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.funds.PublicFunds;
import org.organizer.platform.LinkTokens;
import org.organizer.platform.PlatformProperties;
import org.organizer.web.SiteInfo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign of a case. Its team writes the demands, plans hearings and records the prisoner's address with
 * who allowed it to be shown; anyone may send a solidarity message, which is published once its sender
 * confirmed it through the mailed link and the case's team or an editor approved it. The campaign is public
 * exactly while its case is (something of it public, see {@link Cases#publicCase}).
 */
@Service
public class Campaigns {

    static final Duration LINK_VALIDITY = Duration.ofDays(7);
    private static final int MAX_DEMANDS = 5000;
    private static final int MAX_LINE = 300;
    private static final int MAX_ORGANISATION = 200;
    private static final int MAX_MESSAGE = 2000;
    private static final int MAX_ADDRESS = 1000;

    private final CampaignRepository campaigns;
    private final Cases cases;
    private final PublicFunds funds;
    private final Mailer mailer;
    private final MessageSource messages;
    private final PlatformProperties platform;
    private final SiteInfo site;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Campaigns(
            CampaignRepository campaigns,
            Cases cases,
            PublicFunds funds,
            Mailer mailer,
            MessageSource messages,
            PlatformProperties platform,
            SiteInfo site,
            ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.funds = funds;
        this.mailer = mailer;
        this.messages = messages;
        this.platform = platform;
        this.site = site;
        this.events = events;
    }

    // ---- the case's team ----

    /** The campaign for its team (everything) or for editors (to moderate messages). */
    public Campaign campaign(Actor actor, UUID caseId) {
        requireModerator(actor, caseId);
        CampaignRepository.CaseRow row = campaigns.caseById(caseId).orElseThrow(CampaignNotFound::new);
        return new Campaign(
                row.id(),
                row.slug(),
                row.country(),
                campaigns.demands(caseId),
                campaigns.hearingsFrom(caseId, now()),
                campaigns.address(caseId).orElse(null),
                campaigns.messages(caseId, List.of("CONFIRMED", "APPROVED")));
    }

    public boolean mayWrite(Actor actor, UUID caseId) {
        return cases.isTeamMember(actor, caseId);
    }

    @Transactional
    public void putDemands(Actor actor, UUID caseId, String language, String demands) {
        requireTeam(actor, caseId);
        String lang = language(language);
        String text = text(demands, MAX_DEMANDS, "cases.campaign.error.demands");
        campaigns.putDemands(caseId, lang, text, actor.id().value(), now());
        events.publishEvent(new CampaignChanged(caseId));
    }

    /** Plans a hearing: a moment in the future in a time zone (IANA name, e.g. America/Lima), and a place. */
    @Transactional
    public UUID planHearing(Actor actor, UUID caseId, String dateTime, String timeZone, String place) {
        requireTeam(actor, caseId);
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidCampaignInput("cases.campaign.error.timeZone");
        }
        Instant startsAt;
        try {
            startsAt = LocalDateTime.parse(dateTime.strip()).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidCampaignInput("cases.campaign.error.dateTime");
        }
        if (!startsAt.isAfter(now())) {
            throw new InvalidCampaignInput("cases.campaign.error.hearingPast");
        }
        String where = line(place, "cases.campaign.error.place");
        UUID id = UUID.randomUUID();
        campaigns.insertHearing(id, caseId, startsAt, zone, where, actor.id().value(), now());
        events.publishEvent(new CampaignChanged(caseId));
        return id;
    }

    @Transactional
    public void cancelHearing(Actor actor, UUID caseId, UUID hearing) {
        requireTeam(actor, caseId);
        campaigns.deleteHearing(caseId, hearing);
        events.publishEvent(new CampaignChanged(caseId));
    }

    /** Records the postal address together with who allowed it to be published (the person or the family). */
    @Transactional
    public void recordAddress(Actor actor, UUID caseId, String address, String allowedBy, String allowedOn) {
        requireTeam(actor, caseId);
        String text = text(address, MAX_ADDRESS, "cases.campaign.error.address");
        String by = allowedBy.strip().toUpperCase(Locale.ROOT);
        if (!by.equals("PERSON") && !by.equals("FAMILY")) {
            throw new InvalidCampaignInput("cases.campaign.error.allowedBy");
        }
        LocalDate on;
        try {
            on = LocalDate.parse(allowedOn.strip());
        } catch (DateTimeException e) {
            throw new InvalidCampaignInput("cases.campaign.error.date");
        }
        if (on.isAfter(LocalDate.now(clock.withZone(ZoneOffset.ofHours(14))))) {
            throw new InvalidCampaignInput("cases.campaign.error.dateFuture");
        }
        campaigns.putAddress(caseId, text, by, on, actor.id().value(), now());
        events.publishEvent(new CampaignChanged(caseId));
    }

    /** The person or the family no longer allows the address to be shown: it leaves the page at once. */
    @Transactional
    public void withdrawAddress(Actor actor, UUID caseId) {
        requireTeam(actor, caseId);
        campaigns.withdrawAddress(caseId, actor.id().value(), now());
        events.publishEvent(new CampaignChanged(caseId));
    }

    @Transactional
    public void decide(Actor actor, UUID caseId, UUID message, boolean approve) {
        requireModerator(actor, caseId);
        if (campaigns.decide(
                        caseId,
                        message,
                        approve ? "APPROVED" : "REJECTED",
                        actor.id().value(),
                        now())
                == 0) {
            throw new InvalidCampaignInput("cases.solidarity.error.unknown");
        }
        events.publishEvent(new CampaignChanged(caseId));
    }

    // ---- anyone ----

    /** The public campaign of a public case, in one language. */
    @Transactional(readOnly = true)
    public Campaign.Public published(String slug, String language) {
        cases.publicCase(slug);
        CampaignRepository.CaseRow row = campaigns.caseBySlug(slug).orElseThrow(CampaignNotFound::new);
        String address = campaigns
                .address(row.id())
                .filter(Campaign.Address::shown)
                .map(Campaign.Address::address)
                .orElse(null);
        return new Campaign.Public(
                row.slug(),
                row.country(),
                language,
                campaigns.demands(row.id()).get(language),
                campaigns.hearingsFrom(row.id(), now()),
                address,
                campaigns.messages(row.id(), List.of("APPROVED")).stream()
                        .map(m -> new Campaign.PublicMessage(m.organisation(), m.country(), m.paragraphs()))
                        .toList(),
                funds.linkedToCase(row.id(), language));
    }

    /**
     * Takes a solidarity message and mails the confirmation link to its contact address. A filled-in honeypot
     * field is answered like a real submission, but nothing is stored or sent.
     */
    @Transactional
    public void submit(String slug, String language, Map<String, String> form) {
        cases.publicCase(slug);
        CampaignRepository.CaseRow row = campaigns.caseBySlug(slug).orElseThrow(CampaignNotFound::new);
        String organisation =
                line(form.getOrDefault("organisation", ""), "cases.solidarity.error.organisation", MAX_ORGANISATION);
        String country = country(form.getOrDefault("country", ""));
        String message = text(form.getOrDefault("message", ""), MAX_MESSAGE, "cases.solidarity.error.message");
        String email = email(form.getOrDefault("email", ""));
        if (!form.getOrDefault("fax", "").isBlank()) {
            return;
        }
        String token = LinkTokens.newToken();
        campaigns.insertMessage(
                UUID.randomUUID(),
                row.id(),
                language,
                organisation,
                country,
                message,
                email,
                LinkTokens.hash(token),
                now());
        Locale locale = Locale.forLanguageTag(language);
        mailer.send(
                "Solidarity message confirmations",
                OutgoingMail.plain(
                        email,
                        messages.getMessage("cases.solidarity.mail.subject", null, locale),
                        messages.getMessage(
                                "cases.solidarity.mail.text",
                                new Object[] {
                                    organisation,
                                    link("/cases/solidarity/confirm/" + token + "?lang=" + language),
                                    LINK_VALIDITY.toDays()
                                },
                                locale)));
    }

    /** The organisation of a message waiting for its confirmation link. */
    public String pending(String token) {
        return valid(token).organisation();
    }

    /** Confirms the message: it now waits for the case's team or an editor. */
    @Transactional
    public void confirm(String token) {
        CampaignRepository.PendingMessage pending = valid(token);
        campaigns.confirm(pending.id(), now());
    }

    private CampaignRepository.PendingMessage valid(String token) {
        return campaigns
                .byToken(LinkTokens.hash(token))
                .filter(m -> m.state().equals("PENDING"))
                .filter(m -> m.createdAt().plus(LINK_VALIDITY).isAfter(now()))
                .orElseThrow(SolidarityLinkInvalid::new);
    }

    // ---- rules ----

    private void requireTeam(Actor actor, UUID caseId) {
        campaigns.caseById(caseId).orElseThrow(CampaignNotFound::new);
        if (!cases.isTeamMember(actor, caseId)) {
            throw new CampaignAccessDenied();
        }
    }

    private void requireModerator(Actor actor, UUID caseId) {
        campaigns.caseById(caseId).orElseThrow(CampaignNotFound::new);
        if (!actor.can(Role.EDITOR) && !cases.isTeamMember(actor, caseId)) {
            throw new CampaignAccessDenied();
        }
    }

    private String language(String language) {
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!site.languages().contains(lang)) {
            throw new InvalidCampaignInput("cases.campaign.error.language");
        }
        return lang;
    }

    private static String text(String value, int max, String key) {
        String text = value.strip().replace("\r\n", "\n");
        if (text.isEmpty() || text.length() > max) {
            throw new InvalidCampaignInput(key, max);
        }
        return text;
    }

    private static String line(String value, String key) {
        return line(value, key, MAX_LINE);
    }

    private static String line(String value, String key, int max) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > max || text.contains("\n") || text.contains("\r")) {
            throw new InvalidCampaignInput(key, max);
        }
        return text;
    }

    private static String country(String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2}") || !Set.of(Locale.getISOCountries()).contains(code)) {
            throw new InvalidCampaignInput("cases.solidarity.error.country");
        }
        return code;
    }

    private static String email(String value) {
        String email = value.strip();
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidCampaignInput("cases.solidarity.error.email");
        }
        return email;
    }

    private String link(String path) {
        return platform.baseUrl().toString().replaceAll("/+$", "") + path;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
