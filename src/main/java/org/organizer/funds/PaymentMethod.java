package org.organizer.funds;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How a contribution arrived: by bank transfer, as cash collected at a picket or meeting, or otherwise. */
public enum PaymentMethod {
    BANK_TRANSFER,
    CASH,
    OTHER;

    public static Optional<PaymentMethod> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String messageKey() {
        return "funds.method." + name().toLowerCase(Locale.ROOT);
    }
}
