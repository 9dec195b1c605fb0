package org.organizer.press;

import java.util.UUID;

/** A numbered edition is now public at {@code /{language}/editions/{number}}. */
public record EditionPublished(UUID edition, String language, int number) {}
