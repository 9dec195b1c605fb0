package org.organizer.funds;

/** Rates were added: converted totals of every fund may change (or a missing rate may now be there). */
record ExchangeRatesChanged() {}
