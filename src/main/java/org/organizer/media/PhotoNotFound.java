package org.organizer.media;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

public final class PhotoNotFound extends UserFacingException {

    PhotoNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "media.error.notFound", detail);
    }
}
