package org.organizer.press.editions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** The edition form exactly as typed, so a rejected form comes back with nothing lost. */
public record EditionForm(
        @Nullable String number,
        @Nullable String date,
        @Nullable String currency,
        @Nullable String coverPrice,
        @Nullable String solidarityPrice,
        @Nullable String language) {

    static EditionForm blank(String language, int nextNumber) {
        return new EditionForm(String.valueOf(nextNumber), LocalDate.now().toString(), "EUR", "", "", language);
    }

    static EditionForm of(Edition e) {
        EditionDetails d = e.details();
        return new EditionForm(
                String.valueOf(d.number()),
                d.date().toString(),
                d.currency().getCurrencyCode(),
                d.coverPrice().toPlainString(),
                d.solidarityPrice().toPlainString(),
                e.language());
    }

    EditionDetails details() {
        return EditionDetails.of(parsedNumber(), parsedDate(), currency, amount(coverPrice), amount(solidarityPrice));
    }

    public String value(@Nullable String field) {
        return field == null ? "" : field;
    }

    private @Nullable Integer parsedNumber() {
        String text = number == null ? "" : number.strip();
        return text.matches("[0-9]{1,7}") ? Integer.valueOf(text) : null;
    }

    private @Nullable LocalDate parsedDate() {
        try {
            return date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Accepts "1.50" and "1,50", nothing else. */
    private static @Nullable BigDecimal amount(@Nullable String text) {
        String clean = text == null ? "" : text.strip().replace(',', '.');
        return clean.matches("[0-9]{1,7}(\\.[0-9]{1,3})?") ? new BigDecimal(clean) : null;
    }
}
