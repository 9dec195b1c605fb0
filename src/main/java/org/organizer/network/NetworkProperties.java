package org.organizer.network;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the network module.
 *
 * @param domainLinkValidity how long the link that confirms an address at an organisation's domain works
 */
@Validated
@ConfigurationProperties("organizer.network")
record NetworkProperties(@NotNull @DefaultValue("2d") Duration domainLinkValidity) {}
