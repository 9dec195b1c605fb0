package org.organizer.funds;

/** What a ledger entry records. */
public enum EntryKind {
    CONTRIBUTION,
    DISBURSEMENT,
    REVERSAL
}
