package org.organizer.network;

import java.util.UUID;

/** An editor withdrew a public endorsement of a call; the reason is kept in the endorsement's log. */
public record EndorsementWithdrawn(CallId callId, UUID endorsementId) {}
