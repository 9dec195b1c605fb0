package org.organizer.distribution.mail;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One e-mail as Organizer builds it: always a plain-text part, an HTML alternative when there is one, and
 * extra headers such as {@code List-Unsubscribe}.
 */
public record OutgoingMail(
        String to, String subject, String text, @Nullable String html, Map<String, String> headers) {

    public OutgoingMail {
        headers = Map.copyOf(headers);
    }

    public static OutgoingMail plain(String to, String subject, String text) {
        return new OutgoingMail(to, subject, text, null, Map.of());
    }
}
