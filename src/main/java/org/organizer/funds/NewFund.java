package org.organizer.funds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator gives to open a fund: its text in one language (more are added later), the
 * currency of account, an optional target in that currency, dates, and optional links to a call, a day of
 * action or a case (plain ids until those modules exist).
 */
public record NewFund(
        FundText text,
        Currency currency,
        @Nullable Money target,
        LocalDate opensOn,
        @Nullable LocalDate closesOn,
        @Nullable UUID callId,
        @Nullable UUID dayOfActionId,
        @Nullable UUID caseId) {

    public NewFund {
        if (target != null && !target.currency().equals(currency)) {
            throw new InvalidFund("funds.error.target.currency");
        }
        if (target != null && target.isZero()) {
            throw new InvalidFund("funds.error.target.zero");
        }
        if (closesOn != null && closesOn.isBefore(opensOn)) {
            throw new InvalidFund("funds.error.dates.order");
        }
    }

    /** From a form's fields, every problem a named exception with a message key. */
    public static NewFund typed(
            FundText text,
            @Nullable String currency,
            @Nullable String target,
            @Nullable String opensOn,
            @Nullable String closesOn,
            @Nullable String callId,
            @Nullable String dayOfActionId,
            @Nullable String caseId) {
        Currency account = Money.currency(currency);
        Money goal = blank(target) ? null : Money.of(target, account.getCurrencyCode());
        LocalDate opens = date(opensOn);
        if (opens == null) {
            throw new InvalidFund("funds.error.dates.opens");
        }
        return new NewFund(text, account, goal, opens, date(closesOn), id(callId), id(dayOfActionId), id(caseId));
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFund("funds.error.date.malformed");
        }
    }

    private static @Nullable UUID id(@Nullable String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidFund("funds.error.link.malformed");
        }
    }
}
