package org.organizer.distribution;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No feed at this address: a language the publication does not publish in, no such country, or no such published edition. */
final class FeedNotFound extends UserFacingException {

    FeedNotFound(String address) {
        super(HttpStatus.NOT_FOUND, "distribution.error.notFound", address);
    }
}
