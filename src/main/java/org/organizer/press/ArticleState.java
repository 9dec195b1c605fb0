package org.organizer.press;

/** Where an article stands in the editorial workflow. Only {@link #PUBLISHED} articles are public. */
public enum ArticleState {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    UNPUBLISHED,
    ARCHIVED;

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
