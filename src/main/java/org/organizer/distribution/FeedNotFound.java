package org.organizer.distribution;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No feed at this address: a language the publication does not publish in, or no such country. */
final class FeedNotFound extends UserFacingException {

    FeedNotFound(String address) {
        super(HttpStatus.NOT_FOUND, "distribution.error.notFound", address);
    }
}
