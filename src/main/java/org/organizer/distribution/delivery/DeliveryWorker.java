package org.organizer.distribution.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out one delivery job: takes the delivery, hands it to its channel and records the outcome. Every
 * state change commits on its own, so what editors see is what happened, even if the node dies next.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository repository;
    private final Map<String, DeliveryChannel> channels;
    private final DeliveriesProperties properties;

    DeliveryWorker(DeliveryRepository repository, List<DeliveryChannel> channels, DeliveriesProperties properties) {
        this.repository = repository;
        this.channels = channels.stream().collect(Collectors.toMap(DeliveryChannel::name, Function.identity()));
        this.properties = properties;
    }

    /** @throws TryAgain when the job should run again at the given time */
    void deliver(UUID id) throws TryAgain {
        var claimed = repository.claim(id);
        if (claimed.isEmpty()) {
            return; // already sent, failed for good, or gone
        }
        Delivery delivery = claimed.get().delivery();
        DeliveryChannel channel = channels.get(claimed.get().channel());
        if (channel == null) {
            repository.markFailed(id, "No channel named " + claimed.get().channel() + " on this node");
            return;
        }
        try {
            channel.deliver(delivery);
            repository.markSent(id);
        } catch (PermanentDeliveryFailure e) {
            repository.markFailed(id, describe(e));
        } catch (RetryDeliveryLater e) {
            retryOrGiveUp(delivery, describe(e), e.after());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retryOrGiveUp(delivery, "Interrupted while sending", properties.firstRetryAfter());
        } catch (Exception e) {
            log.debug("Delivery {} failed on attempt {}", id, delivery.attempt(), e);
            retryOrGiveUp(delivery, describe(e), properties.retryAfter(delivery.attempt()));
        }
    }

    private void retryOrGiveUp(Delivery delivery, String error, Duration wait) throws TryAgain {
        if (delivery.attempt() >= properties.maxAttempts()) {
            repository.markFailed(delivery.id(), error + " (gave up after " + delivery.attempt() + " attempts)");
            return;
        }
        Instant next = Instant.now().plus(wait);
        repository.markWaiting(delivery.id(), error, next);
        throw new TryAgain(next);
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** Tells the job's failure handler when to run it again. */
    static final class TryAgain extends RuntimeException {
        private final Instant at;

        TryAgain(Instant at) {
            super(null, null, false, false);
            this.at = at;
        }

        Instant at() {
            return at;
        }
    }
}
