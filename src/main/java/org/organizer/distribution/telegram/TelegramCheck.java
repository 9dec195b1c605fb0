package org.organizer.distribution.telegram;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Telegram said when an administrator pressed "check".
 *
 * @param bot the bot's {@code @username} when the token works
 * @param problem message key when the check could not get as far as the channels
 * @param detail Telegram's own words about the problem, if any
 */
public record TelegramCheck(
        @Nullable String bot,
        @Nullable String problem,
        @Nullable String detail,
        List<Channel> channels) {

    static TelegramCheck failed(String problem, @Nullable String detail) {
        return new TelegramCheck(null, problem, detail, List.of());
    }

    /**
     * @param result message key of the outcome
     * @param detail the channel's title, or Telegram's description of what went wrong
     */
    public record Channel(
            String language,
            String chat,
            boolean ok,
            String result,
            @Nullable String detail) {}
}
