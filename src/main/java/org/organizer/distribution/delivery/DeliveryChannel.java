package org.organizer.distribution.delivery;

/**
 * One way of delivering a message: an e-mail, a post to a Telegram channel. Each implementation is a bean;
 * {@link Deliveries} records what to send and the delivery job hands each delivery to its channel.
 *
 * <p>{@link #deliver} returns normally when the message went out. It throws {@link PermanentDeliveryFailure}
 * when trying again cannot help (the address was refused), {@link RetryDeliveryLater} when the receiving side
 * says when to come back, and any other exception for a failure worth retrying with backoff.
 */
public interface DeliveryChannel {

    /** Stored with each delivery; never rename one that may still have deliveries waiting. */
    String name();

    void deliver(Delivery delivery) throws Exception;
}
