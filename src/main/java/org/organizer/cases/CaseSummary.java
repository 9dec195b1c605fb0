package org.organizer.cases;

import java.util.UUID;

/** A case in a list: only its structure, never a value. */
public record CaseSummary(UUID id, String slug, String country, CaseStatus status) {}
