package org.organizer.distribution.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPausesTests {

    @Test
    void thePauseDoublesAfterEachFailedAttemptUpToTheLongest() {
        var properties = new DeliveriesProperties(8, Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertThat(properties.retryAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.retryAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.retryAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(properties.retryAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(properties.retryAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(properties.retryAfter(60)).isEqualTo(Duration.ofMinutes(5));
    }
}
