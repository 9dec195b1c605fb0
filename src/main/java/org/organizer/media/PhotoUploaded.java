package org.organizer.media;

/** A photo was uploaded, stripped of its metadata and stored in all its sizes. */
public record PhotoUploaded(PhotoId photo) {}
