package org.organizer.media;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** Correspondents may change only the photos they uploaded; editors and administrators any photo. */
public final class PhotoAccessDenied extends UserFacingException {

    PhotoAccessDenied() {
        super(HttpStatus.FORBIDDEN, "media.error.forbidden");
    }
}
