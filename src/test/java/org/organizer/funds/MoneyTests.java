package org.organizer.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    @ParameterizedTest
    @CsvSource({"3000,JPY,3000", "12.5,EUR,12.50", "7,EUR,7.00", "1.250,KWD,1.250", "0.001,kwd,0.001", "5.000,JPY,5"})
    void amountsAreKeptAtTheMinorUnitsOfTheirCurrency(String typed, String currency, String kept) {
        Money money = Money.of(typed, currency);

        assertThat(money.plain()).isEqualTo(kept);
        assertThat(money.currency()).isEqualTo(Currency.getInstance(currency.toUpperCase()));
    }

    @ParameterizedTest
    @CsvSource({"10.5,JPY", "1.234,EUR", "1.2345,KWD"})
    void moreDecimalsThanTheCurrencyHasAreRefused(String typed, String currency) {
        assertThatThrownBy(() -> Money.of(typed, currency))
                .isInstanceOf(TooManyDecimals.class)
                .extracting(e -> ((TooManyDecimals) e).messageKey())
                .isEqualTo("funds.error.amount.decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "abc", "1,000.00", "1e3", "12.", ".5", "+5", "NaN", "1 000", "١٢"})
    void malformedAmountsAreRefused(String typed) {
        assertThatThrownBy(() -> Money.of(typed, "EUR")).isInstanceOf(MalformedAmount.class);
    }

    @Test
    void negativeAmountsAreRefused() {
        assertThatThrownBy(() -> Money.of("-5.00", "EUR")).isInstanceOf(NegativeAmount.class);
        assertThatThrownBy(() -> Money.of(new BigDecimal("-0.01"), Currency.getInstance("EUR")))
                .isInstanceOf(NegativeAmount.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EU", "EURO", "ABC", "XAU", "XXX", "€"})
    void codesThatAreNoCurrencyWithMinorUnitsAreRefused(String code) {
        assertThatThrownBy(() -> Money.of("1", code)).isInstanceOf(UnknownCurrency.class);
    }

    @Test
    void addingAndSubtractingStaysExact() {
        Money a = Money.of("0.10", "EUR");
        Money b = Money.of("0.20", "EUR");

        assertThat(a.plus(b)).isEqualTo(Money.of("0.30", "EUR"));
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(NegativeAmount.class);
        assertThatThrownBy(() -> a.plus(Money.of("1", "JPY"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conversionRoundsOnceHalfToEvenAtTheTargetsMinorUnits() {
        Currency eur = Currency.getInstance("EUR");
        Currency jpy = Currency.getInstance("JPY");
        ExchangeRate rate =
                new ExchangeRate(java.time.LocalDate.of(2026, 11, 2), eur, jpy, new BigDecimal("160.5"), "test");

        assertThat(rate.convert(Money.of("1.00", "EUR"))).isEqualTo(Money.of("160", "JPY")); // 160.5 → 160
        assertThat(rate.convert(Money.of("3.00", "EUR"))).isEqualTo(Money.of("482", "JPY")); // 481.5 → 482
        assertThat(rate.convert(Money.of("1000", "JPY"))).isEqualTo(Money.of("6.23", "EUR")); // 6.2305... → 6.23
    }
}
