package org.organizer.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.organizer.accounts.UserId;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleId;
import org.organizer.press.ArticleKind;
import org.organizer.press.ArticleState;
import org.organizer.press.PrintableEdition;
import org.organizer.web.SiteInfo;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The layout without a database: where articles are cut, what the FO holds, and that hostile text stays text. */
class PrintLayoutTests {

    static final PrintProperties DEFAULTS = new PrintProperties(5, 5, 3, 2500);

    @Test
    void aLongArticleIsCutAtTheFirstParagraphBoundaryAfterTheLimit() {
        String body = "a".repeat(1500) + "\n\n" + "b".repeat(1500) + "\n\n" + "c".repeat(1500);

        ArticleSplit split = ArticleSplit.of(body, 2500);

        assertThat(split.jumps()).isTrue();
        assertThat(split.first()).hasSize(2);
        assertThat(split.rest()).hasSize(1);
    }

    @Test
    void shortArticlesSmallRestsAndSingleHugeParagraphsDoNotJump() {
        assertThat(ArticleSplit.of("a".repeat(2000), 2500).jumps()).isFalse();
        assertThat(ArticleSplit.of("a".repeat(2600) + "\n\n" + "b".repeat(100), 2500)
                        .jumps())
                .isFalse();
        assertThat(ArticleSplit.of("a".repeat(9000), 2500).jumps()).isFalse();
    }

    @Test
    void writersTextIsEscapedAndCharactersXmlCannotHoldAreDropped() throws IOException {
        PrintableEdition edition = edition("en", article("en", "<fo:block>Tom & Jerry</fo:block>\u0001", "Body"));

        String fo = printer().fo(edition, PageSize.A4);

        assertThat(fo)
                .contains("&lt;fo:block&gt;Tom &amp; Jerry&lt;/fo:block&gt;")
                .doesNotContain("\u0001");
        try (PDDocument pdf = Loader.loadPDF(printer().pdf(edition, PageSize.A4))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("<fo:block>Tom & Jerry</fo:block>");
        }
    }

