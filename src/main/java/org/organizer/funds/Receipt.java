package org.organizer.funds;

import java.time.Instant;

/**
 * A receipt attached to a disbursement, as its fund's treasurers and administrators see it. Private: nothing
 * public is built from it.
 *
 * @param contentType sniffed from the file's first bytes, never taken from the browser
 */
public record Receipt(
        ReceiptId id,
        FundId fund,
        EntryId entry,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Person uploadedBy,
        Instant uploadedAt) {}
