package org.organizer.press.editions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What is printed in an edition's masthead: its number, date and two prices in one currency. The solidarity
 * price is what supporters pay to help the paper; it is never below the cover price.
 */
public record EditionDetails(
        int number, LocalDate date, Currency currency, BigDecimal coverPrice, BigDecimal solidarityPrice) {

    public static final int MAX_NUMBER = 1_000_000;
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000");

    /** Amounts carry the currency's decimals, so 1.5 euros and 1.500 from the database are both 1.50. */
    public EditionDetails {
        coverPrice = coverPrice.setScale(digits(currency), RoundingMode.HALF_EVEN);
        solidarityPrice = solidarityPrice.setScale(digits(currency), RoundingMode.HALF_EVEN);
    }

    private static int digits(@Nullable Currency currency) {
        return currency == null || currency.getDefaultFractionDigits() < 0 ? 3 : currency.getDefaultFractionDigits();
    }

    /**
     * Checks what was typed, reporting every problem at once.
     *
     * @throws InvalidEdition with one message key per problem
     */
    public static EditionDetails of(
            @Nullable Integer number,
            @Nullable LocalDate date,
            @Nullable String currencyCode,
            @Nullable BigDecimal coverPrice,
            @Nullable BigDecimal solidarityPrice) {
        List<String> errors = new ArrayList<>();
        if (number == null || number < 1 || number > MAX_NUMBER) {
            errors.add("press.edition.error.number");
        }
        if (date == null) {
            errors.add("press.edition.error.date");
        }
        Currency currency = currency(currencyCode);
        if (currency == null) {
            errors.add("press.edition.error.currency");
        }
        BigDecimal cover = amount(coverPrice, currency);
        BigDecimal solidarity = amount(solidarityPrice, currency);
        if (cover == null) {
            errors.add("press.edition.error.coverPrice");
        }
        if (solidarity == null) {
            errors.add("press.edition.error.solidarityPrice");
        } else if (cover != null && solidarity.compareTo(cover) < 0) {
            errors.add("press.edition.error.solidarityBelowCover");
        }
        if (!errors.isEmpty()) {
            throw new InvalidEdition(errors);
        }
        return new EditionDetails(number, date, currency, cover, solidarity);
    }

    /** A price as readers of this language write it, e.g. "€1.50" or "1,50 €". */
    public String format(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(digits(currency));
        format.setMaximumFractionDigits(digits(currency));
        return format.format(amount);
    }

    public String coverPrice(Locale locale) {
        return format(coverPrice, locale);
    }

    public String solidarityPrice(Locale locale) {
        return format(solidarityPrice, locale);
    }

    private static @Nullable Currency currency(@Nullable String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            return null;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Non-negative, below a million, with no more decimals than the currency has (3 when unsure). */
    private static @Nullable BigDecimal amount(@Nullable BigDecimal value, @Nullable Currency currency) {
        if (value == null || value.signum() < 0 || value.compareTo(MAX_PRICE) >= 0) {
            return null;
        }
        try {
            return value.setScale(digits(currency), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return null;
        }
    }
}
