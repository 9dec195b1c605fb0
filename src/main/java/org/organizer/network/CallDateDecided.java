package org.organizer.network;

import java.time.LocalDate;

/** The issuers closed the poll of a call: its day of action is decided. */
public record CallDateDecided(CallId callId, LocalDate date) {}
