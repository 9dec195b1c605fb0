package org.organizer.press;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** The change clashes with another article: a slug already used in the language, a duplicate translation. */
public final class ArticleConflict extends UserFacingException {

    private ArticleConflict(String messageKey, Object... arguments) {
        super(HttpStatus.CONFLICT, messageKey, arguments);
    }

    static ArticleConflict slugTaken(String language, String slug) {
        return new ArticleConflict("press.article.error.slugTaken", slug, language);
    }

    static ArticleConflict translationExists(String language) {
        return new ArticleConflict("press.error.translationExists", language);
    }
}
