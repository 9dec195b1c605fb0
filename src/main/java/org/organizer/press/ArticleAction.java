package org.organizer.press;

/** What someone can do to an article; the newsroom offers only the actions the actor may take. */
public enum ArticleAction {
    EDIT,
    SUBMIT,
    PUBLISH,
    SEND_BACK,
    UNPUBLISH,
    ARCHIVE,
    TRANSLATE;

    /** The last part of the action's address, e.g. {@code send-back}. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
