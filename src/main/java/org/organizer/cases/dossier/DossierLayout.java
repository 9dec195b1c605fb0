package org.organizer.cases.dossier;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.organizer.cases.CaseDocument;
import org.organizer.cases.CaseView;
import org.organizer.cases.Field;
import org.organizer.cases.Visibility;
import org.organizer.print.Fo;
import org.organizer.print.Typography;
import org.springframework.context.MessageSource;

/**
 * Lays a dossier out as one XSL-FO document on A4: a header with the case, a footer on every page with who
 * exported it, when (UTC) and "page N of M", then the case's values, the persons in their roles, the timeline,
 * the institutions and the sources. Each value says who may see it. Right-to-left for Arabic, with the print
 * module's fonts and shaping.
 */
final class DossierLayout {

    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";
    private static final DateTimeFormatter EXPORTED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> CASE_FIELDS = List.of("summary", "charges", "court", "caseNumber", "lawyer");

    private final Dossier dossier;
    private final MessageSource messages;
    private final Locale locale;
    private final Typography type;
    private final Fo fo = new Fo();

    DossierLayout(Dossier dossier, MessageSource messages) {
        this.dossier = dossier;
        this.messages = messages;
        this.locale = Locale.forLanguageTag(dossier.language());
        this.type = Typography.forLanguage(dossier.language());
    }

    String title() {
        return t("cases.dossier.title", dossier.view().summary().slug());
    }

    String toFo() {
        String language = dossier.language();
        fo.start(
                "root",
                "font-family",
                type.body(),
                "font-size",
                "10pt",
                "line-height",
                "1.35",
                "language",
                language,
                "xml:lang",
                language);
        fo.start("layout-master-set");
        fo.start("simple-page-master", "master-name", "page", "page-width", "210mm", "page-height", "297mm");
        fo.empty("region-body", "margin", "22mm 18mm 22mm 18mm");
        fo.empty("region-before", "extent", "14mm");
        fo.empty("region-after", "extent", "16mm");
        fo.end().end();
        fo.start(
                "page-sequence",
                "master-reference",
                "page",
                "writing-mode",
                type.rightToLeft() ? "rl-tb" : "lr-tb",
                "language",
                type.shapingLanguage(language));
        header();
        footer();
        fo.start("flow", "flow-name", "xsl-region-body");
        body();
        fo.empty("block", "id", "dossier-end");
        fo.end().end().end();
        return fo.finish();
    }

    private void header() {
        fo.start("static-content", "flow-name", "xsl-region-before");
        String text = title();
        fo.block(
                text,
                "font-family",
                type.headings(text),
                "font-size",
                "8pt",
                "margin",
                "8mm 18mm 0mm 18mm",
                "padding-bottom",
                "1mm",
                "border-bottom",
                "0.5pt solid #000000");
        fo.end();
    }

    /** On every page: "Exported by NAME on TIME — page N of M". */
    private void footer() {
        fo.start("static-content", "flow-name", "xsl-region-after");
        String mark =
                t("cases.dossier.exportedBy", dossier.exporter(), EXPORTED.format(dossier.exportedAt()), PAGE, PAGES);
        fo.start(
                "block",
                "font-family",
                type.headings(mark),
                "font-size",
                "8pt",
                "text-align",
                "center",
                "margin",
                "4mm 18mm 0mm 18mm",
                "padding-top",
                "1.5mm",
                "border-top",
                "0.5pt solid #000000");
        int page = mark.indexOf(PAGE);
        int pages = mark.indexOf(PAGES);
        if (page < 0 || pages < page) {
            fo.text(mark.replace(PAGE, "").replace(PAGES, ""));
        } else {
            fo.text(mark.substring(0, page));
            fo.empty("page-number");
            fo.text(mark.substring(page + PAGE.length(), pages));
            fo.empty("page-number-citation", "ref-id", "dossier-end");
            fo.text(mark.substring(pages + PAGES.length()));
        }
        fo.end().end();
    }

