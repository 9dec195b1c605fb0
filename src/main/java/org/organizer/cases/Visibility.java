package org.organizer.cases;

/** Who may see a value: anyone, any signed-in account, or only the case's team. */
public enum Visibility {
    PUBLIC,
    NETWORK,
    CASE_TEAM;

    /** The visibility a form chose; anything else is refused with a translated message. */
    static Visibility parse(String value) {
        try {
            return valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput("cases.error.visibility");
        }
    }
}
