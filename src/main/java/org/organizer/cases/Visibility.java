package org.organizer.cases;

/** Who may see a value: anyone, any signed-in account, or only the case's team. */
public enum Visibility {
    PUBLIC,
    NETWORK,
    CASE_TEAM
}
