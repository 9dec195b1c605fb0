package org.organizer.press;

import org.organizer.web.UserFacingException;
import org.springframework.http.HttpStatus;

/** No article at this address, or none the reader may see: drafts look exactly like missing articles. */
public final class ArticleNotFound extends UserFacingException {

    private ArticleNotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "press.error.notFound", detail);
    }

    public static ArticleNotFound forId(ArticleId id) {
        return new ArticleNotFound(id.toString());
    }

    public static ArticleNotFound forSlug(String language, String slug) {
        return new ArticleNotFound(language + "/" + slug);
    }

    /** A language the publication does not publish in has no pages at all. */
    public static ArticleNotFound forLanguage(String language) {
        return new ArticleNotFound(language);
    }
}
