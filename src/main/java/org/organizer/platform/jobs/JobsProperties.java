package org.organizer.platform.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this node runs durable background jobs (deliveries of e-mails and channel posts).
 *
 * @param enabled false on a node that should serve pages but never run jobs; command-line runs never do
 * @param threads jobs run at the same time on this node
 * @param pollingInterval how often this node looks for due jobs when it is idle
 * @param heartbeatInterval how often a running job tells the database it is alive
 * @param missedHeartbeats heartbeats a job may miss before another node (or a restart) takes it over,
 *     e.g. after the node running it was killed
 * @param shutdownWait how long stopping waits for running jobs; one still running then is taken over later
 */
@Validated
@ConfigurationProperties("organizer.jobs")
public record JobsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("16") @Min(1) @Max(256) int threads,
        @NotNull @DefaultValue("1s") Duration pollingInterval,
        @NotNull @DefaultValue("10s") Duration heartbeatInterval,
        @DefaultValue("4") @Min(4) @Max(100) int missedHeartbeats,
        @NotNull @DefaultValue("20s") Duration shutdownWait) {}
