package org.organizer.cases;

public enum CaseStatus {
    DETAINED,
    ON_TRIAL,
    SENTENCED,
    RELEASED,
    ACQUITTED,
    KILLED,
    MISSING
}
