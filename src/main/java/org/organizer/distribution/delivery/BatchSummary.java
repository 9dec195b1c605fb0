package org.organizer.distribution.delivery;

import java.time.Instant;
import java.util.UUID;

/** A batch with how many of its deliveries stand where, for the deliveries page. */
public record BatchSummary(
        UUID id, BatchKind kind, String title, Instant createdAt, int queued, int sending, int sent, int failed) {

    public int total() {
        return queued + sending + sent + failed;
    }

    /** Still going out: something is queued or being sent. */
    public boolean inProgress() {
        return queued + sending > 0;
    }

    /** Sent or failed for good, in whole percent, rounded down so 100 means all done. */
    public int percentDone() {
        return total() == 0 ? 100 : (int) ((sent + failed) * 100L / total());
    }
}
