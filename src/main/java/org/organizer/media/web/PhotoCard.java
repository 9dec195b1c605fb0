package org.organizer.media.web;

/** One photo in the list: a thumbnail and what it shows. */
public record PhotoCard(String id, String thumbnail, int width, int height, String alt, String caption) {}
