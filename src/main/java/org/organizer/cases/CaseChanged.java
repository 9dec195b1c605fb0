package org.organizer.cases;

import java.util.UUID;

/** A value, its visibility or a consent of a case changed: public pages of cases may show something else now. */
public record CaseChanged(UUID caseId) {}
