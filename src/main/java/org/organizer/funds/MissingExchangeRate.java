package org.organizer.funds;

import java.time.LocalDate;
import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No rate between two currencies on the date an entry needs to be converted at. */
public final class MissingExchangeRate extends UserFacingException {

    private final String from;
    private final String to;
    private final LocalDate date;

    MissingExchangeRate(String from, String to, LocalDate date) {
        super(HttpStatus.BAD_REQUEST, "funds.error.rate.missing", from, to, date.toString());
        this.from = from;
        this.to = to;
        this.date = date;
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public LocalDate date() {
        return date;
    }
}
