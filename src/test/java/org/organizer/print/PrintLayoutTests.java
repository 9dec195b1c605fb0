package org.organizer.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
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
                bundles());
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
