package org.organizer.distribution.delivery;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The durable job behind every delivery: its instance id is the delivery's id. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveriesProperties.class)
class DeliveryJobs {

    static final String TASK = "delivery";

    /** When something outside the delivery broke (e.g. the database was briefly away). */
    private static final Duration UNEXPECTED_FAILURE_RETRY = Duration.ofMinutes(1);

    @Bean
    OneTimeTask<Void> deliveryTask(@Lazy DeliveryWorker worker) {
        FailureHandler<Void> retry = (complete, operations) -> {
            Instant next = complete.getCause()
                    .filter(DeliveryWorker.TryAgain.class::isInstance)
                    .map(cause -> ((DeliveryWorker.TryAgain) cause).at())
                    .orElseGet(() -> Instant.now().plus(UNEXPECTED_FAILURE_RETRY));
            operations.reschedule(complete, next);
        };
        return Tasks.oneTime(TASK)
                .onFailure(retry)
                .execute((instance, context) -> worker.deliver(UUID.fromString(instance.getId())));
    }
}
