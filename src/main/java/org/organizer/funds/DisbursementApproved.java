package org.organizer.funds;

/** A second treasurer approved a disbursement: it counts, and is public on the fund's account. */
public record DisbursementApproved(FundId fund, EntryId entry) {}
