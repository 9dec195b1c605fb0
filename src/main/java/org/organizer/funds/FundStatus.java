package org.organizer.funds;

/** Whether a fund is collecting. A closed fund still records late arrivals and its disbursements. */
public enum FundStatus {
    OPEN,
    CLOSED
}
