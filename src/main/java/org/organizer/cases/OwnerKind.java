package org.organizer.cases;

/** What a field describes. */
public enum OwnerKind {
    CASE,
    PERSON,
    ROLE,
    EVENT,
    INSTITUTION,
    SOURCE
}
