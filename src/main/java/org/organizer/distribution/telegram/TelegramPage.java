package org.organizer.distribution.telegram;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Telegram settings page.
 *
 * @param tokenHint the last characters of the bot token, or null when none is set; never the token itself
 * @param channels chat of each publication language (as typed, when refused), null where there is none
 */
public record TelegramPage(
        @Nullable String tokenHint,
        Map<String, @Nullable String> channels,
        List<String> errors,
        @Nullable TelegramCheck check,
        @Nullable String notice) {

    public @Nullable String channel(String language) {
        return channels.get(language);
    }
}