    @Test
    void lamAndAlefAreSetAsOneLigatureInArabicHeadlinesAndText() throws IOException {
        String words = "ملاحظة السلام";
        PrintableEdition edition = edition("ar", article("ar", words, words + " في النص.\n\n**" + words + "** عريض."));

        try (PDDocument pdf = Loader.loadPDF(printer().pdf(edition, PageSize.A4))) {
            List<List<TextPosition>> lines = lines(pdf, words);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("ar");

            assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
            for (List<TextPosition> line : lines) {
                List<TextPosition> rightToLeft = new ArrayList<>(line);
                rightToLeft.sort(
                        Comparator.comparingDouble(TextPosition::getXDirAdj).reversed());
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < rightToLeft.size(); i++) {
                    String glyph = rightToLeft.get(i).getUnicode();
                    text.append(glyph);
                    boolean brokenJoin = glyph.equals("ل")
                            && i + 1 < rightToLeft.size()
                            && rightToLeft.get(i + 1).getUnicode().equals("ا");
                    assertThat(brokenJoin)
                            .as(
                                    "lam and alef drawn as two glyphs in %s",
                                    rightToLeft.get(i).getFont().getName())
                            .isFalse();
                }
                assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains(words);
            }
        }
    }

    @Test
    void theEuroSignOfAnArabicMastheadSitsOnTheBaselineOfThePrice() throws IOException {
        PrintableEdition edition = edition("ar", article("ar", "إضراب في الميناء", ARABIC));

        try (PDDocument pdf = Loader.loadPDF(printer().pdf(edition, PageSize.A4))) {
            List<TextPosition> glyphs =
                    lines(pdf, "").stream().flatMap(List::stream).toList();
            TextPosition euro = glyphs.stream()
                    .filter(p -> p.getUnicode().equals("€"))
                    .findFirst()
                    .orElseThrow();
            TextPosition digit = glyphs.stream()
                    .filter(p -> p.getUnicode().equals("0"))
                    .min(Comparator.comparingDouble(p -> Math.abs(p.getXDirAdj() - euro.getXDirAdj())))
                    .orElseThrow();

            assertThat(euro.getFont().getName()).contains("NotoSans");
            assertThat(euro.getYDirAdj()).isCloseTo(digit.getYDirAdj(), org.assertj.core.data.Offset.offset(0.1f));
        }
    }

    /** The glyphs of each text line holding {@code text}, as PDFBox reads them. */
    static List<List<TextPosition>> lines(PDDocument pdf, String text) throws IOException {
        List<List<TextPosition>> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) {
                if (Normalizer.normalize(line, Normalizer.Form.NFKC).contains(text)) {
                    lines.add(List.copyOf(positions));
                }
            }
        };
        stripper.getText(pdf);
        return lines;
    }

    @Test
    void leadPhotosArePrintedAcrossTheColumnsForTheFirstArticleAndInTheColumnAfterwards(@TempDir Path files)
            throws IOException {
        Article cover = article("en", "Dockers stop the port", "The port is closed.");
        Article inside = article("en", "Teachers march", "The teachers marched.");
        Article plain = article("en", "Miners vote", "The miners voted.");
        FilePhotos photos = new FilePhotos(files);
        photos.add(cover, 1600, 1067, "Dockers at the gate", "Ana Ruiz");
        photos.add(inside, 960, 640, "Teachers in the square", "");

        String fo = printer(photos).fo(edition("en", cover, inside, plain), PageSize.TABLOID);
        byte[] pdf = printer(photos).pdf(edition("en", cover, inside, plain), PageSize.TABLOID);

        assertThat(fo).contains("span=\"all\" space-after=\"2.5mm\"").contains("span=\"none\" space-after=\"2.5mm\"");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(images(document.getPage(0))).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Dockers at the gate · Photo: Ana Ruiz", "Teachers in the square", "Miners vote");
        }
    }

    @Test
    void printingReadsNoFileOutsideThePhotosDirectory(@TempDir Path files) throws IOException {
        Path photos = Files.createDirectories(files.resolve("photos/abc"));
        Path photo = Files.writeString(photos.resolve("960.jpg"), "jpeg");
        Path secret = Files.writeString(files.resolve("secret.txt"), "secret");
        ClasspathResources resources = new ClasspathResources(files.resolve("photos"));

        assertThat(resources.photo(photo.toUri())).isEqualTo(photo.toRealPath());
        for (String uri : List.of(
                secret.toUri().toString(),
                photos.toUri() + "../../secret.txt",
                "file:///etc/passwd",
                photos.toUri().toString())) {
            assertThatThrownBy(() -> resources.getResource(java.net.URI.create(uri)))
                    .as(uri)
                    .isInstanceOf(java.io.FileNotFoundException.class);
        }
        assertThatThrownBy(() -> resources.getResource(java.net.URI.create("http://example.org/a.jpg")))
                .isInstanceOf(java.io.FileNotFoundException.class);
    }

    @Test
    void anImageAWriterPutInTheBodyIsNotPrinted(@TempDir Path files) throws IOException {
        Path photo = new FilePhotos(files).add(article("en", "x", "y"), 100, 80, "", "");
        Article article = article("en", "With an image", "Text ![x](" + photo.toUri() + ") more.");

        try (PDDocument document =
                Loader.loadPDF(printer(new FilePhotos(files)).pdf(edition("en", article), PageSize.A4))) {
            assertThat(images(document.getPage(0))).isZero();
        }
    }

    /** Images drawn on the page (FOP shares one resource dictionary between pages, so count what is drawn). */
    static int images(PDPage page) throws IOException {
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

    /** Writes docs/print-first-page.pdf when asked: {@code -Dprint.sample=target/sample.pdf}. */
    @Test
    void aSampleEditionRenders() throws IOException {
        byte[] pdf = printer().pdf(sample(), PageSize.TABLOID);
        String target = System.getProperty("print.sample");
        if (target != null) {
            Files.write(Path.of(target), pdf);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
        String arabic = System.getProperty("print.sampleAr");
        byte[] rtl = printer().pdf(edition("ar", article("ar", "إضراب في الميناء", ARABIC)), PageSize.A4);
        if (arabic != null) {
            Files.write(Path.of(arabic), rtl);
        }
    }

    static final String ARABIC = "أضرب **عمال الميناء** في صفاقس لليوم الثالث على التوالي، مطالبين بزيادة الأجور"
            + " وتحسين ظروف العمل.\n\n## مطالبهم\n\n- زيادة الأجور\n- عقود دائمة\n\nوقالت النقابة إن الإضراب سيستمر.";

    static EditionPrinter printer() {
        return printer(FilePhotos.none());
    }

    static EditionPrinter printer(PrintPhotos photos) {
        return new EditionPrinter(
                new SiteInfo() {
                    @Override
                    public String title() {
                        return "The Workers' Courier";
                    }

                    @Override
                    public String defaultLanguage() {
                        return "en";
                    }

                    @Override
                    public List<String> languages() {
                        return List.of("en", "es", "ar");
                    }
                },
                DEFAULTS,
                bundles(),
                photos,
                new PdfDocuments(photos.directory()));
    }

    /** The application's bundles that printing reads, without starting the application. */
    private static MessageSource bundles() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames("messages/print", "messages/press");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }

    static PrintableEdition sample() {
        String paragraph = "Dockers stopped work at dawn and the *whole port* came to a halt as crane drivers,"
                + " lashers and clerks joined them. Their union said the strike would go on until the company"
                + " withdrew the new shift pattern, which would cut two crews from every gang and leave the"
                + " rest to work **longer hours** in the same dangerous conditions.";
        String body = (paragraph + "\n\n").repeat(4) + "## What they want\n\n- safe crews\n- no new shifts\n\n"
                + (paragraph + "\n\n").repeat(10);
        return new PrintableEdition(
                UUID.randomUUID(),
                "en",
                12,
                LocalDate.of(2026, 12, 1),
                Currency.getInstance("EUR"),
                new BigDecimal("1.50"),
                new BigDecimal("3.00"),
                true,
                Instant.now(),
                List.of(
                        new PrintableEdition.Section(
                                UUID.randomUUID(),
                                "Italy",
                                "IT",
                                false,
                                List.of(
                                        article("en", "Genoa's dockers stop the port", body),
                                        appeal("Solidarity with the port workers"))),
                        new PrintableEdition.Section(
                                UUID.randomUUID(),
                                "Argentina",
                                "AR",
                                false,
                                List.of(article(
                                        "en", "Teachers march on the capital", (paragraph + "\n\n").repeat(3)))),
                        new PrintableEdition.Section(
                                UUID.randomUUID(),
                                "Tunisia",
                                "TN",
                                true,
                                List.of(article("en", "Phosphate miners of Gafsa", (paragraph + "\n\n").repeat(2))))));
    }

    static PrintableEdition edition(String language, Article... articles) {
        return new PrintableEdition(
                UUID.randomUUID(),
                language,
                1,
                LocalDate.of(2026, 12, 1),
                Currency.getInstance("EUR"),
                BigDecimal.ONE,
                BigDecimal.TWO,
                true,
                Instant.now(),
                List.of(new PrintableEdition.Section(UUID.randomUUID(), "Section", null, false, List.of(articles))));
    }

    static Article article(String language, String title, String body) {
        return article(
                language,
                ArticleContent.of(
                        title,
                        "The standfirst says what happened.",
                        body,
                        "Our correspondent",
                        "IT",
                        LocalDate.of(2026, 11, 30),
                        null,
                        ArticleKind.REPORT,
                        "Genoa",
                        null,
                        null));
    }

    static Article appeal(String title) {
        return article(
                "en",
                ArticleContent.of(
                        title,
                        "",
                        "We call on all workers to support the strike.",
                        "Dock Workers' Union",
                        "IT",
                        LocalDate.of(2026, 11, 30),
                        null,
                        ArticleKind.REPRODUCED_APPEAL,
                        null,
                        "Dock Workers' Union",
                        LocalDate.of(2026, 11, 28)));
    }

    static Article article(String language, ArticleContent content) {
        Instant now = Instant.now();
        return new Article(
                ArticleId.random(),
                UUID.randomUUID(),
                language,
                content,
                ArticleState.PUBLISHED,
                UserId.random(),
                now,
                now,
                now);
    }
}
