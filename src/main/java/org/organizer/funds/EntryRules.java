package org.organizer.funds;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Checks shared by the entries a treasurer types. */
final class EntryRules {

    /** The furthest time zone ahead of UTC: a date is in the future only once it has begun nowhere yet. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private EntryRules() {}

    static void positive(Money money) {
        if (money.isZero()) {
            throw new InvalidEntry("funds.error.amount.zero");
        }
    }

    static void notInFuture(LocalDate date) {
        if (date.isAfter(LocalDate.now(EARLIEST_ZONE))) {
            throw new InvalidEntry("funds.error.date.future");
        }
    }

    static LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEntry("funds.error.date.missing");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidEntry("funds.error.date.malformed");
        }
    }

    static String requiredText(@Nullable String value, int max, String missingKey, String longKey) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new InvalidEntry(missingKey);
        }
        if (text.length() > max) {
            throw new InvalidEntry(longKey, max);
        }
        return text;
    }

    static @Nullable String optionalText(@Nullable String value, int max, String longKey) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new InvalidEntry(longKey, max);
        }
        return text.isEmpty() ? null : text;
    }
}
