package org.organizer.distribution.announce;

import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/** Where an announcement can go: to the newsletter's readers by e-mail, or to the Telegram channel. */
@NamedInterface("announce")
public enum AnnouncementChannel {
    NEWSLETTER,
    TELEGRAM;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Before an editor chose: posts on the channel go out as for articles, e-mails only when switched on. */
    boolean enabledByDefault() {
        return this == TELEGRAM;
    }
}
