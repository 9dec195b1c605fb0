package org.organizer.funds.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.funds.ExchangeRate;

/** The latest exchange rates, the form to enter one and the CSV import. */
public record RatesPage(
        List<ExchangeRate> rates,
        String columns,
        @Nullable Problem problem,
        Typed typed,
        @Nullable String notice,
        long count,
        String today) {

    public boolean problemIn(String form) {
        return problem != null && problem.form().equals(form);
    }
}
