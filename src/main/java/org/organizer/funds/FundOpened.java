package org.organizer.funds;

/** An administrator opened a fund: from now on it is public, with its account page. */
public record FundOpened(FundId fund) {}
