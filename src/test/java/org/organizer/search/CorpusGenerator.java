package org.organizer.search;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.organizer.accounts.UserId;
import org.organizer.press.Article;
import org.organizer.press.ArticleContent;
import org.organizer.press.ArticleId;
import org.organizer.press.ArticleState;

/**
 * A deterministic corpus of published articles for the search benchmark, in en, es, ar, it, pt and fr, built
 * from the hand-written word lists of {@link CorpusWords}: article {@code i} of seed {@code s} is always the
 * same. Titles have 5–10 words, standfirsts 15–35, bodies 150–600 words in Markdown paragraphs; common words
 * are drawn with a Zipf-like skew, about one word in eight comes from the labour vocabulary. Datelines fall
 * between 2015 and 2026. Not a test: used by {@link SearchBenchmark}; its {@code main} prints articles as
 * JSON lines ({@code --articles N --seed S}).
 */
final class CorpusGenerator {

    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2026, 11, 1).toEpochDay() - FIRST_DAY.toEpochDay());
    private static final UserId AUTHOR = new UserId(new UUID(0L, 1L));

    private final long seed;
    private final Map<String, Vocabulary> vocabularies = new HashMap<>();

    CorpusGenerator(long seed) {
        this.seed = seed;
        for (String language : CorpusWords.LANGUAGES) {
            vocabularies.put(language, new Vocabulary(language));
        }
    }

    /** The article number {@code i}, always the same for the same seed. */
    Article article(long i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        String language = CorpusWords.LANGUAGES.get((int) (i % CorpusWords.LANGUAGES.size()));
        Vocabulary words = vocabularies.get(language);
        String title = capitalised(words.phrase(random, 5 + random.nextInt(6)));
        String standfirst = sentence(words, random, 15 + random.nextInt(21));
        int bodyWords = 150 + random.nextInt(451);
        StringBuilder body = new StringBuilder(bodyWords * 8);
        int written = 0;
        while (written < bodyWords) {
            int paragraph = Math.min(bodyWords - written, 40 + random.nextInt(60));
            int inParagraph = 0;
            while (inParagraph < paragraph) {
                int length = Math.min(paragraph - inParagraph, 8 + random.nextInt(18));
                body.append(sentence(words, random, length)).append(' ');
                inParagraph += length;
            }
            body.setLength(body.length() - 1);
            body.append("\n\n");
            written += paragraph;
        }
        String byline = words.name(random);
        List<String> countries = CorpusWords.COUNTRIES.get(language);
        String country = countries.get(random.nextInt(countries.size()));
        LocalDate dateline = FIRST_DAY.plusDays(random.nextInt(DAYS));
        Instant published = dateline.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(86_400));
        ArticleContent content = new ArticleContent(
                title, standfirst, body.toString().strip(), byline, country, dateline, "article-" + i);
        return new Article(
                new ArticleId(new UUID(random.nextLong(), i)),
                new UUID(random.nextLong(), i),
                language,
                content,
                ArticleState.PUBLISHED,
                AUTHOR,
                published,
                published,
                published);
    }

    /** A query a reader might type: 1–3 words, mostly from the labour vocabulary, in the article languages. */
    Query query(SplittableRandom random) {
        String language = CorpusWords.LANGUAGES.get(random.nextInt(CorpusWords.LANGUAGES.size()));
        Vocabulary words = vocabularies.get(language);
        int count = 1 + random.nextInt(3);
        StringBuilder q = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                q.append(' ');
            }
            q.append(random.nextInt(10) < 6 ? words.anyLabour(random) : words.anyCommon(random));
        }
        return new Query(language, q.toString());
    }

    record Query(String language, String text) {}

    private static String sentence(Vocabulary words, SplittableRandom random, int length) {
        return capitalised(words.phrase(random, length)) + ".";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    /** One language's words, with a Zipf-like skew on the common ones. */
    private static final class Vocabulary {
        private final List<String> common;
        private final List<String> labour;
        private final List<String> names;
        private final List<String> surnames;
        private final double[] cumulative;

        Vocabulary(String language) {
            common = CorpusWords.common(language);
            labour = CorpusWords.labour(language);
            names = CorpusWords.NAMES.get(language);
            surnames = CorpusWords.SURNAMES.get(language);
            cumulative = new double[common.size()];
            double sum = 0;
            for (int r = 0; r < common.size(); r++) {
                sum += 1.0 / Math.pow(r + 1, 0.9);
                cumulative[r] = sum;
            }
            for (int r = 0; r < cumulative.length; r++) {
                cumulative[r] /= sum;
            }
        }

        String phrase(SplittableRandom random, int length) {
            StringBuilder s = new StringBuilder(length * 8);
            for (int w = 0; w < length; w++) {
                if (w > 0) {
                    s.append(' ');
                }
                s.append(random.nextInt(8) == 0 ? anyLabour(random) : skewedCommon(random));
            }
            return s.toString();
        }

        String skewedCommon(SplittableRandom random) {
            int r = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return common.get(Math.min(r < 0 ? -r - 1 : r, common.size() - 1));
        }

        String anyCommon(SplittableRandom random) {
            return common.get(random.nextInt(common.size()));
        }

        String anyLabour(SplittableRandom random) {
            return labour.get(random.nextInt(labour.size()));
        }

        String name(SplittableRandom random) {
            return names.get(random.nextInt(names.size())) + " " + surnames.get(random.nextInt(surnames.size()));
        }
    }

    /** Prints the corpus as JSON lines: {@code --articles N} (default 10) {@code --seed S} (default 1). */
    public static void main(String[] args) throws IOException {
        long n = 10;
        long seed = 1;
        for (int a = 0; a + 1 < args.length; a += 2) {
            switch (args[a]) {
                case "--articles" -> n = Long.parseLong(args[a + 1]);
                case "--seed" -> seed = Long.parseLong(args[a + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[a]);
            }
        }
        CorpusGenerator generator = new CorpusGenerator(seed);
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            for (long i = 0; i < n; i++) {
                Article a = generator.article(i);
                ArticleContent c = a.content();
                out.write("{\"id\":\"" + a.id() + "\",\"language\":\"" + a.language() + "\",\"slug\":\"" + a.slug()
                        + "\",\"title\":" + json(c.title()) + ",\"standfirst\":" + json(c.standfirst())
                        + ",\"body\":" + json(c.body()) + ",\"byline\":" + json(c.byline()) + ",\"country\":\""
                        + c.country() + "\",\"dateline\":\"" + c.dateline() + "\",\"publishedAt\":\""
                        + a.publishedAt() + "\"}\n");
            }
        }
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(ch);
            }
        }
        return out.append('"').toString();
    }
}
