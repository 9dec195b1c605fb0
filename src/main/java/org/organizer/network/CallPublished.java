package org.organizer.network;

/** A language version of a call became public (the call opened for endorsement, or the version was published). */
public record CallPublished(CallId callId, String language, String slug) {}
