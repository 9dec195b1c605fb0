package org.organizer.funds;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * A fund's account in one currency: received (contributions less their reversals), disbursed (approved
 * disbursements less their reversals), what waits for approval, and the balance received − disbursed,
 * which may be negative (money spent in a currency before the exchange into it was recorded).
 */
public record Balance(Currency currency, Money received, Money disbursed, Money awaitingApproval, BigDecimal balance) {

    public Balance {
        if (balance.compareTo(received.amount().subtract(disbursed.amount())) != 0) {
            throw new IllegalStateException("balance " + balance + " is not received − disbursed in " + currency);
        }
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }
}
