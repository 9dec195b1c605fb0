package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No ledger entry with this id in this fund. */
public final class EntryNotFound extends UserFacingException {

    EntryNotFound() {
        super(HttpStatus.NOT_FOUND, "funds.error.entry.notFound");
    }
}
