package org.organizer.press;

import java.util.UUID;

/** A numbered edition is no longer public. */
public record EditionUnpublished(UUID edition, String language, int number) {}
