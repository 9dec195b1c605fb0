package org.organizer.distribution.telegram;

import java.util.Optional;
import java.util.regex.Pattern;

/** A channel as Telegram knows it: its public {@code @username} or its numeric id ({@code -100…}). */
record ChatId(String value) {

    private static final Pattern USERNAME = Pattern.compile("@[A-Za-z][A-Za-z0-9_]{3,31}");
    private static final Pattern NUMERIC = Pattern.compile("-?[0-9]{1,20}");

    static Optional<ChatId> parse(String text) {
        String clean = text.strip();
        if (USERNAME.matcher(clean).matches() || NUMERIC.matcher(clean).matches()) {
            return Optional.of(new ChatId(clean));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
