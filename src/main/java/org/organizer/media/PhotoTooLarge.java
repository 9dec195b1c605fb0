package org.organizer.media;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The upload is larger than the request size the server accepts. */
public final class PhotoTooLarge extends UserFacingException {

    PhotoTooLarge(long maxMegabytes) {
        super(HttpStatus.PAYLOAD_TOO_LARGE, "media.error.fileTooLarge", String.valueOf(maxMegabytes));
    }
}
