package org.organizer.distribution.delivery;

import java.util.UUID;

/**
 * One message to one recipient, as its channel receives it.
 *
 * @param payload JSON written by the channel's own code when the delivery was queued
 * @param attempt 1 on the first try
 */
public record Delivery(UUID id, UUID batchId, String recipient, String payload, int attempt) {}
