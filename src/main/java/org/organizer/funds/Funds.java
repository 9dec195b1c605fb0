package org.organizer.funds;

import java.text.Normalizer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.organizer.accounts.Accounts;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.accounts.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funds and their treasurers. Administrators open funds, write their texts and assign treasurers from any
 * existing account; treasurers are a per-fund membership, not a role (docs/funds.md). Administrators see
 * every fund, a treasurer the funds they keep, anyone else none.
 */
@Service
public class Funds {

    private final FundRepository funds;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    Funds(FundRepository funds, Accounts accounts, ApplicationEventPublisher events) {
        this.events = events;
        this.funds = funds;
        this.accounts = accounts;
    }

    @Transactional
    public Fund open(Actor actor, NewFund fund) {
        requireAdministrator(actor);
        FundId id = FundId.random();
        try {
            funds.insert(id, slug(fund.text().title(), id), fund, actor.id(), now());
        } catch (DataIntegrityViolationException e) {
            throw unknownLink(e);
        }
        events.publishEvent(new FundChanged(id));
        events.publishEvent(new FundOpened(id));
        return funds.byId(id).orElseThrow();
    }

    /**
     * The foreign keys to a call, a day of action or a case refuse an id that names none: a translated
     * message, never a 500. (Checked by the database, so funds need not read the cases module.)
     */
    private static RuntimeException unknownLink(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("fund_call_fk")) {
            return new InvalidFund("funds.error.link.call");
        }
        if (message.contains("fund_day_of_action_fk")) {
            return new InvalidFund("funds.error.link.day");
        }
        if (message.contains("fund_case_fk")) {
            return new InvalidFund("funds.error.link.case");
        }
        return e;
    }

    @Transactional
    public Fund saveText(Actor actor, FundId id, FundText text) {
        requireAdministrator(actor);
        fund(actor, id);
        funds.saveText(id, text);
        events.publishEvent(new FundChanged(id));
        return fund(actor, id);
    }

    /** Makes the account with this e-mail address a treasurer of the fund. */
    @Transactional
    public Fund assignTreasurer(Actor actor, FundId id, String email) {
        requireAdministrator(actor);
        fund(actor, id);
        Actor treasurer =
                accounts.byEmail(email.strip()).orElseThrow(() -> new InvalidFund("funds.error.treasurer.unknown"));
        funds.addTreasurer(id, treasurer.id(), actor.id(), now());
        return fund(actor, id);
    }

    @Transactional
    public Fund removeTreasurer(Actor actor, FundId id, UserId treasurer) {
        requireAdministrator(actor);
        funds.removeTreasurer(id, treasurer);
        return fund(actor, id);
    }

    public List<Fund> visibleTo(Actor actor) {
        return actor.can(Role.ADMINISTRATOR) ? funds.all() : funds.ofTreasurer(actor.id());
    }

    /** A fund for an administrator or one of its treasurers. */
    public Fund fund(Actor actor, FundId id) {
        Fund fund = funds.byId(id).orElseThrow(FundNotFound::new);
        if (!actor.can(Role.ADMINISTRATOR) && !fund.hasTreasurer(actor.id())) {
            throw FundAccessDenied.treasurersOnly();
        }
        return fund;
    }

    public boolean isTreasurer(Actor actor, FundId id) {
        return funds.isTreasurer(id, actor.id());
    }

    /** Treasurers of any fund may enter exchange rates; so may administrators. */
    boolean keepsAnyFund(Actor actor) {
        return !funds.ofTreasurer(actor.id()).isEmpty();
    }

    static void requireAdministrator(Actor actor) {
        if (!actor.can(Role.ADMINISTRATOR)) {
            throw FundAccessDenied.administratorsOnly();
        }
    }

    private String slug(String title, FundId id) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-+$", "");
        }
        String shortId = id.toString().substring(0, 8);
        if (ascii.isEmpty()) {
            return "fund-" + shortId;
        }
        return funds.slugTaken(ascii) ? ascii + "-" + shortId : ascii;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
