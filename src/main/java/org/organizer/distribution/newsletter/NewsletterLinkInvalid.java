package org.organizer.distribution.newsletter;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** A confirmation or manage link that is unknown, used up, expired or belongs to deleted data. */
final class NewsletterLinkInvalid extends UserFacingException {
    NewsletterLinkInvalid() {
        super(HttpStatus.NOT_FOUND, "distribution.newsletter.error.link");
    }
}
