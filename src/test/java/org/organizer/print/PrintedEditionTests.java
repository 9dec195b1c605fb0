package org.organizer.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.organizer.press.support.EditionForms.freeNumber;
import static org.organizer.press.support.Newsrooms.as;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.organizer.accounts.Actor;
import org.organizer.accounts.Role;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleKind;
import org.organizer.press.PrintableEdition;
import org.organizer.press.support.EditionForms;
import org.organizer.press.support.Newsrooms;
import org.organizer.press.support.PhotoUploads;
import org.organizer.press.support.PressTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import picocli.CommandLine;

/** The print-ready PDF of an edition: masthead, sections, supplements, jumps, fonts, sizes and who may get it. */
@PressTest
class PrintedEditionTests {

    private static final Pattern CONTINUED_ON = Pattern.compile("Continued on page (\\d+)");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Newsrooms newsrooms;

    @Autowired
    PrintableEdition.Source editions;

    @Autowired
    EditionCommand command;

    Actor editor;

    EditionForms forms;

    @BeforeEach
    void editor() {
        editor = newsrooms.person(Role.EDITOR);
        forms = new EditionForms(mvc, editor, editions);
    }

    @Test
    void aPublishedEditionPrintsWithItsMastheadAndLongArticlesContinueOnTheNamedPage() throws IOException {
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.addSection(base, "Argentina", false);
        forms.addSection(base, "Tunisia", true);
        List<PrintableEdition.Section> sections = forms.composition(base).sections();
        String longTitle = Newsrooms.unique("Dockers strike in Genoa");
        forms.place(base, sections.get(0), publish(report(longTitle, longBody(), "Genoa")));
        forms.place(base, sections.get(0), publish(appeal(Newsrooms.unique("Appeal of the port workers"))));
        forms.place(base, sections.get(1), publish(report(Newsrooms.unique("Teachers march"), "Short.", null)));
        forms.place(base, sections.get(2), publish(report(Newsrooms.unique("Phosphate miners"), "Gafsa.", null)));
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();

        MvcTestResult result = mvc.get().uri("/en/editions/{n}.pdf", number).exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .isEqualTo("inline; filename=\"the-test-courier-" + number + "-en.pdf\"");
        assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=3600, public");
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            String first = text(pdf, 1);
            assertThat(first)
                    .contains("The Test Courier", "No. " + number, "€1.50", "€3.00", "Solidarity price")
                    .contains("Genoa", "Originally published by Dock Workers' Union on");
            assertThat(fonts(pdf.getPage(0))).isNotEmpty().allMatch(embedded -> embedded);
            assertJumpsPointAtEachOther(pdf, 1);
            assertThat(text(pdf, pdf.getNumberOfPages())).contains(longTitle, "the rest of the story");
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(793.7f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void theCommandLineWritesThePdfOfAPublishedEdition(@TempDir Path dir) throws IOException {
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.place(
                base,
                forms.composition(base).sections().getFirst(),
                publish(report(Newsrooms.unique("Strike"), "Text.", null)));
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();
        Path file = dir.resolve("edition.pdf");

        int exit = new CommandLine(command)
                .execute(
                        "pdf",
                        "--lang",
                        "en",
                        "--number",
                        String.valueOf(number),
                        "--size",
                        "a3",
                        "--file",
                        file.toString());

        assertThat(exit).isZero();
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        }
        assertThat(new CommandLine(command)
                        .execute("pdf", "--lang", "en", "--number", "999999", "--file", file.toString()))
                .isEqualTo(1);
    }

    @Test
    void aDraftHasNoPublicPdfButEditorsDownloadItInA4AndCorrespondentsAreRefused() throws IOException {
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.place(
                base,
                forms.composition(base).sections().getFirst(),
                newsrooms.draft(editor, "en", Newsrooms.unique("Draft")));

        assertThat(mvc.get().uri("/en/editions/{n}.pdf", number).exchange()).hasStatus(404);
        MvcTestResult a4 =
                mvc.get().uri(base + "/edition.pdf?size=a4").with(as(editor)).exchange();
        assertThat(a4).hasStatusOk().hasContentType("application/pdf");
        assertThat(a4.getResponse().getHeader("Content-Disposition")).endsWith("-" + number + "-en-a4.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(a4.getResponse().getContentAsByteArray())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(text(pdf, 1)).contains("Draft");
        }
        assertThat(mvc.get()
                        .uri(base + "/edition.pdf?size=letter")
                        .with(as(editor))
                        .exchange())
                .hasStatus(400);
        Actor correspondent = newsrooms.person(Role.CORRESPONDENT);
        assertThat(mvc.get().uri(base + "/edition.pdf").with(as(correspondent)).exchange())
                .hasStatus(403);
    }

    @Test
    void anArabicEditionIsSetRightToLeftInTheEmbeddedNaskhFont() throws IOException {
        int number = freeNumber();
        String base = forms.create("ar", number);
        forms.addSection(base, "تونس", false);
        String body = "إضراب **العمال** في ميناء صفاقس مستمر لليوم الثالث.\n\nيطالب العمال بزيادة الأجور.";
        Article article = publish(newsrooms
                .newsroom()
                .create(
                        editor,
                        "ar",
                        ArticleContent.of(
                                "إضراب في الميناء "
                                        + UUID.randomUUID().toString().substring(0, 6),
                                "العمال يطالبون بحقوقهم",
                                body,
                                "مراسلنا",
                                "TN",
                                LocalDate.of(2026, 11, 3),
                                null)));
        forms.place(base, forms.composition(base).sections().getFirst(), article);
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();

        MvcTestResult result = mvc.get().uri("/ar/editions/{n}.pdf", number).exchange();

        assertThat(result).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            String text = Normalizer.normalize(text(pdf, 1), Normalizer.Form.NFKC);
            assertThat(text).contains("العمال", "الميناء", "العدد " + number);
            assertThat(fontNames(pdf.getPage(0))).anyMatch(name -> name.contains("NotoNaskhArabic"));
            assertThat(fonts(pdf.getPage(0))).allMatch(embedded -> embedded);
        }
    }

