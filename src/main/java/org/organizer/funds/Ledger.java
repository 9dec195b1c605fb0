package org.organizer.funds;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.accounts.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fund's append-only ledger. Only the fund's treasurers write; a disbursement counts once a second
 * treasurer approves it; a mistake is corrected by a reversal with a reason. Writes to one fund are
 * serialised by locking the fund's row, so the checks below see every earlier write.
 */
@Service
public class Ledger {

    private final LedgerRepository ledger;
    private final FundRepository fundRows;
    private final Funds funds;
    private final ApplicationEventPublisher events;

    Ledger(LedgerRepository ledger, FundRepository fundRows, Funds funds, ApplicationEventPublisher events) {
        this.events = events;
        this.ledger = ledger;
        this.fundRows = fundRows;
        this.funds = funds;
    }

    @Transactional
    public LedgerEntry recordContribution(Actor treasurer, FundId fund, Contribution c) {
        lockAsTreasurer(treasurer, fund);
        EntryId id = EntryId.random();
        ledger.insert(LedgerRepository.NewEntry.contribution(id, fund, c, treasurer.id(), Funds.now()));
        events.publishEvent(new FundChanged(fund));
        return ledger.entry(fund, id).orElseThrow();
    }

    @Transactional
    public LedgerEntry recordDisbursement(Actor treasurer, FundId fund, Disbursement d) {
        lockAsTreasurer(treasurer, fund);
        EntryId id = EntryId.random();
        ledger.insert(new LedgerRepository.NewEntry(
                id,
                fund,
                EntryKind.DISBURSEMENT,
                d.money(),
                d.paid(),
                null,
                null,
                null,
                d.purpose(),
                d.recipient(),
                null,
                null,
                treasurer.id(),
                Funds.now()));
        events.publishEvent(new FundChanged(fund));
        return ledger.entry(fund, id).orElseThrow();
    }

    /** A second treasurer approves a disbursement; from then on it counts. */
    @Transactional
    public LedgerEntry approve(Actor treasurer, FundId fund, EntryId id) {
        lockAsTreasurer(treasurer, fund);
        LedgerEntry entry = ledger.entry(fund, id).orElseThrow(EntryNotFound::new);
        if (entry.kind() != EntryKind.DISBURSEMENT) {
            throw new LedgerChangeRefused("funds.error.approve.notDisbursement");
        }
        if (entry.approved()) {
            throw new LedgerChangeRefused("funds.error.approve.already");
        }
        if (entry.reversed()) {
            throw new LedgerChangeRefused("funds.error.approve.reversed");
        }
        if (entry.recordedBy().id().equals(treasurer.id())) {
            throw new LedgerChangeRefused("funds.error.approve.own");
        }
        ledger.approve(fund, id, treasurer.id(), Funds.now());
        events.publishEvent(new FundChanged(fund));
        events.publishEvent(new DisbursementApproved(fund, id));
        return ledger.entry(fund, id).orElseThrow();
    }

    /**
     * Cancels a contribution or a disbursement by a new entry of the same amount, currency and date (so it
     * nets out in every total, converted ones included), with the reason.
     */
    @Transactional
    public LedgerEntry reverse(Actor treasurer, FundId fund, EntryId id, @Nullable String reason) {
        lockAsTreasurer(treasurer, fund);
        String why = EntryRules.requiredText(reason, 500, "funds.error.reason.missing", "funds.error.reason.long");
        LedgerEntry entry = ledger.entry(fund, id).orElseThrow(EntryNotFound::new);
        if (entry.kind() == EntryKind.REVERSAL) {
            throw new LedgerChangeRefused("funds.error.reverse.reversal");
        }
        if (entry.reversed()) {
            throw new LedgerChangeRefused("funds.error.reverse.already");
        }
        EntryId reversal = EntryId.random();
        ledger.insert(new LedgerRepository.NewEntry(
                reversal,
                fund,
                EntryKind.REVERSAL,
                entry.money(),
                entry.date(),
                null,
                null,
                null,
                null,
                null,
                id,
                why,
                treasurer.id(),
                Funds.now()));
        events.publishEvent(new FundChanged(fund));
        return ledger.entry(fund, reversal).orElseThrow();
    }

    /** Every entry, oldest first, for administrators and the fund's treasurers. */
    public List<LedgerEntry> entries(Actor actor, FundId fund) {
        funds.fund(actor, fund);
        return ledger.entries(fund);
    }

    /** For each currency the fund has entries in: received − disbursed = balance. */
    public List<Balance> balances(Actor actor, FundId fund) {
        funds.fund(actor, fund);
        return ledger.balances(fund);
    }

    List<LedgerEntry> entries(FundId fund) {
        return ledger.entries(fund);
    }

    private void lockAsTreasurer(Actor actor, FundId fund) {
        if (!fundRows.lock(fund)) {
            throw new FundNotFound();
        }
        if (!fundRows.isTreasurer(fund, actor.id())) {
            throw FundAccessDenied.treasurersOnly();
        }
    }
}
