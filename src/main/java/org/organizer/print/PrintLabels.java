package org.organizer.print;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.organizer.press.ArticleKind;
import org.springframework.context.MessageSource;

/**
 * The printed words of an edition in its language: labels from {@code messages/print}, kind names from
 * {@code messages/press}, dates and prices as that language writes them.
 */
final class PrintLabels {

    private final MessageSource messages;
    private final Locale locale;

    PrintLabels(MessageSource messages, String language) {
        this.messages = messages;
        this.locale = Locale.forLanguageTag(language);
    }

    String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** What separates the parts of a line, with spaces: a middle dot, or a comma in Arabic (Naskh has no dot). */
    String separator() {
        return " " + t("print.separator") + " ";
    }

    String kind(ArticleKind kind) {
        return messages.getMessage("press.kind." + kind.name(), null, kind.name(), locale);
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .format(date);
    }

    String price(BigDecimal amount, Currency currency) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(amount);
    }
}
