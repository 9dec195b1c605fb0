package org.organizer.media;

/** A photo's alt text, caption or credit in one language was added or changed. */
public record PhotoTextChanged(PhotoId photo, String language) {}
