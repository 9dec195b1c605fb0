package org.organizer.print;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.organizer.press.ArticleKind;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The printed words of an edition in its language: labels from {@code messages/print}, kind names from
 * {@code messages/press}, dates and prices as that language writes them. Its own message source, so printing
 * works whatever bundles the application registers.
 */
final class PrintLabels {

    private static final ResourceBundleMessageSource MESSAGES = messages();

    private final Locale locale;

    PrintLabels(String language) {
        this.locale = Locale.forLanguageTag(language);
    }

    String t(String key, Object... arguments) {
        return MESSAGES.getMessage(key, arguments, locale);
    }

    /** What separates the parts of a line, with spaces: a middle dot, or a comma in Arabic (Naskh has no dot). */
    String separator() {
        return " " + t("print.separator") + " ";
    }

    String kind(ArticleKind kind) {
        return MESSAGES.getMessage("press.kind." + kind.name(), null, kind.name(), locale);
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

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/print", "messages/press");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
