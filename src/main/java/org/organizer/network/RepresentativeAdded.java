package org.organizer.network;

import org.organizer.accounts.UserId;

/** An account may now act in the organisation's name. */
public record RepresentativeAdded(OrganisationId organisation, UserId user, UserId addedBy) {}
