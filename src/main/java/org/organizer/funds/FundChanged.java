package org.organizer.funds;

/** Something the public pages of a fund show changed: its texts, its ledger or its confirmed pledges. */
public record FundChanged(FundId fund) {}
