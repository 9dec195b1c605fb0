package org.organizer.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A reference rate on one date: 1 {@code base} = {@code rate} {@code quote}. Converting rounds once, to the
 * target currency's minor units, half to even (banker's rounding): multiplying from base to quote,
 * dividing from quote to base — the rate is never inverted into a rounded number first.
 */
public record ExchangeRate(LocalDate date, Currency base, Currency quote, BigDecimal rate, String source) {

    public ExchangeRate {
        if (base.equals(quote)) {
            throw new InvalidExchangeRates("funds.error.rate.sameCurrency");
        }
        if (rate.signum() <= 0) {
            throw new InvalidExchangeRates("funds.error.rate.notPositive");
        }
        if (rate.stripTrailingZeros().scale() > 12 || rate.precision() - rate.scale() > 12) {
            throw new InvalidExchangeRates("funds.error.rate.precision");
        }
        Money.minorUnits(base);
        Money.minorUnits(quote);
    }

    public boolean converts(Currency from, Currency to) {
        return (from.equals(base) && to.equals(quote)) || (from.equals(quote) && to.equals(base));
    }

    public Money convert(Money money) {
        if (money.currency().equals(base)) {
            return Money.of(
                    money.amount().multiply(rate).setScale(Money.minorUnits(quote), RoundingMode.HALF_EVEN), quote);
        }
        if (money.currency().equals(quote)) {
            return Money.of(money.amount().divide(rate, Money.minorUnits(base), RoundingMode.HALF_EVEN), base);
        }
        throw new IllegalArgumentException(money + " is neither " + base + " nor " + quote);
    }
}
