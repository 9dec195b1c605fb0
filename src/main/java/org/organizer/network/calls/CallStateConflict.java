package org.organizer.network.calls;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/**
 * The call is not in a state that allows the action: a status change that is not allowed, a poll that is
 * closed, an amendment already decided. Nothing is changed.
 */
public final class CallStateConflict extends UserFacingException {

    private CallStateConflict(String messageKey) {
        super(HttpStatus.CONFLICT, messageKey);
    }

    static CallStateConflict statusChangeNotAllowed() {
        return new CallStateConflict("network.calls.error.statusChange");
    }

    static CallStateConflict notInDiscussion() {
        return new CallStateConflict("network.calls.error.notInDiscussion");
    }

    static CallStateConflict pollClosed() {
        return new CallStateConflict("network.calls.error.pollClosed");
    }

    static CallStateConflict pollExists() {
        return new CallStateConflict("network.calls.error.pollExists");
    }

    static CallStateConflict amendmentDecided() {
        return new CallStateConflict("network.calls.error.amendmentDecided");
    }

    static CallStateConflict noPublishedVersion() {
        return new CallStateConflict("network.calls.error.noPublishedVersion");
    }

    static CallStateConflict textFinal() {
        return new CallStateConflict("network.calls.error.textFinal");
    }

    static CallStateConflict notFinal() {
        return new CallStateConflict("network.calls.error.notFinal");
    }
}
