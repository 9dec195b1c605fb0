package org.organizer.distribution.delivery;

/**
 * A message to queue.
 *
 * @param recipient an e-mail address or a channel id; shown to editors on the deliveries page
 * @param payload JSON the channel needs to build the message (kept small: content shared by a whole batch
 *     belongs in the channel's own tables)
 */
public record NewDelivery(String recipient, String payload) {}
