package org.organizer.distribution.delivery;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One batch: its progress, the deliveries that failed for good (with a retry button) and those waiting for
 * another attempt after a failure.
 */
public record BatchPage(
        BatchSummary batch,
        List<DeliveryRecord> failed,
        List<DeliveryRecord> waiting,
        int refresh,
        @Nullable String notice) {}
