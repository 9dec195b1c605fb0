package org.organizer.press.editions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.organizer.press.ArticleSummary;

/**
 * Everything the edition page shows: the details form as typed, what was wrong and, for an existing edition,
 * its composition with every placed article and the articles that may still be placed.
 */
public record EditionEditorPage(
        EditionForm form,
        List<String> errors,
        @Nullable EditionView view,
        List<ArticleSummary> candidates,
        List<String> languages,
        List<String> countries,
        @Nullable String notice) {

    public boolean isNew() {
        return view == null;
    }

    /** The details form's address: create or update. */
    public String action() {
        return view == null ? "/admin/editions" : base();
    }

    /** The address under which every change to this edition is posted. */
    public String base() {
        return view == null
                ? "/admin/editions"
                : "/admin/editions/" + view.edition().id();
    }

    public List<EditionSection> sections() {
        return view == null ? List.of() : view.edition().sections();
    }

    public boolean isCover(ArticleSummary article) {
        return view != null && article.id().equals(view.edition().cover());
    }
}
