package org.organizer.cases;

public enum InstitutionKind {
    POLICE_UNIT,
    ARMY_UNIT,
    COURT,
    PRISON,
    MINISTRY
}
