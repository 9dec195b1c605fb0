package org.organizer.media;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** An upload that cannot become a photo: empty, not an image Organizer reads, damaged, or too many pixels. */
public final class PhotoRejected extends UserFacingException {

    private PhotoRejected(String messageKey, Object... arguments) {
        super(HttpStatus.BAD_REQUEST, messageKey, arguments);
    }

    static PhotoRejected empty() {
        return new PhotoRejected("media.error.empty");
    }

    static PhotoRejected unsupported() {
        return new PhotoRejected("media.error.format");
    }

    static PhotoRejected damaged() {
        return new PhotoRejected("media.error.damaged");
    }

    static PhotoRejected tooManyPixels(MediaProperties limits) {
        return new PhotoRejected("media.error.tooManyPixels", limits.maxPixels() / 1_000_000, limits.maxSide());
    }
}
