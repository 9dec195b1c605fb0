package org.organizer.distribution.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param confirmationValidFor how long a confirmation link works
 * @param mailInterval the least time between two mails the subscription form sends to one address, so the
 *     form cannot be used to flood someone's inbox
 */
@Validated
@ConfigurationProperties("organizer.newsletter")
public record NewsletterProperties(
        @DefaultValue("7d") Duration confirmationValidFor,
        @DefaultValue("10m") Duration mailInterval) {}
