package org.organizer.cases;

/** The roles of the HURIDOCS Events Standard Formats a person has in a case. */
public enum PersonRole {
    VICTIM,
    SOURCE,
    INTERVENING_PARTY
}
