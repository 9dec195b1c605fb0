package org.organizer.network.calls;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Someone signed in acts on a call, or for an organisation, they may not act for. */
public final class CallAccessDenied extends UserFacingException {

    CallAccessDenied(String messageKey) {
        super(HttpStatus.FORBIDDEN, messageKey);
    }

    static CallAccessDenied notIssuer() {
        return new CallAccessDenied("network.calls.error.notIssuer");
    }

    static CallAccessDenied notRepresentative() {
        return new CallAccessDenied("network.calls.error.notRepresentative");
    }
}
