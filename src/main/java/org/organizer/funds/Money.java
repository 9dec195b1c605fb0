package org.organizer.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An exact, non-negative amount in an ISO 4217 currency, always at the currency's minor units (JPY 0,
 * EUR 2, KWD 3 decimals). Never a floating-point number: {@link BigDecimal} here, {@code numeric} in SQL.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Digits, optionally a point and more digits; no sign, no grouping, no exponent. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,6})?");

    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Money {
        int digits = minorUnits(currency);
        if (amount.signum() < 0) {
            throw new NegativeAmount();
        }
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new TooManyDecimals(currency.getCurrencyCode(), digits);
        }
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Parses what a person typed, e.g. "1250.50" and "EUR"; every problem is a named, translated exception. */
    public static Money of(@Nullable String amount, @Nullable String currencyCode) {
        Currency currency = currency(currencyCode);
        String typed = amount == null ? "" : amount.strip();
        if (typed.startsWith("-") && PLAIN_DECIMAL.matcher(typed.substring(1)).matches()) {
            throw new NegativeAmount();
        }
        if (!PLAIN_DECIMAL.matcher(typed).matches()) {
            throw new MalformedAmount();
        }
        return new Money(new BigDecimal(typed), currency);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** An ISO 4217 currency with minor units; codes such as XAU (gold) or XXX have none and are refused. */
    public static Currency currency(@Nullable String code) {
        String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CURRENCY_CODE.matcher(typed).matches()) {
            throw new UnknownCurrency(typed.length() > 12 ? typed.substring(0, 12) : typed);
        }
        try {
            Currency currency = Currency.getInstance(typed);
            if (currency.getDefaultFractionDigits() < 0) {
                throw new UnknownCurrency(typed);
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new UnknownCurrency(typed);
        }
    }

    public static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new UnknownCurrency(currency.getCurrencyCode());
        }
        return digits;
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    /** Refuses to go below zero: a balance that can be negative is a {@link BigDecimal}, not money. */
    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    /** The amount as typed back into a form: plain digits and a point, e.g. "1250.50" or "3000". */
    public String plain() {
        return amount.toPlainString();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currencyCode();
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("different currencies: " + currency + " and " + other.currency);
        }
        return other;
    }
}
