package org.organizer.distribution.newsletter;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** What an editor asked to send cannot be a newsletter: no such published edition, no articles chosen... */
final class InvalidIssue extends UserFacingException {
    InvalidIssue(String messageKey) {
        super(HttpStatus.BAD_REQUEST, messageKey);
    }
}
