package org.organizer.distribution.telegram;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Telegram Bot API is. The bot token and the channels are set by an administrator on
 * {@code /admin/telegram}, not here.
 *
 * @param apiBaseUrl the Bot API server; another address serves a local Bot API server or a test double
 * @param timeout how long one request may take, photo uploads included
 */
@Validated
@ConfigurationProperties("organizer.telegram")
public record TelegramProperties(
        @NotNull @DefaultValue("https://api.telegram.org") URI apiBaseUrl,
        @NotNull @DefaultValue("30s") Duration timeout) {}
