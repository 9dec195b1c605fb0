package org.organizer.network.endorsements;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The call takes no endorsements now (not yet open, or closed): a conflict with its state, for the API. */
public final class EndorsementsClosed extends UserFacingException {

    EndorsementsClosed() {
        super(HttpStatus.CONFLICT, InvalidEndorsementInput.CLOSED);
    }
}
