package org.organizer.distribution.newsletter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * One language's newsletter as the e-mail template renders it. The links of the reader it goes to are
 * {@link NewsletterLinks#MANAGE} and {@link NewsletterLinks#UNSUBSCRIBE} until it is sent.
 */
public record MailPage(
        String lang,
        String dir,
        String subject,
        String siteTitle,
        String siteUrl,
        String heading,
        List<Item> items,
        MessageSource messages) {

    public MailPage {
        items = List.copyOf(items);
    }

    /** One article: its address on the site and, when it has one, its lead photo at an absolute address. */
    public record Item(
            String title,
            String standfirst,
            String byline,
            String country,
            LocalDate dateline,
            String url,
            @Nullable Image image) {}

    public record Image(String src, int width, int height, String alt, String caption) {}

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.of(lang));
    }

    public String country(String code) {
        return Locale.of("", code).getDisplayCountry(Locale.of(lang));
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.of(lang))
                .format(date);
    }

    public String manageUrl() {
        return NewsletterLinks.MANAGE;
    }

    public String unsubscribeUrl() {
        return NewsletterLinks.UNSUBSCRIBE;
    }
}
