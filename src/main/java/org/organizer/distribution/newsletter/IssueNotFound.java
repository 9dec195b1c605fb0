package org.organizer.distribution.newsletter;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The address names no newsletter issue (or no language of it). */
final class IssueNotFound extends UserFacingException {
    IssueNotFound() {
        super(HttpStatus.NOT_FOUND, "distribution.newsletter.error.issueNotFound");
    }
}
