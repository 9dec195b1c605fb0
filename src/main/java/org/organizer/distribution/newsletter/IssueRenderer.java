package org.organizer.distribution.newsletter;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.stereotype.Component;

/** Renders a language's newsletter once: HTML from the e-mail template, and a plain-text twin. */
@Component
class IssueRenderer {

    private static final String TEMPLATE = "distribution/newsletter/mail.jte";

    private final TemplateEngine templates;

    IssueRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    RenderedVersion render(MailPage page) {
        StringOutput html = new StringOutput();
        templates.render(TEMPLATE, page, html);
        return new RenderedVersion(page.lang(), page.subject(), html.toString(), text(page));
    }

    static String text(MailPage page) {
        StringBuilder out = new StringBuilder();
        out.append(page.siteTitle()).append('\n');
        out.append(page.heading()).append("\n\n");
        for (MailPage.Item item : page.items()) {
            out.append(item.title()).append('\n');
            out.append(page.country(item.country()))
                    .append(" · ")
                    .append(page.date(item.dateline()))
                    .append(" · ")
                    .append(page.t("distribution.newsletter.mail.by", item.byline()))
                    .append('\n');
            if (!item.standfirst().isEmpty()) {
                out.append('\n').append(item.standfirst()).append('\n');
            }
            out.append('\n')
                    .append(page.t("distribution.newsletter.mail.readMore"))
                    .append(": ")
                    .append(item.url())
                    .append("\n\n----\n\n");
        }
        out.append(page.t("distribution.newsletter.mail.why", page.siteTitle())).append('\n');
        out.append(page.t("distribution.newsletter.mail.manage"))
                .append(": ")
                .append(page.manageUrl())
                .append('\n');
        out.append(page.t("distribution.newsletter.mail.unsubscribe"))
                .append(": ")
                .append(page.unsubscribeUrl())
                .append('\n');
        return out.toString();
    }
}
