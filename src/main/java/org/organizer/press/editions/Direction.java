package org.organizer.press.editions;

/** Which way an up/down button moves a section or an article. */
public enum Direction {
    UP,
    DOWN;

    int step() {
        return this == UP ? -1 : 1;
    }
}
