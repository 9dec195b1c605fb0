package org.organizer.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Everything a template needs about the request it renders for: language and direction, translated
 * messages, formatters, the signed-in user and the CSRF token for forms.
 */
public record PageContext(
        Locale locale,
        SiteInfo site,
        MessageSource messages,
        @Nullable CsrfToken csrf,
        @Nullable String userName,
        Set<String> roles,
        String path) {

    public String lang() {
        return locale.getLanguage();
    }

    public String dir() {
        return Languages.direction(lang());
    }

    public boolean rtl() {
        return Languages.isRightToLeft(lang());
    }

    /** The translated message for a key; English is the fallback for languages the interface lacks. */
    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    public String date(LocalDate date) {
        return format(date, DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG));
    }

    public String dateTime(ZonedDateTime time) {
        return format(time, DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT));
    }

    private String format(TemporalAccessor value, DateTimeFormatter formatter) {
        return formatter.withLocale(locale).format(value);
    }

    /** A country's name in the reader's language, from the JDK's CLDR data. */
    public String country(String isoCode) {
        return Locale.of("", isoCode).getDisplayCountry(locale);
    }

    public String languageName(String code) {
        return Languages.nativeName(code);
    }

    public boolean signedIn() {
        return userName != null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public String csrfParameter() {
        return csrf == null ? "_csrf" : csrf.getParameterName();
    }

    public String csrfToken() {
        return csrf == null ? "" : csrf.getToken();
    }
}
