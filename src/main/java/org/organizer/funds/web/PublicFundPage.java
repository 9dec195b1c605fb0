package org.organizer.funds.web;

import org.jspecify.annotations.Nullable;
import org.organizer.funds.PublicAccount;

/** A fund's public account page: the account, its charts drawn as SVG, and a notice after a confirmation. */
public record PublicFundPage(
        PublicAccount account,
        @Nullable String countryChart,
        @Nullable String currencyChart,
        @Nullable String notice) {}
