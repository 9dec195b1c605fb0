package org.organizer.press;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The actor's role or authorship does not allow this action on this article. */
public final class ArticleAccessDenied extends UserFacingException {

    ArticleAccessDenied(ArticleAction action) {
        super(HttpStatus.FORBIDDEN, "press.error.forbidden", action.path());
    }
}
