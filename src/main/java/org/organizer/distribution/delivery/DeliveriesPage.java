package org.organizer.distribution.delivery;

import java.util.List;

/**
 * The deliveries overview.
 *
 * @param refresh seconds until the page reloads itself while something is going out; 0 when all is done
 */
public record DeliveriesPage(List<BatchSummary> batches, int refresh) {}
