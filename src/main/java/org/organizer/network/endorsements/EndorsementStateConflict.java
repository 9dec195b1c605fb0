package org.organizer.network.endorsements;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The endorsement is not in a state that allows this step (approving a withdrawn one, for instance). */
public final class EndorsementStateConflict extends UserFacingException {

    EndorsementStateConflict() {
        super(HttpStatus.CONFLICT, "network.endorsements.error.state");
    }
}
