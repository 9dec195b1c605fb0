package org.organizer.network;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Someone signed in acts on an organisation they do not represent, or without the role the action needs. */
public final class OrganisationAccessDenied extends UserFacingException {

    OrganisationAccessDenied() {
        super(HttpStatus.FORBIDDEN, "network.error.forbidden");
    }
}
