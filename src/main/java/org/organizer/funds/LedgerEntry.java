package org.organizer.funds;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of a fund's ledger, never changed once recorded. Contributions carry a method, a private
 * reference and an optional pledge; disbursements a purpose and a recipient described at the level the
 * treasurer chose, and an approval once a second treasurer gave it; reversals the entry they cancel and why.
 */
public record LedgerEntry(
        EntryId id,
        long position,
        FundId fund,
        EntryKind kind,
        Money money,
        LocalDate date,
        @Nullable PaymentMethod method,
        @Nullable String reference,
        @Nullable UUID pledgeId,
        @Nullable String purpose,
        @Nullable String recipient,
        @Nullable EntryId reverses,
        @Nullable String reason,
        Person recordedBy,
        Instant recordedAt,
        @Nullable Approval approval,
        @Nullable EntryId reversedBy) {

    /** Who approved a disbursement, and when. */
    public record Approval(Person by, Instant at) {}

    public boolean reversed() {
        return reversedBy != null;
    }

    public boolean approved() {
        return approval != null;
    }

    /** A disbursement still waiting for a second treasurer; it does not count yet. */
    public boolean awaitingApproval() {
        return kind == EntryKind.DISBURSEMENT && !approved() && !reversed();
    }

    public boolean reversible() {
        return kind != EntryKind.REVERSAL && !reversed();
    }
}
