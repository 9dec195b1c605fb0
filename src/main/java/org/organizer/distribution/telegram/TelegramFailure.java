package org.organizer.distribution.telegram;

import java.time.Duration;

/** What can go wrong when talking to the Bot API, sorted by what the caller should do about it. */
abstract sealed class TelegramFailure extends Exception
        permits TelegramFailure.Refused, TelegramFailure.RateLimited, TelegramFailure.Unavailable {

    TelegramFailure(String message) {
        super(message, null, false, false);
    }

    /** Telegram refused the request (chat not found, bot not admin, bad token): trying again cannot help. */
    static final class Refused extends TelegramFailure {
        private final int code;
        private final String description;

        Refused(int code, String description) {
            super("Telegram refused the request (" + code + "): " + description);
            this.code = code;
            this.description = description;
        }

        int code() {
            return code;
        }

        /** Telegram's own words, e.g. "Bad Request: chat not found". */
        String description() {
            return description;
        }
    }

    /** Too many requests: Telegram says how long to wait. */
    static final class RateLimited extends TelegramFailure {
        private final Duration retryAfter;

        RateLimited(Duration retryAfter) {
            super("Telegram asks to wait " + retryAfter.toSeconds() + " s (too many requests)");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Telegram could not be reached or failed on its side: worth retrying later. */
    static final class Unavailable extends TelegramFailure {
        Unavailable(String message) {
            super(message);
        }
    }
}
