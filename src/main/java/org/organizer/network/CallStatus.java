package org.organizer.network;

import java.util.Set;

/** Where a call is in its life. Only the transitions listed in {@link #next()} are allowed. */
public enum CallStatus {
    DRAFT,
    DISCUSSION,
    DATE_DECIDED,
    OPEN,
    CLOSED;

    /**
     * The statuses this one may change to by a direct decision of the issuers. A call leaves discussion only
     * when the issuers close its date poll.
     */
    public Set<CallStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(DISCUSSION);
            case DISCUSSION -> Set.of();
            case DATE_DECIDED -> Set.of(OPEN);
            case OPEN -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** Open for endorsement or closed: published language versions are public. */
    public boolean isPublic() {
        return this == OPEN || this == CLOSED;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
