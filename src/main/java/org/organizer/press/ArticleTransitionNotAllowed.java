package org.organizer.press;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The article's current state does not allow this step of the workflow (e.g. publishing a draft twice). */
public final class ArticleTransitionNotAllowed extends UserFacingException {

    private final ArticleState from;
    private final ArticleAction action;

    ArticleTransitionNotAllowed(ArticleState from, ArticleAction action) {
        super(HttpStatus.CONFLICT, "press.error.transition", from.name(), action.path());
        this.from = from;
        this.action = action;
    }

    public ArticleState from() {
        return from;
    }

    public ArticleAction action() {
        return action;
    }
}