    private void body() {
        CaseView view = dossier.view();
        heading(title(), "16pt");
        line(t("cases.field.country") + ": " + country(view.summary().country()));
        line(t("cases.field.status") + ": "
                + t("cases.status." + view.summary().status().name()));
        note(t(
                view.teamMember()
                        ? "cases.dossier.scope.team"
                        : view.administrator() ? "cases.dossier.scope.administrator" : "cases.dossier.scope.network"));

        section("cases.section.case");
        for (String name : CASE_FIELDS) {
            view.fields().stream().filter(f -> f.name().equals(name)).forEach(this::field);
        }

        section("cases.section.persons");
        for (CaseView.PersonInCase person : view.persons()) {
            subheading(t("cases.role." + person.role().name()));
            person.fields().forEach(this::field);
        }

        section("cases.section.events");
        for (CaseView.Event event : view.events()) {
            subheading(event.occurredOn()
                    + separator()
                    + t("cases.event." + event.kind().name())
                    + separator()
                    + country(event.country()));
            event.fields().forEach(this::field);
        }

        section("cases.section.institutions");
        for (CaseView.Institution institution : view.institutions()) {
            subheading(t("cases.institution." + institution.kind().name()));
            institution.fields().forEach(this::field);
        }

        section("cases.section.sources");
        for (CaseView.Source source : view.sources()) {
            fo.start("block", "space-before", "2mm");
            source.fields().forEach(this::field);
            dossier.documents().stream()
                    .filter(d -> d.sourceId().equals(source.id()))
                    .forEach(this::document);
            fo.end();
        }
    }

    private void heading(String text, String size) {
        fo.block(
                text,
                "font-family",
                type.headings(text),
                "font-weight",
                "bold",
                "font-size",
                size,
                "space-after",
                "3mm");
    }

    private void section(String key) {
        String text = t(key);
        fo.block(
                text,
                "font-family",
                type.headings(text),
                "font-weight",
                "bold",
                "font-size",
                "12pt",
                "space-before",
                "6mm",
                "space-after",
                "2mm",
                "border-bottom",
                "0.5pt solid #999999",
                "keep-with-next.within-page",
                "always");
    }

    private void subheading(String text) {
        fo.block(
                text,
                "font-family",
                type.headings(text),
                "font-weight",
                "bold",
                "space-before",
                "3mm",
                "keep-with-next.within-page",
                "always");
    }

    private void line(String text) {
        fo.block(text, "font-family", type.body(text));
    }

    private void note(String text) {
        fo.block(
                text,
                "font-family",
                type.headings(text),
                "font-size",
                "8.5pt",
                "font-style",
                "italic",
                "space-before",
                "2mm");
    }

    /** A label (with its language for texts per language), the value, and who may see it. */
    private void field(Field field) {
        String value = field.value();
        if (value == null) {
            return;
        }
        String label = field.language().isEmpty()
                ? t("cases.field." + field.name())
                : t("cases.dossier.inLanguage", t("cases.field." + field.name()), language(field.language()));
        String[] paragraphs = value.split("\\R");
        labelled(label, field.visibility(), type.body(value), paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            fo.block(paragraphs[i], "font-family", type.body(paragraphs[i]));
        }
    }

    /** A source document by name, type and size only: its contents never go into a dossier. */
    private void document(CaseDocument document) {
        String text = document.name() + " (" + t("cases.document.size", document.kilobytes()) + ")";
        labelled(t("cases.document.one"), document.visibility(), type.body(text), text);
    }

    /** A block that opens with the label and who may see it (case-team only in red), then the text. */
    private void labelled(String label, Visibility visibility, String bodyFont, String text) {
        fo.start("block", "font-family", bodyFont, "space-before", "0.8mm");
        fo.start(
                "inline",
                "font-family",
                type.headings(label),
                "font-size",
                "8pt",
                "color",
                visibility == Visibility.CASE_TEAM ? "#b00000" : "#555555");
        fo.text(label + separator() + t("cases.visibility." + visibility.name()) + ": ");
        fo.end();
        fo.text(text);
        fo.end();
    }

    private String country(String code) {
        String name = Locale.of("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
        return name.isEmpty() ? code : name;
    }

    private String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** What separates the parts of a line: a middle dot, or the Arabic comma (Naskh has no middle dot). */
    private String separator() {
        return " " + t("cases.dossier.separator") + " ";
    }
}
