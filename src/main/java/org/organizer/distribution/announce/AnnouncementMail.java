package org.organizer.distribution.announce;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** One reader's announcement e-mail, as its template renders it; every link is absolute and the reader's own. */
public record AnnouncementMail(
        String lang,
        String dir,
        String subject,
        String siteTitle,
        String siteUrl,
        String kindLabel,
        String title,
        String text,
        String url,
        String manageUrl,
        String unsubscribeUrl,
        MessageSource messages) {

    public String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.of(lang));
    }

    /** The plain-text twin of the HTML part. */
    String plainText() {
        StringBuilder out = new StringBuilder();
        out.append(siteTitle).append('\n');
        out.append(kindLabel).append("\n\n");
        out.append(title).append("\n\n");
        if (!text.isEmpty()) {
            out.append(text).append("\n\n");
        }
        out.append(t("distribution.announce.more")).append(": ").append(url).append("\n\n----\n\n");
        out.append(t("distribution.announce.mail.why", siteTitle)).append('\n');
        out.append(t("distribution.newsletter.mail.manage"))
                .append(": ")
                .append(manageUrl)
                .append('\n');
        out.append(t("distribution.newsletter.mail.unsubscribe"))
                .append(": ")
                .append(unsubscribeUrl)
                .append('\n');
        return out.toString();
    }
}
