package org.organizer.network;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

public final class OrganisationNotFound extends UserFacingException {

    OrganisationNotFound() {
        super(HttpStatus.NOT_FOUND, "network.error.notFound");
    }
}
