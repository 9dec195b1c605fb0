package org.organizer.network.calls;

import java.util.Locale;
import java.util.Optional;

/** What an organisation answers for one candidate date. */
public enum PollAnswer {
    YES,
    IF_NEED_BE,
    NO;

    /** "yes", "if-need-be" or "no", as forms and the API write them. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<PollAnswer> parse(String code) {
        for (PollAnswer answer : values()) {
            if (answer.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(answer);
            }
        }
        return Optional.empty();
    }
}
