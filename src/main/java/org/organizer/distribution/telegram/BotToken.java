package org.organizer.distribution.telegram;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The token of the bot that posts to the channel, as BotFather hands it out ({@code 123456:AAE…}). It is a
 * secret: {@link #toString()} never shows it, and pages show only its {@link #hint()}.
 */
record BotToken(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{3,20}:[A-Za-z0-9_-]{30,100}");

    static Optional<BotToken> parse(String text) {
        String clean = text.strip();
        return FORMAT.matcher(clean).matches() ? Optional.of(new BotToken(clean)) : Optional.empty();
    }

    /** The last four characters, enough for an administrator to tell which token is set. */
    String hint() {
        return "…" + value.substring(value.length() - 4);
    }

    /** Removes the token from a text that may contain a request address, before it is logged or stored. */
    String redact(String text) {
        return text.replace(value, "<token>");
    }

    @Override
    public String toString() {
        return "BotToken[" + hint() + "]";
    }
}