    @Test
    void leadPhotosArePrintedFromDiskWithTheirCaptionAndCreditAndAnArticleWithoutOneAsBefore() throws IOException {
        int number = freeNumber();
        String base = forms.create("en", number);
        forms.addSection(base, "Italy", false);
        forms.addSection(base, "Chile", true);
        List<PrintableEdition.Section> sections = forms.composition(base).sections();
        String coverTitle = Newsrooms.unique("Dockers close the port");
        String insideTitle = Newsrooms.unique("Copper miners strike");
        String plainTitle = Newsrooms.unique("Teachers vote");
        Article cover = publish(report(coverTitle, "The port is closed.", "Genoa"));
        Article inside = publish(report(insideTitle, "The mine is closed.", null));
        Article plain = publish(report(plainTitle, "The teachers voted.", null));
        setLeadPhoto(cover, upload("Dockers at the gate of the port", "Ana Ruiz"));
        String photo = upload("Miners at the pit head", "");
        assertThat(mvc.put()
                        .uri("/api/v1/media/{id}/texts/es", photo)
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"alt\":\"Mineros\",\"caption\":\"Mineros en la bocamina\"}"))
                .hasStatusOk();
        setLeadPhoto(inside, photo);
        forms.place(base, sections.get(0), cover);
        forms.place(base, sections.get(0), plain);
        forms.place(base, sections.get(1), inside);
        assertThat(forms.post(base + "/publish")).hasStatus3xxRedirection();

        MvcTestResult result = mvc.get().uri("/en/editions/{n}.pdf", number).exchange();

