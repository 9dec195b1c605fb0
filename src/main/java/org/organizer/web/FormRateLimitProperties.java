package org.organizer.web;

import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How often one client address may post the forms anyone can reach (sign-in, setup, activation links, the
 * newsletter's subscription and manage forms, the funds' pledge and pledge confirmation forms, the
 * registration of actions for days of action and the links mailed to their organisers, the endorsement form of
 * calls and its confirmation, the same endorsement through the API, the solidarity message form of case campaigns
 * and its confirmation; not the newsletter's one-click unsubscribe, which mail providers post).
 *
 * @param perMinute posts per minute and address; bursts up to the same number
 * @param paths the forms it applies to, as Spring path patterns
 */
@Validated
@ConfigurationProperties("organizer.rate-limit")
public record FormRateLimitProperties(
        @Min(1) @DefaultValue("20") int perMinute,

        @DefaultValue({
            "/login",
            "/setup",
            "/account/activate/*",
            "/*/newsletter",
            "/*/newsletter/**",
            "/*/funds/*/pledge",
            "/*/funds/*/pledges/**",
            "/*/days/*/register",
            "/days/confirm/*",
            "/days/report/*",
            "/*/calls/*/endorse",
            "/endorsements/confirm/*",
            "/*/cases/*/solidarity",
            "/cases/solidarity/confirm/*",
            "/api/v1/calls/*/endorsements"
        })
        List<String> paths) {}
