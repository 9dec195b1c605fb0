package org.organizer.press;

import java.util.UUID;

/**
 * A public edition changed: its details, sections, articles or cover. {@code previousNumber} differs from
 * {@code number} when the edition was renumbered, so its old address is gone.
 */
public record PublishedEditionChanged(UUID edition, String language, int number, int previousNumber) {}
