package org.organizer.cases;

import java.time.Instant;

/** One read of case-team values: who, when, which case and which fields. */
public record AccessLogEntry(String caseSlug, String reader, Instant readAt, String fields) {}
