package org.organizer.network.announcements;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The network's wording of its announcements, in the language of each version. */
@Component
class AnnouncementTexts {

    private final MessageSource messages;

    AnnouncementTexts(MessageSource messages) {
        this.messages = messages;
    }

    String t(String language, String key, Object... args) {
        return messages.getMessage(key, args, Locale.of(language));
    }

    static String date(String language, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.of(language))
                .format(date);
    }

    static String country(String language, String code) {
        return Locale.of("", code).getDisplayCountry(Locale.of(language));
    }
}