        assertThat(result).hasStatusOk();
        try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
            int coverPage = page(pdf, coverTitle);
            int insidePage = page(pdf, insideTitle);
            assertThat(insidePage).isGreaterThan(coverPage);
            assertThat(images(pdf.getPage(coverPage - 1))).isEqualTo(1);
            assertThat(images(pdf.getPage(insidePage - 1))).isEqualTo(1);
            assertThat(text(pdf, coverPage))
                    .contains("Dockers at the gate of the port · Photo: Ana Ruiz", plainTitle, "The teachers voted.");
            assertThat(text(pdf, insidePage))
                    .contains("Miners at the pit head")
                    .doesNotContain("Mineros en la bocamina");
        }
    }

    private int page(PDDocument pdf, String title) throws IOException {
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            if (text(pdf, page).contains(title)) {
                return page;
            }
        }
        throw new AssertionError(title + " is not printed");
    }

    /** Images drawn on the page (FOP shares one resource dictionary between pages, so count what is drawn). */
    private static int images(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        int images = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op
                    && op.getName().equals("Do")
                    && tokens.get(i - 1) instanceof COSName name
                    && page.getResources().getXObject(name) instanceof PDImageXObject) {
                images++;
            }
        }
        return images;
    }

    private void setLeadPhoto(Article article, String photo) {
        assertThat(mvc.put()
                        .uri("/api/v1/articles/{id}/lead-photo", article.id())
                        .with(as(editor))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"photoId\":\"" + photo + "\"}"))
                .hasStatusOk();
    }

    /** Uploads a 1800 × 1200 JPEG through the API (stored at 480, 960 and 1600); returns its id. */
    private String upload(String caption, String credit) {
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(FilePhotos.draw(1800, 1200, caption.hashCode()), "jpeg", jpeg);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return PhotoUploads.upload(mvc, editor, jpeg.toByteArray(), "en", caption, credit);
    }

    private static void assertJumpsPointAtEachOther(PDDocument pdf, int expectedJumps) throws IOException {
        int found = 0;
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            Matcher on = CONTINUED_ON.matcher(text(pdf, page));
            while (on.find()) {
                found++;
                int target = Integer.parseInt(on.group(1));
                assertThat(target).isGreaterThan(page).isLessThanOrEqualTo(pdf.getNumberOfPages());
                assertThat(text(pdf, target)).contains("Continued from page " + page);
            }
        }
        assertThat(found).isEqualTo(expectedJumps);
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf).replaceAll("\\s+", " ");
    }

    private static List<Boolean> fonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<Boolean> embedded = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            embedded.add(resources.getFont(name).isEmbedded());
        }
        return embedded;
    }

    private static List<String> fontNames(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<String> names = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }

    /** About 9 000 characters in 18 paragraphs, with a heading, a list, bold, italic, an image and raw HTML. */
    private static String longBody() {
        StringBuilder body = new StringBuilder();
        String paragraph = "The dockers of Genoa stopped work at dawn, *refusing* to load the ship, and the"
                + " **whole port** came to a halt as crane drivers, lashers and clerks joined them one after"
                + " the other. Their union said the strike would go on until the company withdrew the new shift"
                + " pattern, which would cut two crews from every gang and leave the rest to work longer hours"
                + " in the same dangerous conditions that killed a young worker last spring. ";
        for (int i = 1; i <= 18; i++) {
            if (i == 6) {
                body.append("## What they want\n\n- safe crews\n- no new shifts\n- the money owed\n\n");
                body.append("![crane](/media/crane.webp)\n\n<div>raw html</div>\n\n");
            }
            body.append(i == 18 ? "And this is the rest of the story. " : "")
                    .append(paragraph)
                    .append("\n\n");
        }
        return body.toString();
    }

    private ArticleContent reportContent(String title, String body, String place) {
        return ArticleContent.of(
                title,
                "Standfirst.",
                body,
                "Our correspondent",
                "IT",
                LocalDate.of(2026, 11, 3),
                null,
                ArticleKind.REPORT,
                place,
                null,
                null);
    }

    private Article report(String title, String body, String place) {
        return newsrooms.newsroom().create(editor, "en", reportContent(title, body, place));
    }

    private Article appeal(String title) {
        return newsrooms
                .newsroom()
                .create(
                        editor,
                        "en",
                        ArticleContent.of(
                                title,
                                "",
                                "We call on all workers to support the strike.",
                                "Dock Workers' Union",
                                "IT",
                                LocalDate.of(2026, 11, 3),
                                null,
                                ArticleKind.REPRODUCED_APPEAL,
                                null,
                                "Dock Workers' Union",
                                LocalDate.of(2026, 10, 28)));
    }

    private Article publish(Article article) {
        return newsrooms.newsroom().publish(editor, article.id());
    }
}
