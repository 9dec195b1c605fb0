package org.organizer.cases;

public enum EventKind {
    ARREST,
    DETENTION,
    CHARGE,
    HEARING,
    SENTENCE,
    RELEASE,
    INJURY,
    KILLING,
    DISAPPEARANCE
}
