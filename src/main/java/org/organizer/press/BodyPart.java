package org.organizer.press;

import org.jspecify.annotations.Nullable;
import org.organizer.media.PhotoView;

/**
 * One piece of an article body ready for a page: either sanitised HTML or a photo from the library, to be
 * shown as a figure by the page's own template. Exactly one of the two is set.
 */
public record BodyPart(@Nullable String html, @Nullable PhotoView photo) {

    static BodyPart html(String html) {
        return new BodyPart(html, null);
    }

    static BodyPart photo(PhotoView photo) {
        return new BodyPart(null, photo);
    }

    public boolean isPhoto() {
        return photo != null;
    }
}
