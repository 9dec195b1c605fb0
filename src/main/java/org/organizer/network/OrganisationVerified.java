package org.organizer.network;

import org.organizer.accounts.UserId;

/** An organisation was verified, by {@code method} "domain-email" or "editor-vouch", by that person. */
public record OrganisationVerified(OrganisationId organisation, String method, UserId by) {}
