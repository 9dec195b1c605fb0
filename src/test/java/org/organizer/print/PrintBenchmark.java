package org.organizer.print;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.organizer.press.Article;
import org.organizer.press.PrintableEdition;

/**
 * Not a test: times the rendering of a generated tabloid edition (40 articles, 30 lead photos) without a
 * database or Spring. Run by {@code bench/print.sh}; arguments: warm-up renders, measured renders, and
 * optionally a file to write the last PDF to.
 */
public final class PrintBenchmark {

    static final int ARTICLES = 40;
    static final int PHOTOS = 30;
    static final String[] COUNTRIES = {"Italy", "Argentina", "Tunisia", "Bangladesh", "Portugal", "Chile"};
    static final String[] WORDS = ("workers union strike port dockers wages shift crews company picket assembly"
                    + " committee solidarity factory miners teachers nurses contract hours safety demand vote"
                    + " march square city government bosses delegates meeting night morning week month rent"
                    + " price bread school hospital transport drivers cleaners warehouse")
            .split(" ");

    private PrintBenchmark() {}

    public static void main(String[] args) throws IOException {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path out = args.length > 2 ? Path.of(args[2]) : null;
        Path files = Files.createTempDirectory("organizer-print-bench");
        try {
            FilePhotos photos = new FilePhotos(files);
            PrintableEdition edition = edition(photos);
            EditionPrinter printer = PrintLayoutTests.printer(photos);
            byte[] pdf = null;
            for (int i = 0; i < warmup; i++) {
                pdf = printer.pdf(edition, PageSize.TABLOID);
            }
            long[] millis = new long[runs];
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                pdf = printer.pdf(edition, PageSize.TABLOID);
                millis[i] = (System.nanoTime() - started) / 1_000_000;
            }
            int pages;
            try (PDDocument document = Loader.loadPDF(pdf)) {
                pages = document.getNumberOfPages();
            }
            if (out != null) {
                Files.write(out, pdf);
            }
            Arrays.sort(millis);
            System.out.printf(
                    "edition: %d articles, %d photos, tabloid, %d pages, %d KiB%n",
                    ARTICLES, PHOTOS, pages, pdf.length / 1024);
            System.out.printf(
                    "render (%d warm-up, %d measured): min %d ms, median %d ms, max %d ms%n",
                    warmup, runs, millis[0], millis[runs / 2], millis[runs - 1]);
        } finally {
            try (Stream<Path> paths = Files.walk(files)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** Six country sections; bodies of 2 000 to 6 100 characters (the longer ones jump); 30 photos at 1600 px. */
    static PrintableEdition edition(FilePhotos photos) throws IOException {
        Random random = new Random(12);
        List<List<Article>> bySection = new ArrayList<>();
        for (int s = 0; s < COUNTRIES.length; s++) {
            bySection.add(new ArrayList<>());
        }
        for (int i = 0; i < ARTICLES; i++) {
            String title = sentence(random, 4 + random.nextInt(5)).replace(".", "");
            Article article = PrintLayoutTests.article("en", title, body(random, 2000 + random.nextInt(4100)));
            if (i < PHOTOS) {
                photos.add(article, 1600, 1067, sentence(random, 8), "Photographer " + i);
            }
            bySection.get(i % COUNTRIES.length).add(article);
        }
        List<PrintableEdition.Section> sections = new ArrayList<>();
        for (int s = 0; s < COUNTRIES.length; s++) {
            sections.add(new PrintableEdition.Section(
                    UUID.randomUUID(), COUNTRIES[s], null, s == COUNTRIES.length - 1, bySection.get(s)));
        }
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
                sections);
    }

    private static String body(Random random, int length) {
        StringBuilder body = new StringBuilder();
        while (body.length() < length) {
            if (body.length() > 0 && random.nextInt(8) == 0) {
                body.append("## ").append(sentence(random, 3).replace(".", "")).append("\n\n");
            }
            for (int s = 3 + random.nextInt(4); s > 0; s--) {
                body.append(sentence(random, 8 + random.nextInt(14))).append(' ');
            }
            body.append("\n\n");
        }
        return body.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            text.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return text.append('.').toString();
    }
}
