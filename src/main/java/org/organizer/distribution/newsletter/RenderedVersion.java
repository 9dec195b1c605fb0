package org.organizer.distribution.newsletter;

/** One language of an issue as it is sent, with the reader's links still to be filled in. */
record RenderedVersion(String language, String subject, String html, String text) {}
