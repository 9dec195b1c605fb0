package org.organizer.accounts;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in rules.
 *
 * @param maxFailedLogins consecutive wrong passwords that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param activationValidity how long a set-password link an administrator hands out stays usable
 * @param minPasswordLength the shortest password accepted
 */
@Validated
@ConfigurationProperties("organizer.accounts")
record AccountsProperties(
        @Min(1) @DefaultValue("5") int maxFailedLogins,
        @NotNull @DefaultValue("15m") Duration lockDuration,
        @NotNull @DefaultValue("7d") Duration activationValidity,
        @Min(8) @DefaultValue("12") int minPasswordLength) {}
