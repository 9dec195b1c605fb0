package org.organizer.network;

/** An organisation was registered, or its public fields or verification changed. */
public record OrganisationChanged(OrganisationId organisation) {}
