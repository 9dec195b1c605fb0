package org.organizer.network.calls;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No such call, or none the reader may see: both look the same to them. */
public final class CallNotFound extends UserFacingException {

    CallNotFound() {
        super(HttpStatus.NOT_FOUND, "network.calls.error.notFound");
    }
}
