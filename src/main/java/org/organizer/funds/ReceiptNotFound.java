package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No receipt with this id in this fund. */
public final class ReceiptNotFound extends UserFacingException {

    ReceiptNotFound() {
        super(HttpStatus.NOT_FOUND, "funds.error.receipt.notFound");
    }
}
