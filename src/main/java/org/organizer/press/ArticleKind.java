package org.organizer.press;

/**
 * What sort of text an article is, which decides how its byline and origin are shown.
 *
 * <p>A {@link #STATEMENT} is signed by an organisation: its byline is the organisation and its country the
 * organisation's. A {@link #REPORT} comes from a correspondent, optionally from a named place. A
 * {@link #REPRODUCED_APPEAL} is another organisation's text, always shown with its original author and date.
 * A {@link #NOTE} is a correspondent's short dispatch (at most {@link ArticleContent#MAX_NOTE_BODY} characters
 * of text): its writer may publish it without an editor, it goes to the live notes page and the channel, and
 * it is never placed in an edition.
 */
public enum ArticleKind {
    EDITORIAL,
    STATEMENT,
    REPORT,
    REPRODUCED_APPEAL,
    PHOTO_STORY,
    BRIEF,
    NOTE;

    public static final ArticleKind DEFAULT = REPORT;

    public boolean isReproduced() {
        return this == REPRODUCED_APPEAL;
    }

    public boolean isNote() {
        return this == NOTE;
    }
}
