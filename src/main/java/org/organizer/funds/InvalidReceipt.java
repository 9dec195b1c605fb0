package org.organizer.funds;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A receipt file that is refused: empty, too big, not a PDF/JPEG/PNG/WebP, or not for a disbursement. */
public final class InvalidReceipt extends UserFacingException {

    InvalidReceipt(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }
}
