package org.organizer.funds;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the funds module.
 *
 * @param receiptMaxSize the largest receipt file a treasurer may attach to a disbursement (below the server's
 *     multipart limit, spring.servlet.multipart.max-file-size, so the refusal is a translated message)
 */
@Validated
@ConfigurationProperties("organizer.funds")
record FundsProperties(@NotNull @DefaultValue("10MB") DataSize receiptMaxSize) {}
