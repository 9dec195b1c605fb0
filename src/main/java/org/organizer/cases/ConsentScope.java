package org.organizer.cases;

/** What a consent allows to publish. */
public enum ConsentScope {
    NAME,
    PHOTO,
    STORY
}
