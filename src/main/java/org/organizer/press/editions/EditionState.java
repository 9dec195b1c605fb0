package org.organizer.press.editions;

/** A draft edition is being composed; a published one is on the site, whether or not it is printed yet. */
public enum EditionState {
    DRAFT,
    PUBLISHED
}
