package org.organizer.distribution.delivery;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Retries of failed deliveries: the wait doubles after each failed attempt, from {@code firstRetryAfter} up
 * to {@code longestRetryAfter}; after {@code maxAttempts} the delivery is marked failed for an editor to see.
 */
@Validated
@ConfigurationProperties("organizer.deliveries")
public record DeliveriesProperties(
        @DefaultValue("8") @Min(1) @Max(100) int maxAttempts,
        @NotNull @DefaultValue("30s") Duration firstRetryAfter,
        @NotNull @DefaultValue("6h") Duration longestRetryAfter) {

    Duration retryAfter(int failedAttempts) {
        Duration wait = firstRetryAfter;
        for (int i = 1; i < failedAttempts && wait.compareTo(longestRetryAfter) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetryAfter) > 0 ? longestRetryAfter : wait;
    }
}
