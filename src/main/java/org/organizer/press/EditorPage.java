package org.organizer.press;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything the article form shows: what was typed, what was wrong with it and, for an existing
 * article, its workflow buttons, history and translations.
 */
public record EditorPage(
        ArticleForm form,
        List<String> errors,
        @Nullable Article article,
        Set<ArticleAction> actions,
        List<ArticleHistoryEntry> history,
        List<Article> translations,
        List<String> missingLanguages,
        List<String> languages,
        List<String> countries) {

    public boolean isNew() {
        return article == null;
    }

    public boolean can(ArticleAction action) {
        return actions.contains(action);
    }

    public String publicPath() {
        return article == null ? "" : PublicPages.path(article.language(), article.slug());
    }

    /** The form's address: create or update. */
    public String action() {
        return article == null ? "/admin/articles" : "/admin/articles/" + article.id();
    }
}
