package org.organizer.network;

import java.util.UUID;

/**
 * An organisation's endorsement of a call became public: at once when it was confirmed from an address at a
 * verified organisation's domain, or when an editor approved it.
 */
public record EndorsementPublished(CallId callId, UUID endorsementId, String country) {}
