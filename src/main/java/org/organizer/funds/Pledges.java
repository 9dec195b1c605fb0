package org.organizer.funds;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.organizer.accounts.Actor;
import org.organizer.distribution.mail.Mailer;
import org.organizer.distribution.mail.OutgoingMail;
import org.organizer.platform.LinkTokens;
import org.organizer.platform.PlatformProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pledges from the public page: recorded as pending, confirmed through a link sent to the pledger's address
 * (double opt-in), shown publicly only once confirmed and only as the pledger chose.
 */
@Service
public class Pledges {

    static final String CONFIRMATIONS = "Fund pledge confirmations";
    static final Duration LINK_VALIDITY = Duration.ofDays(7);

    private final PledgeRepository pledges;
    private final FundRepository fundRows;
    private final Funds funds;
    private final Mailer mailer;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final String base;

    Pledges(
            PledgeRepository pledges,
            FundRepository fundRows,
            Funds funds,
            Mailer mailer,
            MessageSource messages,
            ApplicationEventPublisher events,
            PlatformProperties platform) {
        this.pledges = pledges;
        this.fundRows = fundRows;
        this.funds = funds;
        this.mailer = mailer;
        this.messages = messages;
        this.events = events;
        this.base = platform.baseUrl().toString().replaceAll("/+$", "");
    }

    /** Records a pending pledge to an open fund and mails the confirmation link; returns the pledge's id. */
    @Transactional
    public UUID pledge(String slug, NewPledge pledge) {
        Fund fund = fundRows.bySlug(slug).orElseThrow(FundNotFound::new);
        if (fund.status() != FundStatus.OPEN) {
            throw new InvalidPledge("funds.error.pledge.closed");
        }
        UUID id = UUID.randomUUID();
        String token = LinkTokens.newToken();
        pledges.insert(id, fund.id(), pledge, LinkTokens.hash(token), Funds.now());
        Locale locale = Locale.of(pledge.language());
        String title = fund.text(pledge.language()).title();
        String link = base + "/" + pledge.language() + "/funds/" + fund.slug() + "/pledges/confirm/" + token;
        mailer.send(
                CONFIRMATIONS,
                OutgoingMail.plain(
                        pledge.email(),
                        messages.getMessage("funds.pledge.mail.subject", new Object[] {title}, locale),
                        messages.getMessage(
                                "funds.pledge.mail.text",
                                new Object[] {title, pledge.money().toString(), link},
                                locale)));
        return id;
    }

    public boolean confirmationPending(String token) {
        return pledges.pendingByHash(LinkTokens.hash(token), issuedAfter()).isPresent();
    }

    /** @throws PledgeLinkInvalid when the link is unknown, used or older than a week */
    @Transactional
    public Pledge confirm(String token) {
        Pledge pledge =
                pledges.pendingByHash(LinkTokens.hash(token), issuedAfter()).orElseThrow(PledgeLinkInvalid::new);
        if (!pledges.confirm(pledge.id(), Funds.now())) {
            throw new PledgeLinkInvalid();
        }
        events.publishEvent(new FundChanged(pledge.fund()));
        return pledge;
    }

    /** Every pledge with the pledgers' addresses, for administrators and the fund's treasurers. */
    public List<Pledge> all(Actor actor, FundId fund) {
        funds.fund(actor, fund);
        return pledges.all(fund);
    }

    List<Pledge> confirmed(FundId fund) {
        return pledges.confirmed(fund);
    }

    private static Instant issuedAfter() {
        return Instant.now().minus(LINK_VALIDITY);
    }
}
